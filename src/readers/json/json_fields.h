// The `lkjip/1` format's objects and their members: the one place where a member's key is
// spelled, with the model's field it holds. The reader takes from it what each object allows and
// requires, the writer what it writes, and the source map the JSON Pointer of every field.
// A member whose field is a value of the model (lkjip/fields.h) is read and written through
// get() and set(); lists, nested objects and a band's members by the reader's and writer's own
// code. Internal to the JSON reader.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <span>
#include <string_view>

#include "lkjip/key.h"

namespace lkjip::json {

// The objects of the format.
enum class Object {
  kRoot,
  kUnit,
  kPeriod,
  kSettings,
  kBand,
  kObjective,
  kProgram,
  kActivity,
  kSubActivity,
  kBudget,
  kStaff,
  kIndicator,
  kComponent,
  kPastYear,
  kRenstra,
  kRegional,
  kFacility,
  kSakip,
  kSakipComponent,
  kPrinted,
  kPeriodFigures,
  kTargetRange,
  kQualitative,
  kCategory,
  kRatio,
  kClassification,
  kSpendingPeriod,
  kRenstraYear,
  kClaim,
  kStatedScale,  // the last: kObjectCount counts from it
};
inline constexpr std::size_t kObjectCount = static_cast<std::size_t>(Object::kStatedScale) + 1;

// What a member's value is, when it is not one value of the model.
enum class Holds {
  kValue,   // a value of the model, or (field kWhole) one the model keeps otherwise
  kObject,  // the object `nested`
  kPlaces,  // an array of objects `nested` that are places of the model (programs, indicators)
  kItems,   // an array of objects `nested` that are items of one field (components, bands)
};

// How the writer writes a value the record does not give.
enum class Absent {
  kOmitted,  // no member
  kNull,     // null: the report gives none (never zero)
  kDefault,  // a choice: its default, named
};

struct Member {
  std::string_view key;
  // The model's field: of the value, the nested object, the list (kPlaces, kItems); kWhole for a
  // member the model has no field for ("$schema", the unit object, a band's bounds).
  Field field;
  bool required = false;
  // Whether null is its value when the report gives none (null is never zero).
  bool nullable = false;
  Holds holds = Holds::kValue;
  Object nested = Object::kRoot;
  Field item_field = Field::kWhole;  // kItems: the field of each item ("components/0")
  Absent absent = Absent::kOmitted;
  // A required member that another may stand for: a target given as a range, an actual computed
  // from counts. The keys of those others (none: empty).
  std::array<std::string_view, 3> unless{};
};

// The most members an object of the format has: the reader keeps a bit for each.
inline constexpr std::size_t kMaxMembers = 24;

// The members of an object, in the order the writer writes them.
std::span<const Member> members(Object object);
// The members the object requires, bit i for members(object)[i].
std::uint32_t required_members(Object object);
// The members of the object whose field is one of `fields`, bit i for members(object)[i].
std::uint32_t members_of_fields(Object object, std::span<const Field> fields);
// The member of `object` named `key`, or nullptr.
const Member* member(Object object, std::string_view key);

// The path of a field below the object that holds it: before the item's index, and after it
// (a field of a list's item: "/components", "/weight"). Empty for kWhole.
struct FieldPath {
  std::string_view before_item;
  std::string_view after_item;
};
FieldPath field_path(Field field);

}  // namespace lkjip::json
