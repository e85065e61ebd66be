#include "export/pdf_syntax.h"

#include <fmt/format.h>

#include <cmath>
#include <ctime>

#include "base/utf8.h"

namespace banmian::exporter::pdf {

std::string number(double value, int decimals) {
  if (!std::isfinite(value)) value = 0;  // PDF has no NaN or infinity; the display list never holds one
  std::string s = fmt::format("{:.{}f}", value, decimals);
  if (s.find('.') != std::string::npos) {
    s.erase(s.find_last_not_of('0') + 1);
    if (s.back() == '.') s.pop_back();
  }
  if (s == "-0") s = "0";
  return s;
}

std::string name(std::string_view bytes) {
  std::string out = "/";
  for (unsigned char c : bytes) {
    if (c < '!' || c > '~' || std::string_view("()<>[]{}/%#").find(static_cast<char>(c)) != std::string_view::npos)
      out += fmt::format("#{:02X}", c);
    else
      out += static_cast<char>(c);
  }
  return out;
}

std::string literalString(std::string_view bytes) {
  std::string out = "(";
  for (unsigned char c : bytes) {
    if (c == '(' || c == ')' || c == '\\') {
      out += '\\';
      out += static_cast<char>(c);
    } else if (c < 0x20 || c > 0x7E) {
      out += fmt::format("\\{:03o}", c);
    } else {
      out += static_cast<char>(c);
    }
  }
  return out + ")";
}

std::string utf16Hex(std::string_view utf8) {
  std::string out;
  for (size_t pos = 0; pos < utf8.size();) {
    char32_t c = utf8::next(utf8, pos);
    if (c >= 0x10000) {
      c -= 0x10000;
      out += fmt::format("{:04X}{:04X}", 0xD800 + (c >> 10), 0xDC00 + (c & 0x3FF));
    } else {
      out += fmt::format("{:04X}", static_cast<uint32_t>(c));
    }
  }
  return out;
}

std::string textString(std::string_view utf8) {
  bool printable_ascii = true;
  for (unsigned char c : utf8) printable_ascii = printable_ascii && c >= 0x20 && c <= 0x7E;
  if (printable_ascii) return literalString(utf8);
  return "<FEFF" + utf16Hex(utf8) + ">";
}

std::string date(int64_t seconds) {
  auto t = static_cast<time_t>(seconds);
  std::tm tm{};
  gmtime_r(&t, &tm);
  return fmt::format("(D:{:04}{:02}{:02}{:02}{:02}{:02}Z)", tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday,
                     tm.tm_hour, tm.tm_min, tm.tm_sec);
}

}  // namespace banmian::exporter::pdf
