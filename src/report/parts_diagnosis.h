// How a printed total or mean differs from the value its printed parts give: the slip a reviewer
// names (rounded down, one digit, two digits swapped, a part left out or counted twice). A
// comparison, not a formula: the aggregate's formula is the engine's (lkjip::aggregate).
// Internal to the report.
#pragma once

#include <cstddef>
#include <span>
#include <vector>

#include "lkjip/engine.h"
#include "lkjip/model.h"
#include "lkjip/rational.h"
#include "lkjip/trace.h"

namespace lkjip {

struct PartsDiagnosis {
  enum class Kind {
    kAgrees,      // the printed aggregate is the parts' value at its precision
    kTruncated,   // cut off (toward zero) at its precision instead of rounded
    kRoundedUp,   // rounded away from zero where the nearest is toward it
    kTransposed,  // two adjacent digits swapped
    kPartLeftOut,
    kPartTwice,
    kOneDigit,  // one digit differs
    kDifference,
  };
  Kind kind = Kind::kAgrees;
  Rational exact;     // the aggregate of the printed parts, exact
  Rational expected;  // the same at the printed precision
  // kPartLeftOut, kPartTwice: the part's index, the first of those that would do (parts of
  // the same value), all of which `parts` lists.
  std::size_t part = 0;
  std::vector<std::size_t> parts;
  // kOneDigit: the position (from 1, counted from the left of the printed digits) of the digit
  // that differs; kTransposed: the first of the two. The digits as printed and as expected.
  std::size_t position = 0;
  char printed_digit = 0;
  char expected_digit = 0;
  char next_printed_digit = 0;  // kTransposed: the second digit as printed
  Rational difference;          // printed - expected
};

// Precondition: is_aggregate(formula), parts not empty. The parts are the values as printed.
// `halfwidths` (empty, or one per part): how far a part printed with fewer decimals than its
// value has may be from that value (half a unit of its last printed place; 0 for a part
// printed whole). The printed aggregate agrees when some values of the parts within those
// bounds give it at its precision.
PartsDiagnosis diagnose_aggregate(const Quantity& printed, std::span<const Rational> parts,
                                  Formula formula, std::span<const Rational> halfwidths = {});

}  // namespace lkjip
