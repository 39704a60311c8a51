#include "lkjip/engine.h"

#include <catch2/catch.hpp>
#include <set>
#include <string_view>
#include <vector>

using namespace lkjip;

namespace {

using List = Place::List;

// The place of the item `index` of `list` at the top of the file.
Place top(List list, std::size_t index) {
  return Place().item(list, index);
}

// Gives the indicator these details, as the loader does (shared, read only).
void give(Indicator& indicator, IndicatorDetails details) {
  indicator.details = std::make_shared<const IndicatorDetails>(std::move(details));
}

// Details of an indicator with a Renstra end target and earlier years.
IndicatorDetails planned(const RenstraTarget& renstra, std::vector<PastYear> history = {}) {
  IndicatorDetails details;
  details.renstra = renstra;
  details.history = std::move(history);
  return details;
}

Rational decimal(const char* text) {
  return *Rational::parse_decimal(text);
}

std::optional<Quantity> value(const char* text) {
  return Quantity{decimal(text), 2};
}

Indicator indicator(const char* target, const char* actual,
                    Polarity polarity = Polarity::kHigherIsBetter) {
  Indicator result;
  result.id = "X";
  result.polarity = polarity;
  if (target != nullptr) result.target = value(target);
  if (actual != nullptr) result.actual = value(actual);
  return result;
}

std::string printed(const Computed<Rational>& figure) {
  REQUIRE(figure.ok());
  return figure.value().round_half_up(kPercentDecimals).render('.', '\0');
}

Settings default_settings() {
  Settings settings;
  settings.rating_scale = default_rating_scale();
  return settings;
}

}  // namespace

TEST_CASE("capaian of a higher-is-better indicator is R / T x 100") {
  CHECK(printed(capaian(indicator("73.75", "73.87"), default_settings())) == "100.16");
  CHECK(printed(capaian(indicator("8.4", "7.91"), default_settings())) == "94.17");
  CHECK(printed(capaian(indicator("87.05", "79.21"), default_settings())) == "90.99");
}

TEST_CASE("capaian of a lower-is-better indicator is (2T - R) / T x 100 by default") {
  // Target 10 %, actual 8 %: 12/10 -> 120.
  CHECK(printed(capaian(indicator("10", "8", Polarity::kLowerIsBetter), default_settings())) ==
        "120.00");
  // Actual twice the target gives 0; beyond that, negative.
  CHECK(printed(capaian(indicator("10", "20", Polarity::kLowerIsBetter), default_settings())) ==
        "0.00");
  CHECK(printed(capaian(indicator("10", "25", Polarity::kLowerIsBetter), default_settings())) ==
        "-50.00");
}

TEST_CASE("T / R x 100 applies only when the indicator names that method") {
  Indicator lower = indicator("10", "8", Polarity::kLowerIsBetter);
  lower.lower_method = LowerIsBetterMethod::kTargetOverActual;
  CHECK(printed(capaian(lower, default_settings())) == "125.00");
}

TEST_CASE("a zero that makes a formula undefined is not computable") {
  const Computed<Rational> zero_target = capaian(indicator("0", "5"), default_settings());
  REQUIRE_FALSE(zero_target.ok());
  CHECK(zero_target.why().reason == Reason::kTargetZero);
  CHECK(zero_target.why().subject == "X");

  CHECK(capaian(indicator("0", "5", Polarity::kLowerIsBetter), default_settings()).why().reason ==
        Reason::kTargetZero);

  Indicator inverse = indicator("10", "0", Polarity::kLowerIsBetter);
  inverse.lower_method = LowerIsBetterMethod::kTargetOverActual;
  CHECK(capaian(inverse, default_settings()).why().reason == Reason::kActualZero);
}

TEST_CASE("a zero actual is a real value, not a missing one") {
  CHECK(printed(capaian(indicator("10", "0"), default_settings())) == "0.00");
}

