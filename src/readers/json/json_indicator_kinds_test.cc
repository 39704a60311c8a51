// The kinds of indicator that are not one number against one number, as the JSON reader reads
// them, writes them back and refuses what cannot be right: periods, ranges, categories, ratios.
#include <catch2/catch.hpp>
#include <fstream>
#include <sstream>
#include <string>

#include "example_reports.h"
#include "lkjip/error.h"
#include "lkjip/input_writers.h"
#include "lkjip/loader.h"

using namespace lkjip;

namespace {

using test_support::example_path;
using test_support::file_text;

// A file with one key indicator whose members after its id, name and unit are `members`.
std::string with_indicator(const std::string& members, const std::string& settings = "") {
  return R"({"format": "lkjip/1", "unit": {"name": "U", "region": "R"}, "year": 2024,
    "renstra_period": {"from": 2024, "to": 2026},)" +
         settings + R"(
    "objectives": [{"id": "SS1", "name": "S", "indicators": [
      {"id": "I1", "name": "N", "unit": "%", )" +
         members + R"(}]}],
    "programs": []})";
}

std::string load_message(const std::string& text) {
  try {
    load_report_text(text, "in.json");
  } catch (const InputError& error) {
    return error.what();
  }
  return "loaded";
}

}  // namespace

TEST_CASE("the examples load and are written back as they are written") {
  for (const char* name : {"triwulan", "kualitatif", "rentang", "rasio", "nol", "riwayat"}) {
    INFO(name);
    const std::string text = file_text(example_path(name));
    REQUIRE_FALSE(text.empty());
    const PerformanceReport report = load_report_text(text, name);
    std::string without_schema = text;
    const std::size_t schema = without_schema.find("  \"$schema\"");
    without_schema.erase(schema, without_schema.find('\n', schema) + 1 - schema);
    CHECK(input_json(report) == without_schema);
  }
}

TEST_CASE("periods, a range, categories and a ratio load into the indicator's details") {
  const PerformanceReport report = load_report_text(
      with_indicator(R"("target_range": {"min": 80, "max": 90.5},
        "period_rule": "last", "decimals": 1,
        "periods": [{"period": "m1", "actual": 70}, {"period": "m2", "actual": null}])",
                     R"("settings": {"reporting_period": "q2", "zero_rule": "both_zero_is_100",
          "classification": {"met_from": 90, "exceeded_above": 100.5}},)"),
      "in.json");
  const Indicator& indicator = report.objectives[0].indicators[0];
  const IndicatorDetails& details = details_of(indicator);
  CHECK_FALSE(indicator.target.has_value());
  REQUIRE(details.target_range.has_value());
  CHECK(details.target_range->max.decimals == 1);
  CHECK(details.period_rule == PeriodRule::kLast);
  CHECK(details.decimals == 1);
  REQUIRE(details.periods.size() == 2);
  CHECK(details.periods[0].period == Period{Period::Kind::kMonth, 1});
  CHECK_FALSE(details.periods[0].target.has_value());
  CHECK_FALSE(details.periods[1].actual.has_value());  // null: not reported, never 0
  CHECK(report.settings.reporting_period == Period{Period::Kind::kQuarter, 2});
  CHECK(report.settings.zero_rule == ZeroRule::kBothZeroFull);
  CHECK(report.settings.classification_given);
  CHECK(report.settings.classification.met_from.value == Rational(90));

  const PerformanceReport ratio = load_report_text(
      with_indicator(R"("target": 200, "ratio": {"numerator": 10, "denominator": 5350,
        "per": 100000})"),
      "in.json");
  CHECK(details_of(ratio.objectives[0].indicators[0]).ratio->denominator.value == Rational(5350));
}

TEST_CASE("an indicator without a target or an actual is told every way to give one") {
  const std::string message = load_message(with_indicator(R"("actual": 5)"));
  CHECK(message.find("missing required field \"target\"") != std::string::npos);
  CHECK(message.find("\"target_range\", \"qualitative\", \"periods\"") != std::string::npos);
}

TEST_CASE("periods: all quarters or all months, in order, each once, with a rule") {
  const std::string mixed = load_message(with_indicator(R"("target": 10, "period_rule": "sum",
      "periods": [{"period": "q1", "actual": 1}, {"period": "m4", "actual": 2}])"));
  CHECK(mixed.find("/objectives/0/indicators/0/periods/1/period") != std::string::npos);
  CHECK(mixed.find("all quarters or all months, not both") != std::string::npos);

  const std::string order = load_message(with_indicator(R"("target": 10, "period_rule": "sum",
      "periods": [{"period": "q2", "actual": 1}, {"period": "q2", "actual": 2}])"));
  CHECK(order.find("in the order of the year, each once") != std::string::npos);

  const std::string no_rule =
      load_message(with_indicator(R"("target": 10, "periods": [{"period": "q1", "actual": 1}])"));
  CHECK(no_rule.find("/objectives/0/indicators/0/periods: ") != std::string::npos);
  CHECK(no_rule.find("period rule of sum, last, max, min or mean") != std::string::npos);

  const std::string unknown = load_message(with_indicator(
      R"("target": 10, "period_rule": "sum", "periods": [{"period": "tw1", "actual": 1}])"));
  CHECK(unknown.find("expected \"year\" or \"q1\"") != std::string::npos);
}

TEST_CASE("a category outside its scale is refused, naming the scale and its categories") {
  const std::string message = load_message(with_indicator(R"("qualitative": {
      "scale_name": "Opini BPK", "scale": [{"name": "WTP", "value": 100}, {"name": "WDP", "value": 75}],
      "target": "WTP", "actual": "TMP"})"));
  CHECK(message.find("/objectives/0/indicators/0/qualitative/actual") != std::string::npos);
  CHECK(message.find("\"TMP\" is not on the scale \"Opini BPK\" (WTP, WDP)") != std::string::npos);
}

TEST_CASE("a range whose max is below its min is empty; a target is a number or a range") {
  const std::string empty =
      load_message(with_indicator(R"("target_range": {"min": 90, "max": 80}, "actual": 85)"));
  CHECK(empty.find("/objectives/0/indicators/0/target_range/max") != std::string::npos);
  CHECK(empty.find("the range is empty") != std::string::npos);
  const std::string both = load_message(
      with_indicator(R"("target": 85, "target_range": {"min": 80, "max": 90}, "actual": 85)"));
  CHECK(both.find("as a number or as a range, not both") != std::string::npos);
}

TEST_CASE("an actual is made one way; a ratio's counts are not negative and its per above 0") {
  const std::string two = load_message(with_indicator(R"("target": 1, "ratio": {"numerator": 1,
      "denominator": 2, "per": 100}, "period_rule": "sum", "periods": [{"period": "q1", "actual": 1}])"));
  CHECK(two.find("the actual is made one way") != std::string::npos);
  const std::string per = load_message(
      with_indicator(R"("target": 1, "ratio": {"numerator": -1, "denominator": 2, "per": 0})"));
  CHECK(per.find("/ratio/numerator") != std::string::npos);
  CHECK(per.find("/ratio/per") != std::string::npos);
}

TEST_CASE("classification thresholds: a target is exceeded above where it is met") {
  const std::string message = load_message(with_indicator(
      R"("target": 1, "actual": 1)",
      R"("settings": {"classification": {"met_from": 100, "exceeded_above": 90}},)"));
  CHECK(message.find("/settings/classification/exceeded_above") != std::string::npos);
}
