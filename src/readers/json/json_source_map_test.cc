#include "json_source_map.h"

#include <catch2/catch.hpp>
#include <fstream>
#include <iterator>
#include <memory>
#include <nlohmann/json.hpp>
#include <string>

#include "lkjip/loader.h"

using namespace lkjip;

namespace {

using List = Place::List;

Place top(List list, std::size_t index) {
  return Place().item(list, index);
}

std::string seed_text() {
  std::ifstream in(LKJIP_SEED_DATA);
  return std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
}

}  // namespace

TEST_CASE("an object's place is spelled as the JSON Pointer of the lkjip/1 format") {
  CHECK(json_pointer(Place()).empty());
  CHECK(json_pointer(top(List::kObjectives, 3)) == "/objectives/3");
  CHECK(json_pointer(top(List::kFacilities, 30)) == "/facilities/30");
  CHECK(json_pointer(top(List::kSakipComponents, 2)) == "/sakip_evaluation/components/2");
  CHECK(json_pointer(top(List::kPrinted, 165)) == "/printed/165");
  const Place deepest = top(List::kPrograms, 12)
                            .item(List::kActivities, 0)
                            .item(List::kSubActivities, 4294967295u)
                            .item(List::kIndicators, 7);
  CHECK(json_pointer(deepest) ==
        "/programs/12/activities/0/sub_activities/4294967295/indicators/7");
}

TEST_CASE("a key is spelled from its object, its field and its item") {
  const Place indicator = top(List::kObjectives, 0).item(List::kIndicators, 1);
  CHECK(json_pointer(Key{top(List::kPrograms, 2), Field::kPagu}) == "/programs/2/budget/pagu");
  CHECK(json_pointer(Key{indicator, Field::kPastActual, 3}) ==
        "/objectives/0/indicators/1/history/3/actual");
  CHECK(json_pointer(Key{indicator, Field::kComponentWeight, 0}) ==
        "/objectives/0/indicators/1/components/0/weight");
  CHECK(json_pointer(Key{indicator, Field::kComponent, 1}) ==
        "/objectives/0/indicators/1/components/1");
  CHECK(json_pointer(Key{indicator, Field::kRenstraEndTarget}) ==
        "/objectives/0/indicators/1/renstra/end_target");
  CHECK(json_pointer(Key{indicator}) == "/objectives/0/indicators/1");
  CHECK(json_pointer(Key{Place(), Field::kStatedTotal}) == "/sakip_evaluation/stated_total");
  CHECK(json_pointer(Key{Place(), Field::kScoreCap}) == "/settings/score_cap");
  CHECK(json_pointer(Key{Place(), Field::kRatingBand, 1}) == "/settings/rating_scale/1");
  CHECK(json_pointer(Key{Place(), Field::kPredicateBand, 0}) ==
        "/sakip_evaluation/predicate_scale/0");
  CHECK(json_pointer(Key{top(List::kPrinted, 4), Field::kFigure}) == "/printed/4/figure");
}