TEST_CASE("a missing value is not zero: capaian is not computable and says why") {
  CHECK(capaian(indicator(nullptr, "5"), default_settings()).why().reason ==
        Reason::kTargetMissing);
  CHECK(capaian(indicator("5", nullptr), default_settings()).why().reason ==
        Reason::kActualMissing);
  CHECK(score(capaian(indicator("5", nullptr), default_settings()), default_settings())
            .why()
            .reason == Reason::kActualMissing);
}

TEST_CASE("score is capaian limited to the floor and cap of the settings") {
  const Settings settings = default_settings();
  CHECK(printed(score(capaian(indicator("73.75", "73.87"), default_settings()), settings)) ==
        "100.00");
  CHECK(printed(score(capaian(indicator("10", "25", Polarity::kLowerIsBetter), default_settings()),
                      settings)) == "0.00");
  CHECK(printed(score(capaian(indicator("8.4", "7.91"), default_settings()), settings)) == "94.17");

  Settings generous = settings;
  generous.score_cap = Quantity{Rational(120), 0};
  generous.score_cap_given = true;
  CHECK(printed(score(capaian(indicator("10", "13"), default_settings()), generous)) == "120.00");
  CHECK(printed(score(capaian(indicator("10", "11"), default_settings()), generous)) == "110.00");
}

TEST_CASE("the mean is taken of the values as printed") {
  // Exact capaian 100.1627... and 94.1666...: the exact mean would print 97.16.
  const std::vector<Computed<Rational>> raw = {
      capaian(indicator("73.75", "73.87"), default_settings()),
      capaian(indicator("8.4", "7.91"), default_settings())};
  CHECK(printed(mean_as_printed(raw, "total")) == "97.17");
  const std::vector<Computed<Rational>> scores = {Rational(100), raw[1]};
  CHECK(printed(mean_as_printed(scores, "total")) == "97.09");  // (100 + 94.17) / 2 = 97.085
}

TEST_CASE("a mean with a part that is not computable is not computable") {
  const std::vector<Computed<Rational>> values = {Rational(100),
                                                  capaian(indicator("0", "1"), default_settings())};
  const Computed<Rational> mean = mean_as_printed(values, "total");
  REQUIRE_FALSE(mean.ok());
  CHECK(mean.why().reason == Reason::kPartNotComputable);
  CHECK(mean.why().subject == "X");
  CHECK(mean_as_printed({}, "SS9").why().reason == Reason::kNoIndicators);
}

TEST_CASE("absorption is spending over pagu, SILPA their difference") {
  CHECK(printed(absorption(Rupiah{2448145747}, Rupiah{2696606251}, "total")) == "90.79");
  CHECK(printed(absorption(Rupiah{2287181447}, Rupiah{2535641951}, "P1")) == "90.20");
  const Computed<Rupiah> unspent = silpa(Rupiah{2696606251}, Rupiah{2448145747}, "total");
  REQUIRE(unspent.ok());
  CHECK(unspent.value() == 248460504);
  CHECK(printed(share(Rupiah{2535641951}, Rupiah{2696606251}, "SS1")) == "94.03");
  CHECK(printed(share(Rupiah{160964300}, Rupiah{2696606251}, "SS2")) == "5.97");
}

TEST_CASE("absorption with a zero or missing pagu is not computable") {
  CHECK(absorption(Rupiah{5}, Rupiah{0}, "P1").why().reason == Reason::kPaguZero);
  CHECK(absorption(Rupiah{5}, Unavailable{Reason::kPaguMissing, "K1"}, "K1").why().reason ==
        Reason::kPaguMissing);
  CHECK(share(Rupiah{5}, Rupiah{0}, "SS1").why().reason == Reason::kPaguZero);
}

