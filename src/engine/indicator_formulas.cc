// Capaian, score, rating and the mean of printed values.
#include "lkjip/engine.h"

namespace lkjip {
namespace {

const Rational kHundred(100);

Rational as_printed(const Rational& value) {
  return value.rounded(kPercentDecimals);
}

bool band_holds(const RatingBand& band, const Rational& value) {
  const bool above_min = band.include_min ? value >= band.min : value > band.min;
  const bool below_max = band.include_max ? value <= band.max : value < band.max;
  return above_min && below_max;
}

}  // namespace

Computed<Rational> capaian(const Indicator& indicator) {
  if (!indicator.target)
    return Unavailable{Reason::kTargetMissing, indicator.id};
  if (!indicator.actual)
    return Unavailable{Reason::kActualMissing, indicator.id};
  const Rational& target = indicator.target->value;
  const Rational& actual = indicator.actual->value;

  if (indicator.polarity == Polarity::kHigherIsBetter) {
    if (target.is_zero())
      return Unavailable{Reason::kTargetZero, indicator.id};
    return actual / target * kHundred;
  }
  if (indicator.lower_method == LowerIsBetterMethod::kTargetOverActual) {
    if (actual.is_zero())
      return Unavailable{Reason::kActualZero, indicator.id};
    return target / actual * kHundred;
  }
  if (target.is_zero())
    return Unavailable{Reason::kTargetZero, indicator.id};
  return (Rational(2) * target - actual) / target * kHundred;
}

Computed<Rational> score(const Computed<Rational>& capaian, const Settings& settings) {
  if (!capaian.ok())
    return capaian.why();
  if (capaian.value() > settings.score_cap)
    return settings.score_cap;
  if (capaian.value() < settings.score_floor)
    return settings.score_floor;
  return capaian.value();
}

const RatingBand* rate(const Rational& score, const std::vector<RatingBand>& scale) {
  const Rational printed = as_printed(score);
  for (const RatingBand& band : scale) {
    if (band_holds(band, printed))
      return &band;
  }
  return nullptr;
}

Computed<Rational> mean_as_printed(std::span<const Computed<Rational>> values,
                                   const std::string& subject_if_empty) {
  if (values.empty())
    return Unavailable{Reason::kNoIndicators, subject_if_empty};
  Rational sum;
  for (const Computed<Rational>& value : values) {
    if (!value.ok())
      return Unavailable{Reason::kPartNotComputable, value.why().subject};
    sum = sum + as_printed(value.value());
  }
  return sum / Rational(static_cast<long long>(values.size()));
}

Computed<Rational> efficiency_gap(const Computed<Rational>& capaian,
                                  const Computed<Rational>& absorption) {
  if (!capaian.ok())
    return capaian.why();
  if (!absorption.ok())
    return absorption.why();
  return as_printed(capaian.value()) - as_printed(absorption.value());
}

}  // namespace lkjip
