#include "trace_builder.h"

namespace lkjip::trace {

namespace {

Term with_origin(Term term, const TracePtr& trace) {
  if (trace && trace->formula == Formula::kGiven && !trace->terms.empty()) {
    term.source = trace->terms.front().source;
  } else {
    term.derivation = trace;
  }
  return term;
}

}  // namespace

Term of(const Figure& figure, std::string symbol, Role role, std::string subject) {
  return with_origin(Term{std::move(symbol), role, std::move(subject), figure.value(), {}, nullptr},
                     figure.trace());
}

Term of(const Money& money, std::string symbol, Role role, std::string subject) {
  return with_origin(
      Term{std::move(symbol), role, std::move(subject), to_rational(money.value()), {}, nullptr},
      money.trace());
}

Figure result(Formula formula, std::string subject, std::vector<Term> terms, Rational value) {
  auto trace = std::make_shared<Trace>(Trace{formula, std::move(subject), std::move(terms), value});
  return Figure(std::move(value), std::move(trace));
}

Money money_result(Formula formula, std::string subject, std::vector<Term> terms, Rupiah value) {
  auto trace = std::make_shared<Trace>(
      Trace{formula, std::move(subject), std::move(terms), to_rational(value)});
  return Money(value, std::move(trace));
}

}  // namespace lkjip::trace
