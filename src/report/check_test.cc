#include "lkjip/check.h"

#include <catch2/catch.hpp>
#include <memory>
#include <string>

#include "check_support.h"
#include "lkjip/loader.h"

using namespace lkjip;

namespace {

// A small report; `printed` is the body of its "printed" array, `program_extra` goes into P1.
std::string report_with(const std::string& printed, const std::string& budget = R"(
      "budget": {"pagu": 1000, "spending": 900})",
                        const std::string& activities = "[]") {
  return R"({
  "format": "lkjip/1",
  "unit": {"name": "Kecamatan Contoh", "region": "Kabupaten Contoh"},
  "year": 2024, "renstra_period": {"from": 2024, "to": 2026},
  "objectives": [{"id": "SS1", "name": "Sasaran", "indicators": [
    {"id": "A", "name": "Nilai AKIP", "unit": "nilai", "target": 73.75, "actual": 73.87},
    {"id": "B", "name": "Indeks", "unit": "indeks", "target": 8.4, "actual": 7.91}]}],
  "programs": [{"id": "P1", "name": "Program", "objective": "SS1",)" +
         budget + R"(,
      "indicators": [{"id": "P1.I1", "name": "Nilai AKIP", "unit": "nilai", "target": 73.75,
                      "actual": 73.87}],
      "activities": )" +
         activities + R"(}],
  "printed": [)" +
         printed + R"(]
})";
}

// The findings, located in the file as `lkjip check` locates them.
std::vector<Finding> check(const std::string& text, Language language = Language::kIndonesian) {
  return test_support::without_nothing_to_compare(test_support::located_findings(text, language));
}

}  // namespace

TEST_CASE("a printed figure that agrees at its printed precision is no finding") {
  CHECK(check(report_with(R"({"figure": "iku/A/capaian", "value": 100.16, "where": "Tabel 3.1"},
    {"figure": "iku/A/capaian", "value": 100.2},
    {"figure": "iku/B/capaian", "value": 94.17},
    {"figure": "iku/mean/score", "value": 97.09},
    {"figure": "anggaran/total/silpa", "value": 100},
    {"figure": "iku/B/rating", "value": "Baik"})"))
            .empty());
}

TEST_CASE("a printed figure that does not agree is an error with both values and the formula") {
  const std::vector<Finding> findings =
      check(report_with(R"({"figure": "iku/mean/score", "value": 97.17, "where": "Tabel 3.1"})"));
  // 97,17 is the mean of uncapped capaian: the method's finding comes first.
  REQUIRE(findings.size() == 2);
  CHECK(findings[0].code == FindingCode::kMethodUncappedMean);
  const Finding& finding = findings[1];
  CHECK(finding.severity == Finding::Severity::kError);
  CHECK(location_of(finding).path == "/printed/0");
  CHECK(comparison_of(finding).figure == "iku/mean/score");
  CHECK(comparison_of(finding).printed == "97,17");
  CHECK(comparison_of(finding).computed == "97,09");
  CHECK(comparison_of(finding).where == "Tabel 3.1");
  CHECK_THAT(comparison_of(finding).formula.str(),
             Catch::StartsWith("rata-rata = (v1 + … + vn) / n"));
  CHECK(finding.message ==
        "iku/mean/score: dicetak 97,17 (Tabel 3.1), dihitung 97,09; cocok dengan metode "
        "method-uncapped-mean");
}

TEST_CASE("precision comes from the printed text: 98,5 is checked at one decimal") {
  CHECK(check(report_with(R"({"figure": "iku/A/capaian", "value": 100.2})")).empty());
  const std::vector<Finding> wrong =
      check(report_with(R"({"figure": "iku/A/capaian", "value": 100.1})"));
  REQUIRE(wrong.size() == 1);
  CHECK(comparison_of(wrong[0]).computed == "100,2");
}

TEST_CASE("100 printed for 100,16 is right only where the report says values are capped") {
  const std::vector<Finding> uncapped =
      check(report_with(R"({"figure": "iku/A/capaian", "value": 100})"));
  REQUIRE(uncapped.size() == 1);
  CHECK_THAT(uncapped[0].message.str(), Catch::Contains("dihitung 100,16"));
  CHECK(check(report_with(R"({"figure": "iku/A/capaian", "value": 100, "capped": true})")).empty());
  CHECK(check(report_with(R"({"figure": "iku/A/score", "value": 100})")).empty());
}

TEST_CASE("a printed figure that cannot be computed is a warning saying why") {
  const std::vector<Finding> findings = check(
      report_with(R"({"figure": "anggaran/P1.K1/absorption", "value": 100})", R"(
      "budget": {"pagu": 1000, "spending": 900})",
                  R"([{"id": "P1.K1", "name": "K", "budget": {"spending": 900}, "indicators": [],
           "sub_activities": []}])"));
  REQUIRE(findings.size() == 1);
  CHECK(findings[0].severity == Finding::Severity::kWarning);
  CHECK_THAT(findings[0].message.str(),
             Catch::EndsWith("tidak dapat dihitung: pagu tidak dicantumkan"));
}

