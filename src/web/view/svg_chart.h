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

// A bar chart `width`×`height` px with a title for assistive technology; values are labelled
// above bars that are not zero; the y axis starts at zero.
std::string bar_chart_svg(const std::vector<Bar>& bars, const std::string& title, int width = 640,
                          int height = 220);

// Horizontal bars, one row per item with its label on the left and its value at the bar's end;
// suits long labels ("All-or-nothing thinking"). The height follows the number of rows.
std::string hbar_chart_svg(const std::vector<Bar>& bars, const std::string& title,
                           int width = 640);

struct Series {
  std::string name;            // in the legend
  std::vector<double> values;  // one per x label; NaN leaves a gap
};

// Lines over labelled points (dates), the y axis from y_min to y_max with a few gridlines, and a
// legend when there is more than one series. Points are dots with a <title> for hover.
std::string line_chart_svg(const std::vector<std::string>& x_labels,
                           const std::vector<Series>& series, double y_min, double y_max,
                           const std::string& title, int width = 640, int height = 260);

}  // namespace refuge::web
