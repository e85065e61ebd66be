#pragma once
// The lexical pieces of PDF that banmian's own PDF writer puts together: numbers, names, strings and
// dates, each written one way (PDF 32000-1 §7.3). Independent of the C locale.
#include <cstdint>
#include <string>
#include <string_view>

namespace banmian::exporter::pdf {

// A real number with at most `decimals` decimals, without trailing zeros or exponent ("12.5", "-3", "0").
std::string number(double value, int decimals = 3);
// A name object ("/Name"), with white space, delimiters, '#' and bytes outside printable ASCII as #XX.
std::string name(std::string_view bytes);
// A byte string as a literal string, with ( ) \ escaped and bytes outside printable ASCII as octal.
std::string literalString(std::string_view bytes);
// A text string (document information, outline titles): printable ASCII as a literal string, anything
// else as UTF-16BE with a byte order mark, in hex.
std::string textString(std::string_view utf8);
// The UTF-16BE code units of `utf8`, as upper-case hex digits (surrogate pairs beyond the BMP).
std::string utf16Hex(std::string_view utf8);
// D:YYYYMMDDHHmmSSZ for seconds since the epoch, as a literal string.
std::string date(int64_t seconds_since_epoch);

}  // namespace banmian::exporter::pdf
