#include "export/font_subsetter.h"

#include <fcntl.h>
#include <hb-subset.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cstring>
#include <utility>


namespace banmian::exporter {
namespace {

// Tables neither Cairo nor libharu reads: layout is already done. Dropping GSUB also stops HarfBuzz from closing the
// glyph set over every substitution (vertical forms, locl variants...), which would pull in glyphs
// the page never draws.
constexpr hb_tag_t kDroppedTables[] = {
    HB_TAG('G', 'S', 'U', 'B'), HB_TAG('G', 'P', 'O', 'S'), HB_TAG('G', 'D', 'E', 'F'),
    HB_TAG('B', 'A', 'S', 'E'), HB_TAG('J', 'S', 'T', 'F'), HB_TAG('M', 'A', 'T', 'H'),
    HB_TAG('D', 'S', 'I', 'G'), HB_TAG('m', 'o', 'r', 'x'), HB_TAG('k', 'e', 'r', 'n'),
};

hb_subset_input_t* makeInput(const std::vector<uint32_t>& glyphs, const std::vector<uint32_t>& codepoints,
                             unsigned flags = HB_SUBSET_FLAGS_RETAIN_GIDS,
                             const std::vector<hb_tag_t>& also_dropped = {}) {
  hb_subset_input_t* input = hb_subset_input_create_or_fail();
  if (!input) return nullptr;
  hb_set_t* gids = hb_subset_input_glyph_set(input);
  for (uint32_t g : glyphs) hb_set_add(gids, g);
  hb_set_t* unicodes = hb_subset_input_unicode_set(input);
  for (uint32_t c : codepoints) hb_set_add(unicodes, c);
  hb_set_t* drop = hb_subset_input_set(input, HB_SUBSET_SETS_DROP_TABLE_TAG);
  for (hb_tag_t tag : kDroppedTables) hb_set_add(drop, tag);
  for (hb_tag_t tag : also_dropped) hb_set_add(drop, tag);
  // The default name ids (0-6) stay, so Cairo and libharu still find the PostScript name for the
  // PDF's BaseFont (libharu refuses a font without ids 2 and 6); hinting stays too, because screen
  // viewers use it at small sizes.
  hb_subset_input_set_flags(
      input, flags | HB_SUBSET_FLAGS_DESUBROUTINIZE | HB_SUBSET_FLAGS_NOTDEF_OUTLINE);
  return input;
}

// The subset's bytes, or nullptr when empty.
hb_blob_t* nonEmptyBlob(hb_face_t* subset) {
  hb_blob_t* blob = hb_face_reference_blob(subset);
  if (hb_blob_get_length(blob) > 0) return blob;
  hb_blob_destroy(blob);
  return nullptr;
}

// The new ids of the glyphs the document draws (HarfBuzz 6 cannot walk a map, so ask per glyph).
std::unordered_map<uint32_t, uint32_t> newIds(const hb_map_t* map, const std::vector<uint32_t>& glyphs) {
  std::unordered_map<uint32_t, uint32_t> out;
  for (uint32_t glyph : glyphs)
    if (hb_map_has(map, glyph)) out.emplace(glyph, hb_map_get(map, glyph));
  return out;
}

uint32_t bigEndian32(const unsigned char* p) {
  return (uint32_t{p[0]} << 24) | (uint32_t{p[1]} << 16) | (uint32_t{p[2]} << 8) | p[3];
}

// Where face `index`'s table records lie in the font, or {0, 0} when the bytes are not a font with such a
// face (every offset is checked against `size` before it is used).
std::pair<size_t, size_t> tableRecords(const unsigned char* font, size_t size, int index) {
  size_t directory = 0;
  if (size >= 12 && std::memcmp(font, "ttcf", 4) == 0) {
    const uint32_t faces = bigEndian32(font + 8);
    if (index < 0 || static_cast<uint32_t>(index) >= faces || 12 + 4 * static_cast<size_t>(faces) > size) return {};
    directory = bigEndian32(font + 12 + 4 * static_cast<size_t>(index));
  } else if (index != 0) {
    return {};
  }
  if (directory + 12 > size) return {};
  const size_t tables = (size_t{font[directory + 4]} << 8) | font[directory + 5];
  if (directory + 12 + 16 * tables > size) return {};
  return {directory + 12, directory + 12 + 16 * tables};
}

// Zeroes the length in the cmap record of face `index`. Only the pages of the records become writable
// (and so private copies): the rest of the mapping stays a read-only view of the file.
bool hideCmap(unsigned char* font, size_t size, int index) {
  const auto [begin, end] = tableRecords(font, size, index);
  if (begin == end) return false;
  const auto page = static_cast<size_t>(::sysconf(_SC_PAGESIZE));
  unsigned char* first = font + begin / page * page;
  const size_t length = static_cast<size_t>(font + end - first);
  if (::mprotect(first, length, PROT_READ | PROT_WRITE) != 0) return false;
  for (size_t record = begin; record < end; record += 16)
    if (std::memcmp(font + record, "cmap", 4) == 0) std::memset(font + record + 12, 0, 4);
  return ::mprotect(first, length, PROT_READ) == 0;
}

struct PrivateMapping {
  void* address;
  size_t size;
};

void unmap(void* data) {
  auto* mapping = static_cast<PrivateMapping*>(data);
  ::munmap(mapping->address, mapping->size);
  delete mapping;
}

}  // namespace

hb_face_t* openFaceWithoutCmap(const std::string& file, int index) {
  const int fd = ::open(file.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) return nullptr;
  struct stat st {};
  void* address = MAP_FAILED;
  if (::fstat(fd, &st) == 0 && st.st_size > 0 && static_cast<uint64_t>(st.st_size) <= UINT32_MAX)
    address = ::mmap(nullptr, static_cast<size_t>(st.st_size), PROT_READ, MAP_PRIVATE, fd, 0);
  ::close(fd);
  if (address == MAP_FAILED) return nullptr;
  const auto size = static_cast<size_t>(st.st_size);
  if (!hideCmap(static_cast<unsigned char*>(address), size, index)) {
    ::munmap(address, size);
    return nullptr;
  }
  hb_blob_t* blob = hb_blob_create(static_cast<const char*>(address), static_cast<unsigned>(size),
                                   HB_MEMORY_MODE_READONLY, new PrivateMapping{address, size}, unmap);
  hb_face_t* face = hb_face_create(blob, static_cast<unsigned>(index));
  hb_blob_destroy(blob);
  return face;
}

hb_face_t* openFaceForSubsetting(const std::string& file, int index) {
  hb_blob_t* blob = hb_blob_create_from_file_or_fail(file.c_str());
  // HarfBuzz reads any index of a single-face file as that face; FreeType rightly refuses. Refuse
  // here too, so that the fallback reports the bad index instead of drawing another face.
  if (!blob || index < 0 || static_cast<unsigned>(index) >= hb_face_count(blob)) {
    hb_blob_destroy(blob);
    return nullptr;
  }
  hb_face_t* face = hb_face_create(blob, static_cast<unsigned>(index));
  hb_blob_destroy(blob);  // the face keeps its own reference
  return face;
}

hb_blob_t* subsetFace(const std::string& file, int index, const std::vector<uint32_t>& glyphs,
                      const std::vector<uint32_t>& codepoints) {
  hb_face_t* face = openFaceForSubsetting(file, index);
  if (!face) return nullptr;
  hb_blob_t* result = nullptr;
  if (hb_face_get_glyph_count(face) > 0) {
    if (hb_subset_input_t* input = makeInput(glyphs, codepoints)) {
      if (hb_face_t* subset = hb_subset_or_fail(face, input)) {
        result = hb_face_reference_blob(subset);
        hb_face_destroy(subset);
      }
      hb_subset_input_destroy(input);
    }
  }
  hb_face_destroy(face);
  if (result && hb_blob_get_length(result) == 0) {
    hb_blob_destroy(result);
    result = nullptr;
  }
  return result;
}

CompactSubset compactSubsetFace(hb_face_t* face, const std::vector<uint32_t>& glyphs,
                                const std::vector<uint32_t>& codepoints, const std::vector<hb_tag_t>& also_dropped) {
  CompactSubset result;
  if (!face) return result;
  hb_subset_input_t* input =
      hb_face_get_glyph_count(face) > 0 ? makeInput(glyphs, codepoints, 0, also_dropped) : nullptr;
  hb_subset_plan_t* plan = input ? hb_subset_plan_create_or_fail(face, input) : nullptr;
  if (hb_face_t* subset = plan ? hb_subset_plan_execute_or_fail(plan) : nullptr) {
    result.blob = nonEmptyBlob(subset);
    if (result.blob) result.new_ids = newIds(hb_subset_plan_old_to_new_glyph_mapping(plan), glyphs);
    hb_face_destroy(subset);
  }
  hb_subset_plan_destroy(plan);
  hb_subset_input_destroy(input);
  return result;
}

}  // namespace banmian::exporter
