#include "base/json_text.h"

#include <fmt/format.h>

namespace banmian::json {

std::string quoted(const std::string& text) {
  std::string out = "\"";
  for (unsigned char c : text) {
    if (c == '"' || c == '\\') out += '\\', out += static_cast<char>(c);
    else if (c == '\n') out += "\\n";
    else if (c < 0x20) out += fmt::format("\\u{:04x}", c);
    else out += static_cast<char>(c);
  }
  return out + "\"";
}

Json Json::object(std::vector<std::pair<std::string, Json>> members) {
  Json json(Kind::Object);
  json.members_ = std::move(members);
  return json;
}

Json Json::array(std::vector<Json> elements) {
  Json json(Kind::Array);
  json.elements_ = std::move(elements);
  return json;
}

Json Json::strings(const std::vector<std::string>& texts) {
  std::vector<Json> elements(texts.begin(), texts.end());
  return array(std::move(elements));
}

Json Json::number(double value) {
  Json json(Kind::Literal);
  json.text_ = fmt::format("{}", value);
  return json;
}

Json Json::boolean(bool value) {
  Json json(Kind::Literal);
  json.text_ = value ? "true" : "false";
  return json;
}

Json Json::null() {
  Json json(Kind::Literal);
  json.text_ = "null";
  return json;
}

void Json::set(const std::string& name, Json value) {
  for (auto& member : members_)
    if (member.first == name) {
      member.second = std::move(value);
      return;
    }
  members_.emplace_back(name, std::move(value));
}

std::string Json::dump(int indent) const {
  const std::string inner(static_cast<size_t>(indent + 2), ' '), outer(static_cast<size_t>(indent), ' ');
  switch (kind_) {
    case Kind::String: return quoted(text_);
    case Kind::Literal: return text_;
    case Kind::Object: {
      if (members_.empty()) return "{}";
      std::string out = "{";
      for (size_t i = 0; i < members_.size(); ++i)
        out += fmt::format("{}\n{}{}: {}", i ? "," : "", inner, quoted(members_[i].first),
                           members_[i].second.dump(indent + 2));
      return out + "\n" + outer + "}";
    }
    case Kind::Array: break;
  }
  bool plain = true;
  for (const Json& element : elements_) plain = plain && (element.kind_ == Kind::String || element.kind_ == Kind::Literal);
  std::string out = "[";
  for (size_t i = 0; i < elements_.size(); ++i)
    out += plain ? fmt::format("{}{}", i ? ", " : "", elements_[i].dump())
                 : fmt::format("{}\n{}{}", i ? "," : "", inner, elements_[i].dump(indent + 2));
  return out + (plain || elements_.empty() ? "]" : "\n" + outer + "]");
}

}  // namespace banmian::json
