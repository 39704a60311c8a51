#include "json_writer.h"

#include <catch2/catch.hpp>
#include <fstream>
#include <iterator>
#include <memory>
#include <string>

#include "lkjip/check.h"
#include "lkjip/engine.h"
#include "lkjip/format.h"
#include "lkjip/loader.h"
#include "lkjip/report.h"

using namespace lkjip;

namespace {

std::string file_text(const std::string& path) {
  std::ifstream in(path);
  return std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
}

// Every table of the report, with every figure exact, as `compute -O json` prints them.
std::string computed(const PerformanceReport& report) {
  const Results results = evaluate(report, Traces::kDrop);
  return format_json(build_document(report, results));
}

std::string findings(const PerformanceReport& report, const SourceMap& sources) {
  std::string out;
  for (const Finding& finding : check_report(report, sources))
    out += sources.name(finding.key) + ": " + finding.message + "\n";
  return out;
}

}  // namespace

TEST_CASE("the seed written as JSON reads back as the same report") {
  std::shared_ptr<const SourceMap> original_sources;
  const PerformanceReport original =
      load_report_text(file_text(LKJIP_SEED_DATA), "2024.json", &original_sources);
  const std::string written = write_report_json(original);
  std::shared_ptr<const SourceMap> sources;
  const PerformanceReport read = load_report_text(written, "written.json", &sources);
  // Written again, the same text: nothing was lost or added on the way.
  CHECK(write_report_json(read) == written);
  // The same figures in every table, and the same findings at the same places.
  CHECK(computed(read) == computed(original));
  CHECK(findings(read, *sources) == findings(original, *original_sources));
  CHECK(read.printed.size() == original.printed.size());
  CHECK(read.printed[1].note == original.printed[1].note);
  CHECK_FALSE(read.printed[1].note.empty());
}

TEST_CASE("what a file leaves out stays left out, what it states stays stated") {
  const std::string text = R"({
  "format": "lkjip/1",
  "unit": {"name": "U", "region": "R"},
  "year": 2024,
  "renstra_period": {"from": 2024, "to": 2026},
  "settings": {"score_cap": 120},
  "objectives": [{"id": "SS1", "name": "S", "indicators": [
    {"id": "I1", "name": "N", "unit": "%", "target": 8.40, "actual": null,
     "polarity": "lower_is_better", "method": "target_over_actual"}]}],
  "programs": [{"id": "P1", "name": "P", "objective": "SS1", "budget": {"pagu": 10, "spending": null},
    "indicators": [], "activities": [{"id": "K1", "name": "K", "indicators": [],
      "sub_activities": []}]}],
  "sakip_evaluation": {"components": [{"name": "A", "weight": 30, "score": 24.5}],
    "predicate_scale": [{"label": "X", "min": 0, "max": 100, "include_min": true}]}
})";
  const PerformanceReport report = load_report_text(text, "in.json");
  const std::string written = write_report_json(report);
  CHECK_THAT(written, Catch::Contains(R"("target": 8.40)"));
  CHECK_THAT(written, Catch::Contains(R"("actual": null)"));
  CHECK_THAT(written, Catch::Contains(R"("budget": {"pagu": 10, "spending": null})"));
  CHECK_THAT(written, Catch::Contains(R"("score_cap": 120)"));
  CHECK_THAT(written, Catch::Contains(R"("method": "target_over_actual")"));
  CHECK_THAT(written, Catch::Contains(R"("predicate_scale": [)"));
  CHECK(written.find("score_floor") == std::string::npos);
  CHECK(written.find("rating_scale") == std::string::npos);
  CHECK(written.find("\"budget\": {}") == std::string::npos);  // the activity states none
  const PerformanceReport read = load_report_text(written, "written.json");
  CHECK(read.settings.score_cap_given);
  CHECK_FALSE(read.settings.score_floor_given);
  CHECK(read.sakip->predicate_scale_given);
  CHECK(read.objectives[0].indicators[0].target->decimals == 2);
  CHECK(write_report_json(read) == written);
}

TEST_CASE("a printed figure's stated precision is written as \"decimals\", which no tool drops") {
  const std::string text = R"({
  "format": "lkjip/1",
  "unit": {"name": "U", "region": "R"},
  "year": 2024,
  "objectives": [],
  "programs": [],
  "printed": [{"figure": "iku/mean/score", "value": "95,30", "where": "Tabel 3.1"},
              {"figure": "anggaran/total/pagu", "value": "Rp 2.696.606.251"},
              {"figure": "iku/mean/capaian", "value": 95.3, "decimals": 2},
              {"figure": "iku/AKIP/capaian", "value": 100.16},
              {"figure": "iku/mean/rating", "value": "Baik"}]
})";
  const PerformanceReport report = load_report_text(text, "in.json");
  const std::string written = write_report_json(report);
  // The text's precision is stated beside the number; a number alone stays as written.
  CHECK_THAT(written, Catch::Contains(R"({"figure": "iku/mean/score", "value": 95.30, )"
                                      R"("decimals": 2, "where": "Tabel 3.1"})"));
  CHECK_THAT(written, Catch::Contains(R"({"figure": "anggaran/total/pagu", )"
                                      R"("value": 2696606251, "decimals": 0})"));
  CHECK_THAT(written, Catch::Contains(R"({"figure": "iku/mean/capaian", "value": 95.30, )"
                                      R"("decimals": 2})"));
  CHECK_THAT(written, Catch::Contains(R"({"figure": "iku/AKIP/capaian", "value": 100.16})"));
  CHECK_THAT(written, Catch::Contains(R"({"figure": "iku/mean/rating", "value": "Baik"})"));
  CHECK(write_report_json(load_report_text(written, "written.json")) == written);
  // A tool that rewrites 95.30 as 95.3 (jq, Python's json) changes nothing that is checked.
  std::string rewritten = written;
  for (std::string::size_type at; (at = rewritten.find("95.30")) != std::string::npos;)
    rewritten.replace(at, 5, "95.3");
  const PerformanceReport read = load_report_text(rewritten, "rewritten.json");
  CHECK(read.printed[0].number->value == *Rational::parse_decimal("95.3"));
  CHECK(read.printed[0].number->decimals == 2);
  CHECK(read.printed[2].number->decimals == 2);
  CHECK(write_report_json(read) == written);
}