TEST_CASE("a printed rating or predicate is compared as text") {
  const std::vector<Finding> findings =
      check(report_with(R"({"figure": "iku/B/rating", "value": "Istimewa"})"));
  REQUIRE(findings.size() == 1);
  CHECK(comparison_of(findings[0]).computed == "Baik");
}

TEST_CASE("an unknown figure name or a value of the wrong kind cannot be checked") {
  const std::vector<Finding> unknown =
      check(report_with(R"({"figure": "iku/A/capain", "value": 1})"));
  REQUIRE(unknown.size() == 1);
  CHECK(unknown[0].severity == Finding::Severity::kInputError);
  CHECK(location_of(unknown[0]).path == "/printed/0/figure");
  const std::vector<Finding> kind = check(report_with(R"({"figure": "iku/A/rating", "value": 1})"));
  REQUIRE(kind.size() == 1);
  CHECK(kind[0].severity == Finding::Severity::kInputError);
  CHECK(kind[0].message == "angka \"iku/A/rating\" berupa teks, bukan bilangan");
  CHECK(check(report_with(R"({"figure": "iku/A/rating", "value": 1})"), Language::kEnglish)[0]
            .message == "figure \"iku/A/rating\" is a text, not a number");
}

TEST_CASE("children's spending must add up to the parent's where both are given") {
  const std::vector<Finding> findings = check(report_with("", R"(
      "budget": {"pagu": 1000, "spending": 900})",
                                                          R"([
        {"id": "P1.K1", "name": "K", "budget": {"spending": 600}, "indicators": [],
         "sub_activities": [
           {"id": "P1.K1.S1", "name": "S", "budget": {"spending": 250}, "indicators": []},
           {"id": "P1.K1.S2", "name": "S", "budget": {"spending": 300}, "indicators": []}]},
        {"id": "P1.K2", "name": "K", "budget": {"spending": 250}, "indicators": [],
         "sub_activities": []}])"));
  REQUIRE(findings.size() == 2);
  CHECK(location_of(findings[0]).path == "/programs/0/budget/spending");
  CHECK(findings[0].message ==
        "P1: realisasi anggaran 900, tetapi 2 kegiatan-nya berjumlah 850 (selisih 50)");
  CHECK(location_of(findings[1]).path == "/programs/0/activities/0/budget/spending");
  CHECK_THAT(findings[1].message.str(), Catch::Contains("berjumlah 550 (selisih 50)"));
  // A finding about the data compares no printed figure: it holds no comparison (a large
  // report's tens of thousands of such findings carry 8 bytes for it, not 80).
  CHECK_FALSE(findings[0].comparison.has_value());
  CHECK(comparison_of(findings[0]).where.empty());
}

