#include "trace_builder.h"

#include <stdexcept>

#include "lkjip/formulas.h"

namespace lkjip::trace {

namespace {

// Per thread, so that files evaluated at once on several threads do not affect one another.
thread_local bool dropping_traces = false;

// The subject of a figure's own trace; empty without one.
template <class T>
std::string own_subject(const Computed<T>& figure) {
  const TracePtr trace = figure.trace();
  return trace ? trace->subject : std::string();
}

Term with_origin(Term term, const TracePtr& trace) {
  if (trace && trace->formula == Formula::kGiven && !trace->terms.empty()) {
    term.source = trace->terms.front().source;
    term.by_default = trace->terms.front().by_default;
  } else {
    term.derivation = trace;
  }
  return term;
}

// Each term gets the symbol the formula declares for its place.
std::vector<Term> named(Formula formula, std::vector<Term> terms) {
  const FormulaDeclaration& declared = declaration(formula);
  if (!fits(declared, terms.size())) {
    throw std::logic_error("a trace of formula " + std::to_string(static_cast<int>(formula)) +
                           " with " + std::to_string(terms.size()) +
                           " terms, not the ones it declares");
  }
  for (std::size_t i = 0; i < terms.size(); ++i)
    terms[i].symbol = symbol_of(declared, i);
  return terms;
}

TracePtr traced(Formula formula, std::string_view subject, std::vector<Term> terms,
                Rational value) {
  return std::make_shared<Trace>(
      Trace{formula, std::string(subject), std::move(terms), std::move(value)});
}

// The one term of a given value's trace: its value and its key (none for a default). It is the
// value itself, no term of a formula, and has no symbol.
Term given_term(std::string_view subject, Rational value, const GivenAt& at) {
  return Term{"",     Role::kValue, std::string(subject), std::move(value), at, !at.has_value(),
              nullptr};
}

}  // namespace

Term of(const Figure& figure, Role role, std::string_view subject) {
  return with_origin(Term{"", role, std::string(subject), figure.value(), {}, false, nullptr},
                     figure.trace());
}

Term of(const Money& money, Role role, std::string_view subject) {
  return with_origin(
      Term{"", role, std::string(subject), to_rational(money.value()), {}, false, nullptr},
      money.trace());
}

Term part_of(const Figure& figure, Role role) {
  return of(figure, role, own_subject(figure));
}

Term part_of(const Money& money, Role role) {
  return of(money, role, own_subject(money));
}

Figure given(const Quantity& quantity, std::string_view subject, const GivenAt& at) {
  if (dropping_traces) return Figure(quantity.value);
  return Figure(quantity.value, traced(Formula::kGiven, subject,
                                       {given_term(subject, quantity.value, at)}, quantity.value));
}

Figure given(const OptionalQuantity& quantity, Reason if_missing, std::string_view subject,
             const GivenAt& at) {
  if (!quantity) return Unavailable{if_missing, subject};
  return trace::given(*quantity, subject, at);
}

Money given(const OptionalAmount& amount, Reason if_missing, std::string_view subject,
            const GivenAt& at) {
  if (!amount) return Unavailable{if_missing, subject};
  if (dropping_traces) return Money(amount->value);
  const Rational value = to_rational(amount->value);
  return Money(amount->value,
               traced(Formula::kGiven, subject, {given_term(subject, value, at)}, value));
}

bool keeping() {
  return !dropping_traces;
}

Scope::Scope(Traces traces) : previous_(dropping_traces) {
  dropping_traces = previous_ || traces == Traces::kDrop;
}

Scope::~Scope() {
  dropping_traces = previous_;
}

Figure result(Formula formula, std::string_view subject, std::vector<Term> terms, Rational value) {
  if (dropping_traces) return Figure(std::move(value));
  TracePtr trace = traced(formula, subject, named(formula, std::move(terms)), value);
  return Figure(std::move(value), std::move(trace));
}

Money money_result(Formula formula, std::string_view subject, std::vector<Term> terms,
                   Rupiah value) {
  if (dropping_traces) return Money(value);
  return Money(value,
               traced(formula, subject, named(formula, std::move(terms)), to_rational(value)));
}

}  // namespace lkjip::trace
