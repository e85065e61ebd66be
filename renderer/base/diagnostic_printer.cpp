#include "base/diagnostic_printer.h"

#include <fstream>
#include <sstream>

#include <fmt/format.h>

#include "base/json_text.h"
#include "base/source_text.h"
#include "base/utf8.h"

namespace banmian {

int displayWidth(char32_t c) {
  const bool wide = (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0x303E) || (c >= 0x3041 && c <= 0x33FF) ||
                    (c >= 0x3400 && c <= 0x4DBF) || (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0xA000 && c <= 0xA4CF) ||
                    (c >= 0xAC00 && c <= 0xD7A3) || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFE30 && c <= 0xFE4F) ||
                    (c >= 0xFF00 && c <= 0xFF60) || (c >= 0xFFE0 && c <= 0xFFE6) || (c >= 0x20000 && c <= 0x3FFFD);
  return wide ? 2 : 1;
}

namespace {

// Spaces as wide as the characters before `column` (tabs kept, so the caret lines up whatever the tab
// width).
std::string padding(std::string_view line, int column) {
  std::string pad;
  size_t pos = 0;
  for (int i = 1; i < column && pos < line.size(); ++i) {
    const char32_t c = utf8::next(line, pos);
    pad += c == '\t' ? std::string("\t") : std::string(static_cast<size_t>(displayWidth(c)), ' ');
  }
  return pad;
}

}  // namespace

const std::string* DiagnosticPrinter::source(const std::string& file) {
  auto [it, fresh] = files_.try_emplace(file);
  if (fresh) {
    std::ifstream in(file, std::ios::binary);
    if (in) {
      std::ostringstream text;
      text << in.rdbuf();
      it->second = text.str();
    }
  }
  return it->second ? &*it->second : nullptr;
}

std::string DiagnosticPrinter::human(const Diagnostic& diagnostic) {
  std::string out = diagnostic.str() + "\n";
  const SourceLocation& where = diagnostic.where;
  const std::string* text = where.known() ? source(where.file) : nullptr;
  if (!text) return out;
  const std::string_view line = lineOf(*text, where.line);
  if (line.empty() || utf8::firstInvalidByte(line) != std::string_view::npos) return out;
  const std::string number = std::to_string(where.line);
  const std::string gutter(number.size(), ' ');
  out += fmt::format(" {} | {}\n", number, line);
  if (where.column > 0) out += fmt::format(" {} | {}^\n", gutter, padding(line, where.column));
  return out;
}

std::string DiagnosticPrinter::json(const std::vector<Diagnostic>& diagnostics) {
  using json::Json;
  std::vector<Json> entries;
  for (const Diagnostic& d : diagnostics) {
    const bool known = d.where.known();
    entries.push_back(Json::object({{"file", d.where.file},
                                    {"line", known ? Json::number(d.where.line) : Json::null()},
                                    {"column", known && d.where.column > 0 ? Json::number(d.where.column) : Json::null()},
                                    {"severity", severityName(d.severity)},
                                    {"message", d.message},
                                    {"hint", d.hint}}));
  }
  return Json::array(std::move(entries)).dump() + "\n";
}

}  // namespace banmian
