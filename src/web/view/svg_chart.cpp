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

}  // namespace

std::string bar_chart_svg(const std::vector<Bar>& bars, const std::string& title, int width,
                          int height) {
  const double top = 24, bottom = 28, left = 8, right = 8;
  const double plot_h = height - top - bottom;
  const double slot = bars.empty() ? 0 : (width - left - right) / bars.size();
  double max = 0;
  for (const auto& b : bars) max = std::max(max, b.value);
  std::string svg = "<svg class=\"chart\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " +
                    std::to_string(width) + " " + std::to_string(height) +
                    "\" role=\"img\" aria-labelledby=\"chart-title\"><title id=\"chart-title\">" +
                    html_escape(title) + "</title>";
  svg += "<line class=\"chart-axis\" x1=\"" + number(left) + "\" y1=\"" + number(top + plot_h) +
         "\" x2=\"" + number(width - right) + "\" y2=\"" + number(top + plot_h) + "\"/>";
  for (std::size_t i = 0; i < bars.size(); ++i) {
    const Bar& b = bars[i];
    double h = max > 0 ? plot_h * b.value / max : 0;
    double x = left + slot * i + slot * 0.15;
    double w = slot * 0.7;
    double cx = left + slot * i + slot / 2;
    if (h > 0) {
      svg += "<rect class=\"chart-bar\" x=\"" + number(x) + "\" y=\"" + number(top + plot_h - h) +
             "\" width=\"" + number(w) + "\" height=\"" + number(h) + "\" rx=\"3\"/>";
      svg += "<text class=\"chart-value\" x=\"" + number(cx) + "\" y=\"" +
             number(top + plot_h - h - 6) + "\" text-anchor=\"middle\">" +
             number(std::round(b.value * 10) / 10) + "</text>";
    }
    svg += "<text class=\"chart-label\" x=\"" + number(cx) + "\" y=\"" +
           number(height - bottom + 18) + "\" text-anchor=\"middle\">" + html_escape(b.label) +
           "</text>";
  }
  svg += "</svg>";
  return svg;
}

std::string hbar_chart_svg(const std::vector<Bar>& bars, const std::string& title, int width) {
  const double row = 30, label_w = 230, value_w = 40, top = 4;
  const int height = static_cast<int>(top * 2 + row * std::max<std::size_t>(bars.size(), 1));
  double max = 0;
  for (const auto& b : bars) max = std::max(max, b.value);
  const double plot_w = width - label_w - value_w;
  std::string svg = "<svg class=\"chart chart-hbar\" xmlns=\"http://www.w3.org/2000/svg\" "
                    "viewBox=\"0 0 " + std::to_string(width) + " " + std::to_string(height) +
                    "\" role=\"img\" aria-labelledby=\"hchart-title\"><title id=\"hchart-title\">" +
                    html_escape(title) + "</title>";
  for (std::size_t i = 0; i < bars.size(); ++i) {
    const Bar& b = bars[i];
    double y = top + row * i;
    double w = max > 0 ? plot_w * b.value / max : 0;
    svg += "<text class=\"chart-label\" x=\"" + number(label_w - 8) + "\" y=\"" +
           number(y + row / 2 + 5) + "\" text-anchor=\"end\">" + html_escape(b.label) + "</text>";
    svg += "<rect class=\"chart-bar\" x=\"" + number(label_w) + "\" y=\"" + number(y + 5) +
           "\" width=\"" + number(w) + "\" height=\"" + number(row - 10) + "\" rx=\"3\"/>";
    svg += "<text class=\"chart-value\" x=\"" + number(label_w + w + 6) + "\" y=\"" +
           number(y + row / 2 + 5) + "\">" + number(b.value) + "</text>";
  }
  svg += "</svg>";
  return svg;
}

std::string line_chart_svg(const std::vector<std::string>& x_labels,
                           const std::vector<Series>& series, double y_min, double y_max,
                           const std::string& title, int width, int height) {
  const double left = 40, right = 16, top = 16, bottom = series.size() > 1 ? 56 : 32;
  const double plot_w = width - left - right, plot_h = height - top - bottom;
  const std::size_t n = x_labels.size();
  auto x_at = [&](std::size_t i) { return left + (n <= 1 ? plot_w / 2 : plot_w * i / (n - 1)); };
  auto y_at = [&](double v) {
    double span = y_max > y_min ? y_max - y_min : 1;
    return top + plot_h * (1 - (v - y_min) / span);
  };
  std::string svg = "<svg class=\"chart\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " +
                    std::to_string(width) + " " + std::to_string(height) +
                    "\" role=\"img\" aria-labelledby=\"lchart-title\"><title id=\"lchart-title\">" +
                    html_escape(title) + "</title>";
  for (int g = 0; g <= 4; ++g) {
    double v = y_min + (y_max - y_min) * g / 4;
    svg += "<line class=\"chart-grid\" x1=\"" + number(left) + "\" x2=\"" + number(width - right) +
           "\" y1=\"" + number(y_at(v)) + "\" y2=\"" + number(y_at(v)) + "\"/>";
    svg += "<text class=\"chart-label\" x=\"" + number(left - 6) + "\" y=\"" + number(y_at(v) + 4) +
           "\" text-anchor=\"end\">" + number(std::round(v * 10) / 10) + "</text>";
  }
  // At most about eight date labels, evenly spread.
  std::size_t every = n > 8 ? (n + 7) / 8 : 1;
  for (std::size_t i = 0; i < n; i += every) {
    // The first label starts at its point and the last ends at it, so neither is cut off.
    const char* anchor = n == 1 ? "middle" : i == 0 ? "start" : i + 1 == n ? "end" : "middle";
    svg += "<text class=\"chart-label\" x=\"" + number(x_at(i)) + "\" y=\"" +
           number(top + plot_h + 18) + "\" text-anchor=\"" + anchor + "\">" +
           html_escape(x_labels[i]) + "</text>";
  }
  for (std::size_t s = 0; s < series.size(); ++s) {
    const Series& ser = series[s];
    std::string cls = "chart-series chart-series-" + std::to_string(s % 4);
    std::string path;
    for (std::size_t i = 0; i < ser.values.size() && i < n; ++i) {
      if (std::isnan(ser.values[i])) continue;
      path += (path.empty() ? "M" : " L") + number(x_at(i)) + " " + number(y_at(ser.values[i]));
    }
    if (!path.empty()) svg += "<path class=\"" + cls + "\" d=\"" + path + "\" fill=\"none\"/>";
    for (std::size_t i = 0; i < ser.values.size() && i < n; ++i) {
      if (std::isnan(ser.values[i])) continue;
      svg += "<circle class=\"" + cls + "\" cx=\"" + number(x_at(i)) + "\" cy=\"" +
             number(y_at(ser.values[i])) + "\" r=\"4\"><title>" + html_escape(ser.name) + ", " +
             html_escape(x_labels[i]) + ": " + number(std::round(ser.values[i] * 100) / 100) +
             "</title></circle>";
    }
    if (series.size() > 1) {
      double lx = left + (plot_w / series.size()) * s;
      double ly = height - 14;
      svg += "<rect class=\"" + cls + "\" x=\"" + number(lx) + "\" y=\"" + number(ly - 9) +
             "\" width=\"12\" height=\"12\" rx=\"2\"/><text class=\"chart-label\" x=\"" +
             number(lx + 18) + "\" y=\"" + number(ly + 1) + "\">" + html_escape(ser.name) + "</text>";
    }
  }
  svg += "</svg>";
  return svg;
}

}  // namespace refuge::web
