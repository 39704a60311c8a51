#include "json_fields.h"

#include <algorithm>
#include <array>
#include <stdexcept>
#include <string>

namespace lkjip::json {
namespace {

using F = Field;
using H = Holds;
using O = Object;

constexpr bool kRequired = true;
constexpr bool kNullable = true;
constexpr Holds kValue = Holds::kValue;
constexpr Object kNone = Object::kRoot;
constexpr Field kNoItem = Field::kWhole;

constexpr Member kRoot[] = {
    {"$schema", F::kWhole},
    {"format", F::kFormat, kRequired},
    {"unit", F::kWhole, kRequired, false, H::kObject, O::kUnit},
    {"year", F::kYear, kRequired},
    {"renstra_period", F::kWhole, false, false, H::kObject, O::kPeriod},
    {"settings", F::kSettings, false, false, H::kObject, O::kSettings},
    {"objectives", F::kObjectives, false, false, H::kPlaces, O::kObjective},
    {"programs", F::kPrograms, false, false, H::kPlaces, O::kProgram},
    {"facilities", F::kFacilities, false, false, H::kPlaces, O::kFacility},
    {"sakip_evaluation", F::kSakipEvaluation, false, false, H::kObject, O::kSakip},
    {"printed", F::kPrintedFigures, false, false, H::kPlaces, O::kPrinted},
    {"claims", F::kClaims, false, false, H::kPlaces, O::kClaim},
    {"stated_rating_scales", F::kStatedScales, false, false, H::kPlaces, O::kStatedScale},
};
constexpr Member kUnit[] = {
    {"name", F::kUnitName, kRequired},
    {"region", F::kRegion, kRequired},
};
constexpr Member kPeriod[] = {
    {"from", F::kRenstraFrom, kRequired},
    {"to", F::kRenstraTo, kRequired},
};
constexpr Member kSettings[] = {
    {"score_floor", F::kScoreFloor},
    {"score_cap", F::kScoreCap},
    {"rating_scale", F::kRatingScale, false, false, H::kItems, O::kBand, F::kRatingBand},
    {"reporting_period", F::kReportingPeriod},
    {"zero_rule", F::kZeroRule},
    {"classification", F::kClassification, false, false, H::kObject, O::kClassification},
    {"pagu_basis", F::kPaguBasis},
    {"target_basis", F::kTargetBasis},
};
constexpr Member kClassification[] = {
    {"met_from", F::kMetFrom, kRequired},
    {"exceeded_above", F::kExceededAbove, kRequired},
};
// A band is one item of its scale: its members have no field of their own.
constexpr Member kBand[] = {
    {"label", F::kWhole, kRequired}, {"min", F::kWhole, kRequired}, {"max", F::kWhole, kRequired},
    {"include_min", F::kWhole},      {"include_max", F::kWhole},
};
constexpr Member kObjective[] = {
    {"id", F::kId, kRequired},
    {"name", F::kName, kRequired},
    {"staff", F::kStaff, false, false, H::kObject, O::kStaff},
    {"indicators", F::kIndicators, false, false, H::kPlaces, O::kIndicator},
};
constexpr Member kProgram[] = {
    {"id", F::kId, kRequired},
    {"name", F::kName, kRequired},
    {"aim", F::kAim},
    {"objective", F::kObjective},
    {"budget", F::kBudget, false, false, H::kObject, O::kBudget},
    {"staff", F::kStaff, false, false, H::kObject, O::kStaff},
    {"indicators", F::kIndicators, false, false, H::kPlaces, O::kIndicator},
    {"activities", F::kActivities, false, false, H::kPlaces, O::kActivity},
};
constexpr Member kActivity[] = {
    {"id", F::kId, kRequired},
    {"name", F::kName, kRequired},
    {"aim", F::kAim},
    {"budget", F::kBudget, false, false, H::kObject, O::kBudget},
    {"indicators", F::kIndicators, false, false, H::kPlaces, O::kIndicator},
    {"sub_activities", F::kSubActivities, false, false, H::kPlaces, O::kSubActivity},
};
constexpr Member kSubActivity[] = {
    {"id", F::kId, kRequired},
    {"name", F::kName, kRequired},
    {"aim", F::kAim},
    {"budget", F::kBudget, false, false, H::kObject, O::kBudget},
    {"indicators", F::kIndicators, false, false, H::kPlaces, O::kIndicator},
};
// Every amount of a budget may be left out: its parts' added up stand for it (budgets from
// below). A program's spending may be null, as files before budgets from below had to say.
constexpr Member kBudget[] = {
    {"pagu", F::kPagu},
    {"original_pagu", F::kOriginalPagu},
    {"spending", F::kSpending},
    {"periods", F::kSpendingPeriods, false, false, H::kItems, O::kSpendingPeriod,
     F::kSpendingPeriod},
};
constexpr Member kSpendingPeriod[] = {
    {"period", F::kSpendingPeriodName, kRequired},
    {"spending",
     F::kPeriodSpending,
     kRequired,
     kNullable,
     kValue,
     kNone,
     kNoItem,
     Absent::kNull,
     {"plan"}},
    {"plan", F::kPeriodPlan},
};
constexpr Member kStaff[] = {
    {"needed", F::kStaffNeeded, kRequired},
    {"available", F::kStaffAvailable, kRequired},
};
constexpr Member kIndicator[] = {
    {"id", F::kId, kRequired},
    {"name", F::kName, kRequired},
    {"unit", F::kUnit, kRequired},
    {"supports", F::kSupports},
    {"target",
     F::kTarget,
     kRequired,
     kNullable,
     kValue,
     kNone,
     kNoItem,
     Absent::kNull,
     {"target_range", "qualitative", "periods"}},
    {"original_target", F::kOriginalTarget},
    {"target_range", F::kTargetRange, false, false, H::kObject, O::kTargetRange},
    {"actual",
     F::kActual,
     kRequired,
     kNullable,
     kValue,
     kNone,
     kNoItem,
     Absent::kNull,
     {"qualitative", "ratio", "periods"}},
    {"polarity", F::kPolarity},
    {"method", F::kMethod},
    {"decimals", F::kDecimals},
    {"qualitative", F::kQualitative, false, false, H::kObject, O::kQualitative},
    {"ratio", F::kRatio, false, false, H::kObject, O::kRatio},
    {"period_rule", F::kPeriodRule},
    {"periods", F::kPeriods, false, false, H::kItems, O::kPeriodFigures, F::kPeriodEntry},
    {"components", F::kComponents, false, false, H::kItems, O::kComponent, F::kComponent},
    {"history", F::kHistory, false, false, H::kItems, O::kPastYear, F::kPastYear},
    {"renstra", F::kRenstra, false, false, H::kObject, O::kRenstra},
    {"regional", F::kRegional, false, false, H::kObject, O::kRegional},
    {"note", F::kNote},
};
constexpr Member kComponent[] = {
    {"name", F::kComponentName, kRequired},
    {"weight", F::kComponentWeight, kRequired},
    {"value", F::kComponentValue, kRequired, kNullable, kValue, kNone, kNoItem, Absent::kNull},
};
constexpr Member kPastYear[] = {
    {"year", F::kPastYearYear, kRequired},
    {"target", F::kPastTarget, false, kNullable},
    {"actual", F::kPastActual, kRequired, kNullable, kValue, kNone, kNoItem, Absent::kNull},
};
constexpr Member kRenstra[] = {
    {"end_target", F::kRenstraEndTarget, kRequired},
    {"kind", F::kRenstraKind, false, false, kValue, kNone, kNoItem, Absent::kDefault},
    {"targets", F::kRenstraTargets, false, false, H::kItems, O::kRenstraYear, F::kRenstraYearEntry},
};
constexpr Member kRenstraYear[] = {
    {"year", F::kRenstraYear, kRequired},
    {"target", F::kRenstraYearTarget, kRequired},
};
constexpr Member kRegional[] = {
    {"kabupaten", F::kKabupaten, false, kNullable, kValue, kNone, kNoItem, Absent::kNull},
    {"provinsi", F::kProvinsi, false, kNullable, kValue, kNone, kNoItem, Absent::kNull},
    {"nasional", F::kNasional, false, kNullable, kValue, kNone, kNoItem, Absent::kNull},
};
constexpr Member kPeriodFigures[] = {
    {"period", F::kPeriodName, kRequired},
    {"target", F::kPeriodTarget, false, kNullable},
    {"actual", F::kPeriodActual, kRequired, kNullable, kValue, kNone, kNoItem, Absent::kNull},
};
constexpr Member kTargetRange[] = {
    {"min", F::kRangeMin, kRequired},
    {"max", F::kRangeMax, kRequired},
};
constexpr Member kQualitative[] = {
    {"scale_name", F::kScaleName, kRequired},
    {"scale", F::kScale, kRequired, false, H::kItems, O::kCategory, F::kCategory},
    {"target", F::kTargetCategory, kRequired, kNullable, kValue, kNone, kNoItem, Absent::kNull},
    {"actual", F::kActualCategory, kRequired, kNullable, kValue, kNone, kNoItem, Absent::kNull},
};
constexpr Member kCategory[] = {
    {"name", F::kCategoryName, kRequired},
    {"value", F::kCategoryValue, kRequired},
};
constexpr Member kRatio[] = {
    {"numerator", F::kNumerator, kRequired},
    {"denominator", F::kDenominator, kRequired},
    {"per", F::kRatioPer, kRequired},
};
constexpr Member kFacility[] = {
    {"name", F::kName, kRequired},
    {"available", F::kAvailable, kRequired},
    {"needed", F::kNeeded, kRequired},
};
constexpr Member kSakip[] = {
    {"components", F::kSakipComponents, kRequired, false, H::kPlaces, O::kSakipComponent},
    {"stated_total", F::kStatedTotal, false, kNullable},
    {"stated_predicate", F::kStatedPredicate},
    {"predicate_scale", F::kPredicateScale, false, false, H::kItems, O::kBand, F::kPredicateBand},
};
constexpr Member kSakipComponent[] = {
    {"name", F::kName, kRequired},
    {"weight", F::kWeight, kRequired},
    {"score", F::kScore, kRequired},
};
constexpr Member kPrinted[] = {
    // "figure", or an aggregate "of" other printed figures (validate() requires one of them).
    {"figure", F::kFigure},
    {"aggregate", F::kAggregate},
    {"of", F::kAggregateOf},
    {"label", F::kAggregateLabel},
    // Or words about the data: a name, a unit, a fact (never read as a number).
    {"name_of", F::kNameOf},
    {"unit_of", F::kUnitOf},
    {"fact", F::kFact},
    {"value", F::kPrintedValue, kRequired},
    {"decimals", F::kDecimals},
    {"where", F::kWhere},
    {"capped", F::kCapped},
    {"note", F::kNote},
};

// "indicators" is an array of ids, read and written by the reader's and writer's own code.
constexpr Member kClaim[] = {
    {"kind", F::kClaimKind, kRequired},
    {"figure", F::kFigure},
    {"other", F::kClaimOther},
    {"indicators", F::kClaimIndicators},
    {"group", F::kClaimGroup},
    {"status", F::kClaimStatus},
    {"against", F::kClaimAgainst},
    {"value", F::kClaimValue},
    {"where", F::kWhere},
    {"quote", F::kQuote},
};

// A rating scale as the report prints it: its bands are read as the settings' are.
constexpr Member kStatedScale[] = {
    {"where", F::kWhere, kRequired},
    {"of", F::kScaleOf, false, false, kValue, kNone, kNoItem, Absent::kDefault},
    {"bands", F::kStatedBands, kRequired, false, H::kItems, O::kBand, F::kStatedBand},
};

constexpr std::size_t kFields = static_cast<std::size_t>(Field::kLastField) + 1;

// Every field's path, from a walk over the objects: a place's members below its own pointer,
// a nested object's below its member, a list item's members after the item's index.
class Paths {
 public:
  Paths() { walk(Object::kRoot, ""); }
  FieldPath of(Field field) const {
    const auto f = static_cast<std::size_t>(field);
    return FieldPath{before_[f], after_[f]};
  }

