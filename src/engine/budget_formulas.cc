// Checked rupiah sums, absorption (serapan), SILPA and allocation share.
#include "lkjip/engine.h"
#include "trace_builder.h"

namespace lkjip {

Money sum_rupiah(std::span<const Money> amounts, std::string_view subject) {
  Rupiah total = 0;
  std::vector<Term> terms;
  for (const Money& amount : amounts) {
    if (!amount.ok()) return Unavailable{Reason::kPartNotComputable, amount.why().subject};
    const std::optional<Rupiah> next = checked_add(total, amount.value());
    if (!next) return Unavailable{Reason::kOverflow, subject};
    total = *next;
    if (trace::keeping()) terms.push_back(trace::part_of(amount, Role::kPart));
  }
  return trace::money_result(Formula::kSumRupiah, subject, std::move(terms), total);
}

Figure absorption(const Money& spending, const Money& pagu, std::string_view subject) {
  if (!pagu.ok()) return pagu.why();
  if (!spending.ok()) return spending.why();
  if (pagu.value() == 0) return Unavailable{Reason::kPaguZero, subject};
  return trace::result(
      Formula::kAbsorption, subject,
      [&] {
        return std::vector<Term>{trace::of(spending, Role::kSpending, subject),
                                 trace::of(pagu, Role::kPagu, subject)};
      },
      to_rational(spending.value()) / to_rational(pagu.value()) * Rational(100));
}

Money silpa(const Money& pagu, const Money& spending, std::string_view subject) {
  if (!pagu.ok()) return pagu.why();
  if (!spending.ok()) return spending.why();
  const std::optional<Rupiah> unspent = checked_subtract(pagu.value(), spending.value());
  if (!unspent) return Unavailable{Reason::kOverflow, subject};
  return trace::money_result(
      Formula::kSilpa, subject,
      [&] {
        return std::vector<Term>{trace::of(pagu, Role::kPagu, subject),
                                 trace::of(spending, Role::kSpending, subject)};
      },
      *unspent);
}

Figure share(const Money& part, const Money& total, std::string_view subject) {
  if (!part.ok()) return part.why();
  if (!total.ok()) return total.why();
  if (total.value() == 0) return Unavailable{Reason::kPaguZero, subject};
  return trace::result(
      Formula::kShare, subject,
      [&] {
        return std::vector<Term>{trace::of(part, Role::kPagu, subject),
                                 trace::of(total, Role::kTotalPagu, "total")};
      },
      to_rational(part.value()) / to_rational(total.value()) * Rational(100));
}

Figure absorption_of_plan(const Money& spending, const Money& plan, std::string_view subject) {
  if (!plan.ok()) return plan.why();
  if (!spending.ok()) return spending.why();
  if (plan.value() == 0) return Unavailable{Reason::kPlanZero, subject};
  return trace::result(
      Formula::kAbsorptionOfPlan, subject,
      [&] {
        return std::vector<Term>{trace::of(spending, Role::kSpending, subject),
                                 trace::of(plan, Role::kPlan, subject)};
      },
      to_rational(spending.value()) / to_rational(plan.value()) * Rational(100));
}

Money plan_deviation(const Money& spending, const Money& plan, std::string_view subject) {
  if (!plan.ok()) return plan.why();
  if (!spending.ok()) return spending.why();
  const std::optional<Rupiah> deviation = checked_subtract(spending.value(), plan.value());
  if (!deviation) return Unavailable{Reason::kOverflow, subject};
  return trace::money_result(
      Formula::kPlanDeviation, subject,
      [&] {
        return std::vector<Term>{trace::of(spending, Role::kSpending, subject),
                                 trace::of(plan, Role::kPlan, subject)};
      },
      *deviation);
}

}  // namespace lkjip
