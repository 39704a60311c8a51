#include "json_fields.h"

#include <algorithm>
#include <catch2/catch.hpp>
#include <fstream>
#include <nlohmann/json.hpp>
#include <set>
#include <string>

#include "json_source_map.h"
#include "lkjip/error.h"
#include "lkjip/fields.h"
#include "lkjip/loader.h"

using namespace lkjip;

namespace {

constexpr json::Object kObjects[] = {
    json::Object::kRoot,           json::Object::kUnit,           json::Object::kPeriod,
    json::Object::kSettings,       json::Object::kBand,           json::Object::kObjective,
    json::Object::kProgram,        json::Object::kActivity,       json::Object::kSubActivity,
    json::Object::kBudget,         json::Object::kStaff,          json::Object::kIndicator,
    json::Object::kComponent,      json::Object::kPastYear,       json::Object::kRenstra,
    json::Object::kRegional,       json::Object::kFacility,       json::Object::kSakip,
    json::Object::kSakipComponent, json::Object::kPrinted,        json::Object::kPeriodFigures,
    json::Object::kTargetRange,    json::Object::kQualitative,    json::Object::kCategory,
    json::Object::kRatio,          json::Object::kClassification, json::Object::kSpendingPeriod,
    json::Object::kRenstraYear,    json::Object::kClaim,          json::Object::kStatedScale};

}  // namespace

TEST_CASE("every value of the model is a member of the lkjip/1 format, with one pointer") {
  std::set<Field> spelled;
  CHECK(std::size(kObjects) == json::kObjectCount);
  for (json::Object object : kObjects) {
    CHECK(json::members(object).size() <= json::kMaxMembers);  // the reader's bits of the members
    for (std::size_t i = 0; i < json::members(object).size(); ++i) {
      CHECK(json::members(object)[i].required ==
            (((json::required_members(object) >> i) & 1) != 0));
    }
    std::set<std::string_view> keys;
    for (const json::Member& member : json::members(object)) {
      CHECK(keys.insert(member.key).second);  // a key once per object (the reader relies on it)
      CHECK(!member.key.empty());
      // Plain ASCII, no quote or backslash: the cursor takes a key it guesses by its bytes.
      CHECK(std::all_of(member.key.begin(), member.key.end(),
                        [](char c) { return c > ' ' && c < 0x7F && c != '"' && c != '\\'; }));
      spelled.insert(member.field);
    }
  }
  for (int f = 0; f <= static_cast<int>(Field::kLastField); ++f) {
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

namespace {

// A node of the JSON schema, its "$ref" followed.
const nlohmann::json& resolved(const nlohmann::json& schema, const nlohmann::json& node) {
  if (!node.contains("$ref")) return node;
  const std::string ref = node["$ref"];  // "#/$defs/indicator"
  return schema["$defs"][ref.substr(ref.rfind('/') + 1)];
}

// Compares the members of `object` with the schema's properties of `node`, then the objects
// below it.
void compare(const nlohmann::json& schema, const nlohmann::json& node, json::Object object) {
  std::set<std::string> properties;
  for (const auto& [key, value] : node["properties"].items())
    properties.insert(key);
  std::set<std::string> keys;
  std::set<std::string> required;
  for (const json::Member& member : json::members(object)) {
    keys.insert(std::string(member.key));
    // A member that others may stand for is required in the schema's "allOf": one of them.
    if (member.required && member.unless[0].empty()) required.insert(std::string(member.key));
    if (member.required && !member.unless[0].empty()) {
      std::set<std::string> alternatives = {std::string(member.key)};
      for (std::string_view other : member.unless) {
        if (!other.empty()) alternatives.insert(std::string(other));
      }
      bool found = false;
      for (const auto& rule : node.value("allOf", nlohmann::json::array())) {
        std::set<std::string> any;
        for (const auto& one : rule["anyOf"])
          any.insert(one["required"][0].get<std::string>());
        found = found || any == alternatives;
      }
      INFO("member " << member.key);
      CHECK(found);
    }
    if (member.holds == json::Holds::kObject) {
      compare(schema, resolved(schema, node["properties"][std::string(member.key)]), member.nested);
    } else if (member.holds != json::Holds::kValue) {
      compare(schema, resolved(schema, node["properties"][std::string(member.key)]["items"]),
              member.nested);
    }
  }
  CHECK(keys == properties);
  // What a budget requires depends on whose it is: the reader says, and the schema has two.
  if (object == json::Object::kBudget) return;
  std::set<std::string> schema_required;
  for (const auto& key : node.value("required", nlohmann::json::array()))
    schema_required.insert(key.get<std::string>());
  CHECK(required == schema_required);
}

}  // namespace

TEST_CASE("the JSON schema has the members of the format's table, and requires what it requires") {
  std::string path = LKJIP_SEED_DATA;
  path.replace(path.rfind("2024.json"), 9, "schema/lkjip-input.schema.json");
  std::ifstream in(path);
  REQUIRE(in);
  const nlohmann::json schema = nlohmann::json::parse(in);
  compare(schema, schema, json::Object::kRoot);
}
