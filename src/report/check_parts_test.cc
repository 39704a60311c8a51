// A printed total or mean against the parts printed beside it (check_parts.cc), and an aggregate
// the data file states over printed figures.
#include <catch2/catch.hpp>
#include <memory>
#include <string>

#include "check_support.h"
#include "lkjip/check.h"
#include "lkjip/loader.h"

using namespace lkjip;

namespace {

// Two key indicators: capaian 100,16 (73,87 of 73,75) and 94,17 (7,91 of 8,4); their mean of
// raw capaian (100,16 + 94,17) / 2 = 97,165 -> 97,17. `printed`: the body of "printed".
std::string report_with(const std::string& printed) {
  return test_support::kContohHeader + R"(
  "objectives": [{"id": "SS1", "name": "Sasaran", "indicators": [
    {"id": "A", "name": "Nilai AKIP", "unit": "nilai", "target": 73.75, "actual": 73.87},
    {"id": "B", "name": "Indeks", "unit": "indeks", "target": 8.4, "actual": 7.91}]}],
  "printed": [)" +
         printed + R"(]
})";
}

std::vector<Finding> check(const std::string& text, Language language = Language::kIndonesian) {
  return test_support::located_findings(text, language);
}

using test_support::with_code;

InputError load_error(const std::string& text) {
  try {
    load_report_text(text, "in.json");
  } catch (const InputError& error) {
    return error;
  }
  FAIL("expected an InputError");
  throw;
}

}  // namespace

