#include "load/layout_loader.h"

#include "base/diagnostics.h"
#include "load/independent_parts.h"
#include "load/layout_keys.h"
#include "load/layout_sections.h"
#include "load/yaml_file.h"
#include "load/yaml_map_reader.h"

namespace banmian::load {
namespace {

// `frames:` is the master page named "page"; `masters:` lists more (or all) of them.
void readMasters(const MapReader& root, model::Layout& layout, DiagnosticSink& sink) {
  if (auto frames = root.optional("frames")) {
    model::Master page{"page", layout.page, layout.grid, {}, frames->where};
    page.frames = readFrames(*frames, layout, page, sink);
    layout.masters.push_back(std::move(page));
  }
  bool failed = false;
  if (auto masters = root.optional("masters"))
    for (const YamlValue& element : asList(*masters))
      failed |= !readPart(sink, [&] { layout.masters.push_back(readMaster(element, layout, sink)); });
  if (layout.masters.empty() && !failed)
    throw InputError(root.where(), "the layout has no frames: give 'frames' (one page) or 'masters'");
}

// The sections after fonts, each one independent of the others' mistakes.
void readStyledSections(const MapReader& root, model::Layout& layout, DiagnosticSink& sink) {
  if (auto print_fonts = root.optional("print-fonts"))
    readPart(sink, [&] {
      layout.print_fonts = readPrintFonts(*print_fonts, layout.fonts, sink);
      layout.print_fonts_where = print_fonts->where;
    });
  layout.paragraph_styles = readParagraphStyles(root.required("paragraph-styles"), layout.fonts, sink);
  if (auto styles = root.optional("character-styles"))
    layout.character_styles = readCharacterStyles(*styles, layout.fonts, sink);
  readPart(sink, [&] { layout.markdown = readMarkdownStyles(root.optional("markdown"), root.where(), layout); });
  if (auto theme = root.optional("theme"))
    // A stand-in theme keeps chart frames from blaming a theme that is there but wrong.
    if (!readPart(sink, [&] { layout.theme = readChartTheme(*theme, layout.fonts); })) layout.theme.emplace();
  readPart(sink, [&] { layout.floats = readFloats(root.optional("floats"), root.where()); });
  readPart(sink, [&] { layout.wording = readWording(root.optional("wording")); });
}

void readLayout(const YamlFile& file, model::Layout& layout, DiagnosticSink& sink) {
  const MapReader root(file.root(), "layout", keys::layout());
  // Sections are read in dependency order, whatever their order in the file. Everything stands on the
  // page and its grid, and the styles on the fonts: without them nothing further can be checked.
  layout.page = readPage(root.required("page"));
  layout.grid = readGrid(root.required("grid"), layout.page);
  layout.fonts = readFonts(root.required("fonts"), sink);
  readStyledSections(root, layout, sink);
  readMasters(root, layout, sink);
  if (!layout.masters.empty()) layout.sequence = readSequence(root.optional("sequence"), layout, root.where());
}

}  // namespace

model::Layout loadLayout(const std::string& path, DiagnosticSink& sink) {
  model::Layout layout;
  layout.file = path;
  readPart(sink, [&] {
    const YamlFile file = YamlFile::load(path);
    readLayout(file, layout, sink);
  });
  return layout;
}

model::Layout loadLayout(const std::string& path) {
  DiagnosticSink sink;
  model::Layout layout = loadLayout(path, sink);
  sink.stopOnErrors();
  return layout;
}

}  // namespace banmian::load
