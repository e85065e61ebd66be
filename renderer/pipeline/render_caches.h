#pragma once
// What a run of many documents keeps from one document to the next: loaded layouts, Pango's font map
// (fontconfig's matches, faces loaded for shaping) and the export's faces and subsets. The stages only use what they
// are given; whoever runs many documents owns this (banmian batch: one per worker process). Output bytes
// do not depend on it: a render with caches writes what a render without them writes.
#include "export/face_store.h"
#include "pipeline/layout_cache.h"
#include "typeset/font_map.h"

namespace banmian::pipeline {

struct RenderCaches {
  LayoutCache layouts;
  typeset::FontMap fonts;
  exporter::FaceStore faces;
};

}  // namespace banmian::pipeline
