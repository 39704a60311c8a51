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

// The one term of a given value's trace: its value and its key (none for a default).
Term given_term(const std::string& subject, Rational value, const GivenAt& at);

// While one made with Traces::kDrop lives, the formulas on this thread give their figures
// without traces; the values are the same. Scopes nest, and one made with Traces::kKeep inside
// a dropping one keeps dropping: a caller that asked for no traces gets none.
class Scope {
 public:
  explicit Scope(Traces traces);
  ~Scope();
  Scope(const Scope&) = delete;
  Scope& operator=(const Scope&) = delete;

 private:
  bool previous_;
};

// Whether the formulas on this thread are giving figures without traces.
bool dropping();

Figure result(Formula formula, std::string subject, std::vector<Term> terms, Rational value);

Money money_result(Formula formula, std::string subject, std::vector<Term> terms, Rupiah value);

}  // namespace lkjip::trace
