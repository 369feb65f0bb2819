#include "web/view/svg_chart.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

#include "web/view/html_escape.h"

namespace refuge::web {
namespace {

std::string number(double v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.1f", v);
  std::string s = buf;
  if (s.size() > 2 && s.compare(s.size() - 2, 2, ".0") == 0) s.resize(s.size() - 2);
  return s;
}

std::string percent(double v) { return number(v) + "%"; }

// Charts are drawn to the width of their box (x in percent, y in pixels, no viewBox), so their
// words keep the page's size on a phone and on a wide screen alike; only the bars and lines stretch.
std::string open_svg(const std::string& classes, int height, const std::string& title_id,
                     const std::string& title) {
  return "<svg class=\"" + classes + "\" xmlns=\"http://www.w3.org/2000/svg\" width=\"100%\" height=\"" +
         std::to_string(height) + "\" role=\"img\" aria-labelledby=\"" + title_id + "\"><title id=\"" +
         title_id + "\">" + html_escape(title) + "</title>";
}

// Gridlines at round numbers a person reads at a glance (0, 5, 10, ... for a 0–27 scale rather
// than quarters such as 6.8): a step of 1, 2, 2.5 or 5 times a power of ten, the first that gives
// at most six steps, from the first multiple at or above y_min up to y_max.
std::vector<double> grid_values(double y_min, double y_max) {
  if (!(y_max > y_min)) return {y_min};
  const double raw = (y_max - y_min) / 6;
  const double power = std::pow(10.0, std::floor(std::log10(raw)));
  double step = 10 * power;
  for (double m : {1.0, 2.0, 2.5, 5.0}) {
    if (m * power >= raw - 1e-9) {
      step = m * power;
      break;
    }
  }
  std::vector<double> values;
  for (double v = std::ceil(y_min / step - 1e-9) * step; v <= y_max + 1e-9; v += step) {
    values.push_back(std::abs(v) < 1e-9 ? 0.0 : v);
  }
  return values;
}

// Labels of a crowded axis that narrow screens hide (refuge.css) are marked minor.
std::string label_class(bool minor) { return minor ? "chart-label chart-label-minor" : "chart-label"; }

}  // namespace

std::string bar_chart_svg(const std::vector<Bar>& bars, const std::string& title, int height) {
  const double top = 24, bottom = 28;
  const double plot_h = height - top - bottom;
  const double slot = bars.empty() ? 0 : 100.0 / bars.size();
  const bool crowded = bars.size() > 6;
  double max = 0;
  for (const auto& b : bars) max = std::max(max, b.value);
  std::string svg = open_svg("chart", height, "chart-title", title);
  svg += "<line class=\"chart-axis\" x1=\"0\" y1=\"" + number(top + plot_h) + "\" x2=\"100%\" y2=\"" +
         number(top + plot_h) + "\"/>";
  for (std::size_t i = 0; i < bars.size(); ++i) {
    const Bar& b = bars[i];
    double h = max > 0 ? plot_h * b.value / max : 0;
    double cx = slot * i + slot / 2;
    if (h > 0) {
      svg += "<rect class=\"chart-bar\" x=\"" + percent(slot * i + slot * 0.15) + "\" y=\"" +
             number(top + plot_h - h) + "\" width=\"" + percent(slot * 0.7) + "\" height=\"" +
             number(h) + "\" rx=\"3\"/>";
      svg += "<text class=\"chart-value\" x=\"" + percent(cx) + "\" y=\"" +
             number(top + plot_h - h - 6) + "\" text-anchor=\"middle\">" +
             number(std::round(b.value * 10) / 10) + "</text>";
    }
    // The last label always shows (the current week); when crowded, every third one counting
    // back from it stays on narrow screens.
    bool minor = crowded && (bars.size() - 1 - i) % 3 != 0;
    svg += "<text class=\"" + label_class(minor) + "\" x=\"" + percent(cx) + "\" y=\"" +
           number(height - bottom + 18) + "\" text-anchor=\"middle\">" + html_escape(b.label) +
           "</text>";
  }
  svg += "</svg>";
  return svg;
}

std::string hbar_chart_svg(const std::vector<Bar>& bars, const std::string& title) {
  // One row per item: its label on a line of its own, then the bar with its value at the end, so
  // long labels ("All-or-nothing thinking") never squeeze the bars on a narrow screen.
  const double row = 46, label_y = 17, bar_y = 24, bar_h = 14, bar_room = 85;
  const int height = static_cast<int>(row * std::max<std::size_t>(bars.size(), 1));
  double max = 0;
  for (const auto& b : bars) max = std::max(max, b.value);
  std::string svg = open_svg("chart chart-hbar", height, "hchart-title", title);
  for (std::size_t i = 0; i < bars.size(); ++i) {
    const Bar& b = bars[i];
    double y = row * i;
    double w = max > 0 ? bar_room * b.value / max : 0;
    svg += "<text class=\"chart-label\" x=\"0\" y=\"" + number(y + label_y) + "\">" +
           html_escape(b.label) + "</text>";
    svg += "<rect class=\"chart-bar\" x=\"0\" y=\"" + number(y + bar_y) + "\" width=\"" + percent(w) +
           "\" height=\"" + number(bar_h) + "\" rx=\"3\"/>";
    svg += "<text class=\"chart-value\" x=\"" + percent(w) + "\" dx=\"6\" y=\"" +
           number(y + bar_y + bar_h - 2) + "\">" + number(b.value) + "</text>";
  }
  svg += "</svg>";
  return svg;
}

std::string line_chart_svg(const std::vector<std::string>& x_labels,
                           const std::vector<Series>& series, double y_min, double y_max,
                           const std::string& title, int height) {
  // x in percent of the width: the plot runs from 12 % (room for the y labels) to 96 %.
  const double left = 12, plot_w = 84, top = 16, bottom = series.size() > 1 ? 56 : 32;
  const double plot_h = height - top - bottom;
  const std::size_t n = x_labels.size();
  auto x_at = [&](std::size_t i) { return n <= 1 ? plot_w / 2 : plot_w * i / (n - 1); };
  auto y_at = [&](double v) {
    double span = y_max > y_min ? y_max - y_min : 1;
    return top + plot_h * (1 - (v - y_min) / span);
  };
  std::string svg = open_svg("chart", height, "lchart-title", title);
  for (double v : grid_values(y_min, y_max)) {
    svg += "<line class=\"chart-grid\" x1=\"" + percent(left) + "\" x2=\"" + percent(left + plot_w) +
           "\" y1=\"" + number(y_at(v)) + "\" y2=\"" + number(y_at(v)) + "\"/>";
    svg += "<text class=\"chart-label\" x=\"" + percent(left) + "\" dx=\"-6\" y=\"" +
           number(y_at(v) + 4) + "\" text-anchor=\"end\">" + number(std::round(v * 10) / 10) +
           "</text>";
  }
  // At most about eight date labels, evenly spread; every other one is minor beyond four.
  std::size_t every = n > 8 ? (n + 7) / 8 : 1;
  std::size_t shown = (n + every - 1) / std::max<std::size_t>(every, 1);
  for (std::size_t i = 0, k = 0; i < n; i += every, ++k) {
    // The first label starts at its point and the last ends at it, so neither is cut off.
    const char* anchor = n == 1 ? "middle" : i == 0 ? "start" : i + 1 == n ? "end" : "middle";
    bool minor = shown > 4 && k % 2 == 1 && i + 1 != n;
    svg += "<text class=\"" + label_class(minor) + "\" x=\"" + percent(left + x_at(i)) + "\" y=\"" +
           number(top + plot_h + 18) + "\" text-anchor=\"" + anchor + "\">" +
           html_escape(x_labels[i]) + "</text>";
  }
  for (std::size_t s = 0; s < series.size(); ++s) {
    const Series& ser = series[s];
    std::string cls = "chart-series chart-series-" + std::to_string(s % 4);
    // The line is drawn in a plot box of its own, stretched to the width; its stroke keeps its
    // thickness. The dots are drawn over it in the chart's own coordinates, so they stay round.
    std::string path;
    for (std::size_t i = 0; i < ser.values.size() && i < n; ++i) {
      if (std::isnan(ser.values[i])) continue;
      path += (path.empty() ? "M" : " L") + number(x_at(i) * 10) + " " + number(y_at(ser.values[i]));
    }
    if (!path.empty()) {
      svg += "<svg x=\"" + percent(left) + "\" width=\"" + percent(plot_w) + "\" height=\"" +
             std::to_string(height) + "\" viewBox=\"0 0 " + number(plot_w * 10) + " " +
             std::to_string(height) + "\" preserveAspectRatio=\"none\" overflow=\"visible\"><path class=\"" +
             cls + "\" d=\"" + path + "\" fill=\"none\" vector-effect=\"non-scaling-stroke\"/></svg>";
    }
    for (std::size_t i = 0; i < ser.values.size() && i < n; ++i) {
      if (std::isnan(ser.values[i])) continue;
      svg += "<circle class=\"" + cls + "\" cx=\"" + percent(left + x_at(i)) + "\" cy=\"" +
             number(y_at(ser.values[i])) + "\" r=\"4\"><title>" + html_escape(ser.name) + ", " +
             html_escape(x_labels[i]) + ": " + number(std::round(ser.values[i] * 100) / 100) +
             "</title></circle>";
    }
    if (series.size() > 1) {
      double lx = left + (plot_w / series.size()) * s;
      double ly = height - 14;
      svg += "<rect class=\"" + cls + "\" x=\"" + percent(lx) + "\" y=\"" + number(ly - 9) +
             "\" width=\"12\" height=\"12\" rx=\"2\"/><text class=\"chart-label\" x=\"" +
             percent(lx) + "\" dx=\"18\" y=\"" + number(ly + 1) + "\">" + html_escape(ser.name) +
             "</text>";
    }
  }
  svg += "</svg>";
  return svg;
}

}  // namespace refuge::web
