// Sums of counts, staff and facility availability, SAKIP component percentages.
#include <algorithm>

#include "lkjip/engine.h"
#include "trace_builder.h"

namespace lkjip {

Figure sum(std::span<const Figure> parts, std::string_view subject) {
  // A sum of nothing (staff of a report without programs) is no data, never a zero.
  if (parts.empty()) return Unavailable{Reason::kNoData, subject};
  Rational total;
  std::vector<Term> terms;
  for (const Figure& part : parts) {
    if (!part.ok()) return Unavailable{Reason::kPartNotComputable, part.why().subject};
    total = total + part.value();
    if (trace::keeping()) terms.push_back(trace::part_of(part, Role::kPart));
  }
  return trace::result(Formula::kSum, subject, std::move(terms), total);
}

Figure availability(const Figure& available, const Figure& needed, std::string_view subject) {
  if (!available.ok()) return available.why();
  if (!needed.ok()) return needed.why();
  if (needed.value().is_zero()) return Unavailable{Reason::kNeedZero, subject};
  return trace::result(
      Formula::kAvailability, subject,
      [&] {
        return std::vector<Term>{trace::of(available, Role::kAvailable, subject),
                                 trace::of(needed, Role::kNeeded, subject)};
      },
      available.value() / needed.value() * Rational(100));
}

namespace {

// A facility's given values as the terms of a formula: what it has, what it needs.
std::vector<Term> facility_terms(const Facility& facility) {
  return {
      trace::of(
          trace::given(facility.available, facility.id, Key{facility.source, Field::kAvailable}),
          Role::kAvailable, facility.id),
      trace::of(trace::given(facility.needed, facility.id, Key{facility.source, Field::kNeeded}),
                Role::kNeeded, facility.id)};
}

}  // namespace

Figure capped_availability(const Facility& facility) {
  const Rational& needed = facility.needed.value;
  if (needed.is_zero()) return Unavailable{Reason::kNeedZero, facility.id};
  const Rational counted = std::min(facility.available.value, needed);
  return trace::result(
      Formula::kCappedAvailability, facility.id, [&] { return facility_terms(facility); },
      counted / needed * Rational(100));
}

Figure counted_available(std::span<const Facility> facilities) {
  std::vector<Term> terms;
  Rational counted;
  for (std::size_t i = 0; i < facilities.size(); ++i) {
    const Facility& facility = facilities[i];
    if (trace::keeping()) {
      for (Term& term : facility_terms(facility))
        terms.push_back(std::move(term));
    }
    counted = counted + std::min(facility.available.value, facility.needed.value);
  }
  const std::string_view subject =
      facilities.size() == 1 ? facilities.front().id.view() : std::string_view("total");
  return trace::result(Formula::kCappedSum, subject, std::move(terms), counted);
}

Figure total_needed(std::span<const Facility> facilities) {
  std::vector<Figure> needs;
  for (const Facility& facility : facilities)
    needs.push_back(
        trace::given(facility.needed, facility.id, Key{facility.source, Field::kNeeded}));
  return sum(needs, "total");
}

Figure component_percent(const SakipComponent& component) {
  if (component.weight.value.is_zero()) return Unavailable{Reason::kWeightZero, component.name};
  return trace::result(
      Formula::kComponentPercent, component.name,
      [&] {
        return std::vector<Term>{trace::of(trace::given(component.score, component.name,
                                                        Key{component.source, Field::kScore}),
                                           Role::kScore, component.name),
                                 trace::of(trace::given(component.weight, component.name,
                                                        Key{component.source, Field::kWeight}),
                                           Role::kWeight, component.name)};
      },
      component.score.value / component.weight.value * Rational(100));
}

bool agrees_as_printed(const Rational& exact, const Quantity& printed) {
  return exact.rounded(printed.decimals) == printed.value;
}

}  // namespace lkjip
