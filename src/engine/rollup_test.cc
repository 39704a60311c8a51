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

using Ranks = std::vector<std::optional<std::size_t>>;

// The unit names of a roll-up in the order it lists them.
std::vector<std::string> listed(const RollupResult& result) {
  std::vector<std::string> names;
  for (std::size_t index : result.order)
    names.push_back(result.units[index].unit_name);
  return names;
}

TEST_CASE("roll-up: ranked by exact mean score, not as printed; totals from the sums", "[rollup]") {
  std::vector<UnitSummary> units = {unit("Kecamatan C", 2024, "90.004", 100, 50),
                                    unit("Kecamatan A", 2024, "95", 300, 300),
                                    unit("Kecamatan B", 2024, "90.001", 600, 450)};
  units.push_back(unit("Kecamatan D", 2024, "1", 0, 0));
  units.back().mean_score = Unavailable{Reason::kNoIndicators, "Kecamatan D"};
  const RollupResult result = roll_up(units);
  // A first; C above B although both print 90,00; D, whose score cannot be computed, no rank.
  CHECK(result.rank == Ranks{2, 1, 3, std::nullopt});
  CHECK(listed(result) ==
        std::vector<std::string>{"Kecamatan A", "Kecamatan C", "Kecamatan B", "Kecamatan D"});
  CHECK(result.pagu.value() == 1000);
  CHECK(result.spending.value() == 800);
  CHECK(result.absorption.value() == Rational(80));  // never a mean of the units' absorptions
  CHECK(result.mean_score.why().reason == Reason::kPartNotComputable);
}

TEST_CASE("roll-up: equal scores share a rank and the next rank skips (1, 2, 2, 4)",
          "[rollup][rollup-ranks]") {
  std::vector<UnitSummary> units = {
      unit("Kecamatan E", 2024, "80", 1, 1),    unit("Kecamatan B", 2024, "90.5", 1, 1),
      unit("Kecamatan A", 2024, "95", 1, 1),    unit("Kecamatan C", 2024, "90.50", 1, 1),
      unit("Kecamatan F", 2024, "70.25", 1, 1), unit("Kecamatan D", 2024, "85", 1, 1)};
  const RollupResult result = roll_up(units);
  CHECK(result.rank == Ranks{5, 2, 1, 2, 6, 4});
  // Units of one rank by name.
  CHECK(listed(result) == std::vector<std::string>{"Kecamatan A", "Kecamatan B", "Kecamatan C",
                                                   "Kecamatan D", "Kecamatan E", "Kecamatan F"});
}

TEST_CASE("roll-up: ties at the top and at the end, and scores that cannot be computed",
          "[rollup][rollup-ranks]") {
  std::vector<UnitSummary> units = {
      unit("Kecamatan D", 2024, "60", 1, 1),    unit("Kecamatan B", 2024, "99.99", 1, 1),
      unit("Kecamatan X", 2024, "0", 1, 1),     unit("Kecamatan A", 2024, "99.990", 1, 1),
      unit("Kecamatan C", 2024, "60.00", 1, 1), unit("Kecamatan W", 2024, "0", 1, 1)};
  units[2].mean_score = Unavailable{Reason::kNoIndicators, "Kecamatan X"};
  units[5].mean_score = Unavailable{Reason::kPartNotComputable, "Kecamatan W"};
  const RollupResult result = roll_up(units);
  // A and B tie first; C and D tie last of the ranked; W and X have no rank, listed after.
  CHECK(result.rank == Ranks{3, 1, std::nullopt, 1, 3, std::nullopt});
  CHECK(listed(result) == std::vector<std::string>{"Kecamatan A", "Kecamatan B", "Kecamatan C",
                                                   "Kecamatan D", "Kecamatan W", "Kecamatan X"});
}

TEST_CASE("roll-up: one unit of one name in two years: equal scores share, then year",
          "[rollup][rollup-ranks]") {
  const RollupResult result =
      roll_up({unit("Kecamatan A", 2024, "88.5", 1, 1), unit("Kecamatan A", 2023, "88.5", 1, 1)});
  CHECK(result.rank == Ranks{1, 1});
  CHECK(result.order == std::vector<std::size_t>{1, 0});
}

TEST_CASE("roll-up: no unit can be ranked", "[rollup][rollup-ranks]") {
  std::vector<UnitSummary> units = {unit("Kecamatan B", 2024, "1", 1, 1),
                                    unit("Kecamatan A", 2024, "1", 1, 1)};
  for (UnitSummary& summary : units)
    summary.mean_score = Unavailable{Reason::kNoIndicators, summary.unit_name};
  const RollupResult result = roll_up(units);
  CHECK(result.rank == Ranks{std::nullopt, std::nullopt});
  CHECK(result.order == std::vector<std::size_t>{1, 0});
}

TEST_CASE("roll-up: the years of a roll-up's units, each with its units in order",
          "[rollup][rollup-years]") {
  const std::vector<UnitSummary> units = {unit("A", 2024, "1", 1, 1), unit("B", 2023, "1", 1, 1),
                                          unit("C", 2024, "1", 1, 1)};
  const std::vector<UnitsOfYear> years = years_of(units);
  REQUIRE(years.size() == 2);
  CHECK(years[0].year == 2023);
  CHECK(years[0].units == std::vector<std::size_t>{1});
  CHECK(years[1].year == 2024);
  CHECK(years[1].units == std::vector<std::size_t>{0, 2});
  CHECK(years_of({units[0], units[2]}).size() == 1);
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
