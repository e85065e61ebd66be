#include "load/model.h"

namespace banmian::model {

const Photo* Document::findPhoto(const std::string& id) const {
  for (const auto& photo : photos)
    if (photo.id == id) return &photo;
  return nullptr;
}

}  // namespace banmian::model
