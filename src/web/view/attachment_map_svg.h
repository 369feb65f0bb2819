// The attachment map: ECR-R avoidance across, anxiety up, split into four regions at the
// content file's cut-off, with every administration as a dot and the path between them. The
// caller pairs it with a text alternative.
#pragma once

#include <string>
#include <vector>

namespace refuge::web {

struct MapPoint {
  double anxiety = 0;
  double avoidance = 0;
  std::string label;  // the date, shown on hover
};

struct MapRegionLabel {
  std::string name;
  bool high_anxiety = false;
  bool high_avoidance = false;
};

std::string attachment_map_svg(const std::vector<MapPoint>& points,
                               const std::vector<MapRegionLabel>& regions, double min, double max,
                               double cut_off, const std::string& title,
                               const std::string& x_label, const std::string& y_label);

}  // namespace refuge::web
