#include "resolve/resolver.h"

#include <fmt/format.h>

#include "resolve/chart_binder.h"
#include "resolve/font_resolver.h"
#include "resolve/image_probe.h"

namespace banmian::resolve {

ResolvedAssets resolveAssets(const model::Layout& layout, const model::Document& document,
                             DiagnosticSink& diagnostics) {
  ResolvedAssets assets;
  assets.font_families = resolveFontRoles(layout.fonts, diagnostics);
  for (const auto& photo : document.photos) {
    ResolvedPhoto resolved{photo.id, photo.caption, photo.file, {}, 0, 0, photo.where};
    if (!photo.file.empty()) {
      ImageInfo info = probeImage(photo.file, photo.where);
      resolved.format = info.format;
      resolved.pixel_width = info.width;
      resolved.pixel_height = info.height;
    }
    assets.photos[photo.id] = resolved;
  }
  const MetricTable metrics(document.metrics);
  for (const auto& frame : layout.frames)
    if (frame.kind == model::FrameKind::Chart) assets.charts[frame.name] = bindChart(frame.chart, metrics);
  return assets;
}

}  // namespace banmian::resolve
