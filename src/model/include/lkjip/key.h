// Typed keys: which value of the model, in the model's own terms (the object and its field),
// never in the terms of one file format. A reader's source map (lkjip/source_map.h) says where a
// key's value was read: "/programs/2/budget/pagu" in a JSON file, "Anggaran!E7" in a workbook.
#pragma once

#include <array>
#include <compare>
#include <cstddef>
#include <cstdint>

namespace lkjip {

// Which object of the model: the lists it is an item of, outermost first, and its index in each
// (programs 2, activities 0). The root (Place()) is the report itself. A large report has
// hundreds of thousands of objects: this is 24 bytes.
class Place {
 public:
  enum class List : std::uint8_t {
    kObjectives,
    kPrograms,
    kActivities,
    kSubActivities,
    kIndicators,
    kFacilities,
    kSakipComponents,
    kPrinted,
    kClaims,
    kStatedScales,
  };

  // The deepest objects are a sub-activity's indicators: programs, activities, sub-activities,
  // indicators.
  static constexpr std::size_t kMaxDepth = 4;

  // The item `index` of `list` in this object (the root when it is Place()).
  Place item(List list, std::size_t index) const;

  // The object that holds this one (the root's parent is the root).
  Place parent() const;

  std::size_t depth() const { return depth_; }
  // Whether this object is `other` or holds it.
  bool holds(const Place& other) const;
  // Precondition: level < depth().
  List list_at(std::size_t level) const { return list_[level]; }
  std::uint32_t index_at(std::size_t level) const { return index_[level]; }

  friend bool operator==(const Place&, const Place&) = default;
  friend auto operator<=>(const Place&, const Place&) = default;

 private:
  std::array<std::uint32_t, kMaxDepth> index_{};
  std::array<List, kMaxDepth> list_{};
  std::uint8_t depth_ = 0;
};

// Which value of an object. The fields of the report itself and of its one-of-a-kind parts
// (unit, period, settings, SAKIP evaluation) belong to the root place; a field of an item of a
// list inside an object (an earlier year, a component, a band) names the item by Key::item.
enum class Field : std::uint8_t {
  kWhole,  // the object itself
  // Every object with an id.
  kId,
  kName,
  kAim,
  kNote,
  // Indicators.
  kUnit,
  kTarget,
  kActual,
  kPolarity,
  kMethod,
  kComponents,       // the list
  kComponent,        // item: the whole component
  kComponentName,    // item
  kComponentWeight,  // item
  kComponentValue,   // item
  kHistory,          // the list
  kPastYear,         // item: the whole earlier year
  kPastYearYear,     // item
  kPastTarget,       // item
  kPastActual,       // item
  kRenstra,
  kRenstraEndTarget,
  kRenstraKind,
  kRegional,
  kKabupaten,
  kProvinsi,
  kNasional,
  kPeriods,       // the list of periods through the year
  kPeriodEntry,   // item: the whole period
  kPeriodName,    // item: which quarter or month
  kPeriodTarget,  // item
  kPeriodActual,  // item
  kPeriodRule,    // how the periods make the year's figure
  kTargetRange,   // the object
  kRangeMin,
  kRangeMax,
  kQualitative,  // the object
  kScaleName,
  kTargetCategory,
  kActualCategory,
  kScale,          // the list of categories
  kCategory,       // item: the whole category
  kCategoryName,   // item
  kCategoryValue,  // item
  kRatio,          // the object
  kNumerator,
  kDenominator,
  kRatioPer,
  kDecimals,
  kOriginalTarget,  // target murni
  // Programs, activities, sub-activities and objectives.
  kObjective,  // the objective a program names
  kBudget,
  kPagu,
  kSpending,
  kSpendingPeriods,     // the list of a budget's periods
  kSpendingPeriod,      // item: the whole period
  kSpendingPeriodName,  // item: which quarter or month
  kPeriodSpending,      // item
  kPeriodPlan,          // item: the cash plan's amount (RAK)
  kOriginalPagu,        // pagu murni
  kStaff,
  kStaffNeeded,
  kStaffAvailable,
  kIndicators,
  kActivities,
  kSubActivities,
  // Facilities and SAKIP components.
  kAvailable,
  kNeeded,
  kWeight,
  kScore,
  // Printed figures.
  kFigure,
  kPrintedValue,
  kWhere,
  kCapped,
  // The report (root place).
  kFormat,
  kUnitName,
  kRegion,
  kYear,
  kRenstraFrom,
  kRenstraTo,
  kObjectives,
  kPrograms,
  kFacilities,
  kPrintedFigures,
  kSettings,
  kScoreFloor,
  kScoreCap,
  kRatingScale,  // the list
  kRatingBand,   // item
  kSakipEvaluation,
  kSakipComponents,  // the list
  kStatedTotal,
  kStatedPredicate,
  kPredicateScale,  // the list
  kPredicateBand,   // item
  kReportingPeriod,
  kZeroRule,
  kClassification,  // the object
  kMetFrom,
  kExceededAbove,
  kPaguBasis,
  kTargetBasis,
  // Indicators: the strategic plan's target per year.
  kRenstraTargets,     // the list
  kRenstraYearEntry,   // item: the whole year's target
  kRenstraYear,        // item
  kRenstraYearTarget,  // item
  // Indicators: the id of the indicator one level up that it supports (the performance tree).
  kSupports,
  // Printed figures: an aggregate the data file states over other printed figures.
  kAggregate,       // sum or mean
  kAggregateOf,     // the list of the figures it is made of (an item: one of them)
  kAggregateLabel,  // how the report labels it: "Jumlah"
  // Claims of the text (the list at the root; the rest each claim's): kFigure, kWhere are theirs
  // too.
  kClaims,
  kClaimKind,
  kClaimOther,
  kClaimIndicators,  // ids, read and written as a list where the format has one
  kClaimGroup,
  kClaimStatus,
  kClaimAgainst,
  kClaimValue,
  kQuote,
  // Rating scales as the report prints them (the list at the root; the rest each scale's):
  // kWhere is theirs too.
  kStatedScales,
  kScaleOf,
  kStatedBands,  // the list
  kStatedBand,   // item
  // Printed words about the data (instead of a figure): whose name, whose unit, which fact.
  kNameOf,
  kUnitOf,
  kFact,
  kLastField = kFact,
};

// One value of the model: the object that holds it, its field, and for a field of a list's
// item, the item's index.
struct Key {
  Place object;
  Field field = Field::kWhole;
  std::uint32_t item = 0;

  friend bool operator==(const Key&, const Key&) = default;
  friend auto operator<=>(const Key&, const Key&) = default;
};

// Whether a field names an item of a list (Key::item counts).
bool is_item_field(Field field);

// The record of its object that a field's value belongs to, when the value is one of several in
// it: an earlier year's target is of that year (kPastYear), a Renstra end target of the Renstra
// record, a component's weight of that component. kWhole for a field of the object itself.
Field record_of(Field field);

// Whether two values may be about the same thing, so that a problem with one may be a
// consequence of a problem with the other: one object holds the other (or they are one), or,
// for the report's own parts, they are of one part (the settings, the SAKIP evaluation ...) or
// one is the list that holds the other's object.
bool overlapping(const Key& a, const Key& b);

}  // namespace lkjip