TEST_CASE("the largest rupiah sums are exact, and an overflow is reported, never wrapped") {
  const std::vector<Computed<Rupiah>> at_limit = {Rupiah{kMaxRupiah - 1}, Rupiah{1}};
  const Computed<Rupiah> sum = sum_rupiah(at_limit, "total");
  REQUIRE(sum.ok());
  CHECK(sum.value() == kMaxRupiah);
  CHECK(printed(absorption(Rupiah{kMaxRupiah - 1}, Rupiah{kMaxRupiah}, "total")) == "100.00");
  CHECK(absorption(Rupiah{kMaxRupiah - 1}, Rupiah{kMaxRupiah}, "total").value() < Rational(100));

  const std::vector<Computed<Rupiah>> beyond = {Rupiah{kMaxRupiah}, Rupiah{1}};
  CHECK(sum_rupiah(beyond, "total").why().reason == Reason::kOverflow);
  CHECK(silpa(Rupiah{-kMaxRupiah}, Rupiah{kMaxRupiah}, "P1").why().reason == Reason::kOverflow);
}

TEST_CASE("efficiency gap is capaian minus absorption, both as printed") {
  CHECK(printed(efficiency_gap(Rational(100),
                               absorption(Rupiah{2287181447}, Rupiah{2535641951}, "SS1"), "SS1")) ==
        "9.80");
  CHECK(printed(efficiency_gap(decimal("97.085"), decimal("90.7864"), "total")) == "6.30");
  CHECK(printed(efficiency_gap(decimal("94.17"), Rational(100), "SS2")) == "-5.83");
  CHECK(
      efficiency_gap(Unavailable{Reason::kNoIndicators, "SS1"}, Rational(1), "SS1").why().reason ==
      Reason::kNoIndicators);
}

TEST_CASE("ratings: each score falls in exactly one band of the default scale") {
  const std::vector<RatingBand> scale = default_rating_scale();
  CHECK(rate(Rational(0), scale)->label == "Sangat Kurang");
  CHECK(rate(Rational(50), scale)->label == "Sangat Kurang");
  CHECK(rate(decimal("50.01"), scale)->label == "Kurang");
  CHECK(rate(Rational(85), scale)->label == "Butuh Perbaikan (Cukup)");  // the seed's gap
  CHECK(rate(Rational(90), scale)->label == "Butuh Perbaikan (Cukup)");
  CHECK(rate(decimal("90.004"), scale)->label == "Butuh Perbaikan (Cukup)");  // prints 90,00
  CHECK(rate(decimal("90.005"), scale)->label == "Baik");
  CHECK(rate(Rational(100), scale)->label == "Baik");
  CHECK(rate(Rational(121), scale) == nullptr);
}

namespace {

Quantity exact(const char* text) {
  const Rational value = decimal(text);
  const std::string written(text);
  const auto dot = written.find('.');
  const int decimals = dot == std::string::npos ? 0 : static_cast<int>(written.size() - dot - 1);
  return Quantity{value, decimals};
}

}  // namespace

TEST_CASE("a composite index is computed from its components when they are given") {
  Indicator ikpp = indicator("8.4", nullptr);
  ikpp.source = top(List::kObjectives, 1).item(List::kIndicators, 0);
  IndicatorDetails composite;
  composite.components = {IndexComponent{"IKM", exact("1.25"), exact("3.2")},
                          IndexComponent{"IPP", exact("1"), exact("3.91")}};
  give(ikpp, composite);
  const Figure actual = effective_actual(ikpp, default_settings());
  REQUIRE(actual.ok());
  CHECK(actual.value() == decimal("7.91"));
  CHECK(printed(capaian(ikpp, default_settings())) == "94.17");
  REQUIRE(actual.trace());
  CHECK(actual.trace()->formula == Formula::kCompositeIndex);
  CHECK(actual.trace()->terms[3].source == Key{ikpp.source, Field::kComponentValue, 1});

  composite.components[1].value.reset();
  give(ikpp, composite);
  CHECK(effective_actual(ikpp, default_settings()).why().reason == Reason::kComponentMissing);
  CHECK(effective_actual(ikpp, default_settings()).why().subject == "IPP");
}

