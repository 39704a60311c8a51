#include <catch2/catch.hpp>
#include <string>

#include "check_support.h"
#include "lkjip/check.h"
#include "lkjip/error.h"
#include "lkjip/loader.h"

using namespace lkjip;
using test_support::with_code;

namespace {

// One key indicator with `actual` against a target of 100, and the scales `bands` (each the
// "bands" of a scale printed in BAB III).
std::string scale_report(const std::string& bands, const std::string& actual = "100") {
  return test_support::kContohHeader + R"(
  "objectives": [
    {"id": "SS1", "name": "Sasaran 1", "indicators": [
      {"id": "K1", "name": "Nilai", "unit": "nilai", "target": 100, "actual": )" +
         actual + R"(}]}],
  "stated_rating_scales": [
    {"where": "BAB III", "of": "capaian", "bands": )" +
         bands + R"(}]
})";
}

// BAB III of the seed, as printed.
const std::string kSeedBands = R"x([
      {"label": "Istimewa (Sangat Berhasil)", "min": 110, "max": 120},
      {"label": "Baik ( Berhasil)", "min": 90, "max": 110},
      {"label": "Butuh Perbaikan (Cukup)", "min": 70, "max": 80},
      {"label": "Kurang", "min": 50, "max": 70},
      {"label": "Sangat Kurang", "min": 0, "max": 50}])x";

// The seed's scale with its defects mended: 0 in the lowest band, 80-90 in a band, no band
// above the cap.
const std::string kWholeBands = R"([
      {"label": "Baik", "min": 90, "max": 100},
      {"label": "Cukup", "min": 70, "max": 90},
      {"label": "Kurang", "min": 50, "max": 70},
      {"label": "Sangat Kurang", "min": 0, "max": 50, "include_min": true}])";

std::vector<Finding> check(const std::string& text, Language language = Language::kIndonesian) {
  return test_support::located_findings(text, language);
}

// The findings about the scale's own defects (gaps, overlaps, bands out of reach): not how it
// rates the report's scores.
std::vector<Finding> scale_findings(const std::vector<Finding>& findings) {
  std::vector<Finding> out;
  for (const Finding& finding : findings) {
    if (finding.code >= FindingCode::kScaleGap && finding.code <= FindingCode::kScaleUnreachable)
      out.push_back(finding);
  }
  return out;
}

}  // namespace

TEST_CASE("a whole printed scale has no finding, and it is something to compare", "[scales]") {
  const std::vector<Finding> findings = check(scale_report(kWholeBands));
  CHECK(findings.empty());
}

TEST_CASE("the seed's printed scale: two gaps and a band beyond the cap", "[scales]") {
  const std::vector<Finding> findings = scale_findings(check(scale_report(kSeedBands)));
  REQUIRE(findings.size() == 3);
  const std::vector<Finding> gaps = with_code(findings, FindingCode::kScaleGap);
  REQUIRE(gaps.size() == 2);
  CHECK(gaps[0].severity == Finding::Severity::kError);
  CHECK(comparison_of(gaps[0]).where == "BAB III");
  CHECK(location_of(gaps[0]).path == "/stated_rating_scales/0/bands/4");
  CHECK(gaps[0].message ==
        "skala predikat capaian: nilai 0 tidak masuk pita mana pun, padahal setiap nilai dari 0 "
        "sampai 100 dinilai (di bawah pita \"Sangat Kurang\" (0; 50])");
  CHECK(location_of(gaps[1]).path == "/stated_rating_scales/0/bands/1");
  CHECK(gaps[1].message ==
        "skala predikat capaian: nilai (80; 90] tidak masuk pita mana pun, padahal setiap nilai "
        "dari 0 sampai 100 dinilai (di antara pita \"Butuh Perbaikan (Cukup)\" (70; 80] dan "
        "\"Baik ( Berhasil)\" (90; 110])");
  const std::vector<Finding> unreachable = with_code(findings, FindingCode::kScaleUnreachable);
  REQUIRE(unreachable.size() == 1);
  CHECK(unreachable[0].severity == Finding::Severity::kWarning);
  CHECK(location_of(unreachable[0]).path == "/stated_rating_scales/0/bands/0");
  CHECK(unreachable[0].message ==
        "skala predikat capaian: pita \"Istimewa (Sangat Berhasil)\" (110; 120] tidak pernah "
        "tercapai, karena nilai dibatasi dari 0 sampai 100");
  // The same in English.
  const std::vector<Finding> english =
      with_code(check(scale_report(kSeedBands), Language::kEnglish), FindingCode::kScaleGap);
  REQUIRE(english.size() == 2);
  CHECK(english[1].message ==
        "rating scale of achievement: no band holds (80; 90], though every value from 0 to 100 is "
        "rated (between the bands \"Butuh Perbaikan (Cukup)\" (70; 80] and \"Baik ( "
        "Berhasil)\" (90; 110])");
}

