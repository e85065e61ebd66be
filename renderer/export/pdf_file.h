#pragma once
// The file structure of a PDF: numbered objects, streams, the cross-reference table and the trailer
// (PDF 32000-1 §7.5). What goes inside the objects is the caller's; this only numbers, places and indexes
// them. The same objects give the same bytes: the file identifier is a digest of the body.
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace banmian::exporter::pdf {

class PdfFile {
 public:
  PdfFile();

  // A new object number, to refer to before the object is written.
  int reserve();
  // Writes object `id` (from reserve) with `body`, e.g. "<< /Type /Page ... >>".
  void object(int id, std::string_view body);
  // Writes a stream object: `entries` is its dictionary without /Length and /Filter; `data` is written as
  // given and marked FlateDecode when `deflated`.
  void stream(int id, std::string_view entries, std::string_view data, bool deflated);
  // The whole file, with `catalog` as /Root and `info` (0 for none) as /Info. Throws ExportError when a
  // reserved object was never written.
  std::string finish(int catalog, int info);

 private:
  void begin(int id);

  std::string bytes_;
  std::vector<size_t> offsets_;  // offsets_[id - 1]; npos until written
};

// `data` compressed as FlateDecode expects (a zlib stream, level 6).
std::string deflate(std::string_view data);

}  // namespace banmian::exporter::pdf
