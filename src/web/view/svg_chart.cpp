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

}  // namespace refuge::web