TEST_CASE("capaian keeps its trace: formula, terms and where they came from") {
  Indicator akip = indicator(nullptr, nullptr);
  akip.source = top(List::kObjectives, 0).item(List::kIndicators, 0);
  akip.target = exact("73.75");
  akip.actual = exact("73.87");
  const Figure result = capaian(akip, default_settings());
  REQUIRE(result.trace());
  const Trace& trace = *result.trace();
  CHECK(trace.formula == Formula::kCapaianHigher);
  REQUIRE(trace.terms.size() == 2);
  CHECK(trace.terms[0].symbol == "T");
  CHECK(trace.terms[0].source == Key{akip.source, Field::kTarget});
  CHECK(trace.terms[1].value == decimal("73.87"));
  CHECK(trace.result == result.value());
}

TEST_CASE("differences between years are exact") {
  const Place i = top(List::kObjectives, 0).item(List::kIndicators, 0);
  const Figure from = given(exact("72"), "2022", Key{i, Field::kPastActual, 0});
  const Figure to = given(exact("73.87"), "2024", Key{i, Field::kActual});
  CHECK(printed(difference(from, to, "AKIP")) == "1.87");
  CHECK(printed(difference(given(exact("86.07"), "2023", Key{i, Field::kPastActual, 1}),
                           given(exact("79.21"), "2024", Key{i, Field::kActual}), "P")) == "-6.86");
  // A part that cannot be computed passes on its own reason.
  CHECK(difference(Unavailable{Reason::kNoData, "2022"}, to, "AKIP").why().reason ==
        Reason::kNoData);
}

TEST_CASE("Renstra progress: level uses this year's actual, cumulative sums the plan years") {
  Indicator akip = indicator("73.75", "73.87");
  give(akip, planned(RenstraTarget{exact("75"), false, {}}));
  CHECK(printed(renstra_progress(akip, 2024, RenstraPeriod{2024, 2026}, default_settings())) ==
        "98.49");

  Indicator built = indicator("10", "4");
  const RenstraTarget cumulative{exact("20"), true, {}};
  give(built, planned(cumulative, {PastYear{2022, std::nullopt, exact("3")},
                                   PastYear{2023, std::nullopt, exact("5")}}));
  CHECK(printed(renstra_progress(built, 2024, RenstraPeriod{2022, 2026}, default_settings())) ==
        "60.00");  // (3 + 5 + 4) / 20

  // A cumulative indicator with a plan year missing cannot be computed, and says which year.
  give(built, planned(cumulative, {PastYear{2022, std::nullopt, exact("3")}}));
  const Figure missing =
      renstra_progress(built, 2024, RenstraPeriod{2022, 2026}, default_settings());
  CHECK(missing.why().reason == Reason::kYearMissing);
  CHECK(missing.why().subject == "2023");

  // Years outside the plan period are never summed.
  give(built, planned(cumulative, {PastYear{2022, std::nullopt, exact("3")},
                                   PastYear{2023, std::nullopt, exact("5")}}));
  CHECK(renstra_progress(built, 2024, RenstraPeriod{2025, 2026}, default_settings()).why().reason ==
        Reason::kOutsidePeriod);
  CHECK(renstra_progress(built, 2024, RenstraPeriod{2020, 2023}, default_settings()).why().reason ==
        Reason::kOutsidePeriod);
  CHECK(printed(renstra_actual(built, 2024, RenstraPeriod{2022, 2026}, default_settings())) ==
        "12.00");

  Indicator none = indicator("1", "1");
  CHECK(renstra_progress(none, 2024, RenstraPeriod{2024, 2026}, default_settings()).why().reason ==
        Reason::kNoData);
}

TEST_CASE("staff availability and its efficiency gap") {
  CHECK(printed(availability(Rational(5), Rational(18), "SS1")) == "27.78");
  CHECK(printed(availability(Rational(13), Rational(40), "total")) == "32.50");
  CHECK(availability(Rational(3), Rational(0), "SS1").why().reason == Reason::kNeedZero);
  CHECK(printed(efficiency_gap(decimal("94.17"), availability(Rational(8), Rational(22), "SS2"),
                               "SS2")) == "57.81");
}

