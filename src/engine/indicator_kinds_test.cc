// Capaian of indicators that are not one number against one number: through the year, on a
// qualitative scale, against a range, from counts, with zeros, and in earlier years; and the
// classification of capaian. Figures as issue 13 states them for data/examples.
#include <catch2/catch.hpp>

#include "example_reports.h"
#include "lkjip/engine.h"
#include "lkjip/loader.h"

using namespace lkjip;
using lkjip::test_support::example;

namespace {

std::string printed(const Figure& figure) {
  REQUIRE(figure.ok());
  return figure.value().round_half_up(kPercentDecimals).render('.', '\0');
}

const Indicator& key_indicator(const PerformanceReport& report, std::size_t index) {
  return report.objectives.at(0).indicators.at(index);
}

Quantity number(long long value) {
  return Quantity{Rational(value), 0};
}

}  // namespace

TEST_CASE("through the year: sum, last, max and mean make the year's actual") {
  const PerformanceReport report = example("triwulan");
  const Settings& settings = report.settings;
  CHECK(printed(effective_actual(key_indicator(report, 0), settings)) == "97.00");
  CHECK(printed(capaian(key_indicator(report, 0), settings)) == "97.00");
  CHECK(printed(capaian(key_indicator(report, 1), settings)) == "102.50");  // last: 82 of 80
  CHECK(printed(capaian(key_indicator(report, 2), settings)) == "95.00");   // max: 95
  CHECK(printed(capaian(key_indicator(report, 3), settings)) == "85.00");   // mean: 85

  PerformanceReport worst = report;
  edit_details(worst.objectives[0].indicators[2]).period_rule = PeriodRule::kMin;
  CHECK(printed(effective_actual(key_indicator(worst, 2), settings)) == "65.00");
}

TEST_CASE("through the year: each period's capaian, and the capaian to date after it") {
  const PerformanceReport report = example("triwulan");
  const Results results = evaluate(report);
  const std::vector<IndicatorPeriods> periods = evaluate_periods(report, results);
  REQUIRE(periods.size() == 4);
  const std::vector<PeriodResult>& sum = periods[0].rows;
  REQUIRE(sum.size() == 4);
  CHECK(printed(sum[0].capaian) == "80.00");
  CHECK(printed(sum[1].capaian) == "90.00");
  CHECK(printed(sum[2].capaian) == "100.00");
  CHECK(printed(sum[3].capaian) == "102.50");
  CHECK(printed(sum[1].actual_to_date) == "26.00");
  CHECK(printed(sum[1].target_to_date) == "30.00");
  CHECK(printed(sum[1].capaian_to_date) == "86.67");
  CHECK(printed(sum[3].capaian_to_date) == "97.00");  // the year's target, 100, at the year's end
  // A level measured against the year's target, period by period.
  CHECK(printed(periods[1].rows[0].capaian) == "87.50");
  CHECK(printed(periods[1].rows[1].capaian_to_date) == "93.75");
}

TEST_CASE("the report's period, not the clock, ends the year's figures") {
  PerformanceReport report = example("triwulan");
  report.settings.reporting_period = Period{Period::Kind::kQuarter, 2};
  CHECK(printed(capaian(key_indicator(report, 0), report.settings)) == "86.67");
  CHECK(printed(capaian(key_indicator(report, 1), report.settings)) == "93.75");
  const Results results = evaluate(report);
  CHECK(evaluate_periods(report, results)[0].rows.size() == 2);
  // A month-based report period covers the quarters that have ended.
  report.settings.reporting_period = Period{Period::Kind::kMonth, 8};
  CHECK(printed(capaian(key_indicator(report, 1), report.settings)) == "93.75");
}

