#include "json_fields.h"

#include <catch2/catch.hpp>
#include <set>

#include "json_source_map.h"
#include "lkjip/error.h"
#include "lkjip/fields.h"
#include "lkjip/loader.h"

using namespace lkjip;

namespace {

constexpr json::Object kObjects[] = {
    json::Object::kRoot,           json::Object::kUnit,     json::Object::kPeriod,
    json::Object::kSettings,       json::Object::kBand,     json::Object::kObjective,
    json::Object::kProgram,        json::Object::kActivity, json::Object::kSubActivity,
    json::Object::kBudget,         json::Object::kStaff,    json::Object::kIndicator,
    json::Object::kComponent,      json::Object::kPastYear, json::Object::kRenstra,
    json::Object::kRegional,       json::Object::kFacility, json::Object::kSakip,
    json::Object::kSakipComponent, json::Object::kPrinted};

}  // namespace

TEST_CASE("every value of the model is a member of the lkjip/1 format, with one pointer") {
  std::set<Field> spelled;
  for (json::Object object : kObjects) {
    std::set<std::string_view> keys;
    for (const json::Member& member : json::members(object)) {
      CHECK(keys.insert(member.key).second);  // a key once per object
      spelled.insert(member.field);
    }
  }
  for (int f = 0; f <= static_cast<int>(Field::kPredicateBand); ++f) {
    const auto field = static_cast<Field>(f);
    if (!is_value_field(field)) continue;
    INFO("field " << f);
    CHECK(spelled.count(field) == 1);
    CHECK_FALSE(json::field_path(field).before_item.empty());
  }
}

TEST_CASE("the default lower-is-better method may be named in JSON, and is read as the default") {
  const std::string text = R"({"format": "lkjip/1", "unit": {"name": "U", "region": "R"},
    "year": 2024, "renstra_period": {"from": 2024, "to": 2026},
    "objectives": [{"id": "SS1", "name": "S", "indicators": [{"id": "I1", "name": "N",
      "unit": "%", "target": 10, "actual": 9, "polarity": "lower_is_better",
      "method": "reflected"}]}], "programs": []})";
  const PerformanceReport report = load_report_text(text, "t.json");
  const Indicator& indicator = report.objectives[0].indicators[0];
  CHECK(indicator.lower_method == LowerIsBetterMethod::kReflected);
  CHECK(indicator.polarity == Polarity::kLowerIsBetter);
}