TEST_CASE("facilities: an item above its need counts as fully available") {
  const Facility window{"F31", top(List::kFacilities, 30), "A.C. Window", exact("2"), exact("5")};
  const Facility chairs{"F2", top(List::kFacilities, 1), "Kursi", exact("7"), exact("5")};
  const Facility none{"F3", top(List::kFacilities, 2), "Meja", exact("3"), exact("0")};
  CHECK(printed(capped_availability(window)) == "40.00");
  CHECK(printed(capped_availability(chairs)) == "100.00");
  CHECK(capped_availability(none).why().reason == Reason::kNeedZero);

  const std::vector<Facility> inventory = {window, chairs};
  const Figure counted = counted_available(inventory);
  CHECK(counted.value() == Rational(7));  // 2 + min(7, 5)
  CHECK(total_needed(inventory).value() == Rational(10));
  CHECK(printed(availability(counted, total_needed(inventory), "total")) == "70.00");
}

TEST_CASE("SAKIP components as a percentage of their weight, and stated figures checked") {
  CHECK(printed(component_percent(SakipComponent{"Pelaporan", top(List::kSakipComponents, 2),
                                                 exact("15"), exact("11.96")})) == "79.73");
  CHECK(
      component_percent(SakipComponent{"X", top(List::kSakipComponents, 0), exact("0"), exact("1")})
          .why()
          .reason == Reason::kWeightZero);
  CHECK_FALSE(agrees_as_printed(decimal("73.85"), exact("73.25")));
  CHECK(agrees_as_printed(decimal("73.85"), exact("73.85")));
  CHECK(agrees_as_printed(decimal("73.85"), exact("73.9")));  // printed with one decimal
  CHECK_FALSE(agrees_as_printed(decimal("73.85"), exact("73.8")));

  const std::vector<RatingBand> predicates = default_sakip_predicate_scale();
  CHECK(rate(decimal("73.85"), predicates)->label == "BB");
  CHECK(rate(Rational(30), predicates)->label == "D");
  CHECK(rate(decimal("90.01"), predicates)->label == "AA");
}

TEST_CASE("a negative target makes capaian not computable instead of a meaningless number") {
  CHECK(capaian(indicator("-5", "7.91"), default_settings()).why().reason ==
        Reason::kTargetNegative);
  CHECK(capaian(indicator("-5", "1", Polarity::kLowerIsBetter), default_settings()).why().reason ==
        Reason::kTargetNegative);
  Indicator inverse = indicator("5", "-1", Polarity::kLowerIsBetter);
  inverse.lower_method = LowerIsBetterMethod::kTargetOverActual;
  CHECK(capaian(inverse, default_settings()).why().reason == Reason::kActualNegative);
  // A negative actual against a positive target is a real (poor) result: floored by the score.
  CHECK(printed(capaian(indicator("10", "-1"), default_settings())) == "-10.00");
}

TEST_CASE("an object's place is a few bytes, told apart by its lists and indexes") {
  const Place deepest = top(List::kPrograms, 12)
                            .item(List::kActivities, 0)
                            .item(List::kSubActivities, 4294967295u)
                            .item(List::kIndicators, 7);
  CHECK(deepest.depth() == 4);
  CHECK(deepest.list_at(2) == List::kSubActivities);
  CHECK(deepest.index_at(2) == 4294967295u);
  CHECK(deepest == top(List::kPrograms, 12)
                       .item(List::kActivities, 0)
                       .item(List::kSubActivities, 4294967295u)
                       .item(List::kIndicators, 7));
  CHECK_FALSE(deepest == top(List::kPrograms, 12));
  CHECK_FALSE(top(List::kPrograms, 1) == top(List::kObjectives, 1));
  CHECK(top(List::kPrograms, 1) < top(List::kPrograms, 2));
  // No list of the model is deeper, and no file holds 2^32 items.
  CHECK_THROWS_AS(deepest.item(List::kIndicators, 0), std::length_error);
  CHECK_THROWS_AS(top(List::kPrograms, 4294967296u), std::length_error);
  CHECK(sizeof(Place) <= 24);
}

