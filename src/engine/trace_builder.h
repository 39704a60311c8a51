// Helpers the formulas use to record their traces, and the switch that drops them. Internal to
// the engine.
#pragma once

#include <concepts>
#include <optional>
#include <string>
#include <vector>

#include "lkjip/engine.h"

namespace lkjip::trace {

// A term for a figure that is an input of a formula: a given value keeps its source, a computed
// one its derivation. Precondition: figure.ok(). It has no symbol until result() or
// money_result() names the terms from the formula's declaration (lkjip/formulas.h).
Term of(const Figure& figure, Role role, std::string_view subject);

Term of(const Money& money, Role role, std::string_view subject);

// A term for a part of a sum or a mean, named by its own trace's subject (no name without one).
Term part_of(const Figure& figure, Role role);
Term part_of(const Money& money, Role role);

// A value of the data file as a figure, with a trace naming its key (none for a default), as
// the formulas take it: they follow the thread's switch (Scope). The layers above call
// lkjip::given, which takes a Traces.
Figure given(const Quantity& quantity, std::string_view subject, const GivenAt& at);
Figure given(const OptionalQuantity& quantity, Reason if_missing, std::string_view subject,
             const GivenAt& at);
Money given(const OptionalAmount& amount, Reason if_missing, std::string_view subject,
            const GivenAt& at);

// The one switch of traces: while one made with Traces::kDrop lives, the formulas on this thread
// give their figures without traces; the values are the same. Only the engine's entry points
// open one, from their Traces argument (or always dropping: the roll-up); the functions they
// call never take a Traces. Scopes nest, and one made with Traces::kKeep inside a dropping one
// keeps dropping: a caller that asked for no traces gets none.
class Scope {
 public:
  explicit Scope(Traces traces);
  ~Scope();
  Scope(const Scope&) = delete;
  Scope& operator=(const Scope&) = delete;

 private:
  bool previous_;
};

// Whether the formulas on this thread keep their traces (no Scope drops them). A formula that
// gathers its terms in a loop gathers none when they are dropped.
bool keeping();

// A computed figure with its trace, unless traces are dropped; the terms, in the order the
// formula declares them, get its symbols.
Figure result(Formula formula, std::string_view subject, std::vector<Term> terms, Rational value);

Money money_result(Formula formula, std::string_view subject, std::vector<Term> terms,
                   Rupiah value);

// The same with terms made only when traces are kept: `make_terms()` returns the
// std::vector<Term>. A report's compute drops traces and evaluates millions of formulas; making
// their terms only to drop them cost more than some formulas themselves.
template <std::invocable MakeTerms>
Figure result(Formula formula, std::string_view subject, MakeTerms&& make_terms, Rational value) {
  if (!keeping()) return Figure(std::move(value));
  return result(formula, subject, std::forward<MakeTerms>(make_terms)(), std::move(value));
}

template <std::invocable MakeTerms>
Money money_result(Formula formula, std::string_view subject, MakeTerms&& make_terms,
                   Rupiah value) {
  if (!keeping()) return Money(value);
  return money_result(formula, subject, std::forward<MakeTerms>(make_terms)(), value);
}

}  // namespace lkjip::trace
