// The total-fit breaker measures with the measurer the typesetter gives it (one per paragraph) and breaks
// exactly as with a measurer of its own.
#include "typeset/total_fit_line_breaker.h"

#include <gtest/gtest.h>

#include <memory>

#include "synthetic_clusters.h"
#include "typeset/line_metrics.h"
#include "typeset/typesetter.h"

namespace banmian::typeset {
namespace {

using testing::clustersOf;

const std::string kText =
    "醴陵市全面开展入河排污口整治，城乡污水和垃圾处理设施建设（一期）完成；GDP增长14.6%，"
    "“十四五”规划：陶瓷、烟花、服饰三大产业。溁江书院获评省级爱国主义教育基地。";

std::vector<std::pair<size_t, size_t>> ends(const std::vector<LineSpan>& spans) {
  std::vector<std::pair<size_t, size_t>> out;
  for (const LineSpan& s : spans) out.emplace_back(s.begin, s.end);
  return out;
}

TEST(TotalFitLineBreaker, BreaksWithAGivenMeasurerAsWithItsOwn) {
  const std::vector<ShapedCluster> clusters = clustersOf(kText);
  const TotalFitLineBreaker breaker;
  for (const ParagraphFormat& format : {ParagraphFormat{}, ParagraphFormat{.align = Align::Start}}) {
    const LineMeasurer measurer(clusters, format);
    for (double em = 5; em <= 16; ++em) {
      const LineWidths widths({em * 9 - 18, em * 9 - 9}, em * 9);
      EXPECT_EQ(ends(breaker.breakMeasured(measurer, clusters, widths, format)),
                ends(breaker.breakLines(clusters, widths, format)))
          << em;
    }
  }
}

// Sets the whole paragraph on one line, and notes what the measurer it was given says of it.
class RecordingBreaker : public LineBreaker {
 public:
  explicit RecordingBreaker(double* natural) : natural_(natural) {}
  std::vector<LineSpan> breakLines(const std::vector<ShapedCluster>& clusters, const LineWidths&,
                                   const ParagraphFormat&) const override {
    return {{0, clusters.size()}};
  }
  std::vector<LineSpan> breakMeasured(const LineMeasurer& measurer, const std::vector<ShapedCluster>& clusters,
                                      const LineWidths& widths, const ParagraphFormat& format) const override {
    *natural_ = measurer.measure({0, clusters.size()}).natural;
    return breakLines(clusters, widths, format);
  }

 private:
  double* natural_;
};

TEST(TotalFitLineBreaker, TheTypesetterHandsTheBreakerItsMeasurer) {
  double natural = -1;
  Typesetter typesetter(std::make_unique<RecordingBreaker>(&natural));
  StyledParagraph p;
  p.runs.push_back({"醴陵市全面开展", {"Noto Serif CJK SC", 400, 9}, Color::black(), 0, {"test.md", 1, 1}});
  typesetter.set(p, 1000);
  EXPECT_DOUBLE_EQ(natural, 7 * 9);
}

}  // namespace
}  // namespace banmian::typeset
