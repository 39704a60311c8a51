// Given values, capaian, score, rating, means, differences and Renstra progress.
#include "lkjip/engine.h"
#include "trace_builder.h"

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

// The capaian formula of the indicator's polarity, of `actual` against `target`.
Figure achievement(const Indicator& indicator, const Figure& target, const Figure& actual,
                   Role target_role) {
  if (!target.ok()) return target.why();
  if (!actual.ok()) return actual.why();
  const Rational& t = target.value();
  const Rational& r = actual.value();
  std::vector<Term> terms = {trace::of(target, target_role, indicator.id),
                             trace::of(actual, Role::kActual, indicator.id)};
  if (t.sign() < 0) return Unavailable{Reason::kTargetNegative, indicator.id};
  if (indicator.polarity == Polarity::kHigherIsBetter) {
    if (t.is_zero()) return Unavailable{Reason::kTargetZero, indicator.id};
    return trace::result(Formula::kCapaianHigher, indicator.id, std::move(terms), r / t * kHundred);
  }
  if (indicator.lower_method == LowerIsBetterMethod::kTargetOverActual) {
    if (r.is_zero()) return Unavailable{Reason::kActualZero, indicator.id};
    if (r.sign() < 0) return Unavailable{Reason::kActualNegative, indicator.id};
    return trace::result(Formula::kCapaianInverse, indicator.id, std::move(terms),
                         t / r * kHundred);
  }
  if (t.is_zero()) return Unavailable{Reason::kTargetZero, indicator.id};
  return trace::result(Formula::kCapaianReflected, indicator.id, std::move(terms),
                       (Rational(2) * t - r) / t * kHundred);
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

Figure given(const Quantity& quantity, const std::string& subject, const GivenAt& at,
             Traces traces) {
  const trace::Scope tracing(traces);
  return trace::given(quantity, subject, at);
}

Figure given(const std::optional<Quantity>& quantity, Reason if_missing, const std::string& subject,
             const GivenAt& at, Traces traces) {
  const trace::Scope tracing(traces);
  return trace::given(quantity, if_missing, subject, at);
}

Figure effective_actual(const Indicator& indicator) {
  const std::vector<IndexComponent>& components = details_of(indicator).components;
  if (components.empty()) {
    return trace::given(indicator.actual, Reason::kActualMissing, indicator.id,
                        Key{indicator.source, Field::kActual});
  }
  std::vector<Term> terms;
  Rational total;
  for (std::size_t i = 0; i < components.size(); ++i) {
    const IndexComponent& component = components[i];
    if (!component.value) return Unavailable{Reason::kComponentMissing, component.name};
    terms.push_back(trace::of(
        trace::given(component.weight, component.name,
                     Key{indicator.source, Field::kComponentWeight, static_cast<std::uint32_t>(i)}),
        Role::kWeight, component.name));
    terms.push_back(trace::of(
        trace::given(*component.value, component.name,
                     Key{indicator.source, Field::kComponentValue, static_cast<std::uint32_t>(i)}),
        Role::kComponent, component.name));
    total = total + component.weight.value * component.value->value;
  }
  return trace::result(Formula::kCompositeIndex, indicator.id, std::move(terms), total);
}

Figure capaian(const Indicator& indicator) {
  return achievement(indicator,
                     trace::given(indicator.target, Reason::kTargetMissing, indicator.id,
                                  Key{indicator.source, Field::kTarget}),
                     effective_actual(indicator), Role::kTarget);
}

Figure score(const Figure& capaian, const Settings& settings) {
  if (!capaian.ok()) return capaian.why();
  const std::string& subject = capaian.trace() ? capaian.trace()->subject : std::string();
  const Rational& value = capaian.value();
  Rational limited = value;
  if (value > settings.score_cap.value) limited = settings.score_cap.value;
  if (value < settings.score_floor.value) limited = settings.score_floor.value;
  return trace::result(
      Formula::kScore, subject,
      {trace::of(capaian, Role::kCapaian, subject),
       trace::of(trace::given(settings.score_floor, "settings",
                              settings_key(settings.score_floor_given, Field::kScoreFloor)),
                 Role::kFloor, "settings"),
       trace::of(trace::given(settings.score_cap, "settings",
                              settings_key(settings.score_cap_given, Field::kScoreCap)),
                 Role::kCap, "settings")},
      limited);
}

const RatingBand* rate(const Rational& value, const std::vector<RatingBand>& scale) {
  const Rational printed = as_printed(value);
  for (const RatingBand& band : scale) {
    if (band_holds(band, printed)) return &band;
  }
  return nullptr;
}

Figure mean_as_printed(std::span<const Figure> values, const std::string& subject) {
  if (values.empty()) return Unavailable{Reason::kNoIndicators, subject};
  Rational sum;
  std::vector<Term> terms;
  for (const Figure& value : values) {
    if (!value.ok()) return Unavailable{Reason::kPartNotComputable, value.why().subject};
    const std::string part = value.trace() ? value.trace()->subject : std::string();
    terms.push_back(trace::of(value, Role::kPart, part));
    sum = sum + as_printed(value.value());
  }
  return trace::result(Formula::kMeanAsPrinted, subject, std::move(terms),
                       sum / Rational(static_cast<long long>(values.size())));
}

Figure difference(const Figure& from, const Figure& to, const std::string& subject, Role from_role,
                  Role to_role) {
  if (!from.ok()) return from.why();
  if (!to.ok()) return to.why();
  // Each term names what it is of: a year of the trend, the indicator, the region.
  auto named = [&](const Figure& figure) {
    return figure.trace() && !figure.trace()->subject.empty() ? figure.trace()->subject : subject;
  };
  return trace::result(Formula::kDifference, subject,
                       {trace::of(from, from_role, named(from)), trace::of(to, to_role, named(to))},
                       to.value() - from.value());
}

Figure renstra_actual(const Indicator& indicator, int year, RenstraPeriod period) {
  const IndicatorDetails& details = details_of(indicator);
  if (!details.renstra || !details.renstra->cumulative) return effective_actual(indicator);
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
  actuals.push_back(effective_actual(indicator));
  return sum(actuals, indicator.id);
}

Figure renstra_progress(const Indicator& indicator, int year, RenstraPeriod period) {
  const std::optional<RenstraTarget>& renstra = details_of(indicator).renstra;
  if (!renstra) return Unavailable{Reason::kNoData, indicator.id};
  return achievement(indicator,
                     trace::given(renstra->end_target, indicator.id,
                                  Key{indicator.source, Field::kRenstraEndTarget}),
                     renstra_actual(indicator, year, period), Role::kEndTarget);
}

Figure efficiency_gap(const Figure& performance, const Figure& resource_use,
                      const std::string& subject) {
  if (!performance.ok()) return performance.why();
  if (!resource_use.ok()) return resource_use.why();
  return trace::result(Formula::kEfficiencyGap, subject,
                       {trace::of(performance, Role::kPerformance, subject),
                        trace::of(resource_use, Role::kResourceUse, subject)},
                       as_printed(performance.value()) - as_printed(resource_use.value()));
}

}  // namespace lkjip
