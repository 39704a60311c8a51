// The model's values one by one, got and set by their Field: a reader or a writer goes through
// its own table of fields (a JSON object's keys, a workbook sheet's columns) instead of a line of
// code per field, so that a field is declared here once and only spelled in each format's table.
// Lists and the objects they hold (indicators, components, earlier years ...) are not values:
// a reader walks them itself.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <variant>

#include "lkjip/key.h"
#include "lkjip/model.h"

namespace lkjip {

// What a field holds, which decides how a file spells it and how a reader reads it.
enum class FieldKind {
  kText,     // CompactString, as the model holds its names
  kDecimal,  // Quantity: exact, with the decimals it was written with
  kRupiah,   // Rupiah: whole
  kYear,     // long long
  kCount,    // Quantity, whole: people, rooms
  kChoice,   // Choice: one of choices(field)
  kYesNo,    // bool
  kWhole,    // long long, in whole_range(field): a number of decimals
};

// The most decimals an indicator's figures may be printed with.
constexpr int kMaxPrintedDecimals = 6;

// One of a choice field's values, by its index in choices(field).
struct Choice {
  std::size_t index = 0;
  friend bool operator==(const Choice&, const Choice&) = default;
};

// A value of a field, or std::monostate where the model holds none (a target not reported, a
// program without staff counts, a choice left at its default).
using FieldValue =
    std::variant<std::monostate, CompactString, Quantity, Rupiah, long long, Choice, bool>;

// Whether `field` is a value get() and set() know (not a list, an object or an item as a whole).
namespace detail {
// Each field's kind, or kNotAValue (fields.cc): inline below, as a reader asks for every value.
inline constexpr std::uint8_t kNotAValue = 0xFF;
extern const std::array<std::uint8_t, 256> kFieldKinds;
[[noreturn, gnu::cold]] void no_value_field(Field field);
}  // namespace detail

inline bool is_value_field(Field field) {
  return detail::kFieldKinds[static_cast<std::uint8_t>(field)] != detail::kNotAValue;
}
// Precondition: is_value_field(field).
inline FieldKind kind_of(Field field) {
  const std::uint8_t kind = detail::kFieldKinds[static_cast<std::uint8_t>(field)];
  if (kind == detail::kNotAValue) detail::no_value_field(field);
  return static_cast<FieldKind>(kind);
}
// The whole numbers a year or a count may be: a report's year from 1946, an earlier year or a
// plan year from 1945 (before the report's year: validate() says), counts from 0.
struct WholeRange {
  long long min = 0;
  long long max = 0;
};
// Precondition: kind_of(field) is kYear, kCount or kWhole.
WholeRange whole_range(Field field);

// The names of a choice field's values, as the model names them ("higher_is_better",
// "lower_is_better"); the first is the default, which a record leaves unset.
std::span<const std::string_view> choices(Field field);
// The index of `name` in choices(field), or choices(field).size() when it is none of them.
std::size_t choice_index(Field field, std::string_view name);
// A period's index in the choices of kReportingPeriod and kPeriodName, and back.
std::size_t period_choice(const Period& period);
Period period_of(std::size_t choice);

// The value of `field` in a record. Throws std::logic_error for a field the record does not
// have: a mistake in a reader's or writer's table, which its tests find.
FieldValue get(const PerformanceReport& report, Field field);  // the report's own fields
// Parts of the report and of its records, as a file may give them in an object of their own.
FieldValue get(const Unit& unit, Field field);
FieldValue get(const Settings& settings, Field field);
FieldValue get(const SakipEvaluation& sakip, Field field);
FieldValue get(const Budget& budget, Field field);
FieldValue get(const Staff& staff, Field field);
FieldValue get(const Objective& objective, Field field);
FieldValue get(const Program& program, Field field);
FieldValue get(const Activity& activity, Field field);
FieldValue get(const SubActivity& sub, Field field);
FieldValue get(const Indicator& indicator, Field field);
FieldValue get(const IndexComponent& component, Field field);
FieldValue get(const PastYear& past, Field field);
FieldValue get(const RenstraTarget& renstra, Field field);
FieldValue get(const RenstraYearTarget& target, Field field);
FieldValue get(const RegionalFigures& figures, Field field);
FieldValue get(const Facility& facility, Field field);
FieldValue get(const SakipComponent& component, Field field);
FieldValue get(const PrintedFigure& printed, Field field);
FieldValue get(const Claim& claim, Field field);
FieldValue get(const StatedScale& scale, Field field);
FieldValue get(const PeriodFigures& figures, Field field);
FieldValue get(const TargetRange& range, Field field);
FieldValue get(const QualitativeFigures& figures, Field field);
FieldValue get(const ScaleCategory& category, Field field);
FieldValue get(const RatioCounts& ratio, Field field);
FieldValue get(const SpendingPeriod& period, Field field);

// Sets `field` of a record; std::monostate unsets an optional value (a choice: its default).
// Throws std::logic_error for a field the record does not have or a value not of its kind.
void set(PerformanceReport& report, Field field, FieldValue value);
void set(Unit& unit, Field field, FieldValue value);
void set(Settings& settings, Field field, FieldValue value);
void set(SakipEvaluation& sakip, Field field, FieldValue value);
void set(Budget& budget, Field field, FieldValue value);
void set(Staff& staff, Field field, FieldValue value);
void set(Objective& objective, Field field, FieldValue value);
void set(Program& program, Field field, FieldValue value);
void set(Activity& activity, Field field, FieldValue value);
void set(SubActivity& sub, Field field, FieldValue value);
void set(Indicator& indicator, Field field, FieldValue value);
void set(IndexComponent& component, Field field, FieldValue value);
void set(PastYear& past, Field field, FieldValue value);
void set(RenstraTarget& renstra, Field field, FieldValue value);
void set(RenstraYearTarget& target, Field field, FieldValue value);
void set(RegionalFigures& figures, Field field, FieldValue value);
void set(Facility& facility, Field field, FieldValue value);
void set(SakipComponent& component, Field field, FieldValue value);
void set(PrintedFigure& printed, Field field, FieldValue value);
void set(Claim& claim, Field field, FieldValue value);
void set(StatedScale& scale, Field field, FieldValue value);
void set(PeriodFigures& figures, Field field, FieldValue value);
void set(TargetRange& range, Field field, FieldValue value);
void set(QualitativeFigures& figures, Field field, FieldValue value);
void set(ScaleCategory& category, Field field, FieldValue value);
void set(RatioCounts& ratio, Field field, FieldValue value);
void set(SpendingPeriod& period, Field field, FieldValue value);

// Where a record keeps a text, a decimal or an amount field as it is, for a reader that reads
// the value straight into its place: most values of a large file are ids, names and units,
// targets and actuals, and budgets' amounts. Null for a field the record keeps otherwise (a note
// in an indicator's details, a count, a choice ...) and for a record that has no such places:
// set() takes those. set() puts a value in these same places.
template <class Record>
CompactString* text_place(Record&, Field) {
  return nullptr;
}
template <class Record>
OptionalQuantity* decimal_place(Record&, Field) {
  return nullptr;
}
template <class Record>
OptionalAmount* amount_place(Record&, Field) {
  return nullptr;
}

namespace detail {
// The id, name and aim of a program, an activity and a sub-activity (`Level`).
template <class Level>
CompactString* level_text_place(Level& level, Field field) {
  switch (field) {
    case Field::kId:
      return &level.id;
    case Field::kName:
      return &level.name;
    case Field::kAim:
      return &level.aim;
    default:
      return nullptr;
  }
}
}  // namespace detail

inline CompactString* text_place(Objective& objective, Field field) {
  switch (field) {
    case Field::kId:
      return &objective.id;
    case Field::kName:
      return &objective.name;
    default:
      return nullptr;
  }
}
inline CompactString* text_place(Program& program, Field field) {
  if (field == Field::kObjective) return &program.objective_id;
  return detail::level_text_place(program, field);
}
inline CompactString* text_place(Activity& activity, Field field) {
  return detail::level_text_place(activity, field);
}
inline CompactString* text_place(SubActivity& sub, Field field) {
  return detail::level_text_place(sub, field);
}
inline CompactString* text_place(Indicator& indicator, Field field) {
  switch (field) {
    case Field::kId:
      return &indicator.id;
    case Field::kName:
      return &indicator.name;
    case Field::kUnit:
      return &indicator.unit;
    case Field::kSupports:
      return &indicator.supports;
    default:
      return nullptr;  // the note is in its details
  }
}
inline CompactString* text_place(Facility& facility, Field field) {
  return field == Field::kName ? &facility.name : nullptr;
}

inline OptionalQuantity* decimal_place(Indicator& indicator, Field field) {
  switch (field) {
    case Field::kTarget:
      return &indicator.target;
    case Field::kActual:
      return &indicator.actual;
    default:
      return nullptr;  // the original target is in its details
  }
}
inline OptionalQuantity* decimal_place(PastYear& past, Field field) {
  switch (field) {
    case Field::kPastTarget:
      return &past.target;
    case Field::kPastActual:
      return &past.actual;
    default:
      return nullptr;
  }
}
inline OptionalQuantity* decimal_place(PeriodFigures& figures, Field field) {
  switch (field) {
    case Field::kPeriodTarget:
      return &figures.target;
    case Field::kPeriodActual:
      return &figures.actual;
    default:
      return nullptr;
  }
}
inline OptionalQuantity* decimal_place(RegionalFigures& figures, Field field) {
  switch (field) {
    case Field::kKabupaten:
      return &figures.kabupaten;
    case Field::kProvinsi:
      return &figures.provinsi;
    case Field::kNasional:
      return &figures.nasional;
    default:
      return nullptr;
  }
}

inline OptionalAmount* amount_place(Budget& budget, Field field) {
  switch (field) {
    case Field::kPagu:
      return &budget.pagu;
    case Field::kOriginalPagu:
      return &budget.original_pagu;
    case Field::kSpending:
      return &budget.spending;
    default:
      return nullptr;
  }
}

}  // namespace lkjip
