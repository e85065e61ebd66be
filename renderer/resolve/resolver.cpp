#include "resolve/resolver.h"

#include <fmt/format.h>

#include "resolve/chart_binder.h"
#include "resolve/content_usage.h"
#include "resolve/font_resolver.h"
#include "resolve/image_probe.h"
#include "resolve/prose_binder.h"

namespace banmian::resolve {

ResolvedAssets resolveAssets(const model::Layout& layout, const model::Document& document,
                             DiagnosticSink& diagnostics) {
  checkContentNames(layout, document);
  warnUnusedContent(layout, document, diagnostics);
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
  const model::Publication* publication = document.publication ? &*document.publication : nullptr;
  const BindingScope templates(metrics, publication, true, &document.fields, &layout.wording);
  for (const auto& master : layout.masters) {
    for (const auto& frame : master.frames) {
      if (frame.kind == model::FrameKind::Chart) assets.charts[frame.name] = bindChart(frame.chart, metrics);
      for (const auto& part : frame.text_template)
        assets.templates[frame.name].push_back(bindText(part, templates, frame.where));
    }
  }
  for (const auto& [id, chart] : document.charts) assets.figure_charts[id] = bindChart(chart.spec, metrics);
  return assets;
}

}  // namespace banmian::resolve
