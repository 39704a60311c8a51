// The strategic plan's targets per year (data/examples/renstra-tahunan.json) and a partial report
// (data/examples/sebagian.json): figures as issue 14 states them.
#include <catch2/catch.hpp>

#include "example_reports.h"
#include "lkjip/engine.h"
#include "lkjip/loader.h"

using namespace lkjip;
using lkjip::test_support::example;

namespace {

std::string printed(const Figure& figure, int decimals = kPercentDecimals) {
  REQUIRE(figure.ok());
  return figure.value().round_half_up(decimals).render('.', '\0');
}

}  // namespace

TEST_CASE("a Renstra target per year, and this year's capaian against it") {
  const PerformanceReport report = example("renstra-tahunan");
  const Indicator& akip = report.objectives.at(0).indicators.at(0);
  CHECK(printed(renstra_year_target(akip, 2024)) == "73.75");
  CHECK(printed(renstra_year_target(akip, 2025)) == "74.50");
  CHECK(printed(renstra_year_target(akip, 2026)) == "75.00");
  // 73,87 / 73,75 x 100 = 100,1627...: the same formula as against the agreement's 73,50.
  const Figure capaian = renstra_year_capaian(akip, 2024, report.settings);
  CHECK(printed(capaian) == "100.16");
  REQUIRE(capaian.trace());
  CHECK(capaian.trace()->formula == Formula::kCapaianHigher);
  CHECK(capaian.trace()->terms.at(0).role == Role::kRenstraYearTarget);
  CHECK(capaian.trace()->terms.at(0).source == Key{akip.source, Field::kRenstraYearTarget, 0});
  CHECK(printed(lkjip::capaian(akip, report.settings)) == "100.50");

  // A year the plan gives no target for says so, naming the year.
  const Figure none = renstra_year_target(akip, 2027);
  REQUIRE_FALSE(none.ok());
  CHECK(none.why().reason == Reason::kNoRenstraYearTarget);
  CHECK(none.why().subject == "2027");
  CHECK_FALSE(renstra_year_capaian(akip, 2027, report.settings).ok());

  // The table's rows: only the indicators that give targets per year.
  const Results results = evaluate(report);
  const std::vector<RenstraYearsResult> rows = evaluate_renstra_years(report, results);
  REQUIRE(rows.size() == 1);
  CHECK(rows[0].indicator == &akip);
  CHECK(rows[0].years == std::vector<int>{2024, 2025, 2026});
  CHECK(printed(rows[0].agreement_target) == "73.50");
  CHECK(printed(rows[0].year_target) == "73.75");
  CHECK(printed(rows[0].capaian) == "100.16");
  CHECK(printed(rows[0].end_target) == "75.00");
  CHECK(printed(rows[0].progress) == "98.49");  // 73,87 / 75 x 100
}

TEST_CASE("a lower-is-better indicator against its Renstra target of the year") {
  Indicator indicator;
  indicator.id = "ADUAN";
  indicator.polarity = Polarity::kLowerIsBetter;
  indicator.target = Quantity{Rational(10), 0};
  indicator.actual = Quantity{Rational(8), 0};
  RenstraTarget renstra;
  renstra.end_target = Quantity{Rational(5), 0};
  renstra.targets = {{2024, Quantity{Rational(12), 0}}};
  edit_details(indicator).renstra = renstra;
  // (2 x 12 - 8) / 12 x 100 = 133,33
  CHECK(printed(renstra_year_capaian(indicator, 2024, Settings())) == "133.33");
}

TEST_CASE("a partial report: what needs a missing part is not computable, with the reason") {
  const PerformanceReport report = example("sebagian");
  const Results results = evaluate(report);
  REQUIRE(results.objectives.size() == 1);
  // 88,95 / 84,75 x 100 = 104,9557...
  CHECK(printed(results.objectives[0].indicators.at(0).capaian) == "104.96");
  CHECK(results.programs.empty());
  CHECK_FALSE(results.program_indicators.mean_score.ok());
  // A cumulative progress needs the plan period, which the fragment does not give.
  Indicator indicator = report.objectives[0].indicators[0];
  RenstraTarget renstra;
  renstra.end_target = Quantity{Rational(90), 0};
  renstra.cumulative = true;
  edit_details(indicator).renstra = renstra;
  const Figure progress = renstra_progress(indicator, report.year, {0, 0}, report.settings);
  REQUIRE_FALSE(progress.ok());
  CHECK(progress.why().reason == Reason::kNoRenstraPeriod);
}

TEST_CASE("the Renstra years' rows: key indicators, then program indicators, each plan year") {
  const std::string text = R"({"format": "lkjip/1", "unit": {"name": "U", "region": "R"},
    "year": 2025, "renstra_period": {"from": 2024, "to": 2026},
    "objectives": [{"id": "SS1", "name": "S", "indicators": [
      {"id": "A", "name": "A", "unit": "nilai", "target": 74.5, "actual": 74,
       "renstra": {"end_target": 75, "targets": [{"year": 2024, "target": 73.75}]}}]}],
    "programs": [{"id": "P1", "name": "P", "objective": "SS1",
      "budget": {"pagu": 1000, "spending": 900},
      "indicators": [{"id": "P1.I1", "name": "Aduan", "unit": "kasus", "target": 10,
        "actual": 8, "polarity": "lower_is_better", "renstra": {"end_target": 5,
        "targets": [{"year": 2025, "target": 12}, {"year": 2026, "target": 5}]}}]}]})";
  const PerformanceReport report = load_report_text(text, "t.json");
  const Results results = evaluate(report);
  const std::vector<RenstraYearsResult> rows = evaluate_renstra_years(report, results);
  REQUIRE(rows.size() == 2);
  CHECK(rows[0].indicator->id == "A");
  CHECK(rows[1].indicator->id == "P1.I1");
  // A gives no target for the report's year 2025: not computable, naming the year.
  REQUIRE(rows[0].plan_targets.size() == 3);
  CHECK(printed(rows[0].plan_targets[0]) == "73.75");
  CHECK_FALSE(rows[0].plan_targets[1].ok());
  CHECK(rows[0].year_target.why().reason == Reason::kNoRenstraYearTarget);
  CHECK(rows[0].year_target.why().subject == "2025");
  CHECK(rows[0].capaian.why().reason == Reason::kNoRenstraYearTarget);
  // Lower is better: (2 x 12 - 8) / 12 x 100 against the year's 12; (2 x 5 - 8) / 5 x 100 to 5.
  CHECK(printed(rows[1].capaian) == "133.33");
  CHECK(printed(rows[1].progress) == "40.00");
  CHECK(printed(rows[1].agreement_target) == "10.00");
}
