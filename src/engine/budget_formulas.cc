// Absorption (serapan), SILPA, allocation share and checked rupiah sums.
#include "lkjip/engine.h"

namespace lkjip {

Computed<Rupiah> sum_rupiah(std::span<const Computed<Rupiah>> amounts, const std::string& subject) {
  Rupiah total = 0;
  for (const Computed<Rupiah>& amount : amounts) {
    if (!amount.ok())
      return Unavailable{Reason::kPartNotComputable, amount.why().subject};
    const std::optional<Rupiah> next = checked_add(total, amount.value());
    if (!next)
      return Unavailable{Reason::kOverflow, subject};
    total = *next;
  }
  return total;
}

Computed<Rational> absorption(const Computed<Rupiah>& spending, const Computed<Rupiah>& pagu,
                              const std::string& subject) {
  if (!pagu.ok())
    return pagu.why();
  if (!spending.ok())
    return spending.why();
  if (pagu.value() == 0)
    return Unavailable{Reason::kPaguZero, subject};
  return to_rational(spending.value()) / to_rational(pagu.value()) * Rational(100);
}

Computed<Rupiah> silpa(const Computed<Rupiah>& pagu, const Computed<Rupiah>& spending,
                       const std::string& subject) {
  if (!pagu.ok())
    return pagu.why();
  if (!spending.ok())
    return spending.why();
  const std::optional<Rupiah> difference = checked_subtract(pagu.value(), spending.value());
  if (!difference)
    return Unavailable{Reason::kOverflow, subject};
  return *difference;
}

Computed<Rational> share(const Computed<Rupiah>& part, const Computed<Rupiah>& total,
                         const std::string& subject) {
  if (!part.ok())
    return part.why();
  if (!total.ok())
    return total.why();
  if (total.value() == 0)
    return Unavailable{Reason::kPaguZero, subject};
  return to_rational(part.value()) / to_rational(total.value()) * Rational(100);
}

}  // namespace lkjip
