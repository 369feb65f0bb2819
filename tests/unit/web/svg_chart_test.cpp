// The server-made charts stretch to their box while their words keep the page's size: no viewBox
// on the chart, x in percent; crowded axes mark the labels a phone hides; labels are escaped.
#include "web/view/svg_chart.h"

#include <cmath>
#include <limits>
#include <string>
#include <vector>

#include <gtest/gtest.h>

namespace refuge::web {
namespace {

int count(const std::string& s, const std::string& what) {
  int n = 0;
  for (std::size_t at = s.find(what); at != std::string::npos; at = s.find(what, at + 1)) ++n;
  return n;
}

// The attribute `name` of the first element that starts with `tag` at or after `from`.
std::string attribute(const std::string& svg, const std::string& tag, const std::string& name,
                      std::size_t from = 0) {
  std::size_t at = svg.find(tag, from);
  if (at == std::string::npos) return "";
  std::size_t end = svg.find('>', at);
  std::size_t a = svg.find(" " + name + "=\"", at);
  if (a == std::string::npos || a > end) return "";
  a += name.size() + 3;
  return svg.substr(a, svg.find('"', a) - a);
}

TEST(SvgChart, ChartsFillTheirBoxWithoutScalingTheirWords) {
  std::vector<Bar> bars = {{"3 Nov", 10}, {"10 Nov", 0}, {"17 Nov", 25}};
  std::string bar = bar_chart_svg(bars, "Minutes per week");
  std::string hbar = hbar_chart_svg({{"Labeling", 3}, {"Comparing", 1}}, "Patterns");
  std::string line = line_chart_svg({"1 Nov", "8 Nov"}, {{"Total", {20, 12}}}, 0, 27, "PHQ-9");
  for (const std::string* svg : {&bar, &hbar, &line}) {
    EXPECT_EQ(svg->rfind("<svg class=\"chart", 0), 0u) << *svg;
    EXPECT_EQ(attribute(*svg, "<svg", "width"), "100%");
    EXPECT_EQ(attribute(*svg, "<svg", "viewBox"), "") << "a viewBox would shrink the words";
  }
  EXPECT_EQ(attribute(bar, "<rect", "width"), "23.3%");  // 0.7 of a third
  EXPECT_EQ(count(bar, "<rect"), 2) << "no bar for a zero";
  EXPECT_NE(bar.find(">25</text>"), std::string::npos) << "values above the bars";
  // The line stretches in a plot box of its own; its dots stay round in the chart's own space.
  EXPECT_EQ(attribute(line, "<svg x=", "preserveAspectRatio"), "none");
  EXPECT_EQ(attribute(line, "<path", "vector-effect"), "non-scaling-stroke");
  EXPECT_EQ(attribute(line, "<circle", "cx"), "12%");
  EXPECT_EQ(count(line, "<circle"), 2);
}

TEST(SvgChart, HorizontalBarsPutEachLabelAboveItsBar) {
  std::string svg = hbar_chart_svg({{"All-or-nothing thinking", 4}, {"Labeling", 2}}, "Patterns");
  double label_y = std::stod(attribute(svg, "<text class=\"chart-label\"", "y"));
  double bar_y = std::stod(attribute(svg, "<rect", "y"));
  EXPECT_LT(label_y, bar_y);
  EXPECT_EQ(attribute(svg, "<text class=\"chart-label\"", "x"), "0") << "the label has the row";
  EXPECT_EQ(attribute(svg, "<rect", "x"), "0");
  EXPECT_EQ(attribute(svg, "<rect", "width"), "85%") << "the longest bar leaves room for its value";
  std::size_t second = svg.find("<rect") + 1;
  EXPECT_EQ(attribute(svg, "<rect", "width", second), "42.5%");
  EXPECT_EQ(attribute(svg, "<svg", "height"), "92") << "the height follows the rows";
}

TEST(SvgChart, CrowdedAxesKeepEveryThirdLabelOnAPhoneEndingWithTheLatest) {
  std::vector<Bar> weeks;
  for (int i = 0; i < 12; ++i) weeks.push_back({"w" + std::to_string(i), 1.0 * i});
  std::string svg = bar_chart_svg(weeks, "Minutes per week");
  EXPECT_EQ(count(svg, "chart-label chart-label-minor"), 8);
  for (int i : {2, 5, 8, 11}) {
    std::string label = ">w" + std::to_string(i) + "<";
    std::size_t at = svg.find(label);
    ASSERT_NE(at, std::string::npos);
    std::size_t open = svg.rfind("<text", at);
    EXPECT_EQ(svg.substr(open, 26), "<text class=\"chart-label\" ") << "w" << i << " stays";
  }
  std::string few = bar_chart_svg({{"a", 1}, {"b", 2}}, "t");
  EXPECT_EQ(count(few, "chart-label-minor"), 0) << "a short axis keeps every label";

  std::vector<std::string> dates;
  for (int i = 0; i < 6; ++i) dates.push_back("d" + std::to_string(i));
  std::string line = line_chart_svg(dates, {{"Total", {1, 2, 3, 4, 5, 6}}}, 0, 10, "t");
  EXPECT_EQ(count(line, "chart-label-minor"), 2) << "d1 and d3; the latest always shows";
  EXPECT_EQ(line.find("chart-label-minor\" x=\"96%\""), std::string::npos);
}

// The y labels of a line chart, top to bottom as drawn: the gridline values.
std::vector<std::string> grid_labels(const std::string& svg) {
  std::vector<std::string> out;
  const std::string open = "dx=\"-6\"";
  for (std::size_t at = svg.find(open); at != std::string::npos; at = svg.find(open, at + 1)) {
    std::size_t from = svg.find('>', at) + 1;
    out.push_back(svg.substr(from, svg.find('<', from) - from));
  }
  return out;
}

TEST(SvgChart, GridlinesSitAtRoundNumbers) {
  auto labels = [](double lo, double hi) {
    return grid_labels(line_chart_svg({"a", "b"}, {{"s", {lo, hi}}}, lo, hi, "t"));
  };
  using V = std::vector<std::string>;
  EXPECT_EQ(labels(0, 27), (V{"0", "5", "10", "15", "20", "25"})) << "PHQ-9, not 6.8 and 13.5";
  EXPECT_EQ(labels(0, 21), (V{"0", "5", "10", "15", "20"})) << "GAD-7";
  EXPECT_EQ(labels(1, 7), (V{"1", "2", "3", "4", "5", "6", "7"})) << "ECR-R";
  EXPECT_EQ(labels(1, 5), (V{"1", "2", "3", "4", "5"})) << "SCS";
  EXPECT_EQ(labels(0, 100), (V{"0", "20", "40", "60", "80", "100"}));
  EXPECT_EQ(labels(0, 10), (V{"0", "2", "4", "6", "8", "10"}));
  EXPECT_EQ(labels(3, 3), (V{"3"})) << "one value, one line";
}

TEST(SvgChart, LabelsAndTitlesAreEscapedAndGapsLeaveNoDot) {
  double gap = std::numeric_limits<double>::quiet_NaN();
  std::string line = line_chart_svg({"<a>", "b&c", "d"}, {{"x\"y", {1, gap, 3}}, {"z", {2, 2, 2}}},
                                    0, 4, "<title>");
  EXPECT_EQ(line.find("<a>"), std::string::npos);
  EXPECT_NE(line.find("&lt;a&gt;"), std::string::npos);
  EXPECT_NE(line.find("b&amp;c"), std::string::npos);
  EXPECT_NE(line.find("&lt;title&gt;"), std::string::npos);
  EXPECT_EQ(count(line, "<circle"), 5) << "no dot for a missing value";
  EXPECT_EQ(count(line, "<path"), 2);
  EXPECT_NE(line.find("dx=\"18\""), std::string::npos) << "a legend for two series";
  std::string hbar = hbar_chart_svg({{"“I am too much” & <more>", 1}}, "t");
  EXPECT_NE(hbar.find("“I am too much” &amp; &lt;more&gt;"), std::string::npos);
}

}  // namespace
}  // namespace refuge::web
