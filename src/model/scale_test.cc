#include "lkjip/scale.h"

#include <catch2/catch.hpp>

using namespace lkjip;

namespace {

RatingBand band(const char* label, long long min, long long max, bool include_min = false,
                bool include_max = true) {
  return RatingBand{label, Rational(min), Rational(max), include_min, include_max};
}

Interval values(long long min, long long max, bool include_min = true, bool include_max = true) {
  return Interval{Rational(min), Rational(max), include_min, include_max};
}

// The seed's scale as BAB III prints it: "> 110 s/d 120" down to "> 0 s/d 50".
std::vector<RatingBand> seed_scale() {
  return {band("Istimewa", 110, 120), band("Baik", 90, 110), band("Butuh Perbaikan", 70, 80),
          band("Kurang", 50, 70), band("Sangat Kurang", 0, 50)};
}

}  // namespace

TEST_CASE("intervals: which values they hold, empty ones, intersections", "[scales]") {
  CHECK(values(0, 50, false).holds(Rational(50)));
  CHECK_FALSE(values(0, 50, false).holds(Rational(0)));
  CHECK(values(7, 7).holds(Rational(7)));  // one point
  CHECK_FALSE(values(7, 7).empty());
  CHECK(values(7, 7, false).empty());
  CHECK(values(8, 7).empty());
  CHECK(intersection(values(110, 120, false), values(0, 100)).empty());
  CHECK(intersection(values(90, 110, false), values(0, 100)) == values(90, 100, false, true));
  CHECK(intersection(values(100, 120, false), values(0, 100)).empty());  // touching, 100 out
  CHECK(intersection(values(100, 120), values(0, 100)) == values(100, 100));
  CHECK(band_holds(band("Baik", 90, 110), Rational(110)));
  CHECK_FALSE(band_holds(band("Baik", 90, 110), Rational(90)));
}

TEST_CASE("a whole scale leaves nothing out and holds nothing twice", "[scales]") {
  const std::vector<RatingBand> whole = default_rating_scale();
  CHECK(scale_coverage(whole, values(0, 100)).whole());
  CHECK(scale_coverage(whole, values(0, 120)).whole());
  // Touching bounds, each held by exactly one side, in any order.
  const std::vector<RatingBand> reversed = {band("B", 50, 100, false), band("A", 0, 50, true)};
  CHECK(scale_coverage(reversed, values(0, 100)).whole());
  // A band of one point fills a point between two bands that both leave it out.
  const std::vector<RatingBand> point = {band("A", 0, 50, true, false), band("P", 50, 50, true),
                                         band("B", 50, 100, false)};
  CHECK(scale_coverage(point, values(0, 100)).whole());
}

TEST_CASE("the seed's printed scale: 0 and 80 to 90 in no band", "[scales]") {
  const std::vector<RatingBand> scale = seed_scale();
  const ScaleCoverage coverage = scale_coverage(scale, values(0, 100));
  CHECK(coverage.overlaps.empty());
  REQUIRE(coverage.gaps.size() == 2);
  CHECK(coverage.gaps[0].values == values(0, 0));
  CHECK_FALSE(coverage.gaps[0].below.has_value());
  CHECK(coverage.gaps[0].above == std::optional<std::size_t>(4));  // Sangat Kurang
  CHECK(coverage.gaps[1].values == values(80, 90, false, true));
  CHECK(coverage.gaps[1].below == std::optional<std::size_t>(2));  // Butuh Perbaikan
  CHECK(coverage.gaps[1].above == std::optional<std::size_t>(1));  // Baik
}

TEST_CASE("gaps at the ends of the range, and a bound both sides leave out", "[scales]") {
  const std::vector<RatingBand> scale = {band("A", 0, 50, true, false), band("B", 50, 90, false)};
  const ScaleCoverage coverage = scale_coverage(scale, values(0, 100));
  REQUIRE(coverage.gaps.size() == 2);
  CHECK(coverage.gaps[0].values == values(50, 50));
  CHECK(coverage.gaps[0].below == std::optional<std::size_t>(0));
  CHECK(coverage.gaps[0].above == std::optional<std::size_t>(1));
  CHECK(coverage.gaps[1].values == values(90, 100, false, true));
  CHECK(coverage.gaps[1].below == std::optional<std::size_t>(1));
  CHECK_FALSE(coverage.gaps[1].above.has_value());
}

TEST_CASE("overlaps name every band that holds the values", "[scales]") {
  // A bound both sides hold, and a band inside two others.
  const std::vector<RatingBand> scale = {band("A", 0, 50, true, true), band("B", 50, 100, true),
                                         band("C", 60, 70)};
  const ScaleCoverage coverage = scale_coverage(scale, values(0, 100));
  CHECK(coverage.gaps.empty());
  REQUIRE(coverage.overlaps.size() == 2);
  CHECK(coverage.overlaps[0].values == values(50, 50));
  CHECK(coverage.overlaps[0].bands == std::vector<std::size_t>{0, 1});
  CHECK(coverage.overlaps[1].values == values(60, 70, false, true));
  CHECK(coverage.overlaps[1].bands == std::vector<std::size_t>{1, 2});
  // Beyond the range nothing counts: the overlap at 110 is above a cap of 100.
  const std::vector<RatingBand> above = {band("A", 0, 110, true), band("B", 105, 120)};
  CHECK(scale_coverage(above, values(0, 100)).whole());
}
