// Small server-made SVG charts (no script, no external fonts), each paired by its caller with a
// text or table alternative. Labels and values are escaped here.
#pragma once

#include <string>
#include <vector>

namespace refuge::web {

struct Bar {
  std::string label;  // under the bar (short: "3 Nov")
  double value = 0;
};

// Charts fill the width of their box with text at the page's size (x in percent, heights in px).

// A bar chart `height` px tall with a title for assistive technology; values are labelled above
// bars that are not zero; the y axis starts at zero. With more than six bars only every third
// label, counting back from the last, stays on narrow screens.
std::string bar_chart_svg(const std::vector<Bar>& bars, const std::string& title, int height = 220);

// Horizontal bars, one row per item: its label above the bar and its value at the bar's end;
// suits long labels ("All-or-nothing thinking"). The height follows the number of rows.
std::string hbar_chart_svg(const std::vector<Bar>& bars, const std::string& title);

struct Series {
  std::string name;            // in the legend
  std::vector<double> values;  // one per x label; NaN leaves a gap
};

// Lines over labelled points (dates), the y axis from y_min to y_max with a few gridlines, and a
// legend when there is more than one series. Points are dots with a <title> for hover. Beyond
// four date labels every other one is minor (hidden on narrow screens), always keeping the last.
std::string line_chart_svg(const std::vector<std::string>& x_labels,
                           const std::vector<Series>& series, double y_min, double y_max,
                           const std::string& title, int height = 260);

}  // namespace refuge::web
