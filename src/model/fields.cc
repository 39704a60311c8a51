#include "lkjip/fields.h"

#include <algorithm>
#include <array>
#include <cstdint>
#include <stdexcept>
#include <utility>

namespace lkjip {
namespace {

using F = Field;

constexpr std::string_view kPolarityChoices[] = {"higher_is_better", "lower_is_better"};
constexpr std::string_view kMethodChoices[] = {"reflected", "target_over_actual"};
constexpr std::string_view kRenstraKindChoices[] = {"level", "cumulative"};
// The year, then its quarters, then its months: period_choice() and period_of() map them.
constexpr std::string_view kPeriodChoices[] = {"year", "q1", "q2",  "q3",  "q4", "m1",
                                               "m2",   "m3", "m4",  "m5",  "m6", "m7",
                                               "m8",   "m9", "m10", "m11", "m12"};
constexpr std::string_view kPeriodRuleChoices[] = {"none", "sum", "last", "max", "min", "mean"};
constexpr std::string_view kZeroRuleChoices[] = {"not_computable", "both_zero_is_100"};
// A printed figure is no aggregate by default; "none" is never written.
constexpr std::string_view kAggregateChoices[] = {"none", "sum", "mean"};
constexpr std::string_view kBasisChoices[] = {"revised", "original"};
// The first of each is the default a claim leaves unset ("none": a kind or a group not stated).
constexpr std::string_view kClaimKindChoices[] = {"none",  "all-met", "all-exceeded", "none-met",
                                                  "count", "change",  "equals",       "above",
                                                  "below", "reached", "classified"};
constexpr std::string_view kClaimGroupChoices[] = {
    "none",       "key",        "program",  "activity",   "sub-activity",
    "indicators", "objectives", "programs", "activities", "sub-activities"};
constexpr std::string_view kClaimStatusChoices[] = {"any", "exceeded", "met", "not-met", "reached"};
constexpr std::string_view kClaimAgainstChoices[] = {"end", "year"};
constexpr std::string_view kScaleOfChoices[] = {"capaian"};

// A claim's indicators in one text, as a workbook cell holds them: "P6.I1, P6.K1.I2".
std::string joined_ids(const std::vector<std::string>& ids) {
  std::string out;
  for (const std::string& id : ids) {
    if (!out.empty()) out += ", ";
    out += id;
  }
  return out;
}

std::vector<std::string> split_ids(const std::string& text) {
  std::vector<std::string> ids;
  std::size_t start = 0;
  while (start <= text.size()) {
    std::size_t end = text.find(',', start);
    if (end == std::string::npos) end = text.size();
    std::size_t first = start;
    std::size_t last = end;
    while (first < last && text[first] == ' ')
      ++first;
    while (last > first && text[last - 1] == ' ')
      --last;
    if (last > first) ids.push_back(text.substr(first, last - first));
    start = end + 1;
  }
  return ids;
}

[[noreturn]] void no_such_field(std::string_view record, Field field) {
  throw std::logic_error(std::string(record) + " has no value field " +
                         std::to_string(static_cast<int>(field)));
}

[[noreturn]] void wrong_kind(Field field) {
  throw std::logic_error("a value of the wrong kind for field " +
                         std::to_string(static_cast<int>(field)));
}

// The value as the alternative `T`; std::monostate as T's empty value.
template <class T>
T take(FieldValue&& value, Field field) {
  if (std::holds_alternative<std::monostate>(value)) return T{};
  if (T* held = std::get_if<T>(&value)) return std::move(*held);
  wrong_kind(field);
}

template <class T>
std::optional<T> take_optional(FieldValue&& value, Field field) {
  if (std::holds_alternative<std::monostate>(value)) return std::nullopt;
  if (T* held = std::get_if<T>(&value)) return std::move(*held);
  wrong_kind(field);
}

FieldValue of(const OptionalQuantity& value) {
  return value ? FieldValue{*value} : FieldValue{};
}

FieldValue of(const std::optional<std::string>& value) {
  return value ? FieldValue{*value} : FieldValue{};
}

FieldValue of_text(std::string_view text) {
  return text.empty() ? FieldValue{} : FieldValue{CompactString(text)};
}

FieldValue of_amount(const OptionalAmount& amount) {
  return amount ? FieldValue{amount->value} : FieldValue{};
}

OptionalAmount take_amount(FieldValue&& value, Field field) {
  const auto rupiah = take_optional<Rupiah>(std::move(value), field);
  return rupiah ? OptionalAmount(Amount{*rupiah}) : OptionalAmount();
}

// A value of a field that the record keeps in a place of its own (text_place, decimal_place,
// amount_place, fields.h): put there, and true; false when the field has no such place.
template <class Record>
bool set_in_place(Record& record, Field field, FieldValue& value) {
  if (CompactString* text = text_place(record, field)) {
    *text = take<CompactString>(std::move(value), field);
    return true;
  }
  if (OptionalQuantity* decimal = decimal_place(record, field)) {
    *decimal = take_optional<Quantity>(std::move(value), field);
    return true;
  }
  if (OptionalAmount* amount = amount_place(record, field)) {
    *amount = take_amount(std::move(value), field);
    return true;
  }
  return false;
}

FieldValue of_choice(std::size_t index) {
  return index == 0 ? FieldValue{} : FieldValue{Choice{index}};
}

std::size_t take_choice(FieldValue&& value, Field field) {
  const std::size_t index = take<Choice>(std::move(value), field).index;
  if (index >= choices(field).size()) wrong_kind(field);
  return index;
}

// The staff counts of an objective or a program: both or none.
FieldValue get_staff(const std::optional<Staff>& staff, Field field) {
  return staff ? get(*staff, field) : FieldValue{};
}

void set_staff(std::optional<Staff>& staff, Field field, FieldValue&& value) {
  if (std::holds_alternative<std::monostate>(value)) {
    staff.reset();
    return;
  }
  if (!staff) staff = Staff{};
  set(*staff, field, std::move(value));
}

// The fields of a program, an activity and a sub-activity (`Level`).
template <class Level>
bool get_level(const Level& level, Field field, FieldValue& out) {
  switch (field) {
    case F::kId:
      out = of_text(level.id);
      return true;
    case F::kName:
      out = of_text(level.name);
      return true;
    case F::kAim:
      out = of_text(level.aim);
      return true;
    case F::kPagu:
    case F::kOriginalPagu:
    case F::kSpending:
      out = get(level.budget, field);
      return true;
    default:
      return false;
  }
}

template <class Level>
bool set_level(Level& level, Field field, FieldValue&& value) {
  if (set_in_place(level, field, value)) return true;  // id, name, aim (a program's objective)
  switch (field) {
    case F::kPagu:
    case F::kOriginalPagu:
    case F::kSpending:
      set(level.budget, field, std::move(value));
      return true;
    default:
      return false;
  }
}

// Whether a field is a value get() and set() know.
constexpr bool value_field(Field field) {
  switch (field) {
    case F::kId:
    case F::kName:
    case F::kAim:
    case F::kNote:
    case F::kUnit:
    case F::kTarget:
    case F::kActual:
    case F::kPolarity:
    case F::kMethod:
    case F::kComponentName:
    case F::kComponentWeight:
    case F::kComponentValue:
    case F::kPastYearYear:
    case F::kPastTarget:
    case F::kPastActual:
    case F::kRenstraEndTarget:
    case F::kRenstraKind:
    case F::kKabupaten:
    case F::kProvinsi:
    case F::kNasional:
    case F::kObjective:
    case F::kPagu:
    case F::kSpending:
    case F::kStaffNeeded:
    case F::kStaffAvailable:
    case F::kAvailable:
    case F::kNeeded:
    case F::kWeight:
    case F::kScore:
    case F::kFigure:
    case F::kPrintedValue:
    case F::kWhere:
    case F::kCapped:
    case F::kUnitName:
    case F::kRegion:
    case F::kYear:
    case F::kRenstraFrom:
    case F::kRenstraTo:
    case F::kScoreFloor:
    case F::kScoreCap:
    case F::kStatedTotal:
    case F::kStatedPredicate:
    case F::kPeriodName:
    case F::kPeriodTarget:
    case F::kPeriodActual:
    case F::kPeriodRule:
    case F::kSpendingPeriodName:
    case F::kPeriodSpending:
    case F::kRangeMin:
    case F::kRangeMax:
    case F::kScaleName:
    case F::kTargetCategory:
    case F::kActualCategory:
    case F::kCategoryName:
    case F::kCategoryValue:
    case F::kNumerator:
    case F::kDenominator:
    case F::kRatioPer:
    case F::kDecimals:
    case F::kReportingPeriod:
    case F::kZeroRule:
    case F::kMetFrom:
    case F::kExceededAbove:
    case F::kOriginalPagu:
    case F::kPeriodPlan:
    case F::kOriginalTarget:
    case F::kPaguBasis:
    case F::kTargetBasis:
    case F::kRenstraYear:
    case F::kRenstraYearTarget:
    case F::kSupports:
    case F::kAggregate:
    case F::kAggregateLabel:
    case F::kClaimKind:
    case F::kClaimOther:
    case F::kClaimIndicators:
    case F::kClaimGroup:
    case F::kClaimStatus:
    case F::kClaimAgainst:
    case F::kClaimValue:
    case F::kQuote:
    case F::kScaleOf:
    case F::kNameOf:
    case F::kUnitOf:
    case F::kFact:
      return true;
    default:
      return false;
  }
}

// A value field's kind (kText for those the switch does not name). Precondition:
// value_field(field).
constexpr FieldKind value_kind(Field field) {
  switch (field) {
    case F::kTarget:
    case F::kActual:
    case F::kComponentWeight:
    case F::kComponentValue:
    case F::kPastTarget:
    case F::kPastActual:
    case F::kRenstraEndTarget:
    case F::kKabupaten:
    case F::kProvinsi:
    case F::kNasional:
    case F::kWeight:
    case F::kScore:
    case F::kPrintedValue:  // or the text of a printed rating
    case F::kClaimValue:    // or a claimed text
    case F::kScoreFloor:
    case F::kScoreCap:
    case F::kStatedTotal:
    case F::kPeriodTarget:
    case F::kPeriodActual:
    case F::kRangeMin:
    case F::kRangeMax:
    case F::kCategoryValue:
    case F::kNumerator:
    case F::kDenominator:
    case F::kRatioPer:
    case F::kMetFrom:
    case F::kExceededAbove:
    case F::kOriginalTarget:
    case F::kRenstraYearTarget:
      return FieldKind::kDecimal;
    case F::kPagu:
    case F::kOriginalPagu:
    case F::kSpending:
    case F::kPeriodSpending:
    case F::kPeriodPlan:
      return FieldKind::kRupiah;
    case F::kPastYearYear:
    case F::kYear:
    case F::kRenstraFrom:
    case F::kRenstraTo:
    case F::kRenstraYear:
      return FieldKind::kYear;
    case F::kStaffNeeded:
    case F::kStaffAvailable:
    case F::kAvailable:
    case F::kNeeded:
      return FieldKind::kCount;
    case F::kPolarity:
    case F::kMethod:
    case F::kRenstraKind:
    case F::kPeriodName:
    case F::kSpendingPeriodName:
    case F::kPeriodRule:
    case F::kReportingPeriod:
    case F::kZeroRule:
    case F::kPaguBasis:
    case F::kTargetBasis:
    case F::kAggregate:
    case F::kClaimKind:
    case F::kClaimGroup:
    case F::kClaimStatus:
    case F::kClaimAgainst:
    case F::kScaleOf:
      return FieldKind::kChoice;
    case F::kDecimals:
      return FieldKind::kWhole;
    case F::kCapped:
      return FieldKind::kYesNo;
    default:
      return FieldKind::kText;
  }
}

// Each field's kind, or kNotAValue: looked up for every value a reader reads (two switches
// were a tenth of reading a large report's members), made at compile time from the two above.
constexpr std::uint8_t kNotAValue = detail::kNotAValue;
constexpr std::array<std::uint8_t, 256> kKinds = [] {
  std::array<std::uint8_t, 256> kinds{};
  for (std::size_t i = 0; i < kinds.size(); ++i) {
    const auto field = static_cast<Field>(i);
    kinds[i] = value_field(field) ? static_cast<std::uint8_t>(value_kind(field)) : kNotAValue;
  }
  return kinds;
}();

}  // namespace

namespace detail {

const std::array<std::uint8_t, 256> kFieldKinds = kKinds;

void no_value_field(Field field) {
  no_such_field("the model", field);
}

}  // namespace detail

WholeRange whole_range(Field field) {
  if (kind_of(field) == FieldKind::kCount) return {0, 1'000'000'000'000LL};
  if (field == F::kDecimals) return {0, kMaxPrintedDecimals};
  return {field == F::kYear ? 1946 : 1945, 2200};
}

std::span<const std::string_view> choices(Field field) {
  switch (field) {
    case F::kPolarity:
      return kPolarityChoices;
    case F::kMethod:
      return kMethodChoices;
    case F::kRenstraKind:
      return kRenstraKindChoices;
    case F::kPeriodName:
    case F::kSpendingPeriodName:
    case F::kReportingPeriod:
      return kPeriodChoices;
    case F::kPeriodRule:
      return kPeriodRuleChoices;
    case F::kZeroRule:
      return kZeroRuleChoices;
    case F::kPaguBasis:
    case F::kTargetBasis:
      return kBasisChoices;
    case F::kAggregate:
      return kAggregateChoices;
    case F::kClaimKind:
      return kClaimKindChoices;
    case F::kClaimGroup:
      return kClaimGroupChoices;
    case F::kClaimStatus:
      return kClaimStatusChoices;
    case F::kClaimAgainst:
      return kClaimAgainstChoices;
    case F::kScaleOf:
      return kScaleOfChoices;
    default:
      return {};
  }
}

std::size_t choice_index(Field field, std::string_view name) {
  const std::span<const std::string_view> names = choices(field);
  return static_cast<std::size_t>(std::find(names.begin(), names.end(), name) - names.begin());
}

std::size_t period_choice(const Period& period) {
  switch (period.kind) {
    case Period::Kind::kQuarter:
      return static_cast<std::size_t>(period.number);
    case Period::Kind::kMonth:
      return static_cast<std::size_t>(4 + period.number);
    case Period::Kind::kYear:
      break;
  }
  return 0;
}

Period period_of(std::size_t choice) {
  if (choice == 0 || choice > 16) return Period{};
  if (choice <= 4) return Period{Period::Kind::kQuarter, static_cast<int>(choice)};
  return Period{Period::Kind::kMonth, static_cast<int>(choice - 4)};
}

// ---- get ---------------------------------------------------------------------------------------

FieldValue get(const Unit& unit, Field field) {
  switch (field) {
    case F::kUnitName:
      return of_text(unit.name);
    case F::kRegion:
      return of_text(unit.region);
    default:
      no_such_field("the unit", field);
  }
}

FieldValue get(const Settings& settings, Field field) {
  switch (field) {
    case F::kScoreFloor:
      return settings.score_floor_given ? FieldValue{settings.score_floor} : FieldValue{};
    case F::kScoreCap:
      return settings.score_cap_given ? FieldValue{settings.score_cap} : FieldValue{};
    case F::kReportingPeriod:
      return of_choice(period_choice(settings.reporting_period));
    case F::kZeroRule:
      return of_choice(static_cast<std::size_t>(settings.zero_rule));
    case F::kMetFrom:
      return settings.classification_given ? FieldValue{settings.classification.met_from}
                                           : FieldValue{};
    case F::kExceededAbove:
      return settings.classification_given ? FieldValue{settings.classification.exceeded_above}
                                           : FieldValue{};
    case F::kPaguBasis:
      return of_choice(static_cast<std::size_t>(settings.pagu_basis));
    case F::kTargetBasis:
      return of_choice(static_cast<std::size_t>(settings.target_basis));
    default:
      no_such_field("the settings", field);
  }
}

FieldValue get(const SakipEvaluation& sakip, Field field) {
  switch (field) {
    case F::kStatedTotal:
      return of(sakip.stated_total);
    case F::kStatedPredicate:
      return of(sakip.stated_predicate);
    default:
      no_such_field("the SAKIP evaluation", field);
  }
}

FieldValue get(const Budget& budget, Field field) {
  switch (field) {
    case F::kPagu:
      return of_amount(budget.pagu);
    case F::kOriginalPagu:
      return of_amount(budget.original_pagu);
    case F::kSpending:
      return of_amount(budget.spending);
    default:
      no_such_field("a budget", field);
  }
}

FieldValue get(const Staff& staff, Field field) {
  switch (field) {
    case F::kStaffNeeded:
      return staff.needed;
    case F::kStaffAvailable:
      return staff.available;
    default:
      no_such_field("the staff counts", field);
  }
}

FieldValue get(const PerformanceReport& report, Field field) {
  switch (field) {
    case F::kUnitName:
    case F::kRegion:
      return get(report.unit, field);
    case F::kYear:
      return static_cast<long long>(report.year);
    case F::kRenstraFrom:  // none: the file gives no plan period
      return report.renstra_from == 0 ? FieldValue{}
                                      : FieldValue{static_cast<long long>(report.renstra_from)};
    case F::kRenstraTo:
      return report.renstra_to == 0 ? FieldValue{}
                                    : FieldValue{static_cast<long long>(report.renstra_to)};
    case F::kScoreFloor:
    case F::kScoreCap:
    case F::kReportingPeriod:
    case F::kZeroRule:
    case F::kMetFrom:
    case F::kExceededAbove:
    case F::kPaguBasis:
    case F::kTargetBasis:
      return get(report.settings, field);
    case F::kStatedTotal:
    case F::kStatedPredicate:
      return report.sakip ? get(*report.sakip, field) : FieldValue{};
    default:
      no_such_field("the report", field);
  }
}

FieldValue get(const Objective& objective, Field field) {
  switch (field) {
    case F::kId:
      return of_text(objective.id);
    case F::kName:
      return of_text(objective.name);
    case F::kStaffNeeded:
    case F::kStaffAvailable:
      return get_staff(objective.staff, field);
    default:
      no_such_field("an objective", field);
  }
}

FieldValue get(const Program& program, Field field) {
  FieldValue value;
  if (get_level(program, field, value)) return value;
  switch (field) {
    case F::kObjective:
      return of_text(program.objective_id);
    case F::kStaffNeeded:
    case F::kStaffAvailable:
      return get_staff(program.staff, field);
    default:
      no_such_field("a program", field);
  }
}

FieldValue get(const Activity& activity, Field field) {
  FieldValue value;
  if (!get_level(activity, field, value)) no_such_field("an activity", field);
  return value;
}

FieldValue get(const SubActivity& sub, Field field) {
  FieldValue value;
  if (!get_level(sub, field, value)) no_such_field("a sub-activity", field);
  return value;
}

FieldValue get(const Indicator& indicator, Field field) {
  switch (field) {
    case F::kId:
      return of_text(indicator.id);
    case F::kName:
      return of_text(indicator.name);
    case F::kUnit:
      return of_text(indicator.unit);
    case F::kTarget:
      return of(indicator.target);
    case F::kActual:
      return of(indicator.actual);
    case F::kPolarity:
      return of_choice(indicator.polarity == Polarity::kLowerIsBetter ? 1 : 0);
    case F::kMethod:
      return of_choice(indicator.lower_method == LowerIsBetterMethod::kTargetOverActual ? 1 : 0);
    case F::kNote:
      return of_text(details_of(indicator).note);
    case F::kSupports:
      return of_text(indicator.supports);
    case F::kPeriodRule:
      return of_choice(static_cast<std::size_t>(details_of(indicator).period_rule));
    case F::kDecimals: {
      const std::optional<int>& decimals = details_of(indicator).decimals;
      return decimals ? FieldValue{static_cast<long long>(*decimals)} : FieldValue{};
    }
    case F::kOriginalTarget:
      return of(details_of(indicator).original_target);
    default:
      no_such_field("an indicator", field);
  }
}

FieldValue get(const PeriodFigures& figures, Field field) {
  switch (field) {
    case F::kPeriodName:
      return of_choice(period_choice(figures.period));
    case F::kPeriodTarget:
      return of(figures.target);
    case F::kPeriodActual:
      return of(figures.actual);
    default:
      no_such_field("a period", field);
  }
}

FieldValue get(const SpendingPeriod& period, Field field) {
  switch (field) {
    case F::kSpendingPeriodName:
      return of_choice(period_choice(period.period));
    case F::kPeriodSpending:
      return of_amount(period.spending);
    case F::kPeriodPlan:
      return of_amount(period.plan);
    default:
      no_such_field("a budget's period", field);
  }
}

FieldValue get(const TargetRange& range, Field field) {
  switch (field) {
    case F::kRangeMin:
      return range.min;
    case F::kRangeMax:
      return range.max;
    default:
      no_such_field("a target range", field);
  }
}

FieldValue get(const QualitativeFigures& figures, Field field) {
  switch (field) {
    case F::kScaleName:
      return of_text(figures.scale_name);
    case F::kTargetCategory:
      return of_text(figures.target);
    case F::kActualCategory:
      return of_text(figures.actual);
    default:
      no_such_field("a qualitative indicator's figures", field);
  }
}

FieldValue get(const ScaleCategory& category, Field field) {
  switch (field) {
    case F::kCategoryName:
      return of_text(category.name);
    case F::kCategoryValue:
      return category.value;
    default:
      no_such_field("a category", field);
  }
}

FieldValue get(const RatioCounts& ratio, Field field) {
  switch (field) {
    case F::kNumerator:
      return ratio.numerator;
    case F::kDenominator:
      return ratio.denominator;
    case F::kRatioPer:
      return ratio.per;
    default:
      no_such_field("a ratio", field);
  }
}

FieldValue get(const IndexComponent& component, Field field) {
  switch (field) {
    case F::kComponentName:
      return of_text(component.name);
    case F::kComponentWeight:
      return component.weight;
    case F::kComponentValue:
      return of(component.value);
    default:
      no_such_field("a component", field);
  }
}

FieldValue get(const PastYear& past, Field field) {
  switch (field) {
    case F::kPastYearYear:
      return static_cast<long long>(past.year);
    case F::kPastTarget:
      return of(past.target);
    case F::kPastActual:
      return of(past.actual);
    default:
      no_such_field("an earlier year", field);
  }
}

FieldValue get(const RenstraTarget& renstra, Field field) {
  switch (field) {
    case F::kRenstraEndTarget:
      return renstra.end_target;
    case F::kRenstraKind:
      return of_choice(renstra.cumulative ? 1 : 0);
    default:
      no_such_field("a Renstra target", field);
  }
}

FieldValue get(const RenstraYearTarget& target, Field field) {
  switch (field) {
    case F::kRenstraYear:
      return static_cast<long long>(target.year);
    case F::kRenstraYearTarget:
      return target.target;
    default:
      no_such_field("a Renstra year's target", field);
  }
}

FieldValue get(const RegionalFigures& figures, Field field) {
  switch (field) {
    case F::kKabupaten:
      return of(figures.kabupaten);
    case F::kProvinsi:
      return of(figures.provinsi);
    case F::kNasional:
      return of(figures.nasional);
    default:
      no_such_field("the regional figures", field);
  }
}

FieldValue get(const Facility& facility, Field field) {
  switch (field) {
    case F::kName:
      return of_text(facility.name);
    case F::kAvailable:
      return facility.available;
    case F::kNeeded:
      return facility.needed;
    default:
      no_such_field("a facility", field);
  }
}

FieldValue get(const SakipComponent& component, Field field) {
  switch (field) {
    case F::kName:
      return of_text(component.name);
    case F::kWeight:
      return component.weight;
    case F::kScore:
      return component.score;
    default:
      no_such_field("a SAKIP component", field);
  }
}

FieldValue get(const PrintedFigure& printed, Field field) {
  switch (field) {
    case F::kFigure:
      return of_text(printed.figure);
    case F::kPrintedValue:
      return printed.number ? FieldValue{*printed.number} : of_text(printed.text);
    case F::kWhere:
      return of_text(printed.where);
    case F::kCapped:
      return printed.capped ? FieldValue{true} : FieldValue{};
    case F::kNote:
      return of_text(printed.note);
    case F::kDecimals:
      return printed.decimals ? FieldValue{static_cast<long long>(*printed.decimals)}
                              : FieldValue{};
    case F::kAggregate:
      return of_choice(static_cast<std::size_t>(printed.aggregate));
    case F::kAggregateLabel:
      return of_text(printed.label);
    case F::kNameOf:
      return of_text(printed.name_of);
    case F::kUnitOf:
      return of_text(printed.unit_of);
    case F::kFact:
      return of_text(printed.fact);
    default:
      no_such_field("a printed figure", field);
  }
}

FieldValue get(const Claim& claim, Field field) {
  switch (field) {
    case F::kClaimKind:
      return of_choice(static_cast<std::size_t>(claim.kind));
    case F::kFigure:
      return of_text(claim.figure);
    case F::kClaimOther:
      return of_text(claim.other);
    case F::kClaimIndicators:
      return of_text(joined_ids(claim.indicators));
    case F::kClaimGroup:
      return of_choice(static_cast<std::size_t>(claim.group));
    case F::kClaimStatus:
      return of_choice(static_cast<std::size_t>(claim.status));
    case F::kClaimAgainst:
      return of_choice(static_cast<std::size_t>(claim.against));
    case F::kClaimValue:
      return claim.number ? FieldValue{*claim.number} : of_text(claim.text);
    case F::kWhere:
      return of_text(claim.where);
    case F::kQuote:
      return of_text(claim.quote);
    default:
      no_such_field("a claim", field);
  }
}

FieldValue get(const StatedScale& scale, Field field) {
  switch (field) {
    case F::kWhere:
      return of_text(scale.where);
    case F::kScaleOf:
      return of_choice(static_cast<std::size_t>(scale.of));
    default:
      no_such_field("a stated scale", field);
  }
}

// ---- set ---------------------------------------------------------------------------------------

void set(Unit& unit, Field field, FieldValue value) {
  switch (field) {
    case F::kUnitName:
      unit.name = take<CompactString>(std::move(value), field);
      return;
    case F::kRegion:
      unit.region = take<CompactString>(std::move(value), field);
      return;
    default:
      no_such_field("the unit", field);
  }
}

void set(Settings& settings, Field field, FieldValue value) {
  switch (field) {
    case F::kScoreFloor:
    case F::kScoreCap: {
      const bool floor = field == F::kScoreFloor;
      std::optional<Quantity> bound = take_optional<Quantity>(std::move(value), field);
      (floor ? settings.score_floor_given : settings.score_cap_given) = bound.has_value();
      (floor ? settings.score_floor : settings.score_cap) =
          bound ? std::move(*bound) : Quantity{Rational(floor ? 0 : 100), 0};
      return;
    }
    case F::kReportingPeriod:
      settings.reporting_period = period_of(take_choice(std::move(value), field));
      return;
    case F::kZeroRule:
      settings.zero_rule = static_cast<ZeroRule>(take_choice(std::move(value), field));
      return;
    case F::kPaguBasis:
      settings.pagu_basis = static_cast<Basis>(take_choice(std::move(value), field));
      return;
    case F::kTargetBasis:
      settings.target_basis = static_cast<Basis>(take_choice(std::move(value), field));
      return;
    case F::kMetFrom:
    case F::kExceededAbove: {
      std::optional<Quantity> threshold = take_optional<Quantity>(std::move(value), field);
      if (!threshold) return;  // the classification's default stays
      settings.classification_given = true;
      (field == F::kMetFrom ? settings.classification.met_from
                            : settings.classification.exceeded_above) = std::move(*threshold);
      return;
    }
    default:
      no_such_field("the settings", field);
  }
}

void set(SakipEvaluation& sakip, Field field, FieldValue value) {
  switch (field) {
    case F::kStatedTotal:
      sakip.stated_total = take_optional<Quantity>(std::move(value), field);
      return;
    case F::kStatedPredicate:
      sakip.stated_predicate = take_optional<CompactString>(std::move(value), field);
      return;
    default:
      no_such_field("the SAKIP evaluation", field);
  }
}

void set(Budget& budget, Field field, FieldValue value) {
  if (!set_in_place(budget, field, value)) no_such_field("a budget", field);  // its amounts
}

void set(Staff& staff, Field field, FieldValue value) {
  switch (field) {
    case F::kStaffNeeded:
      staff.needed = take<Quantity>(std::move(value), field);
      return;
    case F::kStaffAvailable:
      staff.available = take<Quantity>(std::move(value), field);
      return;
    default:
      no_such_field("the staff counts", field);
  }
}

void set(PerformanceReport& report, Field field, FieldValue value) {
  switch (field) {
    case F::kUnitName:
    case F::kRegion:
      set(report.unit, field, std::move(value));
      return;
    case F::kYear:
      report.year = static_cast<int>(take<long long>(std::move(value), field));
      return;
    case F::kRenstraFrom:
      report.renstra_from = static_cast<int>(take<long long>(std::move(value), field));
      return;
    case F::kRenstraTo:
      report.renstra_to = static_cast<int>(take<long long>(std::move(value), field));
      return;
    case F::kScoreFloor:
    case F::kScoreCap:
    case F::kReportingPeriod:
    case F::kZeroRule:
    case F::kMetFrom:
    case F::kExceededAbove:
    case F::kPaguBasis:
    case F::kTargetBasis:
      set(report.settings, field, std::move(value));
      return;
    case F::kStatedTotal:
    case F::kStatedPredicate:
      // A stated figure makes a SAKIP evaluation, with the default predicate scale until one
      // is given.
      if (std::holds_alternative<std::monostate>(value) && !report.sakip) return;
      if (!report.sakip) {
        report.sakip = SakipEvaluation{};
        report.sakip->predicate_scale = default_sakip_predicate_scale();
      }
      set(*report.sakip, field, std::move(value));
      return;
    default:
      no_such_field("the report", field);
  }
}

void set(Objective& objective, Field field, FieldValue value) {
  if (set_in_place(objective, field, value)) return;  // id, name
  switch (field) {
    case F::kStaffNeeded:
    case F::kStaffAvailable:
      set_staff(objective.staff, field, std::move(value));
      return;
    default:
      no_such_field("an objective", field);
  }
}

void set(Program& program, Field field, FieldValue value) {
  if (set_level(program, field, std::move(value))) return;  // and the objective's id
  switch (field) {
    case F::kStaffNeeded:
    case F::kStaffAvailable:
      set_staff(program.staff, field, std::move(value));
      return;
    default:
      no_such_field("a program", field);
  }
}

void set(Activity& activity, Field field, FieldValue value) {
  if (!set_level(activity, field, std::move(value))) no_such_field("an activity", field);
}

void set(SubActivity& sub, Field field, FieldValue value) {
  if (!set_level(sub, field, std::move(value))) no_such_field("a sub-activity", field);
}

void set(Indicator& indicator, Field field, FieldValue value) {
  if (set_in_place(indicator, field, value)) return;  // id, name, unit, supports, target, actual
  switch (field) {
    case F::kPolarity:
      indicator.polarity = take_choice(std::move(value), field) == 1 ? Polarity::kLowerIsBetter
                                                                     : Polarity::kHigherIsBetter;
      return;
    case F::kMethod:
      indicator.lower_method = take_choice(std::move(value), field) == 1
                                   ? LowerIsBetterMethod::kTargetOverActual
                                   : LowerIsBetterMethod::kReflected;
      return;
    case F::kNote: {
      CompactString note = take<CompactString>(std::move(value), field);
      if (!note.empty() || indicator.details) edit_details(indicator).note = std::move(note);
      return;
    }
    case F::kPeriodRule: {
      const auto rule = static_cast<PeriodRule>(take_choice(std::move(value), field));
      if (rule != PeriodRule::kNone || indicator.details)
        edit_details(indicator).period_rule = rule;
      return;
    }
    case F::kDecimals: {
      const auto decimals = take_optional<long long>(std::move(value), field);
      if (decimals || indicator.details) {
        edit_details(indicator).decimals =
            decimals ? std::optional<int>(static_cast<int>(*decimals)) : std::nullopt;
      }
      return;
    }
    case F::kOriginalTarget: {
      std::optional<Quantity> original = take_optional<Quantity>(std::move(value), field);
      if (original || indicator.details)
        edit_details(indicator).original_target = std::move(original);
      return;
    }
    default:
      no_such_field("an indicator", field);
  }
}

void set(PeriodFigures& figures, Field field, FieldValue value) {
  if (set_in_place(figures, field, value)) return;  // target, actual
  switch (field) {
    case F::kPeriodName:
      figures.period = period_of(take_choice(std::move(value), field));
      return;
    default:
      no_such_field("a period", field);
  }
}

void set(SpendingPeriod& period, Field field, FieldValue value) {
  switch (field) {
    case F::kSpendingPeriodName:
      period.period = period_of(take_choice(std::move(value), field));
      return;
    case F::kPeriodSpending:
      period.spending = take_amount(std::move(value), field);
      return;
    case F::kPeriodPlan:
      period.plan = take_amount(std::move(value), field);
      return;
    default:
      no_such_field("a budget's period", field);
  }
}

void set(TargetRange& range, Field field, FieldValue value) {
  switch (field) {
    case F::kRangeMin:
      range.min = take<Quantity>(std::move(value), field);
      return;
    case F::kRangeMax:
      range.max = take<Quantity>(std::move(value), field);
      return;
    default:
      no_such_field("a target range", field);
  }
}

void set(QualitativeFigures& figures, Field field, FieldValue value) {
  switch (field) {
    case F::kScaleName:
      figures.scale_name = take<CompactString>(std::move(value), field);
      return;
    case F::kTargetCategory:
      figures.target = take<CompactString>(std::move(value), field);
      return;
    case F::kActualCategory:
      figures.actual = take<CompactString>(std::move(value), field);
      return;
    default:
      no_such_field("a qualitative indicator's figures", field);
  }
}

void set(ScaleCategory& category, Field field, FieldValue value) {
  switch (field) {
    case F::kCategoryName:
      category.name = take<CompactString>(std::move(value), field);
      return;
    case F::kCategoryValue:
      category.value = take<Quantity>(std::move(value), field);
      return;
    default:
      no_such_field("a category", field);
  }
}

void set(RatioCounts& ratio, Field field, FieldValue value) {
  switch (field) {
    case F::kNumerator:
      ratio.numerator = take<Quantity>(std::move(value), field);
      return;
    case F::kDenominator:
      ratio.denominator = take<Quantity>(std::move(value), field);
      return;
    case F::kRatioPer:
      ratio.per = take<Quantity>(std::move(value), field);
      return;
    default:
      no_such_field("a ratio", field);
  }
}

void set(IndexComponent& component, Field field, FieldValue value) {
  switch (field) {
    case F::kComponentName:
      component.name = take<CompactString>(std::move(value), field);
      return;
    case F::kComponentWeight:
      component.weight = take<Quantity>(std::move(value), field);
      return;
    case F::kComponentValue:
      component.value = take_optional<Quantity>(std::move(value), field);
      return;
    default:
      no_such_field("a component", field);
  }
}

void set(PastYear& past, Field field, FieldValue value) {
  if (set_in_place(past, field, value)) return;  // target, actual
  switch (field) {
    case F::kPastYearYear:
      past.year = static_cast<int>(take<long long>(std::move(value), field));
      return;
    default:
      no_such_field("an earlier year", field);
  }
}

void set(RenstraTarget& renstra, Field field, FieldValue value) {
  switch (field) {
    case F::kRenstraEndTarget:
      renstra.end_target = take<Quantity>(std::move(value), field);
      return;
    case F::kRenstraKind:
      renstra.cumulative = take_choice(std::move(value), field) == 1;
      return;
    default:
      no_such_field("a Renstra target", field);
  }
}

void set(RenstraYearTarget& target, Field field, FieldValue value) {
  switch (field) {
    case F::kRenstraYear:
      target.year = static_cast<int>(take<long long>(std::move(value), field));
      return;
    case F::kRenstraYearTarget:
      target.target = take<Quantity>(std::move(value), field);
      return;
    default:
      no_such_field("a Renstra year's target", field);
  }
}

void set(RegionalFigures& figures, Field field, FieldValue value) {
  // kabupaten, provinsi, nasional
  if (!set_in_place(figures, field, value)) no_such_field("the regional figures", field);
}

void set(Facility& facility, Field field, FieldValue value) {
  if (set_in_place(facility, field, value)) return;  // name
  switch (field) {
    case F::kAvailable:
      facility.available = take<Quantity>(std::move(value), field);
      return;
    case F::kNeeded:
      facility.needed = take<Quantity>(std::move(value), field);
      return;
    default:
      no_such_field("a facility", field);
  }
}

void set(SakipComponent& component, Field field, FieldValue value) {
  switch (field) {
    case F::kName:
      component.name = take<CompactString>(std::move(value), field);
      return;
    case F::kWeight:
      component.weight = take<Quantity>(std::move(value), field);
      return;
    case F::kScore:
      component.score = take<Quantity>(std::move(value), field);
      return;
    default:
      no_such_field("a SAKIP component", field);
  }
}

void set(PrintedFigure& printed, Field field, FieldValue value) {
  switch (field) {
    case F::kFigure:
      printed.figure = take<CompactString>(std::move(value), field);
      return;
    case F::kPrintedValue:
      printed.number.reset();
      printed.text.clear();
      if (std::holds_alternative<Quantity>(value)) {
        printed.number = take<Quantity>(std::move(value), field);
      } else {
        printed.text = take<CompactString>(std::move(value), field);
      }
      return;
    case F::kWhere:
      printed.where = take<CompactString>(std::move(value), field);
      return;
    case F::kCapped:
      printed.capped = take<bool>(std::move(value), field);
      return;
    case F::kNote:
      printed.note = take<CompactString>(std::move(value), field);
      return;
    case F::kDecimals: {
      const auto decimals = take_optional<long long>(std::move(value), field);
      printed.decimals = decimals ? std::optional<int>(static_cast<int>(*decimals)) : std::nullopt;
      return;
    }
    case F::kAggregate:
      printed.aggregate = static_cast<AggregateKind>(take_choice(std::move(value), field));
      return;
    case F::kAggregateLabel:
      printed.label = take<CompactString>(std::move(value), field);
      return;
    case F::kNameOf:
      printed.name_of = take<CompactString>(std::move(value), field);
      return;
    case F::kUnitOf:
      printed.unit_of = take<CompactString>(std::move(value), field);
      return;
    case F::kFact:
      printed.fact = take<CompactString>(std::move(value), field);
      return;
    default:
      no_such_field("a printed figure", field);
  }
}

void set(Claim& claim, Field field, FieldValue value) {
  switch (field) {
    case F::kClaimKind:
      claim.kind = static_cast<ClaimKind>(take_choice(std::move(value), field));
      return;
    case F::kFigure:
      claim.figure = take<CompactString>(std::move(value), field);
      return;
    case F::kClaimOther:
      claim.other = take<CompactString>(std::move(value), field);
      return;
    case F::kClaimIndicators:
      claim.indicators = split_ids(take<CompactString>(std::move(value), field).str());
      return;
    case F::kClaimGroup:
      claim.group = static_cast<ClaimGroup>(take_choice(std::move(value), field));
      return;
    case F::kClaimStatus:
      claim.status = static_cast<ClaimStatus>(take_choice(std::move(value), field));
      return;
    case F::kClaimAgainst:
      claim.against = static_cast<ClaimTarget>(take_choice(std::move(value), field));
      return;
    case F::kClaimValue:
      claim.number.reset();
      claim.text.clear();
      if (std::holds_alternative<Quantity>(value)) {
        claim.number = take<Quantity>(std::move(value), field);
      } else {
        claim.text = take<CompactString>(std::move(value), field);
      }
      return;
    case F::kWhere:
      claim.where = take<CompactString>(std::move(value), field);
      return;
    case F::kQuote:
      claim.quote = take<CompactString>(std::move(value), field);
      return;
    default:
      no_such_field("a claim", field);
  }
}

void set(StatedScale& scale, Field field, FieldValue value) {
  switch (field) {
    case F::kWhere:
      scale.where = take<CompactString>(std::move(value), field);
      return;
    case F::kScaleOf:
      scale.of = static_cast<ScaleOf>(take_choice(std::move(value), field));
      return;
    default:
      no_such_field("a stated scale", field);
  }
}

}  // namespace lkjip
