#include "lkjip/scale.h"

#include <algorithm>

namespace lkjip {

bool Interval::empty() const {
  return max < min || (min == max && !(include_min && include_max));
}

bool Interval::holds(const Rational& value) const {
  const bool above_min = include_min ? value >= min : value > min;
  const bool below_max = include_max ? value <= max : value < max;
  return above_min && below_max;
}

Interval values_of(const RatingBand& band) {
  return Interval{band.min, band.max, band.include_min, band.include_max};
}

bool band_holds(const RatingBand& band, const Rational& value) {
  return values_of(band).holds(value);
}

Interval intersection(const Interval& a, const Interval& b) {
  Interval out = a;
  if (b.min > a.min || (b.min == a.min && !b.include_min)) {
    out.min = b.min;
    out.include_min = b.include_min && (b.min != a.min || a.include_min);
  }
  if (b.max < a.max || (b.max == a.max && !b.include_max)) {
    out.max = b.max;
    out.include_max = b.include_max && (b.max != a.max || a.include_max);
  }
  return out;
}

namespace {

// A piece of the range on which every band either holds every value or none: one of the
// scale's bounds, or the values strictly between two bounds that follow one another.
struct Piece {
  Interval values;
  std::vector<std::size_t> bands;  // the bands that hold it
};

}  // namespace

ScaleCoverage scale_coverage(const std::vector<RatingBand>& bands, const Interval& range) {
  ScaleCoverage coverage;
  if (range.empty()) return coverage;
  // The bounds inside the range: between two that follow one another, no band begins or ends.
  std::vector<Rational> points{range.min, range.max};
  for (const RatingBand& band : bands) {
    for (const Rational* bound : {&band.min, &band.max}) {
      if (range.min < *bound && *bound < range.max) points.push_back(*bound);
    }
  }
  std::sort(points.begin(), points.end());
  points.erase(std::unique(points.begin(), points.end()), points.end());

  std::vector<Piece> pieces;
  const auto add_piece = [&](Interval values, const Rational& sample) {
    Piece piece{std::move(values), {}};
    for (std::size_t b = 0; b < bands.size(); ++b) {
      if (band_holds(bands[b], sample)) piece.bands.push_back(b);
    }
    pieces.push_back(std::move(piece));
  };
  for (std::size_t i = 0; i < points.size(); ++i) {
    if (range.holds(points[i])) add_piece(Interval{points[i], points[i]}, points[i]);
    if (i + 1 < points.size()) {
      const Rational middle = (points[i] + points[i + 1]) / Rational(2);
      add_piece(Interval{points[i], points[i + 1], false, false}, middle);
    }
  }

  // Runs of pieces that follow one another: no band (a gap), or the same two bands or more.
  for (std::size_t first = 0; first < pieces.size();) {
    std::size_t last = first;
    const std::vector<std::size_t>& held_by = pieces[first].bands;
    while (last + 1 < pieces.size() && pieces[last + 1].bands == held_by)
      ++last;
    const Interval values{pieces[first].values.min, pieces[last].values.max,
                          pieces[first].values.include_min, pieces[last].values.include_max};
    if (held_by.empty()) {
      ScaleGap gap{values, std::nullopt, std::nullopt};
      if (first > 0) gap.below = pieces[first - 1].bands.front();
      if (last + 1 < pieces.size()) gap.above = pieces[last + 1].bands.front();
      coverage.gaps.push_back(std::move(gap));
    } else if (held_by.size() > 1) {
      coverage.overlaps.push_back(ScaleOverlap{values, held_by});
    }
    first = last + 1;
  }
  return coverage;
}

}  // namespace lkjip
