#include "compose/chart_frame.h"

#include <fmt/format.h>

#include "chart/chart.h"

namespace banmian::compose {

void composeChartFrame(ComposeContext& ctx, const model::Frame& frame) {
  auto data = ctx.assets.charts.find(frame.name);
  if (data == ctx.assets.charts.end() || !ctx.layout.theme)
    throw InputError(frame.where, fmt::format("chart frame '{}' was not bound to the data's metrics", frame.name));
  const chart::ChartRequest request{data->second, *ctx.layout.theme, ctx.assets.font_families,
                                    ctx.grid.area(frame.area), frame.name, frame.where};
  for (auto& item : chart::drawChart(request, ctx.typesetter)) ctx.items().push_back(std::move(item));
}

}  // namespace banmian::compose
