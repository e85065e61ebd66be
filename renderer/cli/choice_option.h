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

// The names of the choices the commands share (the same words as in batch manifests).
inline const std::vector<std::pair<std::string, Backend>> kBackendChoices{
    {"native", Backend::Native}, {"cairo", Backend::Cairo}, {"haru", Backend::Haru}};
inline const std::vector<std::pair<std::string, FontSet>> kFontSetChoices{{"screen", FontSet::Screen},
                                                                          {"print", FontSet::Print}};
inline const std::vector<std::pair<std::string, MessageFormat>> kMessageFormatChoices{
    {"human", MessageFormat::Human}, {"json", MessageFormat::Json}};

}  // namespace banmian::cli
