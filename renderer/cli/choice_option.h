#pragma once
// An option whose value is one of a few names (--backend native|cairo|haru). CLI11's CheckedTransformer would
// show `{cairo->0,haru->1} OR {0,1}` in --help and accept `--backend 1`; this accepts and shows the
// names only, and anything else is a usage error.
#include <CLI/CLI.hpp>

#include <banmian/banmian.h>

#include <string>
#include <utility>
#include <vector>

namespace banmian::cli {

template <class Value>
CLI::Option* addChoiceOption(CLI::App& app, const std::string& name, Value& target,
                             const std::vector<std::pair<std::string, Value>>& choices, const std::string& help) {
  std::vector<std::string> names;
  for (const auto& choice : choices) names.push_back(choice.first);
  auto assign = [&target, choices](const std::string& given) {
    for (const auto& [choice, value] : choices)
      if (choice == given) target = value;
  };
  return app.add_option_function<std::string>(name, assign, help)->check(CLI::IsMember(names))->type_name("NAME");
}

// The choices the commands share: the public header's words, which batch manifests use too.
template <class Value, size_t N>
std::vector<std::pair<std::string, Value>> choicesOf(const std::pair<std::string_view, Value> (&words)[N]) {
  std::vector<std::pair<std::string, Value>> out;
  for (const auto& word : words) out.emplace_back(std::string(word.first), word.second);
  return out;
}
inline const std::vector<std::pair<std::string, Backend>> kBackendChoices = choicesOf(kBackendWords);
inline const std::vector<std::pair<std::string, FontSet>> kFontSetChoices = choicesOf(kFontSetWords);
inline const std::vector<std::pair<std::string, MessageFormat>> kMessageFormatChoices{
    {"human", MessageFormat::Human}, {"json", MessageFormat::Json}};

}  // namespace banmian::cli