TEST_CASE("a finding holds a location only once located: none while the findings are made") {
  std::shared_ptr<const SourceMap> sources;
  const PerformanceReport report = load_report_text(report_with("", R"(
      "budget": {"pagu": 1000, "spending": 900})",
                                                                R"([
        {"id": "P1.K1", "name": "K", "budget": {"spending": 600}, "indicators": [],
         "sub_activities": []}])"),
                                                    "in.json", &sources);
  std::vector<Finding> findings = check_report(report, *sources);
  REQUIRE(findings.size() == 2);  // and nothing-to-compare, about the report as a whole
  REQUIRE(findings[0].code == FindingCode::kPartsSum);
  CHECK_FALSE(findings[0].location.has_value());  // 8 bytes of each finding while check runs
  CHECK(location_of(findings[0]).path.empty());
  locate_findings(findings, *sources);
  CHECK(location_of(findings[0]).path == "/programs/0/budget/spending");
  CHECK(location_of(findings[0]).position.line > 0);
}

TEST_CASE("a part without spending is no inconsistency: nothing to add up") {
  CHECK(check(report_with("", R"(
      "budget": {"pagu": 1000, "spending": 900})",
                          R"([{"id": "P1.K1", "name": "K", "indicators": [],
                               "sub_activities": []}])"))
            .empty());
}

TEST_CASE("spending above pagu is a warning") {
  const std::vector<Finding> findings = check(report_with("", R"(
      "budget": {"pagu": 1000, "spending": 1200})"));
  REQUIRE(findings.size() == 1);
  CHECK(findings[0].severity == Finding::Severity::kWarning);
  CHECK(findings[0].message == "P1: realisasi anggaran 1.200 melebihi pagu 1.000");
}

TEST_CASE("the same indicator given different figures in two places is a warning") {
  std::string text = report_with("");
  const std::string program_actual = R"("target": 73.75,
                      "actual": 73.87)";
  text.replace(text.find(program_actual), program_actual.size(),
               R"("target": 73.75, "actual": 73.89)");
  const std::vector<Finding> findings = check(text);
  REQUIRE(findings.size() == 1);
  CHECK(findings[0].severity == Finding::Severity::kWarning);
  CHECK(location_of(findings[0]).path == "/programs/0/indicators/0");
  CHECK(findings[0].message ==
        "P1.I1: indikator yang sama dengan A (\"Nilai AKIP\") diberi realisasi berbeda");
}

TEST_CASE(
    "indicators are the same when name and unit read the same, whatever the spacing and case") {
  std::string text = report_with("", R"(
      "budget": {"pagu": 1000, "spending": 900})",
                                 R"([{"id": "P1.K1", "name": "K", "indicators": [
      {"id": "K.I1", "name": "  nilai   AKIP ", "unit": "NILAI", "target": 73.75, "actual": 70},
      {"id": "K.I2", "name": "Nilai AKIP|nilai", "unit": "nilai", "target": 1, "actual": 1},
      {"id": "K.I3", "name": "Nilai AKIP", "unit": "nilai|nilai", "target": 2, "actual": 2},
      {"id": "K.I4", "name": "NILAI  akip", "unit": "nilai", "target": 73.70, "actual": 73.87}],
      "sub_activities": []}])");
  const std::vector<Finding> findings = check(text);
  // K.I2 and K.I3 are other indicators ("|" is part of a name, not a separator); K.I1 and K.I4
  // are compared with the first one in the file, A, not with each other.
  REQUIRE(findings.size() == 2);
  CHECK(location_of(findings[0]).path == "/programs/0/activities/0/indicators/0");
  CHECK(findings[0].message ==
        "K.I1: indikator yang sama dengan A (\"  nilai   AKIP \") diberi realisasi berbeda");
  CHECK(location_of(findings[1]).path == "/programs/0/activities/0/indicators/3");
  CHECK(findings[1].message ==
        "K.I4: indikator yang sama dengan A (\"NILAI  akip\") diberi target berbeda");
}

