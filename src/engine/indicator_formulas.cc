// Given values, capaian, score, rating, means, differences and Renstra progress.
#include <algorithm>

#include "lkjip/engine.h"
#include "lkjip/scale.h"
#include "trace_builder.h"

namespace lkjip {
namespace {

const Rational kHundred(100);

Rational as_printed(const Rational& value) {
  return value.rounded(kPercentDecimals);
}

// The capaian formula of the indicator's polarity, of `actual` against a `target` of one number.
Figure polarity_achievement(const Indicator& indicator, const Figure& target, const Figure& actual,
                            Role target_role, const Settings& settings) {
  if (!target.ok()) return target.why();
  if (!actual.ok()) return actual.why();
  const Rational& t = target.value();
  const Rational& r = actual.value();
  const auto terms = [&] {
    return std::vector<Term>{trace::of(target, target_role, indicator.id),
                             trace::of(actual, Role::kActual, indicator.id)};
  };
  if (t.sign() < 0) return Unavailable{Reason::kTargetNegative, indicator.id};
  if (t.is_zero() && r.is_zero() && settings.zero_rule == ZeroRule::kBothZeroFull) {
    return trace::result(Formula::kCapaianBothZero, indicator.id, terms, kHundred);
  }
  if (indicator.polarity == Polarity::kHigherIsBetter) {
    if (t.is_zero()) return Unavailable{Reason::kTargetZero, indicator.id};
    return trace::result(Formula::kCapaianHigher, indicator.id, terms, r / t * kHundred);
  }
  if (indicator.lower_method == LowerIsBetterMethod::kTargetOverActual) {
    if (r.is_zero()) return Unavailable{Reason::kActualZero, indicator.id};
    if (r.sign() < 0) return Unavailable{Reason::kActualNegative, indicator.id};
    return trace::result(Formula::kCapaianInverse, indicator.id, terms, t / r * kHundred);
  }
  if (t.is_zero()) return Unavailable{Reason::kTargetZero, indicator.id};
  return trace::result(Formula::kCapaianReflected, indicator.id, terms,
                       (Rational(2) * t - r) / t * kHundred);
}

// Against a target range (PermenPANRB 8/2021): an actual beyond a bound is measured against that
// bound by the indicator's formula; one within it achieves 100 (lkjip's documented default).
Figure range_achievement(const Indicator& indicator, const TargetRange& range, const Figure& actual,
                         const Settings& settings) {
  if (!actual.ok()) return actual.why();
  const Figure min = trace::given(range.min, indicator.id, Key{indicator.source, Field::kRangeMin});
  const Figure max = trace::given(range.max, indicator.id, Key{indicator.source, Field::kRangeMax});
  const Rational& r = actual.value();
  if (r < range.min.value) {
    return polarity_achievement(indicator, min, actual, Role::kRangeMin, settings);
  }
  if (range.max.value < r) {
    return polarity_achievement(indicator, max, actual, Role::kRangeMax, settings);
  }
  return trace::result(
      Formula::kCapaianInRange, indicator.id,
      [&] {
        return std::vector<Term>{trace::of(min, Role::kRangeMin, indicator.id),
                                 trace::of(max, Role::kRangeMax, indicator.id),
                                 trace::of(actual, Role::kActual, indicator.id)};
      },
      kHundred);
}

// The value of a qualitative indicator's category (`field`: its target's or its actual's).
Figure category_value(const Indicator& indicator, const QualitativeFigures& figures,
                      const std::string& category, Reason if_missing) {
  if (category.empty()) return Unavailable{if_missing, indicator.id};
  for (std::size_t i = 0; i < figures.scale.size(); ++i) {
    if (figures.scale[i].name != category) continue;
    const Figure value =
        trace::given(figures.scale[i].value, category,
                     Key{indicator.source, Field::kCategoryValue, static_cast<std::uint32_t>(i)});
    return trace::result(
        Formula::kCategoryValue, indicator.id,
        [&] { return std::vector<Term>{trace::of(value, Role::kCategory, category)}; },
        value.value());
  }
  // validate() refuses a category outside the scale; a report built in code may have one.
  return Unavailable{if_missing, indicator.id};
}

Figure ratio_actual(const Indicator& indicator, const RatioCounts& ratio) {
  const Figure a =
      trace::given(ratio.numerator, indicator.id, Key{indicator.source, Field::kNumerator});
  const Figure b =
      trace::given(ratio.denominator, indicator.id, Key{indicator.source, Field::kDenominator});
  const Figure k = trace::given(ratio.per, indicator.id, Key{indicator.source, Field::kRatioPer});
  if (ratio.denominator.value.is_zero()) return Unavailable{Reason::kDenominatorZero, indicator.id};
  return trace::result(
      Formula::kRatio, indicator.id,
      [&] {
        return std::vector<Term>{trace::of(a, Role::kNumerator, indicator.id),
                                 trace::of(b, Role::kDenominator, indicator.id),
                                 trace::of(k, Role::kPer, indicator.id)};
      },
      ratio.numerator.value / ratio.denominator.value * ratio.per.value);
}

Figure composite_actual(const Indicator& indicator) {
  const std::vector<IndexComponent>& components = details_of(indicator).components;
  std::vector<Term> terms;
  Rational total;
  for (std::size_t i = 0; i < components.size(); ++i) {
    const IndexComponent& component = components[i];
    if (!component.value) return Unavailable{Reason::kComponentMissing, component.name};
    if (trace::keeping()) {
      terms.push_back(trace::of(trace::given(component.weight, component.name,
                                             Key{indicator.source, Field::kComponentWeight,
                                                 static_cast<std::uint32_t>(i)}),
                                Role::kWeight, component.name));
      terms.push_back(trace::of(trace::given(*component.value, component.name,
                                             Key{indicator.source, Field::kComponentValue,
                                                 static_cast<std::uint32_t>(i)}),
                                Role::kComponent, component.name));
    }
    total = total + component.weight.value * component.value->value;
  }
  return trace::result(Formula::kCompositeIndex, indicator.id, std::move(terms), total);
}

// How many of the indicator's periods the report's period covers.
int reported_periods(const Indicator& indicator, const Settings& settings) {
  return periods_through(details_of(indicator).periods.front().period.kind,
                         settings.reporting_period);
}

// The index in the history of the year's entry with an actual, or nullopt.
std::optional<std::size_t> past_actual_index(const Indicator& indicator, int year) {
  const std::vector<PastYear>& history = details_of(indicator).history;
  for (std::size_t i = 0; i < history.size(); ++i) {
    if (history[i].year != year) continue;
    if (!history[i].actual) return std::nullopt;
    return i;
  }
  return std::nullopt;
}

}  // namespace

GivenAt settings_key(bool given, Field field) {
  if (!given) return std::nullopt;
  return Key{Place(), field};
}

Figure given(const Quantity& quantity, std::string_view subject, const GivenAt& at, Traces traces) {
  const trace::Scope tracing(traces);
  return trace::given(quantity, subject, at);
}

Figure given(const OptionalQuantity& quantity, Reason if_missing, std::string_view subject,
             const GivenAt& at, Traces traces) {
  const trace::Scope tracing(traces);
  return trace::given(quantity, if_missing, subject, at);
}

Figure effective_target(const Indicator& indicator, const Settings& settings) {
  const IndicatorDetails& details = details_of(indicator);
  if (details.qualitative) {
    return category_value(indicator, *details.qualitative, details.qualitative->target,
                          Reason::kTargetMissing);
  }
  if (!details.periods.empty())
    return target_to_date(indicator, reported_periods(indicator, settings));
  return chosen_target(indicator, settings);
}

Figure effective_actual(const Indicator& indicator, const Settings& settings) {
  const IndicatorDetails& details = details_of(indicator);
  if (!details.components.empty()) return composite_actual(indicator);
  if (details.ratio) return ratio_actual(indicator, *details.ratio);
  if (details.qualitative) {
    return category_value(indicator, *details.qualitative, details.qualitative->actual,
                          Reason::kActualMissing);
  }
  if (!details.periods.empty()) {
    return periods_actual(indicator, reported_periods(indicator, settings));
  }
  return trace::given(indicator.actual, Reason::kActualMissing, indicator.id,
                      Key{indicator.source, Field::kActual});
}

Figure achievement(const Indicator& indicator, const Figure& target, const Figure& actual,
                   const Settings& settings, Role target_role) {
  const HeapOptional<TargetRange>& range = details_of(indicator).target_range;
  if (range && target_role == Role::kTarget) {
    return range_achievement(indicator, *range, actual, settings);
  }
  return polarity_achievement(indicator, target, actual, target_role, settings);
}

Figure capaian(const Indicator& indicator, const Settings& settings) {
  return achievement(indicator, effective_target(indicator, settings),
                     effective_actual(indicator, settings), settings);
}

Figure past_capaian(const Indicator& indicator, std::size_t index, const Settings& settings) {
  const PastYear& past = details_of(indicator).history.at(index);
  const auto item = static_cast<std::uint32_t>(index);
  const std::string year = std::to_string(past.year);
  return polarity_achievement(indicator,
                              trace::given(past.target, Reason::kTargetMissing, year,
                                           Key{indicator.source, Field::kPastTarget, item}),
                              trace::given(past.actual, Reason::kActualMissing, year,
                                           Key{indicator.source, Field::kPastActual, item}),
                              Role::kTarget, settings);
}

Figure difference_as_printed(const Figure& from, const Figure& to, std::string_view subject) {
  if (!from.ok()) return from.why();
  if (!to.ok()) return to.why();
  auto named = [&](const Figure& figure) {
    return figure.trace() && !figure.trace()->subject.empty() ? figure.trace()->subject : subject;
  };
  return trace::result(
      Formula::kDifferenceAsPrinted, subject,
      [&] {
        return std::vector<Term>{trace::of(from, Role::kFrom, named(from)),
                                 trace::of(to, Role::kTo, named(to))};
      },
      as_printed(to.value()) - as_printed(from.value()));
}

Figure score(const Figure& capaian, const Settings& settings) {
  if (!capaian.ok()) return capaian.why();
  const std::string_view subject =
      capaian.trace() ? std::string_view(capaian.trace()->subject) : std::string_view();
  const Rational& value = capaian.value();
  Rational limited = value;
  if (value > settings.score_cap.value) limited = settings.score_cap.value;
  if (value < settings.score_floor.value) limited = settings.score_floor.value;
  return trace::result(
      Formula::kScore, subject,
      [&] {
        return std::vector<Term>{
            trace::of(capaian, Role::kCapaian, subject),
            trace::of(trace::given(settings.score_floor, "settings",
                                   settings_key(settings.score_floor_given, Field::kScoreFloor)),
                      Role::kFloor, "settings"),
            trace::of(trace::given(settings.score_cap, "settings",
                                   settings_key(settings.score_cap_given, Field::kScoreCap)),
                      Role::kCap, "settings")};
      },
      limited);
}

const RatingBand* rate(const Rational& value, const std::vector<RatingBand>& scale) {
  const Rational printed = as_printed(value);
  for (const RatingBand& band : scale) {
    if (band_holds(band, printed)) return &band;
  }
  return nullptr;
}

Figure mean_as_printed(std::span<const Figure> values, std::string_view subject) {
  if (values.empty()) return Unavailable{Reason::kNoIndicators, subject};
  Rational sum;
  std::vector<Term> terms;
  for (const Figure& value : values) {
    if (!value.ok()) return Unavailable{Reason::kPartNotComputable, value.why().subject};
    if (trace::keeping()) terms.push_back(trace::part_of(value, Role::kPart));
    sum = sum + as_printed(value.value());
  }
  return trace::result(Formula::kMeanAsPrinted, subject, std::move(terms),
                       sum / Rational(static_cast<long long>(values.size())));
}

Figure difference(const Figure& from, const Figure& to, std::string_view subject, Role from_role,
                  Role to_role) {
  if (!from.ok()) return from.why();
  if (!to.ok()) return to.why();
  // Each term names what it is of: a year of the trend, the indicator, the region.
  auto named = [&](const Figure& figure) {
    return figure.trace() && !figure.trace()->subject.empty() ? figure.trace()->subject : subject;
  };
  return trace::result(
      Formula::kDifference, subject,
      [&] {
        return std::vector<Term>{trace::of(from, from_role, named(from)),
                                 trace::of(to, to_role, named(to))};
      },
      to.value() - from.value());
}

Figure renstra_actual(const Indicator& indicator, int year, RenstraPeriod period,
                      const Settings& settings) {
  const IndicatorDetails& details = details_of(indicator);
  if (!details.renstra || !details.renstra->cumulative)
    return effective_actual(indicator, settings);
  if (period.from == 0) return Unavailable{Reason::kNoRenstraPeriod, indicator.id};
  if (year < period.from || year > period.to) {
    return Unavailable{Reason::kOutsidePeriod, std::to_string(year)};
  }
  std::vector<Figure> actuals;
  for (int plan_year = period.from; plan_year < year; ++plan_year) {
    const std::optional<std::size_t> past = past_actual_index(indicator, plan_year);
    if (!past) return Unavailable{Reason::kYearMissing, std::to_string(plan_year)};
    actuals.push_back(
        trace::given(*details.history[*past].actual, std::to_string(plan_year),
                     Key{indicator.source, Field::kPastActual, static_cast<std::uint32_t>(*past)}));
  }
  actuals.push_back(effective_actual(indicator, settings));
  return sum(actuals, indicator.id);
}

Figure renstra_progress(const Indicator& indicator, int year, RenstraPeriod period,
                        const Settings& settings) {
  const std::optional<RenstraTarget>& renstra = details_of(indicator).renstra;
  if (!renstra) return Unavailable{Reason::kNoData, indicator.id};
  return achievement(indicator,
                     trace::given(renstra->end_target, indicator.id,
                                  Key{indicator.source, Field::kRenstraEndTarget}),
                     renstra_actual(indicator, year, period, settings), settings, Role::kEndTarget);
}

Figure efficiency_gap(const Figure& performance, const Figure& resource_use,
                      std::string_view subject) {
  if (!performance.ok()) return performance.why();
  if (!resource_use.ok()) return resource_use.why();
  return trace::result(
      Formula::kEfficiencyGap, subject,
      [&] {
        return std::vector<Term>{trace::of(performance, Role::kPerformance, subject),
                                 trace::of(resource_use, Role::kResourceUse, subject)};
      },
      as_printed(performance.value()) - as_printed(resource_use.value()));
}

}  // namespace lkjip