TEST_CASE("an unreported period is never a zero") {
  PerformanceReport report = example("triwulan");
  IndicatorDetails& sum = edit_details(report.objectives[0].indicators[0]);
  sum.periods[2].actual.reset();
  const Figure missing = effective_actual(key_indicator(report, 0), report.settings);
  REQUIRE_FALSE(missing.ok());
  CHECK(missing.why().reason == Reason::kPeriodMissing);
  CHECK(missing.why().subject == "q3");

  // A level takes the last period reported; a mean the periods reported.
  IndicatorDetails& last = edit_details(report.objectives[0].indicators[1]);
  last.periods.pop_back();
  CHECK(printed(effective_actual(key_indicator(report, 1), report.settings)) == "78.00");
  IndicatorDetails& mean = edit_details(report.objectives[0].indicators[3]);
  mean.periods[0].actual.reset();
  CHECK(printed(effective_actual(key_indicator(report, 3), report.settings)) == "90.00");

  // None reported up to the report's period.
  report.settings.reporting_period = Period{Period::Kind::kQuarter, 1};
  const Figure none = effective_actual(key_indicator(report, 3), report.settings);
  REQUIRE_FALSE(none.ok());
  CHECK(none.why().reason == Reason::kNoPeriodReported);
}

TEST_CASE("months through the year, to the end of a quarter") {
  Indicator indicator;
  indicator.id = "M";
  indicator.target = number(60);
  IndicatorDetails& details = edit_details(indicator);
  details.period_rule = PeriodRule::kSum;
  for (int month = 1; month <= 12; ++month)
    details.periods.push_back({Period{Period::Kind::kMonth, month}, std::nullopt, number(5)});
  Settings settings;
  CHECK(printed(effective_actual(indicator, settings)) == "60.00");
  settings.reporting_period = Period{Period::Kind::kQuarter, 2};
  CHECK(printed(effective_actual(indicator, settings)) == "30.00");
  CHECK(printed(capaian(indicator, settings)) == "50.00");  // against the year's 60
}

TEST_CASE("qualitative: capaian on the values of the scale's categories") {
  const PerformanceReport report = example("kualitatif");
  CHECK(printed(capaian(key_indicator(report, 0), report.settings)) == "75.00");   // WDP of WTP
  CHECK(printed(capaian(key_indicator(report, 1), report.settings)) == "100.00");  // A of A
  PerformanceReport unreported = report;
  edit_details(unreported.objectives[0].indicators[0]).qualitative->actual.clear();
  CHECK(capaian(key_indicator(unreported, 0), report.settings).why().reason ==
        Reason::kActualMissing);
}

TEST_CASE("a range target: 100 inside it, the nearer bound outside it") {
  const PerformanceReport report = example("rentang");
  const Settings& settings = report.settings;
  CHECK(printed(capaian(key_indicator(report, 0), settings)) == "100.00");  // 85 in 80-90
  CHECK(printed(capaian(key_indicator(report, 1), settings)) == "90.00");   // 72 of 80
  CHECK(printed(capaian(key_indicator(report, 2), settings)) == "110.00");  // 99 of 90
  CHECK(printed(capaian(key_indicator(report, 3), settings)) == "80.00");   // (20 - 12) / 10
  CHECK(printed(capaian(key_indicator(report, 4), settings)) == "120.00");  // (10 - 4) / 5
  const Figure inside = capaian(key_indicator(report, 0), settings);
  REQUIRE(inside.trace());
  CHECK(inside.trace()->formula == Formula::kCapaianInRange);
  const Figure above = capaian(key_indicator(report, 2), settings);
  CHECK(above.trace()->terms[0].role == Role::kRangeMax);
}

TEST_CASE("a ratio from counts, and a denominator of zero") {
  PerformanceReport report = example("rasio");
  CHECK(printed(effective_actual(key_indicator(report, 0), report.settings)) == "186.92");
  CHECK(printed(capaian(key_indicator(report, 0), report.settings)) == "106.54");
  edit_details(report.objectives[0].indicators[0]).ratio->denominator = number(0);
  CHECK(effective_actual(key_indicator(report, 0), report.settings).why().reason ==
        Reason::kDenominatorZero);
}