TEST_CASE("a name is not the same as its own prefix or as a name that only adds spaces inside") {
  std::string text = report_with("", R"(
      "budget": {"pagu": 1000, "spending": 900})",
                                 R"([{"id": "P1.K1", "name": "K", "indicators": [
      {"id": "K.I1", "name": "Nilai AKI", "unit": "nilai", "target": 1, "actual": 1},
      {"id": "K.I2", "name": "Nilai AK IP", "unit": "nilai", "target": 1, "actual": 1},
      {"id": "K.I3", "name": "Nilai AKIP ", "unit": "nilai ", "target": 73.75, "actual": 73.87}],
      "sub_activities": []}])");
  CHECK(check(text).empty());
}

TEST_CASE("a stated SAKIP total or predicate that the components do not give is an error") {
  std::string text = report_with("");
  text.replace(text.find(R"("printed": [)"), 12, R"("sakip_evaluation": {"components": [
      {"name": "Perencanaan", "weight": 30, "score": 24.50},
      {"name": "Pelaporan", "weight": 70, "score": 49.35}],
      "stated_total": 73.25, "stated_predicate": "A"},
  "printed": [)");
  const std::vector<Finding> findings = check(text);
  REQUIRE(findings.size() == 2);
  CHECK(findings[0].message == "sakip/total/score: total tertulis 73,25, jumlah komponen 73,85");
  CHECK(findings[1].message ==
        "sakip/total/predicate: predikat tertulis A, menurut jumlah komponen BB");
}

TEST_CASE("a percentage printed at the cap is only suspicious when the figure is above it") {
  // 1000.04 of 1000 is 100,004 %: printed 100,00 it is right, at any precision.
  std::string text = report_with(R"({"figure": "iku/A/capaian", "value": 100.00})");
  text.replace(text.find(R"("target": 73.75, "actual": 73.87},)"), 34,
               R"("target": 1000, "actual": 1000.04},)");
  for (const Finding& finding : check(text)) {
    CHECK(comparison_of(finding).figure !=
          "iku/A/capaian");  // (the only other finding: A and P1.I1 differ)
  }
  // A sum of money printed as 100 is compared like any figure, never called capped.
  const std::vector<Finding> money = check(report_with(R"({"figure": "anggaran/total/silpa",
    "value": 100})",
                                                       R"(
      "budget": {"pagu": 1100, "spending": 1000})"));
  CHECK(money.empty());
}

TEST_CASE("parts whose spending overflows cannot add up to the whole") {
  const std::vector<Finding> findings = check(report_with("", R"(
      "budget": {"pagu": 1000, "spending": 10})",
                                                          R"([
        {"id": "P1.K1", "name": "K", "budget": {"spending": 9000000000000000000},
         "indicators": [], "sub_activities": []},
        {"id": "P1.K2", "name": "K", "budget": {"spending": 9000000000000000000},
         "indicators": [], "sub_activities": []}])"));
  REQUIRE_FALSE(findings.empty());
  CHECK(findings[0].severity == Finding::Severity::kError);
  CHECK_THAT(findings[0].message.str(), Catch::Contains("melebihi batas yang didukung"));
}

TEST_CASE("an index given both as a value and by components must agree") {
  std::string text = report_with("");
  const std::string key = R"("target": 8.4, "actual": 7.91})";
  text.replace(text.find(key), key.size(), R"("target": 8.4, "actual": 7.91,
      "components": [{"name": "IKM", "weight": 1.25, "value": 3.2},
                     {"name": "IPP", "weight": 1, "value": 3.90}]})");
  const std::vector<Finding> findings = check(text);
  REQUIRE(findings.size() == 1);
  CHECK(findings[0].message == "B: realisasi tertulis 7,91, komponennya memberi 7,90");
}

