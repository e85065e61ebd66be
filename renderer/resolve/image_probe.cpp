#include "resolve/image_probe.h"

#include <fmt/format.h>

#include <array>
#include <filesystem>
#include <fstream>

#include "base/diagnostics.h"
#include "base/limits.h"
#include "resolve/image_check.h"

namespace banmian::resolve {
namespace {

// Cairo's image surfaces (and so its PNG reader) stop at 32767 pixels a side.
constexpr long kWidestPng = 32767;

long bigEndian16(const unsigned char* p) { return (long{p[0]} << 8) | p[1]; }
long bigEndian32(const unsigned char* p) {
  return (long{p[0]} << 24) | (long{p[1]} << 16) | (long{p[2]} << 8) | long{p[3]};
}

struct Header {
  display::Image::Format format;
  long width = 0, height = 0;
};

// Reads `n` bytes at `at`; false at the end of the file (which leaves the stream usable).
bool readAt(std::ifstream& in, std::streamoff at, unsigned char* into, std::streamsize n) {
  in.clear();
  in.seekg(at);
  in.read(reinterpret_cast<char*>(into), n);
  return in.gcount() == n;
}

bool probePng(std::ifstream& in, Header& header) {
  static const unsigned char kSignature[8] = {0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};
  std::array<unsigned char, 24> b{};
  if (!readAt(in, 0, b.data(), 24) || !std::equal(kSignature, kSignature + 8, b.begin())) return false;
  header = {display::Image::Format::Png, bigEndian32(&b[16]), bigEndian32(&b[20])};
  return true;
}

// Walks the JPEG markers to the first start-of-frame, which holds the size, seeking over segments
// (EXIF and ICC data can be long) instead of reading them.
bool probeJpeg(std::ifstream& in, Header& header) {
  std::array<unsigned char, 9> b{};
  if (!readAt(in, 0, b.data(), 2) || b[0] != 0xFF || b[1] != 0xD8) return false;
  std::streamoff at = 2;
  for (int segments = 0; segments < 10000; ++segments) {
    if (!readAt(in, at, b.data(), 9) || b[0] != 0xFF) return false;
    const unsigned char marker = b[1];
    if (marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC) {
      header = {display::Image::Format::Jpeg, bigEndian16(&b[7]), bigEndian16(&b[5])};
      return true;
    }
    at += 2 + bigEndian16(&b[2]);
  }
  return false;
}

void checkSize(const std::string& file, const SourceLocation& where, const Header& header) {
  const double pixels = static_cast<double>(header.width) * static_cast<double>(header.height);
  if (pixels > limit("image-pixels"))
    throw InputError(where, fmt::format("image '{}' has {}x{} = {:.0f} pixels, which {}", file, header.width,
                                        header.height, pixels, exceededLimit("image-pixels")));
  if (header.format == display::Image::Format::Png && std::max(header.width, header.height) > kWidestPng)
    throw InputError(where, fmt::format("image '{}' is {}x{} pixels: a PNG may be at most {} pixels a side",
                                        file, header.width, header.height, kWidestPng));
}

}  // namespace

ImageInfo probeImage(const std::string& file, const SourceLocation& where) {
  std::error_code error;
  const std::uintmax_t bytes = std::filesystem::file_size(file, error);
  if (!error && static_cast<double>(bytes) > limit("image-file-size"))
    throw InputError(where, fmt::format("image '{}' has {} bytes, which {}", file, bytes,
                                        exceededLimit("image-file-size")));
  std::ifstream in(file, std::ios::binary);
  if (!in) throw InputError(where, fmt::format("cannot read image '{}'", file));
  Header header{};
  if (!(probePng(in, header) || probeJpeg(in, header)) || header.width <= 0 || header.height <= 0)
    throw InputError(where, fmt::format("'{}' is not a JPEG or PNG image banmian can read", file));
  checkSize(file, where, header);
  // Only now, with the size known to be sane, is the whole file decoded (one row at a time).
  if (std::string defect = imageDefect(file, header.format); !defect.empty())
    throw InputError(where, fmt::format("image '{}' is damaged: {}", file, defect));
  return {header.format, static_cast<int>(header.width), static_cast<int>(header.height)};
}

}  // namespace banmian::resolve
