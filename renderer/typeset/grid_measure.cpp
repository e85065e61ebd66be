#include "typeset/grid_measure.h"

#include <fmt/format.h>

#include <cmath>

namespace banmian::typeset {

std::optional<std::string> offGridMeasure(double measure, double em) {
  if (em <= 0 || measure <= 0) return std::nullopt;
  double characters = measure / em;
  // A hundredth of an em (the broadsheet's column is 117.02pt from its millimetres) is rounding in the
  // layout's arithmetic that justification absorbs unseen, not a measure off the grid.
  if (std::abs(characters - std::round(characters)) < 0.01) return std::nullopt;
  double fewer = std::floor(characters), more = std::ceil(characters);
  return fmt::format("the body measure {:.2f}pt is {:.2f} characters of {:g}pt, not a whole number: "
                     "{:g} characters take {:.2f}pt, {:g} take {:.2f}pt",
                     measure, characters, em, fewer, fewer * em, more, more * em);
}

}  // namespace banmian::typeset
