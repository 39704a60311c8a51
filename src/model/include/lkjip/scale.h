// Rating scales as sets of values: which band holds a value, and which values a scale's bands
// leave out or hold twice within a range. The one place of this arithmetic: validate() judges
// lkjip's own scales with it, `check` the scales a report prints.
#pragma once

#include <cstddef>
#include <optional>
#include <vector>

#include "lkjip/model.h"

namespace lkjip {

// The values from min to max, each bound in or out; one value when min == max and both are in.
struct Interval {
  Rational min;
  Rational max;
  bool include_min = true;
  bool include_max = true;

  // Whether it holds no value (min above max, or one bound left out of a single point).
  bool empty() const;
  bool holds(const Rational& value) const;
  friend bool operator==(const Interval&, const Interval&) = default;
};

// The values a band rates.
Interval values_of(const RatingBand& band);
// Whether `band` holds `value` (the engine rates with it).
bool band_holds(const RatingBand& band, const Rational& value);
// The values both hold (empty() when none).
Interval intersection(const Interval& a, const Interval& b);

// Values of the range in no band, and the bands next to them (index into the scale): the one
// holding the values just below, and the one just above; none at an end of the range.
struct ScaleGap {
  Interval values;
  std::optional<std::size_t> below;
  std::optional<std::size_t> above;
};
// Values of the range in two bands or more, and those bands (indexes, in the scale's order).
struct ScaleOverlap {
  Interval values;
  std::vector<std::size_t> bands;
};
struct ScaleCoverage {
  std::vector<ScaleGap> gaps;  // lowest first, each as wide as it goes
  std::vector<ScaleOverlap> overlaps;
  bool whole() const { return gaps.empty() && overlaps.empty(); }
};

// Which values of `range` the bands leave out and which they hold twice, whatever the order of
// the bands. An empty band holds nothing.
ScaleCoverage scale_coverage(const std::vector<RatingBand>& bands, const Interval& range);

}  // namespace lkjip
