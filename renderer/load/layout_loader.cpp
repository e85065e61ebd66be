#include "load/layout_loader.h"

#include "base/diagnostics.h"
#include "load/layout_sections.h"
#include "load/yaml_file.h"
#include "load/yaml_map_reader.h"

namespace banmian::load {
namespace {

// `frames:` is the master page named "page"; `masters:` lists more (or all) of them.
void readMasters(const MapReader& root, model::Layout& layout) {
  if (auto frames = root.optional("frames")) {
    model::Master page{"page", layout.page, layout.grid, {}, frames->where};
    page.frames = readFrames(*frames, layout, page);
    layout.masters.push_back(std::move(page));
  }
  if (auto masters = root.optional("masters"))
    for (const YamlValue& element : asList(*masters)) layout.masters.push_back(readMaster(element, layout));
  if (layout.masters.empty())
    throw InputError(root.where(), "the layout has no frames: give 'frames' (one page) or 'masters'");
}

}  // namespace

model::Layout loadLayout(const std::string& path) {
  const YamlFile file = YamlFile::load(path);
  const MapReader root(file.root(), "layout",
                       {"page", "grid", "fonts", "print-fonts", "paragraph-styles", "character-styles", "markdown",
                        "theme", "frames", "masters", "sequence", "floats", "wording"});
  model::Layout layout;
  layout.file = path;
  // Sections are read in dependency order, whatever their order in the file.
  layout.page = readPage(root.required("page"));
  layout.grid = readGrid(root.required("grid"), layout.page);
  layout.fonts = readFonts(root.required("fonts"));
  if (auto print_fonts = root.optional("print-fonts")) {
    layout.print_fonts = readPrintFonts(*print_fonts, layout.fonts);
    layout.print_fonts_where = print_fonts->where;
  }
  layout.paragraph_styles = readParagraphStyles(root.required("paragraph-styles"), layout.fonts);
  if (auto styles = root.optional("character-styles"))
    layout.character_styles = readCharacterStyles(*styles, layout.fonts);
  layout.markdown = readMarkdownStyles(root.optional("markdown"), root.where(), layout);
  if (auto theme = root.optional("theme")) layout.theme = readChartTheme(*theme, layout.fonts);
  layout.floats = readFloats(root.optional("floats"), root.where());
  layout.wording = readWording(root.optional("wording"));
  readMasters(root, layout);
  layout.sequence = readSequence(root.optional("sequence"), layout, root.where());
  return layout;
}

}  // namespace banmian::load