TEST_CASE("a given value's trace names its key; a default setting names none") {
  Indicator akip = indicator("73.75", "73.87");
  akip.source = top(List::kObjectives, 0).item(List::kIndicators, 0);
  const Term given_target =
      given(akip.target, Reason::kTargetMissing, "AKIP", Key{akip.source, Field::kTarget})
          .trace()
          ->terms.front();
  CHECK(given_target.source == Key{akip.source, Field::kTarget});
  CHECK_FALSE(given_target.by_default);
  CHECK_FALSE(given(akip.target, Reason::kTargetMissing, "AKIP", Key{akip.source, Field::kTarget},
                    Traces::kDrop)
                  .trace());

  // The score's floor and cap: a key when the file sets them, "by default" when it does not.
  Settings settings = default_settings();
  settings.score_cap_given = true;
  const Figure scored = score(capaian(akip, default_settings()), settings);  // holds the trace
  REQUIRE(scored.trace());
  const Trace& limited = *scored.trace();
  REQUIRE(limited.terms.size() == 3);
  CHECK_FALSE(limited.terms[1].source.has_value());
  CHECK(limited.terms[1].by_default);
  CHECK(limited.terms[2].source == Key{Place(), Field::kScoreCap});
  CHECK_FALSE(limited.terms[2].by_default);
}

TEST_CASE("an activity's row is evaluated when it is written, as evaluate() would") {
  Activity level;
  level.id = "P1.K1";
  level.budget.pagu = Amount{1000};
  level.budget.spending = Amount{900};
  const Place activity = top(List::kPrograms, 0).item(List::kActivities, 0);
  level.source = activity;
  const BudgetResult result = evaluate_budget(level, default_settings());
  CHECK(result.absorption.value() == Rational(90));
  CHECK(result.silpa.value() == 100);
  REQUIRE(result.pagu.trace());
  CHECK(result.pagu.trace()->terms.front().source == Key{activity, Field::kPagu});
  CHECK_FALSE(evaluate_budget(level, default_settings(), Traces::kDrop).absorption.trace());

  Indicator akip = indicator("73.75", "73.87");
  akip.source = activity.item(List::kIndicators, 0);
  const std::vector<Indicator> indicators = {akip};
  const Settings settings = default_settings();  // results point into both: they must live on
  const std::vector<IndicatorResult> rows = evaluate_indicators(indicators, settings);
  REQUIRE(rows.size() == 1);
  CHECK(printed(rows[0].capaian) == "100.16");
  CHECK(printed(rows[0].score) == "100.00");
  CHECK(rows[0].rating->label == "Baik");
}

namespace {

// Two objectives, each with a key indicator and a supporting program with its indicator; the
// first key indicator and the second program indicator give earlier years, regional figures and
// a Renstra end target.
PerformanceReport viewed_report() {
  PerformanceReport report;
  report.year = 2024;
  report.renstra_from = 2021;
  report.renstra_to = 2026;
  report.settings = default_settings();
  for (int i = 0; i < 2; ++i) {
    const std::string n = std::to_string(i + 1);
    Objective objective{"SS" + n,
                        top(List::kObjectives, i),
                        "Sasaran " + n,
                        Staff{exact(i == 0 ? "10" : "30"), exact(i == 0 ? "5" : "8")},
                        {indicator("80", i == 0 ? "72" : "84")}};
    objective.indicators[0].id = "IKU" + n;
    objective.indicators[0].source = objective.source.item(List::kIndicators, 0);
    Program program;
    program.id = "P" + n;
    program.source = top(List::kPrograms, i);
    program.objective_id = objective.id;
    program.budget.pagu = Amount{i == 0 ? 1000 : 3000};
    program.budget.spending = Amount{i == 0 ? 900 : 2400};
    program.staff = Staff{exact("4"), exact(i == 0 ? "4" : "1")};
    program.indicators = {indicator("50", "40")};
    program.indicators[0].id = "P" + n + ".I1";
    program.indicators[0].source = program.source.item(List::kIndicators, 0);
    report.objectives.push_back(std::move(objective));
    report.programs.push_back(std::move(program));
  }
  IndicatorDetails first =
      planned(RenstraTarget{exact("90"), false, {}}, {PastYear{2022, std::nullopt, exact("70")}});
  first.regional = RegionalFigures{exact("75"), std::nullopt, std::nullopt};
  give(report.objectives[0].indicators[0], first);
  IndicatorDetails second =
      planned(RenstraTarget{exact("60"), false, {}}, {PastYear{2023, std::nullopt, exact("30")}});
  second.regional = RegionalFigures{std::nullopt, exact("38"), std::nullopt};
  give(report.programs[1].indicators[0], second);
  return report;
}

}  // namespace