TEST_CASE("a mean whose printed parts give it at its precision is no finding", "[parts]") {
  CHECK(check(report_with(R"({"figure": "iku/A/capaian", "value": 100.16, "where": "Tabel 3.1"},
    {"figure": "iku/B/capaian", "value": 94.17, "where": "Tabel 3.1"},
    {"figure": "iku/mean/capaian", "value": 97.17, "where": "Tabel 3.1"})"))
            .empty());
}

TEST_CASE("a mean cut off from its printed parts is found, and so is the computed figure",
          "[parts]") {
  const std::vector<Finding> findings =
      check(report_with(R"({"figure": "iku/A/capaian", "value": 100.16, "where": "Tabel 3.1"},
    {"figure": "iku/B/capaian", "value": 94.17, "where": "Tabel 3.1"},
    {"figure": "iku/mean/capaian", "value": 97.16, "where": "Tabel 3.1"})"));
  REQUIRE(findings.size() == 2);
  const std::vector<Finding> parts = with_code(findings, FindingCode::kSumOfParts);
  REQUIRE(parts.size() == 1);
  const Finding& finding = parts[0];
  CHECK(finding.severity == Finding::Severity::kError);
  CHECK(location_of(finding).path == "/printed/2");
  CHECK(comparison_of(finding).figure == "iku/mean/capaian");
  CHECK(comparison_of(finding).printed == "97,16");
  CHECK(comparison_of(finding).computed == "97,17");
  CHECK(comparison_of(finding).where == "Tabel 3.1");
  CHECK_THAT(comparison_of(finding).formula.str(),
             Catch::StartsWith("rata-rata = (v1 + … + vn) / n"));
  CHECK(finding.message ==
        "iku/mean/capaian: dicetak 97,16 (Tabel 3.1), tetapi 2 bagiannya yang dicetak di sana "
        "memberi 97,165: dibulatkan ke bawah (dipotong), seharusnya 97,17; dihitung dari data "
        "97,17, seperti bagiannya: angka yang dicetak ini yang keliru");
  CHECK(with_code(findings, FindingCode::kPrintedMismatch).size() == 1);
  CHECK(finding_code_name(FindingCode::kSumOfParts) == std::string("sum-of-parts"));
}

TEST_CASE("a total checked in English names the slip in English", "[parts]") {
  std::shared_ptr<const SourceMap> sources;
  const PerformanceReport report = load_report_text(
      report_with(R"({"figure": "iku/A/capaian", "value": 100.16, "where": "Tabel 3.1"},
    {"figure": "iku/B/capaian", "value": 94.17, "where": "Tabel 3.1"},
    {"figure": "iku/mean/capaian", "value": 97.16, "where": "Tabel 3.1"})"),
      "in.json", &sources);
  const std::vector<Finding> parts =
      with_code(check_report(report, *sources, Language::kEnglish), FindingCode::kSumOfParts);
  REQUIRE(parts.size() == 1);
  CHECK(parts[0].message ==
        "iku/mean/capaian: printed 97,16 (Tabel 3.1), but its 2 parts printed there give 97,165: "
        "rounded down (truncated) instead of rounded, should be 97,17; computed from the data "
        "97,17, as its parts give: this printed figure is wrong");
}

TEST_CASE("a mean whose parts are printed elsewhere is compared only with the computed one",
          "[parts]") {
  const std::vector<Finding> findings =
      check(report_with(R"({"figure": "iku/A/capaian", "value": 100.16, "where": "Tabel 3.1"},
    {"figure": "iku/B/capaian", "value": 94.17, "where": "Tabel 3.12"},
    {"figure": "iku/mean/capaian", "value": 97.16, "where": "Tabel 3.1"})"));
  REQUIRE(findings.size() == 1);
  CHECK(findings[0].code == FindingCode::kPrintedMismatch);
}

TEST_CASE("a right total over a wrong printed part says the part is wrong", "[parts]") {
  const std::vector<Finding> findings =
      check(report_with(R"({"figure": "iku/A/capaian", "value": 100.26, "where": "Tabel 3.1"},
    {"figure": "iku/B/capaian", "value": 94.17, "where": "Tabel 3.1"},
    {"figure": "iku/mean/capaian", "value": 97.17, "where": "Tabel 3.1"})"));
  const std::vector<Finding> parts = with_code(findings, FindingCode::kSumOfParts);
  REQUIRE(parts.size() == 1);
  // (100,26 + 94,17) / 2 = 97,215 -> 97,22: printed 5 hundredths below.
  CHECK(parts[0].message ==
        "iku/mean/capaian: dicetak 97,17 (Tabel 3.1), tetapi 2 bagiannya yang dicetak di sana "
        "memberi 97,215: selisih -0,05; dihitung dari data juga 97,17: bagian yang dicetak yang "
        "keliru");
  // The part itself against its computed figure.
  const std::vector<Finding> mismatch = with_code(findings, FindingCode::kPrintedMismatch);
  REQUIRE(mismatch.size() == 1);
  CHECK(comparison_of(mismatch[0]).figure == "iku/A/capaian");
}

TEST_CASE("an aggregate the file states is checked against its printed and computed parts",
          "[parts]") {
  // 100,16 + 94,17 = 194,33.
  const std::string parts = R"({"figure": "iku/A/capaian", "value": 100.16, "where": "T"},
    {"figure": "iku/B/capaian", "value": 94.17, "where": "T"},)";
  CHECK(check(report_with(parts + R"({"aggregate": "sum", "of": ["iku/A/capaian",
    "iku/B/capaian"], "label": "Jumlah", "value": 194.33, "where": "T"})"))
            .empty());
  // A pattern: every row of the column but the mean.
  CHECK(check(report_with(parts + R"({"aggregate": "sum", "of": "iku/*/capaian",
    "value": 194.33, "where": "T"})"))
            .empty());
  CHECK(check(report_with(parts + R"({"aggregate": "mean", "of": "iku/*/capaian",
    "value": 97.17, "where": "T"})"))
            .empty());

  // 149,33: the second and third digits swapped.
  const std::vector<Finding> swapped = check(report_with(parts + R"({"aggregate": "sum",
    "of": "iku/*/capaian", "label": "Jumlah", "value": 149.33, "where": "T"})"));
  // One finding: it names the computed value too.
  REQUIRE(swapped.size() == 1);
  const std::vector<Finding> by_parts = with_code(swapped, FindingCode::kSumOfParts);
  REQUIRE(by_parts.size() == 1);
  CHECK(comparison_of(by_parts[0]).figure == "sum(iku/*/capaian)");
  CHECK(location_of(by_parts[0]).path == "/printed/2");
  CHECK(by_parts[0].message ==
        "Jumlah = sum(iku/*/capaian): dicetak 149,33 (T), tetapi 2 bagiannya yang dicetak di "
        "sana memberi 194,33: dua angka bersebelahan tertukar: angka ke-2 dan ke-3 dari kiri "
        "tertulis 49, seharusnya 94 (194,33); dihitung dari data 194,33, seperti bagiannya: "
        "angka yang dicetak ini yang keliru");

  // Its parts printed elsewhere: against the computed parts alone.
  const std::vector<Finding> computed = check(report_with(R"({"figure": "iku/A/capaian",
    "value": 100.16, "where": "T"}, {"aggregate": "sum", "of": "iku/*/capaian",
    "label": "Jumlah", "value": 149.33, "where": "T"})"));
  REQUIRE(computed.size() == 1);
  CHECK(computed[0].code == FindingCode::kPrintedMismatch);
  CHECK(computed[0].message == "Jumlah = sum(iku/*/capaian): dicetak 149,33 (T), dihitung 194,33");
}

TEST_CASE("a part counted twice in a stated sum is named", "[parts]") {
  // 100,16 + 94,17 + 94,17 = 288,50.
  const std::vector<Finding> findings =
      check(report_with(R"({"figure": "iku/A/capaian", "value": 100.16, "where": "T"},
    {"figure": "iku/B/capaian", "value": 94.17, "where": "T"},
    {"aggregate": "sum", "of": ["iku/A/capaian", "iku/B/capaian"], "value": 288.50,
     "where": "T"})"));
  const std::vector<Finding> parts = with_code(findings, FindingCode::kSumOfParts);
  REQUIRE(parts.size() == 1);
  CHECK_THAT(parts[0].message.str(),
             Catch::Contains("satu bagian dihitung dua kali: iku/B/capaian (94,17)"));
}

TEST_CASE("a stated aggregate's parts that name no figure are input errors", "[parts]") {
  const std::string report =
      report_with(R"({"aggregate": "sum", "of": ["iku/A/capaian", "iku/C/capaian"],
    "value": 1, "where": "T"}, {"aggregate": "mean", "of": "iku/*/capain", "value": 1})");
  const std::vector<Finding> findings = check(report);
  REQUIRE(findings.size() == 2);
  CHECK(findings[0].severity == Finding::Severity::kInputError);
  CHECK(location_of(findings[0]).path == "/printed/0/of");
  CHECK(findings[0].message ==
        "tidak ada angka bernama \"iku/C/capaian\"; maksud Anda \"iku/A/capaian\"?");
  CHECK(findings[1].severity == Finding::Severity::kInputError);
  CHECK_THAT(findings[1].message.str(),
             Catch::StartsWith("\"iku/*/capain\" tidak cocok dengan angka mana pun"));

  const std::vector<Finding> english = check(report, Language::kEnglish);
  REQUIRE(english.size() == 2);
  CHECK(english[0].message == "no figure named \"iku/C/capaian\"; did you mean \"iku/A/capaian\"?");
  CHECK_THAT(english[1].message.str(), Catch::StartsWith("\"iku/*/capain\" matches no figure"));
}

TEST_CASE("an aggregate entry is refused without its parts or beside a figure", "[parts]") {
  const InputError empty = load_error(report_with(R"({"aggregate": "sum", "of": [], "value": 1})"));
  CHECK(empty.json_path() == "/printed/0/of");
  CHECK_THAT(empty.message().english,
             Catch::StartsWith("expected the figures the printed sum is made of"));

  const InputError both = load_error(report_with(
      R"({"figure": "iku/A/capaian", "aggregate": "sum", "of": ["iku/A/capaian"], "value": 1})"));
  CHECK(both.json_path() == "/printed/0/figure");

  const InputError neither = load_error(report_with(R"({"value": 1})"));
  CHECK(neither.json_path() == "/printed/0/figure");

  const InputError repeated = load_error(report_with(
      R"({"aggregate": "mean", "of": ["iku/A/capaian", "iku/A/capaian"], "value": 1})"));
  CHECK_THAT(repeated.message().english, Catch::Contains("repeats entry 1"));

  const InputError shape =
      load_error(report_with(R"({"aggregate": "mean", "of": ["iku/A"], "value": 1})"));
  CHECK_THAT(shape.message().english, Catch::Contains("is not a figure name"));

  const InputError kind =
      load_error(report_with(R"({"aggregate": "median", "of": ["iku/A/capaian"], "value": 1})"));
  CHECK(kind.json_path() == "/printed/0/aggregate");
}
