#include "batch/font_files.h"

#include <fontconfig/fontconfig.h>

#include <algorithm>
#include <memory>
#include <sstream>

namespace banmian::batch {
namespace {

void addFilesOf(const std::string& family, std::vector<std::string>& files) {
  std::unique_ptr<FcPattern, decltype(&FcPatternDestroy)> pattern(FcPatternCreate(), &FcPatternDestroy);
  FcPatternAddString(pattern.get(), FC_FAMILY, reinterpret_cast<const FcChar8*>(family.c_str()));
  std::unique_ptr<FcObjectSet, decltype(&FcObjectSetDestroy)> objects(FcObjectSetBuild(FC_FILE, nullptr),
                                                                      &FcObjectSetDestroy);
  std::unique_ptr<FcFontSet, decltype(&FcFontSetDestroy)> fonts(FcFontList(nullptr, pattern.get(), objects.get()),
                                                                &FcFontSetDestroy);
  if (!fonts) return;
  for (int i = 0; i < fonts->nfont; ++i) {
    FcChar8* file = nullptr;
    if (FcPatternGetString(fonts->fonts[i], FC_FILE, 0, &file) == FcResultMatch)
      files.emplace_back(reinterpret_cast<const char*>(file));
  }
}

}  // namespace

std::vector<std::string> fontFilesOf(const std::vector<std::string>& families) {
  std::vector<std::string> files;
  for (const std::string& entry : families) {
    std::istringstream list(entry.substr(entry.find('=') + 1));
    for (std::string family; std::getline(list, family, ',');) addFilesOf(family, files);
  }
  std::sort(files.begin(), files.end());
  files.erase(std::unique(files.begin(), files.end()), files.end());
  return files;
}

}  // namespace banmian::batch
