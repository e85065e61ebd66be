#pragma once
// Writing JSON: the one place that quotes a string for JSON, and a small value tree for documents built
// piece by piece (the schemas of `banmian schema`, `--diagnostics json`). Reading JSON is not needed.
#include <string>
#include <utility>
#include <vector>

namespace banmian::json {

// "text" with ", \ and control characters escaped; UTF-8 passes through (JSON is UTF-8).
std::string quoted(const std::string& text);

class Json {
 public:
  Json(const char* text) : kind_(Kind::String), text_(text) {}
  Json(std::string text) : kind_(Kind::String), text_(std::move(text)) {}
  static Json object(std::vector<std::pair<std::string, Json>> members);
  static Json array(std::vector<Json> elements);
  static Json strings(const std::vector<std::string>& texts);
  static Json number(double value);
  static Json boolean(bool value);
  static Json null();

  // Sets an object's member, replacing one of the same name.
  void set(const std::string& name, Json value);
  // Two-space indentation; arrays of plain values stay on one line.
  std::string dump(int indent = 0) const;

 private:
  enum class Kind { String, Literal, Object, Array };
  explicit Json(Kind kind) : kind_(kind) {}

  Kind kind_;
  std::string text_;  // String: the text; Literal: the JSON as written (a number, true, null)
  std::vector<std::pair<std::string, Json>> members_;
  std::vector<Json> elements_;
};

}  // namespace banmian::json
