#include "lkjip/rollup.h"

#include <catch2/catch.hpp>

using namespace lkjip;

namespace {

UnitSummary unit(const char* name, int year, const char* score, Rupiah pagu, Rupiah spending) {
  UnitSummary summary;
  summary.unit_name = name;
  summary.year = year;
  summary.mean_score = *Rational::parse_decimal(score);
  summary.pagu = pagu;
  summary.spending = spending;
  return summary;
}

}  // namespace

TEST_CASE("roll-up: ranked by mean score as printed, ties by name, totals from the sums") {
  std::vector<UnitSummary> units = {unit("Kecamatan C", 2024, "90.004", 100, 50),
                                    unit("Kecamatan A", 2024, "95", 300, 300),
                                    unit("Kecamatan B", 2024, "90.001", 600, 450)};
  units.push_back(unit("Kecamatan D", 2024, "1", 0, 0));
  units.back().mean_score = Unavailable{Reason::kNoIndicators, "Kecamatan D"};
  const RollupResult result = roll_up(units);
  // A first; B and C tie at 90,00 and go by name; D, whose score cannot be computed, last.
  CHECK(result.rank == std::vector<std::size_t>{3, 1, 2, 4});
  CHECK(result.pagu.value() == 1000);
  CHECK(result.spending.value() == 800);
  CHECK(result.absorption.value() == Rational(80));  // never a mean of the units' absorptions
  CHECK(result.mean_score.why().reason == Reason::kPartNotComputable);
}

TEST_CASE("roll-up of no unit") {
  const RollupResult result = roll_up({});
  CHECK(result.rank.empty());
  CHECK(result.pagu.value() == 0);
  CHECK(result.absorption.why().reason == Reason::kPaguZero);
}

#include <fstream>
#include <iterator>

#include "lkjip/loader.h"

TEST_CASE("a unit's summary equals the figures of its full evaluation") {
  std::ifstream in(LKJIP_SEED_DATA);
  const std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  const PerformanceReport report = load_report_text(text, "2024.json");
  const Results results = evaluate(report);
  const UnitSummary summary = summarize("2024.json", report);
  CHECK(summary.mean_capaian.value() == results.key_indicators.mean_capaian.value());
  CHECK(summary.mean_score.value() == results.key_indicators.mean_score.value());
  CHECK(summary.rating == results.key_indicators.rating->label);
  CHECK(summary.pagu.value() == results.total_budget.pagu.value());
  CHECK(summary.spending.value() == results.total_budget.spending.value());
  CHECK(summary.absorption.value() == results.total_budget.absorption.value());
  const EfficiencyResult efficiency = budget_efficiency(results, IndicatorGroup::kKey);
  CHECK(summary.gap_from_score.value() == efficiency.gap_from_score.value());
  CHECK(summary.gap_from_raw.value() == efficiency.gap_from_raw.value());
  CHECK_FALSE(summary.mean_score.trace());
}
