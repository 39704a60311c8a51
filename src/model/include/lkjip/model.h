// The core model: what one LKjIP says, as plain data. No I/O, no file format, no formulas.
// Every object keeps `source`, its Place in the model (programs 2, activities 0); a value is
// named by a Key (the place and a field, lkjip/key.h), which a reader's source map spells in
// the terms of the file it was read from. No path is stored for each of a large report's values.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <limits>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "lkjip/compact_string.h"
#include "lkjip/heap_optional.h"
#include "lkjip/key.h"
#include "lkjip/money.h"
#include "lkjip/out_of_line_vector.h"
#include "lkjip/rational.h"
#include "lkjip/sentinel_optional.h"

namespace lkjip {

// Percentages are printed, averaged "as printed" and rated with this many decimals.
constexpr int kPercentDecimals = 2;

// A number exactly as written in the data file, with the number of decimals it was written with
// (8.4 has 1), so that it is shown as the report shows it.
struct Quantity {
  Rational value;
  int decimals = 0;
};

// An amount of money in whole rupiah.
struct Amount {
  Rupiah value = 0;
};

// An amount or none in 8 bytes (std::optional<Amount>: 16): none is the lowest rupiah, which no
// amount of the model is (the readers take amounts of 0 and more).
struct NoAmount {
  static Amount none() { return Amount{std::numeric_limits<Rupiah>::min()}; }
  static bool is_none(const Amount& amount) {
    return amount.value == std::numeric_limits<Rupiah>::min();
  }
};
using OptionalAmount = SentinelOptional<Amount, NoAmount>;

// A number or none in 24 bytes (std::optional<Quantity>: 32): none has negative decimals, which
// no number written in a data file has.
struct NoQuantity {
  static Quantity none() { return Quantity{Rational(), std::numeric_limits<int>::min()}; }
  static bool is_none(const Quantity& quantity) {
    return quantity.decimals == std::numeric_limits<int>::min();
  }
};
using OptionalQuantity = SentinelOptional<Quantity, NoQuantity>;

enum class Polarity { kHigherIsBetter, kLowerIsBetter };

// How capaian is computed for a lower-is-better indicator (PermenPANRB 8/2021 by default).
enum class LowerIsBetterMethod {
  kReflected,         // (2T - R) / T x 100
  kTargetOverActual,  // T / R x 100, only when the indicator names it
};

// An earlier year's figures of an indicator (Tabel 3.4).
struct PastYear {
  int year = 0;
  OptionalQuantity target;
  OptionalQuantity actual;
};

// The strategic plan's target for one year of its period.
struct RenstraYearTarget {
  int year = 0;
  Quantity target;
};

// Progress to the strategic plan's end target (Tabel 3.6, 3.7), and the plan's target for each
// year it gives one.
struct RenstraTarget {
  Quantity end_target;
  bool cumulative = false;  // progress from the sum of the plan years' actuals, not the last one
  std::vector<RenstraYearTarget> targets;  // in order, each year once, inside the plan period
};

// The same indicator's figures for the kabupaten, the provinsi and the nation (Tabel 3.8, 3.9).
struct RegionalFigures {
  OptionalQuantity kabupaten;
  OptionalQuantity provinsi;
  OptionalQuantity nasional;
};

// One term of a composite index: IKPP = 1,25 x IKM + 1 x IPP.
struct IndexComponent {
  std::string name;
  Quantity weight;
  OptionalQuantity value;
};

// A part of the year that figures are reported for: a quarter (triwulan), a month, or the
// whole year.
struct Period {
  enum class Kind : std::uint8_t { kYear, kQuarter, kMonth };
  Kind kind = Kind::kYear;
  int number = 0;  // 1-4 for a quarter, 1-12 for a month, 0 for the year

