#include "trace_builder.h"

namespace lkjip::trace {

namespace {

// Per thread, so that files evaluated at once on several threads do not affect one another.
thread_local bool dropping_traces = false;

Term with_origin(Term term, const TracePtr& trace) {
  if (trace && trace->formula == Formula::kGiven && !trace->terms.empty()) {
    term.source = trace->terms.front().source;
    term.by_default = trace->terms.front().by_default;
  } else {
    term.derivation = trace;
  }
  return term;
}

// The one term of a given value's trace: its value and its key (none for a default).
Term given_term(const std::string& subject, Rational value, const GivenAt& at) {
  return Term{"", Role::kValue, subject, std::move(value), at, !at.has_value(), nullptr};
}

}  // namespace

Term of(const Figure& figure, std::string symbol, Role role, std::string subject) {
  return with_origin(
      Term{std::move(symbol), role, std::move(subject), figure.value(), {}, false, nullptr},
      figure.trace());
}

Term of(const Money& money, std::string symbol, Role role, std::string subject) {
  return with_origin(Term{std::move(symbol),
                          role,
                          std::move(subject),
                          to_rational(money.value()),
                          {},
                          false,
                          nullptr},
                     money.trace());
}

Figure given(const Quantity& quantity, const std::string& subject, const GivenAt& at) {
  if (dropping_traces) return Figure(quantity.value);
  return result(Formula::kGiven, subject, {given_term(subject, quantity.value, at)},
                quantity.value);
}

Figure given(const std::optional<Quantity>& quantity, Reason if_missing, const std::string& subject,
             const GivenAt& at) {
  if (!quantity) return Unavailable{if_missing, subject};
  return trace::given(*quantity, subject, at);
}

Money given(const std::optional<Amount>& amount, Reason if_missing, const std::string& subject,
            const GivenAt& at) {
  if (!amount) return Unavailable{if_missing, subject};
  if (dropping_traces) return Money(amount->value);
  return money_result(Formula::kGiven, subject,
                      {given_term(subject, to_rational(amount->value), at)}, amount->value);
}

Scope::Scope(Traces traces) : previous_(dropping_traces) {
  dropping_traces = previous_ || traces == Traces::kDrop;
}

Scope::~Scope() {
  dropping_traces = previous_;
}

Figure result(Formula formula, std::string subject, std::vector<Term> terms, Rational value) {
  if (dropping_traces) return Figure(std::move(value));
  auto trace = std::make_shared<Trace>(Trace{formula, std::move(subject), std::move(terms), value});
  return Figure(std::move(value), std::move(trace));
}

Money money_result(Formula formula, std::string subject, std::vector<Term> terms, Rupiah value) {
  if (dropping_traces) return Money(value);
  auto trace = std::make_shared<Trace>(
      Trace{formula, std::move(subject), std::move(terms), to_rational(value)});
  return Money(value, std::move(trace));
}

}  // namespace lkjip::trace
