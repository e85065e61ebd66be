#include "load/model.h"

#include "base/diagnostics.h"

namespace banmian::model {

const Master& Layout::master(const std::string& name) const {
  for (const auto& m : masters)
    if (m.name == name) return m;
  throw InputError(sequence.where, "the layout has no master page '" + name + "'");
}

std::string plainText(const Block& block) {
  std::string out;
  for (const auto& span : block.spans) out += span.text;
  return out;
}

const Photo* Document::findPhoto(const std::string& id) const {
  for (const auto& photo : photos)
    if (photo.id == id) return &photo;
  return nullptr;
}

const Story* Document::findStory(const std::string& name) const {
  auto found = stories.find(name);
  return found == stories.end() ? nullptr : &found->second;
}

const Field* Document::findField(const std::string& name) const {
  auto found = fields.find(name);
  return found == fields.end() ? nullptr : &found->second;
}

}  // namespace banmian::model
