#pragma once
// The words a layout may give for each fixed choice, with what each means to the model. The loaders read
// them with asEnum and the key tables (layout_keys.cpp) give the same lists to the schema.
#include <string_view>
#include <utility>

#include "load/model.h"

namespace banmian::load::words {

template <class Enum>
using Word = std::pair<std::string_view, Enum>;

inline constexpr Word<model::Align> kAlign[] = {{"start", model::Align::Start},
                                                {"center", model::Align::Center},
                                                {"end", model::Align::End},
                                                {"justify", model::Align::Justify}};
inline constexpr Word<model::Align> kVerticalAlign[] = {
    {"start", model::Align::Start}, {"center", model::Align::Center}, {"end", model::Align::End}};
inline constexpr Word<model::Kinsoku> kKinsoku[] = {{"none", model::Kinsoku::None},
                                                    {"basic", model::Kinsoku::Basic},
                                                    {"gb", model::Kinsoku::GB},
                                                    {"strict", model::Kinsoku::Strict}};
inline constexpr Word<model::PunctuationStyle> kPunctuation[] = {{"quanjiao", model::PunctuationStyle::Quanjiao},
                                                                 {"banjiao", model::PunctuationStyle::Banjiao},
                                                                 {"kaiming", model::PunctuationStyle::Kaiming}};
inline constexpr Word<Language> kLanguage[] = {
    {"zh-Hans", Language::Hans}, {"zh-Hant", Language::Hant}, {"zh-HK", Language::HK}};
// `hanging-punctuation`: whether marks hang at the line end.
inline constexpr Word<bool> kHanging[] = {{"end", true}, {"none", false}};
inline constexpr Word<Emphasis> kEmphasis[] = {{"dots", Emphasis::Dots}, {"none", Emphasis::None}};
// `opening-at-line-start`: whether an opening mark at a line start is set half-width.
inline constexpr Word<bool> kOpeningAtLineStart[] = {{"half", true}, {"full", false}};
inline constexpr Word<model::FrameKind> kFrameKind[] = {{"text", model::FrameKind::Text},
                                                        {"flow", model::FrameKind::Flow},
                                                        {"photo", model::FrameKind::Photo},
                                                        {"rule", model::FrameKind::Rule},
                                                        {"chart", model::FrameKind::Chart}};
inline constexpr Word<model::ChartMark> kChartMark[] = {
    {"bar", model::ChartMark::Bar},   {"column", model::ChartMark::Column}, {"line", model::ChartMark::Line},
    {"pie", model::ChartMark::Pie},   {"donut", model::ChartMark::Donut},   {"ring", model::ChartMark::Ring},
    {"kpi", model::ChartMark::Kpi},   {"table", model::ChartMark::Table}};

}  // namespace banmian::load::words
