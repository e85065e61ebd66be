#pragma once
// A parsed YAML file that can say where each of its nodes came from.
#include <string>

#include <yaml-cpp/yaml.h>

#include "base/source_location.h"
#include "base/source_text.h"

namespace banmian::load {

struct YamlValue;

class YamlFile {
 public:
  // Throws InputError naming the file when it cannot be read, or at the position of a syntax error.
  static YamlFile load(const std::string& path);

  const std::string& path() const { return path_; }
  const std::string& text() const { return text_; }
  YamlValue root() const;

  // yaml-cpp marks are 0-based byte offsets; SourceLocation is 1-based, its column in characters.
  SourceLocation at(const YAML::Mark& mark) const;

 private:
  YamlFile(std::string path, std::string text, LineStarts lines, YAML::Node root)
      : path_(std::move(path)), text_(std::move(text)), lines_(std::move(lines)), root_(std::move(root)) {}

  std::string path_;
  std::string text_;
  LineStarts lines_;
  YAML::Node root_;
};

}  // namespace banmian::load