TEST_CASE("a cap of 120 makes the top band reachable and leaves no value above it", "[scales]") {
  std::string text = scale_report(kSeedBands);
  text.replace(text.find("\"year\": 2024,"), 13,
               R"("year": 2024, "settings": {"score_cap": 120, "rating_scale": [
    {"label": "Semua", "min": 0, "max": 120, "include_min": true}]},)");
  const std::vector<Finding> findings = scale_findings(check(text));
  CHECK(with_code(findings, FindingCode::kScaleUnreachable).empty());
  const std::vector<Finding> gaps = with_code(findings, FindingCode::kScaleGap);
  REQUIRE(gaps.size() == 2);
  CHECK(gaps[1].message.view().find("dari 0 sampai 120") != std::string::npos);
}

TEST_CASE("values in two bands: one overlap naming both, touching bounds held twice", "[scales]") {
  const std::vector<Finding> findings = scale_findings(check(scale_report(R"([
      {"label": "Rendah", "min": 0, "max": 60, "include_min": true},
      {"label": "Tinggi", "min": 60, "max": 100, "include_min": true}])")));
  REQUIRE(findings.size() == 1);
  CHECK(findings[0].code == FindingCode::kScaleOverlap);
  CHECK(findings[0].severity == Finding::Severity::kError);
  CHECK(location_of(findings[0]).path == "/stated_rating_scales/0/bands/1");
  CHECK(findings[0].message ==
        "skala predikat capaian: nilai 60 masuk 2 pita sekaligus: \"Rendah\" [0; 60], \"Tinggi\" "
        "[60; 100]");
}

TEST_CASE("a band of one point is whole when it holds its point, empty when not", "[scales]") {
  const std::string point = R"([
      {"label": "Nol", "min": 0, "max": 0, "include_min": true},
      {"label": "Ada", "min": 0, "max": 100}])";
  CHECK(scale_findings(check(scale_report(point))).empty());
  const std::string empty = R"([
      {"label": "Nol", "min": 0, "max": 0},
      {"label": "Ada", "min": 0, "max": 100, "include_min": true}])";
  const std::vector<Finding> findings = scale_findings(check(scale_report(empty)));
  REQUIRE(findings.size() == 1);
  CHECK(findings[0].code == FindingCode::kScaleUnreachable);
  CHECK(findings[0].message == "skala predikat capaian: pita \"Nol\" 0 tidak memuat nilai apa pun");
}

TEST_CASE("a computed score the printed scale rates otherwise than lkjip's: said once",
          "[scales]") {
  // 85 is in the seed's gap; lkjip's default scale rates it "Butuh Perbaikan (Cukup)".
  const std::vector<Finding> findings =
      with_code(check(scale_report(kSeedBands, "85")), FindingCode::kScaleRatingDiffers);
  REQUIRE(findings.size() == 1);
  CHECK(findings[0].severity == Finding::Severity::kWarning);
  CHECK(location_of(findings[0]).path == "/stated_rating_scales/0/bands");
  CHECK(findings[0].message ==
        "skala predikat capaian menilai 1 nilai yang dihitung berbeda dari skala lkjip "
        "(settings.rating_scale): K1 85,00: tanpa pita, menurut lkjip \"Butuh Perbaikan "
        "(Cukup)\"");
  // "Baik ( Berhasil)" and lkjip's "Baik" are one rating: 95 is rated alike.
  CHECK(with_code(check(scale_report(kSeedBands, "95")), FindingCode::kScaleRatingDiffers).empty());
  // "Sangat Kurang" and "Kurang" are two.
  const std::string other = R"([
      {"label": "Kurang", "min": 0, "max": 60, "include_min": true},
      {"label": "Baik", "min": 60, "max": 100}])";
  CHECK(with_code(check(scale_report(other, "40")), FindingCode::kScaleRatingDiffers).size() == 1);
}

TEST_CASE("a printed scale is read with its defects, a band upside down is an input error",
          "[scales]") {
  std::shared_ptr<const SourceMap> sources;
  const PerformanceReport report = load_report_text(scale_report(kSeedBands), "in.json", &sources);
  REQUIRE(report.stated_scales.size() == 1);
  CHECK(report.stated_scales[0].where == "BAB III");
  CHECK(report.stated_scales[0].bands.size() == 5);
  CHECK_FALSE(report.stated_scales[0].bands[4].include_min);
  try {
    load_report_text(scale_report(R"([{"label": "Baik", "min": 90, "max": 80}])"), "in.json",
                     &sources);
    FAIL("no input error");
  } catch (const InputError& error) {
    CHECK(error.json_path() == "/stated_rating_scales/0/bands/0");
    CHECK(error.message().english ==
          "a band's min must not be above its max, found 90 above 80: swap them");
  }
  CHECK_THROWS_AS(load_report_text(scale_report("[]"), "in.json", &sources), InputError);
}
