#include <catch2/catch.hpp>
#include <memory>
#include <string>
#include <vector>

#include "check_support.h"
#include "lkjip/check.h"
#include "lkjip/loader.h"

using namespace lkjip;

namespace {

// Key indicators of capaian 110 and 90 (scores 100 and 90); P1 (two indicators) absorbs 900 of
// 1 000 and has 5 of 10 staff, P2 absorbs 100 of 100 with 4 of 4.
std::string report_printing(const std::string& printed) {
  return test_support::kContohHeader + R"(
  "objectives": [{"id": "SS1", "name": "Sasaran", "indicators": [
    {"id": "A", "name": "Nilai A", "unit": "nilai", "target": 100, "actual": 110},
    {"id": "B", "name": "Nilai B", "unit": "nilai", "target": 100, "actual": 90}]}],
  "programs": [
    {"id": "P1", "name": "Program Satu", "objective": "SS1",
     "budget": {"pagu": 1000, "spending": 900}, "staff": {"needed": 10, "available": 5},
     "indicators": [{"id": "P1.I1", "name": "Satu", "unit": "%", "target": 100, "actual": 80},
                    {"id": "P1.I2", "name": "Dua", "unit": "%", "target": 100, "actual": 100}]},
    {"id": "P2", "name": "Program Dua", "objective": "SS1",
     "budget": {"pagu": 100, "spending": 100}, "staff": {"needed": 4, "available": 4},
     "indicators": [{"id": "P2.I1", "name": "Tiga", "unit": "%", "target": 100, "actual": 100}]}],
  "printed": [)" +
         printed + R"(]
})";
}

std::vector<Finding> check(const std::string& printed) {
  return test_support::located_findings(report_printing(printed));
}

using test_support::with_code;

}  // namespace

TEST_CASE("a mean printed from uncapped capaian where the report caps is one method finding") {
  const std::vector<Finding> findings = check(R"(
    {"figure": "iku/mean/score", "value": 100.00, "where": "Tabel 3.1"},
    {"figure": "iku/mean/score", "value": 100, "where": "BAB IV"},
    {"figure": "iku/mean/capaian", "value": 100.00, "where": "Tabel 3.1"})");
  const auto methods = with_code(findings, FindingCode::kMethodUncappedMean);
  REQUIRE(methods.size() == 1);
  CHECK(methods[0].severity == Finding::Severity::kError);
  CHECK(methods[0].message ==
        "metode: 2 angka tercetak (iku/mean/score) dibuat dari capaian yang tidak dibatasi: "
        "laporan menghitung capaian di atas 100 sebagai 100 (settings.score_cap), tetapi "
        "rata-rata dan efisiensi ini memakai capaian mentah");
  const auto printed = with_code(findings, FindingCode::kPrintedMismatch);
  REQUIRE(printed.size() == 2);  // each figure is still wrong, and says which method gives it
  for (const Finding& finding : printed) {
    CHECK(finding.message.view().ends_with("; cocok dengan metode method-uncapped-mean"));
  }
}

TEST_CASE("a total absorption printed as the unweighted mean of its rows is a method finding") {
  // Weighted: 1 000 / 1 100 = 90,91. Rows once: (90 + 100) / 2 = 95,00; once per indicator:
  // (90 + 90 + 100) / 3 = 93,33, and the efficiency from it 93,33 - 93,33 = 0,00.
  SECTION("each row once") {
    const auto findings = check(R"({"figure": "efisiensi-program/total/absorption",
                                    "value": 95.00})");
    const auto methods = with_code(findings, FindingCode::kMethodUnweightedMean);
    REQUIRE(methods.size() == 1);
    CHECK(methods[0].message.view().find("(tiap baris sekali)") != std::string::npos);
  }
  SECTION("a program once per indicator, and the efficiency that follows") {
    const auto findings = check(R"({"figure": "efisiensi-program/total/absorption",
                                    "value": 93.33},
                                   {"figure": "efisiensi-program/total/efficiency",
                                    "value": 0.00})");
    const auto methods = with_code(findings, FindingCode::kMethodUnweightedMean);
    REQUIRE(methods.size() == 1);
    CHECK(methods[0].message.view().starts_with("metode: 2 angka tercetak"));
    CHECK(methods[0].message.view().find("sekali per indikator") != std::string::npos);
  }
}

TEST_CASE("an efficiency printed as the cap minus availability on a row is a method finding") {
  // P1: score 90, availability 50: 40 by the report's total formula, 100 - 50 = 50 printed.
  const auto findings = check(R"({"figure": "sdm-program/P1/efficiency", "value": 50.00},
                                 {"figure": "sdm-program/total/efficiency", "value": 29.04})");
  const auto methods = with_code(findings, FindingCode::kMethodEfficiencyFormula);
  REQUIRE(methods.size() == 1);
  CHECK(methods[0].message.view().starts_with(
      "metode: 1 angka tercetak (sdm-program/P1/efficiency) dihitung 100 − ketersediaan"));
}

TEST_CASE("a wrong figure no known method gives, and right figures, bring no method finding") {
  const auto findings = check(R"({"figure": "iku/B/capaian", "value": 91.00},
                                 {"figure": "iku/mean/score", "value": 95.00},
                                 {"figure": "efisiensi-program/total/absorption",
                                  "value": 90.91})");
  REQUIRE(findings.size() == 1);
  CHECK(findings[0].code == FindingCode::kPrintedMismatch);
  CHECK(findings[0].message.view().find("metode") == std::string::npos);
}

TEST_CASE("method findings speak English with --lang en") {
  std::shared_ptr<const SourceMap> sources;
  const PerformanceReport report = load_report_text(
      report_printing(R"({"figure": "iku/mean/score", "value": 100.00})"), "in.json", &sources);
  const std::vector<Finding> findings = check_report(report, *sources, Language::kEnglish);
  const auto methods = with_code(findings, FindingCode::kMethodUncappedMean);
  REQUIRE(methods.size() == 1);
  CHECK(methods[0].message.view().starts_with(
      "method: 1 printed figures (iku/mean/score) are made of uncapped capaian"));
}
