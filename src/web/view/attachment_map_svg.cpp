#include "web/view/attachment_map_svg.h"

#include <cstdio>

#include "web/view/html_escape.h"

namespace refuge::web {
namespace {

std::string num(double v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.1f", v);
  return buf;
}

}  // namespace

std::string attachment_map_svg(const std::vector<MapPoint>& points,
                               const std::vector<MapRegionLabel>& regions, double min, double max,
                               double cut_off, const std::string& title,
                               const std::string& x_label, const std::string& y_label) {
  const double size = 360, pad = 44, plot = size - 2 * pad;
  auto x_at = [&](double v) { return pad + plot * (v - min) / (max - min); };
  auto y_at = [&](double v) { return pad + plot * (1 - (v - min) / (max - min)); };
  std::string s = "<svg class=\"chart attachment-map\" xmlns=\"http://www.w3.org/2000/svg\" "
                  "viewBox=\"0 0 360 360\" role=\"img\" aria-labelledby=\"map-title\">"
                  "<title id=\"map-title\">" + html_escape(title) + "</title>";
  // The four regions, lightly shaded, each named in its corner.
  for (const auto& r : regions) {
    double x0 = r.high_avoidance ? x_at(cut_off) : x_at(min);
    double x1 = r.high_avoidance ? x_at(max) : x_at(cut_off);
    double y0 = r.high_anxiety ? y_at(max) : y_at(cut_off);
    double y1 = r.high_anxiety ? y_at(cut_off) : y_at(min);
    s += "<rect class=\"map-region\" x=\"" + num(x0) + "\" y=\"" + num(y0) + "\" width=\"" +
         num(x1 - x0) + "\" height=\"" + num(y1 - y0) + "\"/>";
    // "Anxious (preoccupied)" is set on two lines so it fits its quadrant.
    double tx = (x0 + x1) / 2, ty = r.high_anxiety ? y0 + 18 : y1 - 24;
    std::string first = r.name, second;
    if (auto cut = r.name.find(" ("); cut != std::string::npos) {
      first = r.name.substr(0, cut);
      second = r.name.substr(cut + 1);
    }
    s += "<text class=\"map-region-label\" x=\"" + num(tx) + "\" y=\"" + num(ty) +
         "\" text-anchor=\"middle\">" + html_escape(first);
    if (!second.empty()) {
      s += "<tspan x=\"" + num(tx) + "\" dy=\"14\">" + html_escape(second) + "</tspan>";
    }
    s += "</text>";
  }
  s += "<line class=\"map-cut\" x1=\"" + num(x_at(cut_off)) + "\" x2=\"" + num(x_at(cut_off)) +
       "\" y1=\"" + num(y_at(max)) + "\" y2=\"" + num(y_at(min)) + "\"/>";
  s += "<line class=\"map-cut\" x1=\"" + num(x_at(min)) + "\" x2=\"" + num(x_at(max)) + "\" y1=\"" +
       num(y_at(cut_off)) + "\" y2=\"" + num(y_at(cut_off)) + "\"/>";
  s += "<text class=\"chart-label\" x=\"180\" y=\"" + num(size - 10) + "\" text-anchor=\"middle\">" +
       html_escape(x_label) + "</text>";
  s += "<text class=\"chart-label\" x=\"14\" y=\"180\" text-anchor=\"middle\" "
       "transform=\"rotate(-90 14 180)\">" + html_escape(y_label) + "</text>";
  for (double v : {min, cut_off, max}) {
    s += "<text class=\"chart-label\" x=\"" + num(x_at(v)) + "\" y=\"" + num(size - pad + 16) +
         "\" text-anchor=\"middle\">" + num(v) + "</text>";
    s += "<text class=\"chart-label\" x=\"" + num(pad - 6) + "\" y=\"" + num(y_at(v) + 4) +
         "\" text-anchor=\"end\">" + num(v) + "</text>";
  }
  if (points.size() > 1) {
    std::string d;
    for (const auto& p : points) {
      d += (d.empty() ? "M" : " L") + num(x_at(p.avoidance)) + " " + num(y_at(p.anxiety));
    }
    s += "<path class=\"map-path\" d=\"" + d + "\" fill=\"none\"/>";
  }
  for (std::size_t i = 0; i < points.size(); ++i) {
    const auto& p = points[i];
    bool latest = i + 1 == points.size();
    s += "<circle class=\"" + std::string(latest ? "map-dot map-dot-latest" : "map-dot") +
         "\" cx=\"" + num(x_at(p.avoidance)) + "\" cy=\"" + num(y_at(p.anxiety)) + "\" r=\"" +
         (latest ? "7" : "5") + "\"><title>" + html_escape(p.label) + ": " + num(p.avoidance) +
         ", " + num(p.anxiety) + "</title></circle>";
  }
  s += "</svg>";
  return s;
}

}  // namespace refuge::web