TEST_CASE("every value of the seed named by the source map is that value in the file") {
  const std::string text = seed_text();
  std::shared_ptr<const SourceMap> sources;
  const PerformanceReport report = load_report_text(text, "2024.json", &sources);
  REQUIRE(sources);
  const nlohmann::json json = nlohmann::json::parse(text);
  auto at = [&](const Key& key) -> const nlohmann::json& {
    return json.at(nlohmann::json::json_pointer(sources->name(key)));
  };
  std::size_t checked = 0;
  for (const Program& program : report.programs) {
    CHECK(at(Key{program.source, Field::kObjective}) == program.objective_id.str());
    CHECK(at(Key{program.source, Field::kPagu}).get<long long>() == program.budget.pagu->value);
    for (const Indicator& indicator : program.indicators) {
      CHECK(at(Key{indicator.source, Field::kUnit}) == indicator.unit.str());
      const auto& history = details_of(indicator).history;
      for (std::uint32_t i = 0; i < history.size(); ++i) {
        CHECK(at(Key{indicator.source, Field::kPastYearYear, i}).get<int>() == history[i].year);
        ++checked;
      }
    }
  }
  for (std::uint32_t i = 0; i < report.printed.size(); ++i) {
    const PrintedFigure& printed = report.printed[i];
    if (is_printed_words(printed)) {  // a name, a unit or a fact: whose, and the words
      if (!printed.name_of.empty()) {
        CHECK(at(Key{printed.source, Field::kNameOf}) == printed.name_of);
      } else if (!printed.unit_of.empty()) {
        CHECK(at(Key{printed.source, Field::kUnitOf}) == printed.unit_of);
      } else {
        CHECK(at(Key{printed.source, Field::kFact}) == printed.fact);
      }
      CHECK(at(Key{printed.source, Field::kPrintedValue}) == printed.text);
    } else if (printed.aggregate == AggregateKind::kNone) {
      CHECK(at(Key{printed.source, Field::kFigure}) == printed.figure);
    } else {  // a total stated over printed figures: its label and its figures
      CHECK(at(Key{printed.source, Field::kAggregateLabel}) == printed.label);
      const nlohmann::json of = at(Key{printed.source, Field::kAggregateOf});
      CHECK((of.is_string() ? of.get<std::string>() : of.at(0).get<std::string>()) ==
            printed.of.front());
    }
  }
  REQUIRE(report.sakip);
  CHECK(at(Key{Place(), Field::kStatedPredicate}) == *report.sakip->stated_predicate);
  CHECK(checked > 0);
}

TEST_CASE("the source map locates keys at their line and column, with the file and pointer") {
  std::shared_ptr<const SourceMap> sources;
  load_report_text(R"({"format": "lkjip/1",
  "unit": {"name": "U", "region": "R"}, "year": 2024,
  "renstra_period": {"from": 2024, "to": 2026},
  "objectives": [{"id": "SS1", "name": "S",
    "indicators": [{"id": "I1", "name": "N", "unit": "%", "target": 10, "actual": 9}]}],
  "programs": []})",
                   "small.json", &sources);
  const Place indicator = top(List::kObjectives, 0).item(List::kIndicators, 0);
  const std::vector<Location> found =
      sources->locate({Key{indicator, Field::kActual}, Key{indicator, Field::kNote}});
  REQUIRE(found.size() == 2);
  CHECK(found[0].file == "small.json");
  CHECK(found[0].position.line == 5);
  CHECK(found[0].position.column == 83);
  CHECK(found[0].path == "/objectives/0/indicators/0/actual");
  // A value the file lacks is placed at the nearest value that holds it: the indicator.
  CHECK(found[1].position.line == 5);
  CHECK(found[1].position.column == 20);
  CHECK(found[1].path == "/objectives/0/indicators/0/note");
}

TEST_CASE("a JSON Pointer of the format is read back into the key it spells") {
  const Place indicator = top(List::kPrograms, 3)
                              .item(List::kActivities, 1)
                              .item(List::kSubActivities, 0)
                              .item(List::kIndicators, 2);
  for (int f = 0; f <= static_cast<int>(Field::kLastField); ++f) {
    const auto field = static_cast<Field>(f);
    const std::uint32_t item = is_item_field(field) ? 4 : 0;
    for (const Place& place : {Place(), top(List::kPrinted, 7), indicator}) {
      const Key key{place, field, item};
      // The root's own fields spelled on an object are no pointer of the format: skip those.
      if (place.depth() > 0 && json_pointer(key).rfind(json_pointer(place), 0) != 0) continue;
      INFO(json_pointer(key));
      const Key read = key_of_pointer(json_pointer(key));
      CHECK(json_pointer(read) == json_pointer(key));
    }
  }
  // An unknown field is its object's.
  CHECK(key_of_pointer("/programs/3/targte") == Key{top(List::kPrograms, 3)});
  CHECK(key_of_pointer("/objectives/0/indicators/1/history/2/year") ==
        Key{top(List::kObjectives, 0).item(List::kIndicators, 1), Field::kPastYearYear, 2});
  CHECK(key_of_pointer("") == Key{});
}
