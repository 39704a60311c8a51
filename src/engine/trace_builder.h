// Helpers the formulas use to record their traces. Internal to the engine.
#pragma once

#include <string>
#include <vector>

#include "lkjip/engine.h"

namespace lkjip::trace {

// A term for a figure that is an input of a formula: a given value keeps its source, a computed
// one its derivation. Precondition: figure.ok().
Term of(const Figure& figure, std::string symbol, Role role, std::string subject);

Term of(const Money& money, std::string symbol, Role role, std::string subject);

Figure result(Formula formula, std::string subject, std::vector<Term> terms, Rational value);

Money money_result(Formula formula, std::string subject, std::vector<Term> terms, Rupiah value);

}  // namespace lkjip::trace
