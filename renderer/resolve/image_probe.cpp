#include "resolve/image_probe.h"

#include <fmt/format.h>

#include <fstream>
#include <iterator>
#include <vector>

#include "base/diagnostics.h"

namespace banmian::resolve {
namespace {

int bigEndian16(const unsigned char* p) { return (p[0] << 8) | p[1]; }
int bigEndian32(const unsigned char* p) { return (p[0] << 24) | (p[1] << 16) | (p[2] << 8) | p[3]; }

bool probePng(const std::vector<unsigned char>& b, ImageInfo& info) {
  static const unsigned char kSignature[8] = {0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};
  if (b.size() < 24 || !std::equal(kSignature, kSignature + 8, b.begin())) return false;
  info = {display::Image::Format::Png, bigEndian32(&b[16]), bigEndian32(&b[20])};
  return true;
}

// Walks the JPEG markers to the first start-of-frame, which holds the size.
bool probeJpeg(const std::vector<unsigned char>& b, ImageInfo& info) {
  if (b.size() < 4 || b[0] != 0xFF || b[1] != 0xD8) return false;
  size_t at = 2;
  while (at + 9 < b.size()) {
    if (b[at] != 0xFF) return false;
    unsigned char marker = b[at + 1];
    bool start_of_frame = marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC;
    if (start_of_frame) {
      info = {display::Image::Format::Jpeg, bigEndian16(&b[at + 7]), bigEndian16(&b[at + 5])};
      return true;
    }
    at += 2 + bigEndian16(&b[at + 2]);
  }
  return false;
}

}  // namespace

ImageInfo probeImage(const std::string& file, const SourceLocation& where) {
  std::ifstream in(file, std::ios::binary);
  if (!in) throw InputError(where, fmt::format("cannot read image '{}'", file));
  std::vector<unsigned char> bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  ImageInfo info;
  if (probePng(bytes, info) || probeJpeg(bytes, info)) {
    if (info.width > 0 && info.height > 0) return info;
  }
  throw InputError(where, fmt::format("'{}' is not a JPEG or PNG image banmian can read", file));
}

}  // namespace banmian::resolve