TEST_CASE("a table's view is asked of the engine from the results, by group of indicators") {
  const PerformanceReport report = viewed_report();
  const Results results = evaluate(report);

  // Staff totals sum the counts and compute availability from the sums: 13 / 40, 5 / 8.
  const StaffResult objectives = staff_total(results, IndicatorGroup::kKey);
  CHECK(printed(objectives.availability) == "32.50");
  CHECK(printed(staff_total(results, IndicatorGroup::kProgram).availability) == "62.50");
  // Key indicators' mean capaian (90 + 105) / 2 = 97.5 (score capped at 100: (90 + 100) / 2);
  // absorption 3300 / 4000 = 82.5.
  CHECK(printed(budget_efficiency(results, IndicatorGroup::kKey).gap_from_score) == "12.50");
  CHECK(printed(budget_efficiency(results, IndicatorGroup::kProgram).gap_from_raw) == "-2.50");

  // Trends: the key indicators first, then the programs', each over every year any gives.
  const std::vector<TrendResult> trends = evaluate_trends(report, results);
  REQUIRE(trends.size() == 2);
  CHECK(trends[0].indicator->id == "IKU1");
  CHECK(trends[1].indicator->id == "P2.I1");
  CHECK(trends[0].years == std::vector<int>{2022, 2023, 2024});
  CHECK(trends[0].actuals[1].why().reason == Reason::kNoData);      // IKU1 gives no 2023
  CHECK(printed(trends[1].changes[1]) == "10.00");                  // 40 - 30 from 2023 to 2024
  CHECK(trends[1].overall_change.why().reason == Reason::kNoData);  // P2.I1 gives no 2022

  const ProgressResults key = evaluate_progress(report, results, IndicatorGroup::kKey);
  REQUIRE(key.rows.size() == 1);
  CHECK(printed(key.rows[0].progress) == "80.00");  // 72 / 90
  CHECK(printed(key.mean) == "80.00");
  CHECK(printed(evaluate_progress(report, results, IndicatorGroup::kProgram).mean) == "66.67");

  const std::vector<RegionalResult> regional = evaluate_regional(results);
  REQUIRE(regional.size() == 2);
  CHECK(printed(regional[0].to_kabupaten) == "-3.00");  // 72 - 75
  CHECK(printed(regional[1].to_provinsi) == "2.00");    // 40 - 38

  // Facilities of a report without any: nothing to compute, and no table.
  CHECK(evaluate_facilities(report, results).items.empty());
}

TEST_CASE("a view follows the results' traces") {
  const PerformanceReport report = viewed_report();
  CHECK(evaluate_trends(report, evaluate(report))[1].changes[1].trace() != nullptr);
  const Results dropped = evaluate(report, Traces::kDrop);
  CHECK(evaluate_trends(report, dropped)[1].changes[1].trace() == nullptr);
  CHECK(staff_total(dropped, IndicatorGroup::kKey).availability.trace() == nullptr);
}

TEST_CASE("each reason has its own stable code, the same in every language") {
  std::set<std::string_view> codes;
  for (int r = 0; r <= static_cast<int>(lkjip::Reason::kNoRenstraPeriod); ++r) {
    const std::string_view code = lkjip::reason_code(static_cast<lkjip::Reason>(r));
    CHECK(code != "unknown");
    CHECK(code.find(' ') == std::string_view::npos);
    CHECK(codes.insert(code).second);  // no two reasons share one
  }
  CHECK(lkjip::reason_code(lkjip::Reason::kTargetZero) == "target-zero");
}
