#include <catch2/catch.hpp>
#include <memory>
#include <string>
#include <vector>

#include "check_support.h"
#include "lkjip/check.h"
#include "lkjip/loader.h"

using namespace lkjip;

namespace {

// The seed's SAKIP components (24,50 + 18,14 + 11,96 + 19,25 = 73,85) and a program whose
// indicator's target is printed again.
std::string report_printing(const std::string& printed) {
  return test_support::kContohHeader + R"(
  "programs": [{"id": "P1", "name": "Program", "budget": {"pagu": 1000, "spending": 900},
    "indicators": [{"id": "P1.I1", "name": "Dokumen", "unit": "dokumen", "target": 6,
                    "actual": 4}]}],
  "sakip_evaluation": {"components": [
    {"name": "Perencanaan", "weight": 30, "score": 24.50},
    {"name": "Pengukuran", "weight": 30, "score": 18.14},
    {"name": "Pelaporan", "weight": 15, "score": 11.96},
    {"name": "Evaluasi", "weight": 25, "score": 19.25}]},
  "printed": [)" +
         printed + R"(]
})";
}

std::vector<Finding> check(const std::string& printed) {
  return test_support::located_findings(report_printing(printed));
}

// The parts' percentages as the report prints them, all right.
const std::string kPercents = R"(
    {"figure": "sakip/C1/percent", "value": 81.67}, {"figure": "sakip/C2/percent", "value": 60.47},
    {"figure": "sakip/C4/percent", "value": 77.00})";

}  // namespace

TEST_CASE("one component printed otherwise explains a total and a percentage: the correction") {
  // 11,98 instead of 11,96 gives both 79,87 (11,98 / 15) and 73,87: the issue's example.
  const std::vector<Finding> findings = check(kPercents + R"(,
    {"figure": "sakip/C3/percent", "value": 79.87, "where": "§3.3"},
    {"figure": "sakip/total/score", "value": 73.87, "where": "§1.6"},
    {"figure": "sakip/total/score", "value": 73.87, "where": "§3.3"})");
  REQUIRE(findings.size() == 4);
  const Finding& correction = findings[0];  // first, before what it explains
  CHECK(correction.code == FindingCode::kCorrection);
  CHECK(correction.severity == Finding::Severity::kNote);
  CHECK(location_of(correction).path == "/sakip_evaluation/components/2/score");
  CHECK(comparison_of(correction).printed == "11,96");
  CHECK(comparison_of(correction).computed == "11,98");
  CHECK(correction.message ==
        "koreksi: satu nilai menjelaskan 3 temuan: 11,96 → 11,98 membuat sesuai "
        "sakip/total/score (§1.6), sakip/C3/percent (§3.3), sakip/total/score (§3.3)");
  for (std::size_t i = 1; i < findings.size(); ++i)
    CHECK(findings[i].code == FindingCode::kPrintedMismatch);
}

TEST_CASE("a correction that would break a figure printed right is no correction") {
  // 73,87 alone: moving any component by 0,02 makes the totals agree, but each component's own
  // printed percentage then differs.
  const std::vector<Finding> findings = check(kPercents + R"(,
    {"figure": "sakip/C3/percent", "value": 79.73},
    {"figure": "sakip/total/score", "value": 73.87, "where": "§1.6"},
    {"figure": "sakip/total/score", "value": 73.87, "where": "§3.3"})");
  REQUIRE(findings.size() == 2);
  for (const Finding& finding : findings)
    CHECK(finding.code == FindingCode::kPrintedMismatch);
}

TEST_CASE("an input printed otherwise in two places suggests the printed value") {
  // The target printed 4 twice, and the capaian 100 that 4 of 4 gives: one value, 6 → 4.
  const std::vector<Finding> findings = check(R"(
    {"figure": "pengukuran/P1.I1/target", "value": 4, "where": "Tabel 3.3"},
    {"figure": "pengukuran/P1.I1/capaian", "value": 100, "where": "Tabel 3.3"},
    {"figure": "pengukuran/P1.I1/capaian", "value": 100, "where": "Tabel 3.10"})");
  REQUIRE(findings.size() == 4);
  CHECK(findings[0].code == FindingCode::kCorrection);
  CHECK(location_of(findings[0]).path == "/programs/0/indicators/0/target");
  CHECK(comparison_of(findings[0]).printed == "6");
  CHECK(comparison_of(findings[0]).computed == "4");
}

TEST_CASE("a single wrong figure is its own finding, not a correction") {
  const std::vector<Finding> findings =
      check(R"({"figure": "pengukuran/P1.I1/target", "value": 4, "where": "Tabel 3.3"})");
  REQUIRE(findings.size() == 1);
  CHECK(findings[0].code == FindingCode::kPrintedMismatch);
}