 private:
  void walk(Object object, const std::string& prefix) {
    for (const Member& m : members(object)) {
      const std::string path = prefix + "/" + std::string(m.key);
      if (m.field != Field::kWhole) put(m.field, path, "");
      if (m.holds == Holds::kObject) {
        walk(m.nested, path);
      } else if (m.holds == Holds::kPlaces) {
        walk(m.nested, "");  // below the place's own pointer
      } else if (m.holds == Holds::kItems) {
        put(m.item_field, path, "");
        for (const Member& sub : members(m.nested)) {
          if (sub.field != Field::kWhole) put(sub.field, path, "/" + std::string(sub.key));
        }
      }
    }
  }
  // A field named by two members must be at one path: the format has one place for it.
  void put(Field field, const std::string& before, const std::string& after) {
    const auto f = static_cast<std::size_t>(field);
    if (seen_[f] && (before_[f] != before || after_[f] != after)) {
      throw std::logic_error("the field " + std::to_string(f) + " is at " + before_[f] + after_[f] +
                             " and at " + before + after);
    }
    seen_[f] = true;
    before_[f] = before;
    after_[f] = after;
  }

  std::array<std::string, kFields> before_;
  std::array<std::string, kFields> after_;
  std::array<bool, kFields> seen_{};
};

}  // namespace

std::span<const Member> members(Object object) {
  switch (object) {
    case O::kRoot:
      return kRoot;
    case O::kUnit:
      return kUnit;
    case O::kPeriod:
      return kPeriod;
    case O::kSettings:
      return kSettings;
    case O::kBand:
      return kBand;
    case O::kObjective:
      return kObjective;
    case O::kProgram:
      return kProgram;
    case O::kActivity:
      return kActivity;
    case O::kSubActivity:
      return kSubActivity;
    case O::kBudget:
      return kBudget;
    case O::kStaff:
      return kStaff;
    case O::kIndicator:
      return kIndicator;
    case O::kComponent:
      return kComponent;
    case O::kPastYear:
      return kPastYear;
    case O::kRenstra:
      return kRenstra;
    case O::kRegional:
      return kRegional;
    case O::kFacility:
      return kFacility;
    case O::kSakip:
      return kSakip;
    case O::kSakipComponent:
      return kSakipComponent;
    case O::kPrinted:
      return kPrinted;
    case O::kPeriodFigures:
      return kPeriodFigures;
    case O::kTargetRange:
      return kTargetRange;
    case O::kQualitative:
      return kQualitative;
    case O::kCategory:
      return kCategory;
    case O::kRatio:
      return kRatio;
    case O::kClassification:
      return kClassification;
    case O::kSpendingPeriod:
      return kSpendingPeriod;
    case O::kRenstraYear:
      return kRenstraYear;
    case O::kClaim:
      return kClaim;
    case O::kStatedScale:
      return kStatedScale;
  }
  return {};
}

std::uint32_t required_members(Object object) {
  // Made once from the tables, as an object's members are checked for every object read.
  static const std::array<std::uint32_t, kObjectCount> masks = [] {
    std::array<std::uint32_t, kObjectCount> out{};
    for (std::size_t o = 0; o < kObjectCount; ++o) {
      const std::span<const Member> all = members(static_cast<Object>(o));
      for (std::size_t i = 0; i < all.size(); ++i) {
        if (all[i].required) out[o] |= std::uint32_t{1} << i;
      }
    }
    return out;
  }();
  return masks[static_cast<std::size_t>(object)];
}

std::uint32_t members_of_fields(Object object, std::span<const Field> fields) {
  std::uint32_t bits = 0;
  const std::span<const Member> all = members(object);
  for (std::size_t i = 0; i < all.size(); ++i) {
    if (std::find(fields.begin(), fields.end(), all[i].field) != fields.end()) {
      bits |= std::uint32_t{1} << i;
    }
  }
  return bits;
}

const Member* member(Object object, std::string_view key) {
  const std::span<const Member> all = members(object);
  const auto found =
      std::find_if(all.begin(), all.end(), [&](const Member& m) { return m.key == key; });
  return found == all.end() ? nullptr : &*found;
}

FieldPath field_path(Field field) {
  static const Paths paths;
  return paths.of(field);
}

}  // namespace lkjip::json