TEST_CASE("a zero target as the report's zero rule says") {
  PerformanceReport report = example("nol");
  CHECK(printed(capaian(key_indicator(report, 0), report.settings)) == "100.00");
  const Results results = evaluate(report);
  CHECK(printed(results.key_indicators.mean_score) == "100.00");
  // The default: not computable, and the mean with it.
  report.settings.zero_rule = ZeroRule::kNotComputable;
  CHECK(capaian(key_indicator(report, 0), report.settings).why().reason == Reason::kTargetZero);
  CHECK_FALSE(evaluate(report).key_indicators.mean_score.ok());
  // The rule is for a zero met by zero only.
  report.settings.zero_rule = ZeroRule::kBothZeroFull;
  report.objectives[0].indicators[0].actual = number(1);
  CHECK(capaian(key_indicator(report, 0), report.settings).why().reason == Reason::kTargetZero);
}

TEST_CASE("earlier years' capaian, and its change from the capaian as printed") {
  const PerformanceReport report = example("riwayat");
  const Results results = evaluate(report);
  const std::vector<CapaianHistory> history = evaluate_capaian_history(report, results);
  REQUIRE(history.size() == 1);
  REQUIRE(history[0].years == std::vector<int>{2023, 2024});
  CHECK(printed(history[0].capaians[0]) == "101.74");
  CHECK(printed(history[0].capaians[1]) == "100.16");
  CHECK(printed(history[0].capaian_changes[1]) == "-1.58");
  CHECK(printed(history[0].actual_changes[1]) == "0.62");
  // From the exact values it would be -1,57: the printed figures are what a reader subtracts.
  CHECK(printed(difference(history[0].capaians[0], history[0].capaians[1], "AKIP")) == "-1.57");
  CHECK_FALSE(history[0].capaian_changes[0].ok());
}

TEST_CASE("capaian classified as printed against the report's thresholds") {
  Classification thresholds;
  CHECK(classify(Rational(100), thresholds) == Classified::kMet);
  CHECK(classify(*Rational::parse_decimal("100.004"), thresholds) == Classified::kMet);
  CHECK(classify(*Rational::parse_decimal("100.005"), thresholds) == Classified::kExceeded);
  CHECK(classify(*Rational::parse_decimal("99.99"), thresholds) == Classified::kNotMet);
  CHECK(classify(Unavailable{Reason::kTargetZero, "X"}, thresholds) == Classified::kNotComputable);
  thresholds.met_from = number(90);
  CHECK(classify(Rational(95), thresholds) == Classified::kMet);

  const PerformanceReport report = example("rentang");
  const ClassificationResult key = classify_group(evaluate(report), IndicatorGroup::kKey);
  CHECK(key.total == 5);
  CHECK(key.groups[0].size() == 2);  // 110, 120
  CHECK(key.groups[1].size() == 1);  // 100
  CHECK(key.groups[2].size() == 2);  // 90, 80
}

TEST_CASE("spending through the year: to date and its absorption; a missing period is no zero") {
  PerformanceReport report = example("triwulan");
  const Program& program = report.programs.at(0);
  std::vector<SpendingPeriodResult> rows = evaluate_spending_periods(program, report.settings);
  REQUIRE(rows.size() == 4);
  CHECK(rows[1].spending_to_date.value() == 160'000'000);
  CHECK(printed(rows[1].absorption_to_date) == "40.00");
  CHECK(printed(rows[3].absorption_to_date) == "95.00");

  Program changed = program;
  changed.budget.periods[1].spending.reset();
  rows = evaluate_spending_periods(changed, report.settings);
  CHECK(rows[0].spending_to_date.ok());
  REQUIRE_FALSE(rows[2].spending_to_date.ok());
  CHECK(rows[2].spending_to_date.why().reason == Reason::kPeriodMissing);
  CHECK(rows[2].spending_to_date.why().subject == "q2");
  CHECK_FALSE(rows[3].absorption_to_date.ok());

  report.settings.reporting_period = Period{Period::Kind::kMonth, 7};
  CHECK(evaluate_spending_periods(program, report.settings).size() == 2);
  CHECK(evaluate_spending_periods(SubActivity{}, report.settings).empty());
}
