// A figure printed beside the inputs it is made of, against those inputs as printed there
// (check_rows.cc): the place that contradicts itself.
#include <catch2/catch.hpp>
#include <string>

#include "check_support.h"
#include "lkjip/check.h"

using namespace lkjip;

namespace {

// A key indicator of target 87,05 and actual 79,21 (capaian 90,99), and a program of pagu
// 1.000.000 and spending 900.000 (absorption 90). `printed`: the body of "printed".
std::string report_with(const std::string& printed) {
  return test_support::kContohHeader + R"(
  "objectives": [{"id": "SS1", "name": "Sasaran", "indicators": [
    {"id": "A", "name": "Nilai Paten", "unit": "nilai", "target": 87.05, "actual": 79.21}]}],
  "programs": [{"id": "P1", "name": "Program", "objective": "SS1",
    "budget": {"pagu": 1000000, "spending": 900000}}],
  "printed": [)" +
         printed + R"(]
})";
}

using test_support::with_code;

std::vector<Finding> rows(const std::string& printed, Language language = Language::kIndonesian) {
  return with_code(test_support::located_findings(report_with(printed), language),
                   FindingCode::kRowArithmetic);
}

}  // namespace

TEST_CASE("a row whose printed inputs do not give its printed capaian contradicts itself",
          "[rows]") {
  // Tabel 3.17 of the seed: 87,06 and 97,21 printed beside a capaian of 90,99 (the data's).
  const std::string printed =
      R"({"figure": "iku/A/target", "value": "87,06", "where": "Tabel 3.17"},
    {"figure": "iku/A/actual", "value": "97,21", "where": "Tabel 3.17"},
    {"figure": "iku/A/capaian", "value": "90,99", "where": "Tabel 3.17"})";
  const std::vector<Finding> all = test_support::located_findings(report_with(printed));
  CHECK(with_code(all, FindingCode::kPrintedMismatch).size() == 2);  // the target, the actual
  const std::vector<Finding> found = with_code(all, FindingCode::kRowArithmetic);
  REQUIRE(found.size() == 1);
  const Finding& finding = found[0];
  CHECK(finding.severity == Finding::Severity::kError);
  CHECK(location_of(finding).path == "/printed/2");
  CHECK(comparison_of(finding).figure == "iku/A/capaian");
  CHECK(comparison_of(finding).where == "Tabel 3.17");
  CHECK(comparison_of(finding).printed == "90,99");
  CHECK(comparison_of(finding).computed == "111,66");  // 97,21 / 87,06 x 100 = 111,658...
  CHECK(finding.message ==
        "iku/A/capaian: dicetak 90,99 (Tabel 3.17), tetapi angka yang dicetak di tempat yang sama "
        "(iku/A/target 87,06, iku/A/actual 97,21) memberi 111,66: tempat itu bertentangan dengan "
        "dirinya sendiri");
  CHECK(finding_code_name(FindingCode::kRowArithmetic) == std::string("row-arithmetic"));
}

TEST_CASE("a row read with the data's value of an input it does not print", "[rows]") {
  // Tabel 3.13 of the seed: the target printed 87,06, the actual not printed (the data's 79,21):
  // 79,21 / 87,06 = 90,98, printed 90,99 (only 87,05 gives it).
  const std::vector<Finding> found =
      rows(R"({"figure": "iku/A/target", "value": "87,06", "where": "Tabel 3.13"},
    {"figure": "iku/A/capaian", "value": "90,99", "where": "Tabel 3.13"})");
  REQUIRE(found.size() == 1);
  CHECK(comparison_of(found[0]).computed == "90,98");
  CHECK(found[0].message.view().find("(iku/A/target 87,06)") != std::string::npos);
}

TEST_CASE(
    "a row that follows from its printed inputs is no row finding, even where they differ "
    "from the data",
    "[rows]") {
  // 79,21 / 87,06 = 90,98: the row agrees with itself; the target and the capaian differ from
  // the data's (printed-mismatch), which is another finding.
  CHECK(rows(R"({"figure": "iku/A/target", "value": "87,06", "where": "Tabel 3.13"},
    {"figure": "iku/A/capaian", "value": "90,98", "where": "Tabel 3.13"})")
            .empty());
}

TEST_CASE("an input printed at another place does not make a row", "[rows]") {
  CHECK(rows(R"({"figure": "iku/A/target", "value": "87,06", "where": "Tabel 3.13"},
    {"figure": "iku/A/capaian", "value": "90,99", "where": "Tabel 3.3"})")
            .empty());
}

TEST_CASE("an input a place prints twice with different values is not read there", "[rows]") {
  CHECK(rows(R"({"figure": "iku/A/target", "value": "87,06", "where": "Tabel 3.13"},
    {"figure": "iku/A/target", "value": "87,07", "where": "Tabel 3.13"},
    {"figure": "iku/A/capaian", "value": "90,99", "where": "Tabel 3.13"})")
            .empty());
}

TEST_CASE("a budget row: absorption against the pagu and spending printed beside it", "[rows]") {
  // Printed pagu 1.200.000 beside the data's spending 900.000: 75 %, printed 90.
  const std::vector<Finding> found =
      rows(R"({"figure": "anggaran/P1/pagu", "value": "1.200.000", "where": "Tabel 3.11"},
    {"figure": "anggaran/P1/absorption", "value": "90,00", "where": "Tabel 3.11"})",
           Language::kEnglish);
  REQUIRE(found.size() == 1);
  CHECK(comparison_of(found[0]).computed == "75,00");
  CHECK(found[0].message ==
        "anggaran/P1/absorption: printed 90,00 (Tabel 3.11), but the figures printed at the same "
        "place (anggaran/P1/pagu 1.200.000) give 75,00: the place contradicts itself");
}

TEST_CASE("a percentage printed at the cap over a row value above it is the cap's question",
          "[rows]") {
  // 97,21 / 87,05 = 111,67, printed 100: printed-capped says it, not the row.
  CHECK(rows(R"({"figure": "iku/A/actual", "value": "97,21", "where": "Tabel 3.17"},
    {"figure": "iku/A/capaian", "value": "100", "where": "Tabel 3.17"})")
            .empty());
}
