#include "export/prepared_faces.h"

#include <hb-subset.h>

#include <map>
#include <mutex>
#include <utility>

namespace banmian::exporter {
namespace {

struct Entry {
  int uses = 0;
  hb_face_t* prepared = nullptr;  // never freed: the process keeps it for its next document
};

std::mutex& cacheMutex() {
  static std::mutex mutex;
  return mutex;
}
std::map<std::pair<std::string, int>, Entry>& cache() {
  static auto* entries = new std::map<std::pair<std::string, int>, Entry>;
  return *entries;
}

hb_face_t* openFace(const std::string& file, int index) {
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

}  // namespace

hb_face_t* faceForSubsetting(const std::string& file, int index) {
  std::lock_guard lock(cacheMutex());
  Entry& entry = cache()[{file, index}];
  if (entry.prepared) return hb_face_reference(entry.prepared);
  hb_face_t* face = openFace(file, index);
  if (!face || ++entry.uses < 2) return face;
  entry.prepared = face;
  return hb_face_reference(entry.prepared);
}

}  // namespace banmian::exporter