  friend bool operator==(const Period&, const Period&) = default;
};

// How the periods' figures make the figure of the year (or of the year to date).
enum class PeriodRule : std::uint8_t {
  kNone,  // not stated: an indicator with periods must state one (validate)
  kSum,   // cumulative counts: the sum of the periods
  kLast,  // a level or a stock: the last reported period
  kMax,   // the best period
  kMin,   // the worst period
  kMean,  // the mean of the reported periods
};

// One period's figures of an indicator measured through the year. Absent: not reported, never 0.
struct PeriodFigures {
  Period period;
  OptionalQuantity target;
  OptionalQuantity actual;
};

// A target given as a range ("80-90"): inside it capaian is 100; outside it the actual is
// measured against the nearer bound.
struct TargetRange {
  Quantity min;
  Quantity max;
};

// One category of a qualitative indicator's ordinal scale, with the value capaian uses.
struct ScaleCategory {
  std::string name;  // "WTP", "AA"
  Quantity value;
};

// A qualitative indicator: target and actual are categories of its scale (an audit opinion, a
// SAKIP predicate), each standing for the value the data file gives it.
struct QualitativeFigures {
  std::string scale_name;  // "Opini BPK"
  std::vector<ScaleCategory> scale;
  std::string target;  // a category; empty: not reported
  std::string actual;
};

// A rate computed from counts: numerator / denominator x per (cases per 100.000 births).
struct RatioCounts {
  Quantity numerator;
  Quantity denominator;
  Quantity per;
};

// What only some indicators give: a composite index's components, the figures that key and
// program indicators are compared with (earlier years, Renstra, regions), a note, and the
// figures of indicators that are not one number against one number (periods through the year,
// a range target, categories, counts). The rarer parts are held out of line (HeapOptional), so
// that the details of a key indicator with a history and a Renstra target stay small.
struct IndicatorDetails {
  std::vector<IndexComponent> components;
  std::vector<PastYear> history;  // earlier years, oldest first
  std::optional<RenstraTarget> renstra;
  HeapOptional<RegionalFigures> regional;
  std::string note;
  std::vector<PeriodFigures> periods;  // in order, each once, all quarters or all months
  PeriodRule period_rule = PeriodRule::kNone;
  HeapOptional<TargetRange> target_range;
  HeapOptional<QualitativeFigures> qualitative;
  HeapOptional<RatioCounts> ratio;
  std::optional<int> decimals;  // the precision its target and actual are printed with
  // The agreement's original target (target murni) when a revision changed it; `target` is then
  // the revised one (target perubahan). settings.target_basis says which capaian uses.
  OptionalQuantity original_target;
};

struct Indicator {
  CompactString id;
  CompactString name;
  CompactString unit;  // "%", "dokumen", "paket", "nilai", ...
  Place source;
  Polarity polarity = Polarity::kHigherIsBetter;
  LowerIsBetterMethod lower_method = LowerIsBetterMethod::kReflected;
  OptionalQuantity target;  // absent: not reported (never zero)
  OptionalQuantity actual;  // with components: computed from them instead
  // The id of the indicator one level up that it supports (the performance tree, pohon
  // kinerja): a sub-activity's an activity's, an activity's a program's, a program's a key
  // indicator's; empty when it names none. Inline: most indicators of a tree give one, and an
  // id fits the string's own room (no allocation for ids up to 15 bytes).
  CompactString supports;
  // Null when it gives none (most indicators of a large report: sub-activities' give none). Out
  // of line so that those do not carry its room; shared, not copied, between copies of a
  // report, as it is read only. Read it through details_of().
  std::shared_ptr<const IndicatorDetails> details;
};

// The indicator's details, empty ones when it gives none.
const IndicatorDetails& details_of(const Indicator& indicator);
// Its details to be changed: a copy of them that it holds from now on (others holding the old
// ones keep them). The reference is good until the next change of the indicator's details.
IndicatorDetails& edit_details(Indicator& indicator);

// One period's spending of a budget (realisasi anggaran per triwulan or month). Absent: not
// reported, never 0.
struct SpendingPeriod {
  Period period;
  OptionalAmount spending;
  OptionalAmount plan;  // the cash plan's amount (anggaran kas, RAK) for the period
};

// A program's, an activity's or a sub-activity's budget. Each amount it does not give is its
// parts' added up when they give it (budgets from below, the engine's level_budget).
struct Budget {
  // The budget ceiling: the revised one (pagu perubahan) when the report gives an original one
  // too, else the only one. Absent where the report prints none.
  OptionalAmount pagu;
  OptionalAmount original_pagu;  // pagu murni, before the year's revision
  OptionalAmount spending;       // realisasi anggaran
  // In order, each once, all quarters or all months. Out of line: few budgets give periods.
  OutOfLineVector<SpendingPeriod> periods;
};

// Staff needed by workload analysis (ABK) and staff available (Tabel 3.16, 3.17).
struct Staff {
  Quantity needed;
  Quantity available;
};

struct SubActivity {
  CompactString id;
  Place source;
  CompactString name;
  CompactString aim;
  Budget budget;
  std::vector<Indicator> indicators;
};

struct Activity {
  CompactString id;
  Place source;
  CompactString name;
  CompactString aim;
  Budget budget;
  std::vector<Indicator> indicators;
  std::vector<SubActivity> sub_activities;
};

struct Program {
  CompactString id;
  Place source;
  CompactString name;
  CompactString aim;
  CompactString objective_id;
  Budget budget;
  std::optional<Staff> staff;
  std::vector<Indicator> indicators;
  std::vector<Activity> activities;
};

// A strategic objective (sasaran strategis) with its key indicators (IKU).
struct Objective {
  CompactString id;
  Place source;
  CompactString name;
  std::optional<Staff> staff;
  std::vector<Indicator> indicators;
};

// One item of the facilities inventory (Tabel 3.18): the count recorded and the standard need.
struct Facility {
  CompactString id;
  Place source;
  CompactString name;
  Quantity available;
  Quantity needed;
};

// One band of a rating scale: label for values between min and max, each bound in or out.
struct RatingBand {
  std::string label;
  Rational min;
  Rational max;
  bool include_min = false;
  bool include_max = true;
};

// What a scale the report prints rates: an indicator's capaian, scored between
// settings.score_floor and settings.score_cap (what settings.rating_scale rates).
enum class ScaleOf : std::uint8_t { kCapaian };

// A rating scale as the report prints it (BAB III: "> 90 s/d 110 Baik"), for `check` to judge
// against the floor and the cap, and against lkjip's own settings.rating_scale. Its bands may
// leave values out, overlap or lie beyond the cap: those are the report's defects, not the data's.
struct StatedScale {
  std::string where;  // where the report prints it: "BAB III"
  ScaleOf of = ScaleOf::kCapaian;
  std::vector<RatingBand> bands;  // as printed, in the report's order
  Place source;
};

// The SAKIP evaluation (LHE) of the unit: component scores against their weights.
struct SakipComponent {
  std::string name;
  Place source;
  Quantity weight;
  Quantity score;
};

struct SakipEvaluation {
  std::vector<SakipComponent> components;
  OptionalQuantity stated_total;                // the total as the report states it
  std::optional<std::string> stated_predicate;  // the predicate as the report states it
  std::vector<RatingBand> predicate_scale;
  bool predicate_scale_given = false;  // or the default of PermenPANRB 88/2021
};

// A figure as the report prints it, to be checked against the computed one (`lkjip check`).
// A printed total or mean that a data file states over other printed figures, where lkjip has
// no figure of its own (a "Jumlah" row of capaian): none for a printed figure.
enum class AggregateKind : std::uint8_t { kNone, kSum, kMean };

struct PrintedFigure {
  std::string figure;       // the computed figure's name: "iku/mean/score"
  OptionalQuantity number;  // a printed number, with the decimals it was printed with
  std::string text;         // or a printed text (a predicate, a rating)
  std::string where;        // where the report prints it: "Tabel 3.1"
  bool capped = false;      // the report states that this figure is capped
  std::string note;         // the reader's note: where it was read, what it means
  Place source;
  // The precision stated so that no tool can change it: the file's "decimals" (Desimal), or the
  // decimals of the report's text the number was read from ("95,30": 2). Where stated, the
  // readers make number->decimals the same. Unstated: the decimals the number is written with.
  std::optional<int> decimals;
  // Instead of `figure`: the sum or mean of the figures `of` names (each "table/row/column",
  // or one pattern "table/*/column": every row of that column but totals), printed as `label`.
  AggregateKind aggregate = AggregateKind::kNone;
  std::vector<std::string> of;
  std::string label;
  // Instead of a figure: words the report prints about the data (issue 15, class 4), in `text`,
  // never read as a number: the name of an object (`name_of`: its id), the unit of an indicator
  // (`unit_of`: its id), or one place's wording of a fact the report states in several places
  // (`fact`: "tanggal LHE"). At most one of `figure`, `aggregate`, `name_of`, `unit_of`, `fact`.
  std::string name_of;
  std::string unit_of;
  std::string fact;
};

// Whether a printed entry is words about the data (a name, a unit, a fact) rather than a figure.
inline bool is_printed_words(const PrintedFigure& printed) {
  return !printed.name_of.empty() || !printed.unit_of.empty() || !printed.fact.empty();
}

// What a sentence of the report claims about its figures, in a form `check` verifies against
// the computed ones (issue 15). The kinds: see README "Claims in the text".
enum class ClaimKind : std::uint8_t {
  kNone,         // not stated: validate() says a claim needs one
  kAllMet,       // every indicator of the group (or listed) met or exceeded its target
  kAllExceeded,  // every one exceeded it
  kNoneMet,      // none met it
  kCount,        // how many objects or indicators of a group (of a class): `value`
  kChange,       // figure (or other − figure) is `value`, or goes up, down or stays
  kEquals,       // figure equals `value` or the other figure
  kAbove,        // figure is above `value` or the other figure
  kBelow,        // figure is below it
  kReached,      // each listed indicator reached its Renstra target (the end's or the year's)
  kClassified,   // an indicator's class (exceeded, met, not-met, reached) or rating, or a
                 // figure's text (a predicate), is `value`
};

// What a claim is about when it is about a group: indicators of a level, or objects.
enum class ClaimGroup : std::uint8_t {
  kNone,
  kKey,          // key indicators (IKU)
  kProgram,      // program indicators
  kActivity,     // activity indicators
  kSubActivity,  // sub-activity indicators
  kIndicators,   // every indicator
  kObjectives,   // strategic objectives
  kPrograms,
  kActivities,
  kSubActivities,
};

// Which indicators of a group a count is of: their class in the classification (Tabel 3.2).
enum class ClaimStatus : std::uint8_t {
  kAny,
  kExceeded,  // capaian as printed above settings.classification.exceeded_above
  kMet,       // from met_from up to exceeded_above
  kNotMet,    // below met_from
  kReached,   // met or exceeded
};

// The Renstra target a `reached` claim is about.
enum class ClaimTarget : std::uint8_t { kEnd, kYear };

struct Claim {
  ClaimKind kind = ClaimKind::kNone;
  std::string figure;                   // a computed figure's name ("tren/AKIP/change_2023_2024")
  std::string other;                    // the figure it is compared with, or changes to
  std::vector<std::string> indicators;  // ids
  ClaimGroup group = ClaimGroup::kNone;
  ClaimStatus status = ClaimStatus::kAny;
  ClaimTarget against = ClaimTarget::kEnd;
  OptionalQuantity number;  // the claimed value, with the decimals the text gives it
  std::string text;         // or a claimed text ("met", "BB", "up")
  std::string where;        // where the report says it: "§3.2"
  std::string quote;        // the sentence as printed
  Place source;
};

// Which of an original (murni) and a revised (perubahan) figure the report measures with, where
// it gives both: the revised by default; where only one is given, that one.
enum class Basis : std::uint8_t { kRevised, kOriginal };

// How a capaian whose target or actual is zero is made: no regulation says (domain.md).
enum class ZeroRule : std::uint8_t {
  kNotComputable,  // the default: a zero target cannot be divided by
  kBothZeroFull,   // a target of 0 met by an actual of 0 is 100; other zeros not computable
};

// The thresholds of the classification table (Tabel 3.2): a capaian as printed above
// `exceeded_above` exceeded its target, one from `met_from` up to it met it, one below did not.
struct Classification {
  Quantity met_from{Rational(100), 0};
  Quantity exceeded_above{Rational(100), 0};
};

struct Settings {
  Quantity score_floor{Rational(0), 0};
  Quantity score_cap{Rational(100), 0};
  // Whether the data file gives them (or they are the defaults above).
  bool score_floor_given = false;
  bool score_cap_given = false;
  bool rating_scale_given = false;
  std::vector<RatingBand> rating_scale;
  // The part of the year the report covers: figures through the year are taken to its end.
  Period reporting_period;
  ZeroRule zero_rule = ZeroRule::kNotComputable;
  Classification classification;
  bool classification_given = false;
  Basis pagu_basis = Basis::kRevised;    // which pagu absorption and SILPA use
  Basis target_basis = Basis::kRevised;  // which target capaian uses
};

struct Unit {
  std::string name;
  std::string region;
};

struct PerformanceReport {
  Unit unit;
  int year = 0;
  int renstra_from = 0;  // the strategic plan's period; 0 and 0 when the file gives none
  int renstra_to = 0;
  Settings settings;
  std::vector<Objective> objectives;
  std::vector<Program> programs;
  std::vector<Facility> facilities;
  std::optional<SakipEvaluation> sakip;
  std::vector<PrintedFigure> printed;
  std::vector<Claim> claims;
  std::vector<StatedScale> stated_scales;
};

// Every object that holds indicators, in the order of the tables: the objectives, then each
// program, its activities and their sub-activities. `visit` takes each (a generic lambda).
template <class Visit>
void for_each_owner(const PerformanceReport& report, Visit&& visit) {
  for (const Objective& objective : report.objectives)
    visit(objective);
  for (const Program& program : report.programs) {
    visit(program);
    for (const Activity& activity : program.activities) {
      visit(activity);
      for (const SubActivity& sub : activity.sub_activities)
        visit(sub);
    }
  }
}

// Every indicator in the same order, with the id of the object that holds it:
// visit(owner_id, indicator).
template <class Visit>
void for_each_indicator(const PerformanceReport& report, Visit&& visit) {
  for_each_owner(report, [&](const auto& owner) {
    for (const Indicator& indicator : owner.indicators)
      visit(owner.id, indicator);
  });
}

// The level of the performance tree (pohon kinerja) an indicator is at, from its place: a key
// indicator (of an objective), a program's, an activity's or a sub-activity's. An indicator at a
// level supports (Indicator::supports) one of the level before it; a key indicator belongs to
// its objective.
enum class TreeLevel : std::uint8_t { kKey, kProgram, kActivity, kSubActivity };
// Precondition: `indicator_place` is an indicator's place.
TreeLevel tree_level(const Place& indicator_place);
// Whether any indicator of the report gives `supports`: the report gives a performance tree.
bool gives_tree(const PerformanceReport& report);

// How many periods of `kind` (quarters or months) end by the end of `through`: a quarter counts
// once its last month has ended. The whole year holds 4 quarters, 12 months.
int periods_through(Period::Kind kind, const Period& through);
// How many periods of `kind` a year has (4 or 12; 1 for the year).
int periods_in_year(Period::Kind kind);

// The seed report's scale (Bab III) with its gap between 80 and 90 closed: 70-90 is one band.
std::vector<RatingBand> default_rating_scale();
// The SAKIP predicates of PermenPANRB 88/2021: AA, A, BB, B, CC, C, D.
std::vector<RatingBand> default_sakip_predicate_scale();

}  // namespace lkjip
