// One metric feeds both the chart and the sentence that quotes it: change it in a copy of the data and
// both change, through the real binary and pdftotext.
#include <gtest/gtest.h>

#include <algorithm>
#include <fstream>

#include "process.h"

namespace banmian::e2e {
namespace {

// Areas of the Liling layout in points (pdftotext -r 72 crops in points): the growth chart on columns 4-5
// and the lead on columns 6-8, both rows 14-30. Left margin 20 mm, columns 117 pt + 8 pt gutter, top margin
// 18 mm, rows 13 pt.
const char* const kChartArea = "-x 431 -y 233 -W 243 -H 208";
const char* const kLeadArea = "-x 681 -y 233 -W 367 -H 208";

std::string withoutSpaces(std::string text) {
  text.erase(std::remove_if(text.begin(), text.end(), [](unsigned char c) { return std::isspace(c); }), text.end());
  return text;
}

std::string textIn(const std::string& pdf, const char* area) {
  Result r = run(std::string("pdftotext -r 72 ") + area + " " + quote(pdf) + " -");
  EXPECT_EQ(r.status, 0) << r.err;
  return withoutSpaces(r.out);
}

// Copies the Liling data next to its article with the GDP growth metric set to `value`, renders it and
// returns the PDF's path.
std::string renderWithGdpGrowth(const std::string& dir, const std::string& value) {
  std::string data = readFile(repo("data/liling-2020h1.yaml"));
  const std::string from = "{id: gdp.growth, name: 地区生产总值增速, value: 0.5,";
  const size_t at = data.find(from);
  EXPECT_NE(at, std::string::npos);
  if (at != std::string::npos) data.replace(at, from.size(), "{id: gdp.growth, name: 地区生产总值增速, value: " + value + ",");
  std::ofstream(dir + "/data.yaml") << data;
  std::ofstream(dir + "/liling-2020h1.md") << readFile(repo("data/liling-2020h1.md"));
  const std::string pdf = dir + "/page.pdf";
  Result r = run(quote(banmian()) + " render " + quote(repo("layouts/broadsheet-feature.yaml")) + " " +
                 quote(dir + "/data.yaml") + " -o " + quote(pdf));
  EXPECT_EQ(r.status, 0) << r.err;
  return pdf;
}

TEST(MetricBinding, ChartAndSentenceReadTheSameMetric) {
  const std::string original = renderWithGdpGrowth(tempDir(), "0.5");
  const std::string original_chart = textIn(original, kChartArea);
  EXPECT_NE(original_chart.find("地区生产总值"), std::string::npos) << original_chart;
  EXPECT_NE(original_chart.find("0.5%"), std::string::npos) << original_chart;
  EXPECT_NE(textIn(original, kLeadArea).find("增长0.5%"), std::string::npos);

  const std::string changed = renderWithGdpGrowth(tempDir(), "2.7");
  const std::string chart = textIn(changed, kChartArea), lead = textIn(changed, kLeadArea);
  EXPECT_NE(chart.find("2.7%"), std::string::npos) << chart;
  EXPECT_EQ(chart.find("0.5%"), std::string::npos) << chart;
  EXPECT_NE(lead.find("增长2.7%"), std::string::npos) << lead;
  EXPECT_EQ(lead.find("增长0.5%"), std::string::npos) << lead;
}

TEST(MetricBinding, UnknownMetricInProseIsALocatedError) {
  const std::string dir = tempDir();
  std::string article = readFile(repo("data/liling-2020h1.md"));
  const std::string from = "{{air.good_rate|unit}}";
  ASSERT_NE(article.find(from), std::string::npos);
  article.replace(article.find(from), from.size(), "{{air.good_rat|unit}}");
  std::ofstream(dir + "/liling-2020h1.md") << article;
  std::ofstream(dir + "/data.yaml") << readFile(repo("data/liling-2020h1.yaml"));
  Result r = run(quote(banmian()) + " render " + quote(repo("layouts/broadsheet-feature.yaml")) + " " +
                 quote(dir + "/data.yaml") + " -o " + quote(dir + "/page.pdf"));
  EXPECT_EQ(r.status, 1);
  EXPECT_NE(r.err.find("liling-2020h1.md:"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("error: unknown metric 'air.good_rat'; did you mean 'air.good_rate'?"), std::string::npos)
      << r.err;
}

}  // namespace
}  // namespace banmian::e2e