TEST_CASE("a rate or a figure through the year given also as a value must agree with it") {
  std::string text = report_with("");
  const std::string key = R"("target": 8.4, "actual": 7.91})";
  text.replace(text.find(key), key.size(), R"("target": 200, "actual": 186.91,
      "ratio": {"numerator": 10, "denominator": 5350, "per": 100000}})");
  std::vector<Finding> findings = check(text);
  REQUIRE(findings.size() == 1);
  CHECK(findings[0].message ==
        "B: realisasi tertulis 186,91, pembilang dan penyebutnya memberi 186,92");
  CHECK(comparison_of(findings[0]).formula == "rasio = a / b × k");

  text = report_with("");
  text.replace(text.find(key), key.size(), R"("target": 8.4, "actual": 7.9,
      "period_rule": "last", "periods": [{"period": "q1", "actual": 7.5},
                                         {"period": "q2", "actual": 7.8}]})");
  findings = check(text);
  REQUIRE(findings.size() == 1);
  CHECK(findings[0].message == "B: realisasi tertulis 7,9, periodenya memberi 7,8");
}

TEST_CASE("a budget's periods add up to its year's spending") {
  std::string text = report_with("");
  const std::string key = R"("budget": {"pagu": 1000, "spending": 900})";
  REQUIRE(text.find(key) != std::string::npos);
  text.replace(text.find(key), key.size(), R"("budget": {"pagu": 1000, "spending": 900,
      "periods": [{"period": "q1", "spending": 200}, {"period": "q2", "spending": 200},
                  {"period": "q3", "spending": 200}, {"period": "q4", "spending": 200}]})");
  const std::vector<Finding> findings = check(text);
  REQUIRE(findings.size() == 1);
  CHECK(findings[0].message ==
        "P1: realisasi anggaran 900, tetapi 4 periodenya berjumlah 800 (selisih 100)");
}

TEST_CASE("SAKIP weights that do not add up to 100 are a warning") {
  std::string text = report_with("");
  text.replace(text.find(R"("printed": [)"), 12, R"("sakip_evaluation": {"components": [
      {"name": "Perencanaan", "weight": 30, "score": 24.50},
      {"name": "Pelaporan", "weight": 60, "score": 49.35}]},
  "printed": [)");
  const std::vector<Finding> findings = check(text);
  REQUIRE(findings.size() == 1);
  CHECK(findings[0].severity == Finding::Severity::kWarning);
  CHECK(findings[0].message == "sakip/total/weight: bobot komponen berjumlah 90,00, bukan 100");
}

#include <fstream>
#include <iterator>

TEST_CASE(
    "the data findings are the same whether the report states printed figures, claims and "
    "scales or not") {
  std::ifstream in(LKJIP_SEED_DATA);
  const std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  std::shared_ptr<const SourceMap> sources;
  PerformanceReport report = load_report_text(text, "2024.json", &sources);
  const std::vector<Finding> all = check_report(report, *sources);
  std::vector<const Finding*> about_data;
  for (const Finding& finding : all) {
    if (finding.code == FindingCode::kCorrection) continue;  // a suggestion about printed figures
    const bool about_report = finding.key.object.depth() > 0 &&
                              (finding.key.object.list_at(0) == Place::List::kPrinted ||
                               finding.key.object.list_at(0) == Place::List::kClaims ||
                               finding.key.object.list_at(0) == Place::List::kStatedScales);
    if (!about_report) {
      about_data.push_back(&finding);
    }
  }
  report.printed.clear();
  report.claims.clear();
  report.stated_scales.clear();
  std::vector<Finding> data_only = check_report(report, *sources);
  // Without printed figures, the report also says there was nothing to compare, first.
  REQUIRE(data_only.size() == about_data.size() + 1);
  CHECK(data_only[about_data.size()].code == FindingCode::kNothingToCompare);
  data_only.pop_back();
  REQUIRE(about_data.size() >= 2);  // the seed's data inconsistencies
  REQUIRE(data_only.size() == about_data.size());
  for (std::size_t i = 0; i < data_only.size(); ++i) {
    CHECK(data_only[i].key == about_data[i]->key);
    CHECK(data_only[i].message == about_data[i]->message);
    CHECK(data_only[i].severity == about_data[i]->severity);
  }
}

namespace {

// A report whose key indicators give Renstra figures: `renstra_a`, `renstra_b` are the members
// of A's and B's renstra objects (B is lower-is-better).
std::string renstra_report(const std::string& a_target, const std::string& renstra_a,
                           const std::string& renstra_b) {
  return R"({
  "format": "lkjip/1",
  "unit": {"name": "Kecamatan Contoh", "region": "Kabupaten Contoh"},
  "year": 2024, "renstra_period": {"from": 2024, "to": 2026},
  "objectives": [{"id": "SS1", "name": "Sasaran", "indicators": [
    {"id": "A", "name": "Nilai AKIP", "unit": "nilai", "target": )" +
         a_target + R"(, "actual": 73.87,
     "renstra": {)" +
         renstra_a + R"(}},
    {"id": "B", "name": "Angka aduan", "unit": "kasus", "polarity": "lower_is_better",
     "target": 10, "actual": 8, "renstra": {)" +
         renstra_b + R"(}}]}]
})";
}

std::vector<std::string> messages(const std::vector<Finding>& findings) {
  std::vector<std::string> out;
  for (const Finding& finding : findings) {
    CHECK(finding.severity == Finding::Severity::kWarning);
    out.push_back(finding.message.str());
  }
  return out;
}

}  // namespace

TEST_CASE("the agreement's target of the year against the Renstra target of the year") {
  const std::string years =
      R"("end_target": 75, "targets": [{"year": 2024, "target": 73.75}, {"year": 2025, "target": 74.50}])";
  const std::string lower = R"("end_target": 5, "targets": [{"year": 2024, "target": 10}])";
  CHECK(check(renstra_report("73.75", years, lower)).empty());
  // 73,750 is 73,75: values are compared, not their decimals.
  CHECK(check(renstra_report("73.750", years, lower)).empty());
  const std::vector<Finding> findings = check(renstra_report("73.50", years, lower));
  CHECK(
      messages(findings) ==
      std::vector<std::string>{
          "A: target perjanjian kinerja 2024 73,50 berbeda dari target Renstra tahun 2024 73,75"});
  REQUIRE(findings.size() == 1);
  CHECK(location_of(findings[0]).path == "/objectives/0/indicators/0/target");
}

TEST_CASE("an end target short of the year's targets, in the indicator's direction") {
  // Higher is better: an end target below the agreement's target and a plan year's target.
  const std::string low_end =
      R"("end_target": 6.8, "targets": [{"year": 2024, "target": 8.4}, {"year": 2025, "target": 6.8}])";
  // Lower is better: an end target above the agreement's target (10) and a plan year's (9).
  const std::string high_end =
      R"("end_target": 12, "targets": [{"year": 2024, "target": 10}, {"year": 2025, "target": 9}, {"year": 2026, "target": 12}])";
  const std::vector<Finding> findings = check(renstra_report("8.4", low_end, high_end));
  CHECK(messages(findings) ==
        std::vector<std::string>{
            "A: target akhir Renstra 6,8 di bawah target perjanjian kinerja 2024 8,4 (semakin "
            "tinggi semakin baik)",
            "A: target akhir Renstra 6,8 di bawah target Renstra tahun 2024 8,4 (semakin tinggi "
            "semakin baik)",
            "B: target akhir Renstra 12 di atas target perjanjian kinerja 2024 10 (semakin rendah "
            "semakin baik)",
            "B: target akhir Renstra 12 di atas target Renstra tahun 2024 10 (semakin rendah "
            "semakin baik)",
            "B: target akhir Renstra 12 di atas target Renstra tahun 2025 9 (semakin rendah "
            "semakin baik)"});
  REQUIRE(findings.size() == 5);
  CHECK(location_of(findings[0]).path == "/objectives/0/indicators/0/renstra/end_target");
  // An end target beyond every year's, or equal to them, is no finding.
  CHECK(check(renstra_report("8.4", R"("end_target": 8.4)", R"("end_target": 5)")).empty());
}

TEST_CASE("the check counts the printed figures it compared: agreeing, differing, uncomputable") {
  std::shared_ptr<const SourceMap> sources;
  const PerformanceReport report =
      load_report_text(report_with(R"({"figure": "iku/A/capaian", "value": 100.16},
    {"figure": "iku/B/capaian", "value": 95},
    {"figure": "iku/B/capaian", "value": 94.17, "where": "Tabel 3.1"})"),
                       "in.json", &sources);
  CheckCounts counts;
  const std::vector<Finding> findings =
      check_report(report, *sources, Language::kIndonesian, &counts);
  CHECK(counts.printed == 3);
  CHECK(counts.agreeing == 2);
  CHECK(counts.differing == 1);
  CHECK(counts.uncomputable == 0);
  REQUIRE(findings.size() == 1);
  CHECK(findings[0].code == FindingCode::kPrintedMismatch);
  CHECK(std::string(finding_code_name(findings[0].code)) == "printed-mismatch");
}

TEST_CASE("a report with nothing to compare says so in a warning, not a silent clean check") {
  std::shared_ptr<const SourceMap> sources;
  const PerformanceReport report = load_report_text(report_with(""), "in.json", &sources);
  CheckCounts counts;
  const std::vector<Finding> findings = check_report(report, *sources, Language::kEnglish, &counts);
  REQUIRE(findings.size() == 1);
  CHECK(findings[0].code == FindingCode::kNothingToCompare);
  CHECK(findings[0].severity == Finding::Severity::kWarning);
  CHECK(findings[0].message.view().starts_with("no printed figure (\"printed\") and no claim"));
  CHECK(counts.printed == 0);
}

TEST_CASE("printed figures' findings come grouped by place, in the report's order") {
  const std::vector<Finding> findings = check(report_with(R"(
    {"figure": "iku/B/capaian", "value": 90, "where": "BAB IV"},
    {"figure": "iku/B/capaian", "value": 91, "where": "Tabel 3.10"},
    {"figure": "iku/B/capaian", "value": 92, "where": "teks setelah Tabel 3.1"},
    {"figure": "iku/B/capaian", "value": 93, "where": "Tabel 3.1"},
    {"figure": "iku/B/capaian", "value": 95, "where": "Tabel 3.10"},
    {"figure": "iku/B/capaian", "value": 96, "where": "§1.6 teks"})"));
  std::vector<std::string> order;
  for (const Finding& finding : findings)
    order.push_back(comparison_of(finding).where + " " + comparison_of(finding).printed);
  CHECK(order == std::vector<std::string>{"§1.6 teks 96", "Tabel 3.1 93",
                                          "teks setelah Tabel 3.1 92", "Tabel 3.10 91",
                                          "Tabel 3.10 95", "BAB IV 90"});
}

TEST_CASE("the report's order of places: chapter, section, after a table, no number last") {
  CHECK(report_order("Tabel 2.1", "Tabel 3.1"));
  CHECK(report_order("Tabel 3.2", "Tabel 3.10"));  // numbers, not text
  CHECK(report_order("Tabel 3.4", "teks setelah Tabel 3.4"));
  CHECK(report_order("teks setelah Tabel 3.4", "Tabel 3.6"));
  CHECK(report_order("Tabel 3.19", "BAB IV §4.1 teks"));
  CHECK(report_order("BAB III", "BAB IV"));
  CHECK(report_order("BAB IV", "lampiran"));
  CHECK_FALSE(report_order("Tabel 3.1", "Tabel 3.1"));
  CHECK_FALSE(report_order("lampiran", "sampul"));  // neither has a place: as given
}
