#include "lkjip/validate.h"

#include <algorithm>
#include <bit>
#include <cstdint>
#include <cstdio>
#include <functional>
#include <string_view>
#include <type_traits>
#include <utility>

#include "lkjip/byte_words.h"
#include "lkjip/error.h"
#include "lkjip/fields.h"
#include "lkjip/input_messages.h"
#include "lkjip/scale.h"
#include "lkjip/suggest.h"

namespace lkjip {
namespace {

constexpr int kEarliestPastYear = 1945;

// The order of each id's first use, ids given in order: an open-addressing table of orders
// (an unordered_map's node per id was a sixth of validate on a report of 340 000 ids).
class FirstUses {
 public:
  explicit FirstUses(std::size_t ids)
      : slots_(std::bit_ceil(std::max<std::size_t>(2 * ids, 16)), kEmpty),
        shift_(64 - std::countr_zero(slots_.size())) {
    ids_.reserve(ids);
  }

  // The order of the first use of `id`: `order` itself when this is it. Orders come 0, 1, 2...
  std::uint32_t first(std::string_view id, std::uint32_t order) {
    const std::size_t mask = slots_.size() - 1;
    ids_.push_back(id);
    for (std::size_t slot = hash(id) >> shift_;; slot = (slot + 1) & mask) {
      if (slots_[slot] == kEmpty) {
        slots_[slot] = order;
        return order;
      }
      const std::string_view other = ids_[slots_[slot]];
      if (other.size() == id.size() && words::same_bytes(other.data(), id.data(), id.size())) {
        return slots_[slot];
      }
    }
  }

 private:
  // Most ids are short (P1.K2.S3.I1): up to sixteen bytes read as two words and mixed by
  // multiplication (the table takes the product's high bits), with no call; longer ones by the
  // standard hash, mixed the same way.
  static std::uint64_t hash(std::string_view id) {
    const std::size_t n = id.size();
    std::uint64_t low = n;
    std::uint64_t high = 0;
    if (n > 16) {
      low ^= std::hash<std::string_view>{}(id);
    } else if (n >= 8) {
      low ^= words::load(id.data());
      high = words::load(id.data() + n - 8);
    } else if (n > 0) {
      low ^= words::load_few(id.data(), n) << 8;
    }
    const std::uint64_t mixed = low * 0x9E3779B97F4A7C15u + high * 0xC2B2AE3D27D4EB4Fu;
    return (mixed ^ (mixed >> 29)) * 0xBF58476D1CE4E5B9u;
  }

  static constexpr std::uint32_t kEmpty = UINT32_MAX;
  std::vector<std::uint32_t> slots_;   // orders; never full: twice the ids at least
  int shift_;                          // a hash's high bits are its slot
  std::vector<std::string_view> ids_;  // by order
};

class Validator {
 public:
  Validator(const PerformanceReport& report, const SourceMap& names)
      : report_(report), names_(names) {}

  std::vector<ModelProblem> run() {
    check_texts();
    check_ids();
    check_objectives();
    check_references();
    check_indicators();
    check_tree();
    check_budget_periods();
    check_period();
    check_settings();
    check_sakip();
    check_printed();
    check_claims();
    check_stated_scales();
    return std::move(problems_);
  }

 private:
  void add(const Key& key, Text message) {
    problems_.push_back(ModelProblem{key, std::move(message)});
  }
  template <class... Args>
  void add(const Key& key, InputMessage message, const Args&... args) {
    add(key, say(message, args...));
  }

  // ---- Texts: one line of printable text, never empty ----------------------------------------
  // The first control character, found sixteen or eight bytes at a time; a short name of the
  // model, from the sixteen bytes it keeps it in.
  static constexpr words::ByteSet kControl{.below = 0x20, .equal = {0x7F, 0, 0}};
  template <class Text>
  static std::size_t first_control(const Text& text) {
    if constexpr (std::is_same_v<Text, CompactString>) {
      // Its reader may have looked already (a name the JSON cursor scanned byte by byte).
      if (text.known_without_controls()) return text.size();
      static_assert(CompactString::kReadableBytes >= 16);
      return words::run_outside_readable16<kControl>(text);
    } else {
      return words::run_outside<kControl>(text, 0);
    }
  }

  template <class Text>
  void check_text(const Text& text, const Key& key) {
    if (text.empty()) {
      add(key, InputMessage::kNonEmptyString);
      return;
    }
    const std::size_t before = first_control(text);
    if (before < text.size()) {
      char code[8];
      std::snprintf(code, sizeof code, "%04X", static_cast<unsigned char>(text[before]));
      add(key, InputMessage::kControlCharacter, std::string(code));
    }
  }

  template <class Text>
  void check_optional_text(const Text& text, const Key& key) {
    if (!text.empty()) check_text(text, key);
  }

  void check_indicator_texts(const std::vector<Indicator>& indicators) {
    for (const Indicator& indicator : indicators) {
      check_text(indicator.name, Key{indicator.source, Field::kName});
      check_text(indicator.unit, Key{indicator.source, Field::kUnit});
      const IndicatorDetails& details = details_of(indicator);
      check_optional_text(details.note, Key{indicator.source, Field::kNote});
      for (std::uint32_t i = 0; i < details.components.size(); ++i) {
        check_text(details.components[i].name, Key{indicator.source, Field::kComponentName, i});
      }
      if (details.qualitative) {
        const QualitativeFigures& q = *details.qualitative;
        check_text(q.scale_name, Key{indicator.source, Field::kScaleName});
        for (std::uint32_t i = 0; i < q.scale.size(); ++i) {
          check_text(q.scale[i].name, Key{indicator.source, Field::kCategoryName, i});
        }
      }
    }
  }

  // An objective, program, activity or sub-activity: its name, its aim (objectives have none)
  // and its indicators' texts.
  template <class Owner>
  void check_owner_texts(const Owner& owner) {
    check_text(owner.name, Key{owner.source, Field::kName});
    if constexpr (requires { owner.aim; }) {
      check_optional_text(owner.aim, Key{owner.source, Field::kAim});
    }
    check_indicator_texts(owner.indicators);
  }

  void check_band_labels(const std::vector<RatingBand>& bands, Field field,
                         const Place& place = Place()) {
    for (std::uint32_t i = 0; i < bands.size(); ++i) {
      check_text(bands[i].label, Key{place, field, i});
    }
  }

  void check_texts() {
    check_text(report_.unit.name, Key{Place(), Field::kUnitName});
    check_text(report_.unit.region, Key{Place(), Field::kRegion});
    for_each_owner(report_, [&](const auto& owner) { check_owner_texts(owner); });
    for (const Facility& facility : report_.facilities) {
      check_text(facility.name, Key{facility.source, Field::kName});
    }
    check_band_labels(report_.settings.rating_scale, Field::kRatingBand);
    if (report_.sakip) {
      for (const SakipComponent& component : report_.sakip->components) {
        check_text(component.name, Key{component.source, Field::kName});
      }
      if (report_.sakip->stated_predicate) {
        check_text(*report_.sakip->stated_predicate, Key{Place(), Field::kStatedPredicate});
      }
      check_band_labels(report_.sakip->predicate_scale, Field::kPredicateBand);
    }
    for (const PrintedFigure& printed : report_.printed) {
      if (is_printed_words(printed)) {
        check_printed_words(printed);
      } else if (printed.aggregate == AggregateKind::kNone) {
        check_printed_figure(printed);
      } else {
        check_printed_aggregate(printed);
      }
      check_optional_text(printed.where, Key{printed.source, Field::kWhere});
      check_optional_text(printed.note, Key{printed.source, Field::kNote});
      if (!printed.number) check_text(printed.text, Key{printed.source, Field::kPrintedValue});
    }
    for (const StatedScale& scale : report_.stated_scales) {
      check_text(scale.where, Key{scale.source, Field::kWhere});
      check_band_labels(scale.bands, Field::kStatedBand, scale.source);
    }
    for (const Claim& claim : report_.claims) {
      check_optional_text(claim.figure, Key{claim.source, Field::kFigure});
      check_optional_text(claim.other, Key{claim.source, Field::kClaimOther});
      check_optional_text(claim.where, Key{claim.source, Field::kWhere});
      check_optional_text(claim.quote, Key{claim.source, Field::kQuote});
      check_optional_text(claim.text, Key{claim.source, Field::kClaimValue});
    }
  }

  // ---- Claims: each kind says what it is about and what it claims -----------------------------
  // The figures a claim names are known once the tables are made: `check` says of an unknown one.
  static bool indicator_group(ClaimGroup group) {
    return group >= ClaimGroup::kKey && group <= ClaimGroup::kIndicators;
  }

  static Text kind_name(const Claim& claim) {
    return say(InputMessage::kClaimKindName,
               choices(Field::kClaimKind)[static_cast<std::size_t>(claim.kind)]);
  }

  // Members a kind has no use for are mistakes (a value left where none is compared).
  void refuse_member(const Claim& claim, bool given, Field field, std::string_view member,
                     InputMessage why) {
    if (given) {
      add(Key{claim.source, field}, InputMessage::kClaimTakesNo, kind_name(claim), member,
          say(why));
    }
  }

  void require_member(const Claim& claim, bool given, Field field, InputMessage what) {
    if (!given)
      add(Key{claim.source, field}, InputMessage::kClaimNeeds, kind_name(claim), say(what));
  }

  // ", found \"text\"" after a message, or nothing when there is no text.
  static Text found_text(const std::string& text) {
    return text.empty() ? verbatim("") : say(InputMessage::kFoundQuoted, text);
  }

  void check_claim_ids(const Claim& claim, const std::vector<std::string_view>& ids) {
    for (const std::string& id : claim.indicators) {
      if (std::find(ids.begin(), ids.end(), id) != ids.end()) continue;
      const auto near = closest(id, ids);
      add(Key{claim.source, Field::kClaimIndicators}, InputMessage::kNoIndicatorId, id,
          near ? say(InputMessage::kDidYouMeanColon, *near) : say(InputMessage::kClaimNamesById));
    }
  }

  void check_claim(const Claim& claim, const std::vector<std::string_view>& ids) {
    const bool has_value = claim.number || !claim.text.empty();
    const bool has_group = claim.group != ClaimGroup::kNone;
    const bool has_ids = !claim.indicators.empty();
    const bool has_figure = !claim.figure.empty();
    const Key value_key{claim.source, Field::kClaimValue};
    check_claim_ids(claim, ids);
    refuse_member(claim, claim.status != ClaimStatus::kAny && claim.kind != ClaimKind::kCount,
                  Field::kClaimStatus, "status", InputMessage::kWhyCountOfClass);
    refuse_member(claim, claim.against != ClaimTarget::kEnd && claim.kind != ClaimKind::kReached,
                  Field::kClaimAgainst, "against", InputMessage::kWhyReachedNamesTarget);
    switch (claim.kind) {
      case ClaimKind::kNone:
        add(Key{claim.source, Field::kClaimKind}, InputMessage::kClaimNeedsKind);
        return;
      case ClaimKind::kAllMet:
      case ClaimKind::kAllExceeded:
      case ClaimKind::kNoneMet:
        if (has_group == has_ids || (has_group && !indicator_group(claim.group))) {
          add(Key{claim.source, has_group ? Field::kClaimGroup : Field::kClaimIndicators},
              InputMessage::kClaimGroupOrIndicators, kind_name(claim));
        }
        refuse_member(claim, has_value, Field::kClaimValue, "value",
                      InputMessage::kWhyClaimsNoNumber);
        refuse_member(claim, has_figure, Field::kFigure, "figure",
                      InputMessage::kWhyAboutIndicators);
        refuse_member(claim, !claim.other.empty(), Field::kClaimOther, "other",
                      InputMessage::kWhyAboutIndicators);
        return;
      case ClaimKind::kCount: {
        require_member(claim, has_group, Field::kClaimGroup, InputMessage::kNeedsGroupCounted);
        if (!claim.number || !(claim.number->value.rounded(0) == claim.number->value) ||
            claim.number->value < Rational(0)) {
          add(value_key, InputMessage::kClaimNeedsWholeValue, kind_name(claim),
              found_text(claim.text));
        }
        refuse_member(
            claim, claim.status != ClaimStatus::kAny && has_group && !indicator_group(claim.group),
            Field::kClaimStatus, "status", InputMessage::kWhyOnlyIndicatorsOfClass);
        refuse_member(claim, has_ids, Field::kClaimIndicators, "indicators",
                      InputMessage::kWhyCountsGroup);
        refuse_member(claim, has_figure, Field::kFigure, "figure", InputMessage::kWhyCountsGroup);
        return;
      }
      case ClaimKind::kChange:
        require_member(claim, has_figure, Field::kFigure, InputMessage::kNeedsFigureChanging);
        if (!claim.number && claim.text != "up" && claim.text != "down" &&
            claim.text != "unchanged") {
          add(value_key, InputMessage::kClaimNeedsChange, kind_name(claim), found_text(claim.text));
        }
        refuse_member(claim, has_group, Field::kClaimGroup, "group",
                      InputMessage::kWhyAboutFigures);
        refuse_member(claim, has_ids, Field::kClaimIndicators, "indicators",
                      InputMessage::kWhyAboutFigures);
        return;
      case ClaimKind::kEquals:
      case ClaimKind::kAbove:
      case ClaimKind::kBelow:
        require_member(claim, has_figure, Field::kFigure, InputMessage::kNeedsFigureAbout);
        if (has_value == !claim.other.empty()) {
          add(value_key, InputMessage::kClaimValueOrOther, kind_name(claim));
        } else if (!claim.text.empty() && claim.kind != ClaimKind::kEquals) {
          add(value_key, InputMessage::kClaimNeedsNumber, kind_name(claim), claim.text);
        }
        refuse_member(claim, has_group, Field::kClaimGroup, "group",
                      InputMessage::kWhyAboutFigures);
        refuse_member(claim, has_ids, Field::kClaimIndicators, "indicators",
                      InputMessage::kWhyAboutFigures);
        return;
      case ClaimKind::kReached:
        require_member(claim, has_ids, Field::kClaimIndicators,
                       InputMessage::kNeedsIndicatorsReached);
        refuse_member(claim, has_value, Field::kClaimValue, "value",
                      InputMessage::kWhyClaimsNoNumber);
        refuse_member(claim, has_group, Field::kClaimGroup, "group",
                      InputMessage::kWhyNamesIndicators);
        refuse_member(claim, has_figure, Field::kFigure, "figure",
                      InputMessage::kWhyNamesIndicators);
        return;
      case ClaimKind::kClassified:
        if (has_figure == (claim.indicators.size() == 1) || claim.indicators.size() > 1) {
          add(Key{claim.source, has_figure ? Field::kFigure : Field::kClaimIndicators},
              InputMessage::kClaimOneIndicatorOrFigure, kind_name(claim));
        }
        if (claim.text.empty()) {
          add(value_key, InputMessage::kClaimNeedsClass, kind_name(claim));
        }
        refuse_member(claim, has_group, Field::kClaimGroup, "group",
                      InputMessage::kWhyAboutOneIndicator);
        return;
    }
  }

  void check_claims() {
    if (report_.claims.empty()) return;
    std::vector<std::string_view> ids;
    for_each_indicator(report_, [&](std::string_view, const Indicator& indicator) {
      ids.push_back(indicator.id);
    });
    for (const Claim& claim : report_.claims)
      check_claim(claim, ids);
  }

  // ---- Printed words about the data: a name, a unit, a fact
  // ------------------------------------ The ids a printed name may be of (every object's and
  // indicator's, and the facilities'), and a printed unit (the indicators'): collected once, when
  // some entry needs them.
  void collect_ids() {
    if (ids_collected_) return;
    ids_collected_ = true;
    for_each_owner(report_, [&](const auto& owner) {
      object_ids_.push_back(owner.id);
      for (const Indicator& indicator : owner.indicators) {
        object_ids_.push_back(indicator.id);
        indicator_ids_.push_back(indicator.id);
      }
    });
    for (const Facility& facility : report_.facilities)
      object_ids_.push_back(facility.id);
  }

  void check_printed_id(const std::string& id, const Key& key,
                        const std::vector<std::string_view>& ids, InputMessage what) {
    check_text(id, key);
    if (id.empty() || std::find(ids.begin(), ids.end(), id) != ids.end()) return;
    const auto near = closest(id, ids);
    add(key, InputMessage::kNoIdOf, say(what), id,
        near ? say(InputMessage::kDidYouMeanColon, *near) : say(InputMessage::kNameItById));
  }

  void check_printed_words(const PrintedFigure& printed) {
    const int kinds = static_cast<int>(!printed.name_of.empty()) +
                      static_cast<int>(!printed.unit_of.empty()) +
                      static_cast<int>(!printed.fact.empty());
    const Key name_key{printed.source, Field::kNameOf};
    const Key unit_key{printed.source, Field::kUnitOf};
    const Key fact_key{printed.source, Field::kFact};
    const Key first_key = !printed.name_of.empty()   ? name_key
                          : !printed.unit_of.empty() ? unit_key
                                                     : fact_key;
    if (kinds > 1 || !printed.figure.empty() || printed.aggregate != AggregateKind::kNone) {
      add(first_key, InputMessage::kPrintedOneKind);
      return;
    }
    if (printed.number) {
      add(Key{printed.source, Field::kPrintedValue}, InputMessage::kPrintedWordsNotNumber);
    }
    if (printed.capped) {
      add(Key{printed.source, Field::kCapped}, InputMessage::kCappedOnWords);
    }
    if (!printed.of.empty() || !printed.label.empty()) {
      add(Key{printed.source, printed.of.empty() ? Field::kAggregateLabel : Field::kAggregateOf},
          InputMessage::kOfLabelOnWords);
    }
    collect_ids();
    if (!printed.name_of.empty()) {
      check_printed_id(printed.name_of, name_key, object_ids_, InputMessage::kWhatNamed);
    } else if (!printed.unit_of.empty()) {
      check_printed_id(printed.unit_of, unit_key, indicator_ids_, InputMessage::kWhatIndicator);
    } else {
      check_text(printed.fact, fact_key);
    }
  }

  // ---- Printed figures: a figure lkjip computes, or an aggregate of other printed figures
  // ------
  void check_printed_figure(const PrintedFigure& printed) {
    if (printed.figure.empty() && !printed.of.empty()) {
      add(Key{printed.source, Field::kAggregate}, InputMessage::kAggregateBesideOf);
      return;
    }
    if (printed.figure.empty()) {
      add(Key{printed.source, Field::kFigure}, InputMessage::kPrintedNeedsFigure);
      return;
    }
    check_text(printed.figure, Key{printed.source, Field::kFigure});
    if (!printed.label.empty()) {
      add(Key{printed.source, Field::kAggregateLabel}, InputMessage::kLabelOnFigure);
    }
  }

  // One name of an aggregate's parts: "table/row/column", the row possibly "*" (every row of
  // the column but totals).
  static bool figure_name_shape(std::string_view name) {
    const std::size_t first = name.find('/');
    if (first == std::string_view::npos) return false;
    const std::size_t second = name.find('/', first + 1);
    if (second == std::string_view::npos || name.find('/', second + 1) != std::string_view::npos)
      return false;
    const std::string_view table = name.substr(0, first);
    const std::string_view row = name.substr(first + 1, second - first - 1);
    const std::string_view column = name.substr(second + 1);
    if (table.empty() || row.empty() || column.empty()) return false;
    if (table.find('*') != std::string_view::npos || column.find('*') != std::string_view::npos)
      return false;
    return row == "*" || row.find('*') == std::string_view::npos;
  }

  void check_printed_aggregate(const PrintedFigure& printed) {
    const Key of{printed.source, Field::kAggregateOf};
    if (!printed.figure.empty()) {
      add(Key{printed.source, Field::kFigure}, InputMessage::kFigureAndAggregate);
    }
    const Text sum_or_mean =
        say(printed.aggregate == AggregateKind::kSum ? InputMessage::kWordSum
                                                     : InputMessage::kWordMean);
    if (!printed.number) {
      add(Key{printed.source, Field::kPrintedValue}, InputMessage::kAggregateNeedsNumber,
          sum_or_mean);
    }
    if (printed.capped) {
      add(Key{printed.source, Field::kCapped}, InputMessage::kCappedOnAggregate);
    }
    check_optional_text(printed.label, Key{printed.source, Field::kAggregateLabel});
    if (printed.of.empty()) {
      add(of, InputMessage::kAggregateNeedsOf, sum_or_mean);
      return;
    }
    for (std::size_t i = 0; i < printed.of.size(); ++i) {
      const std::string& name = printed.of[i];
      if (!figure_name_shape(name)) {
        add(of, InputMessage::kOfEntryNotName, i + 1, name);
        continue;
      }
      for (std::size_t j = 0; j < i; ++j) {
        if (printed.of[j] == name) {
          add(of, InputMessage::kOfEntryRepeats, i + 1, name, j + 1);
          break;
        }
      }
    }
  }

  // ---- Ids: they name the rows of every table
  // -------------------------------------------------- Every item id once, in the order of the
  // tables: each owner's, then its indicators'.
  template <typename Visit>
  void for_each_id(Visit visit) const {
    for_each_owner(report_, [&](const auto& owner) {
      visit(owner.id, owner.source);
      for (const Indicator& indicator : owner.indicators)
        visit(indicator.id, indicator.source);
    });
  }

  void check_id_text(const CompactString& id, const Place& place) {
    const Key key{place, Field::kId};
    // One scan tells most ids plain, with no control character and no '/' (an id is short: one
    // load of its sixteen bytes); check_text and a search for the '/' say what is wrong with the
    // others.
    constexpr words::ByteSet kControlOrSlash{.below = 0x20, .equal = {0x7F, '/', 0}};
    static_assert(CompactString::kReadableBytes >= 16);
    if (id.empty() || words::run_outside_readable16<kControlOrSlash>(id) < id.size()) {
      check_text(id, key);
      if (id.view().find('/') != std::string_view::npos) add(key, InputMessage::kIdSlash);
    }
    // These name the total and mean rows of the tables: an item with one would share their
    // figure names (anggaran/total/pagu). None holds a '/' or a control character.
    static constexpr std::string_view kReserved[] = {"total", "mean", "stated_total",
                                                     "stated_predicate"};
    for (const std::string_view reserved : kReserved) {
      if (id == reserved) add(key, InputMessage::kReservedId, id);
    }
  }

  // Each repeated id is named where it is used again, with where it was first used (an empty id
  // is no repeat: its missing text is the problem). One pass in the order of the tables with a
  // hash map of each id's first use (no sort of every use: a large report has hundreds of
  // thousands), then the places of the few repeated ones found in a second walk.
  void check_ids() {
    struct Repeat {
      std::uint32_t order;
      std::uint32_t first;  // the order of its first use
      const CompactString* id;
    };
    std::vector<Repeat> repeats;
    std::size_t ids = 0;
    for_each_owner(report_, [&](const auto& owner) { ids += 1 + owner.indicators.size(); });
    FirstUses first_uses(ids);
    std::uint32_t count = 0;
    for_each_id([&](const CompactString& id, const Place& place) {
      check_id_text(id, place);
      const std::uint32_t order = count++;
      const std::uint32_t first = first_uses.first(id, order);
      if (first != order && !id.empty()) repeats.push_back(Repeat{order, first, &id});
    });
    if (repeats.empty()) return;
    std::vector<Place> places(count);
    std::uint32_t order = 0;
    for_each_id([&](const CompactString&, const Place& place) { places[order++] = place; });
    for (const Repeat& repeat : repeats) {  // in the order of the tables
      add(Key{places[repeat.order], Field::kId}, InputMessage::kDuplicateId, *repeat.id,
          names_.name(Key{places[repeat.first], Field::kId}));
    }
  }

  // ---- Structure and references
  // ---------------------------------------------------------------- A report may be a fragment
  // (one objective, only budgets, one program's indicators): no objective, no program and no
  // indicator is required; what needs one says so when computed.
  void check_objectives() {}

  void check_references() {
    // An objective whose id could not be read could be the one a program names: no reference
    // can be judged (the missing id is the problem).
    const bool ids_known = std::none_of(report_.objectives.begin(), report_.objectives.end(),
                                        [](const Objective& o) { return o.id.empty(); });
    if (!ids_known) return;
    for (const Program& program : report_.programs) {
      const CompactString& objective_id = program.objective_id;
      const bool known = std::any_of(report_.objectives.begin(), report_.objectives.end(),
                                     [&](const Objective& o) { return o.id == objective_id; });
      if (known || objective_id.empty()) continue;
      std::string ids;
      for (const Objective& objective : report_.objectives) {
        if (!ids.empty()) ids += ", ";
        ids += objective.id;
      }
      add(Key{program.source, Field::kObjective}, InputMessage::kUnknownObjective, objective_id,
          ids);
    }
  }

  // ---- Indicators
  // ------------------------------------------------------------------------------
  void check_indicator(const Indicator& indicator) {
    if (indicator.lower_method == LowerIsBetterMethod::kTargetOverActual &&
        indicator.polarity != Polarity::kLowerIsBetter) {
      add(Key{indicator.source, Field::kMethod}, InputMessage::kMethodNeedsLower);
    }
    const std::vector<PastYear>& history = details_of(indicator).history;
    for (std::uint32_t i = 0; i < history.size(); ++i) {
      const Key year{indicator.source, Field::kPastYearYear, i};
      if (report_.year != 0 && history[i].year >= report_.year) {
        add(year, InputMessage::kPastYearRange, kEarliestPastYear, report_.year - 1,
            history[i].year);
      } else if (i > 0 && history[i].year <= history[i - 1].year) {
        add(year, InputMessage::kPastYearsOrder);
      }
    }
  }

  // ---- Figures through the year
  // ----------------------------------------------------------------- An indicator's or a
  // budget's periods (`Item`s with a `period`): all quarters or all months, in the order of the
  // year, each once. `field` names an item's period.
  template <class Item>
  void check_period_list(const std::vector<Item>& items, const Place& owner, Field field) {
    if (items.empty()) return;
    const Period::Kind kind = items.front().period.kind;
    for (std::uint32_t i = 0; i < items.size(); ++i) {
      const Period& period = items[i].period;
      const Key key{owner, field, i};
      if (period.kind == Period::Kind::kYear) {
        add(key, InputMessage::kPeriodWholeYear);
      } else if (period.kind != kind) {
        add(key, InputMessage::kPeriodsMixed);
      } else if (i > 0 && period.number <= items[i - 1].period.number) {
        add(key, InputMessage::kPeriodsOrder);
      }
    }
  }

  void check_budget_periods() {
    auto visit = [&](const auto& level) {
      check_period_list(level.budget.periods.items(), level.source, Field::kSpendingPeriodName);
    };
    for (const Program& program : report_.programs) {
      visit(program);
      for (const Activity& activity : program.activities) {
        visit(activity);
        for (const SubActivity& sub : activity.sub_activities)
          visit(sub);
      }
    }
  }

  void check_periods(const Indicator& indicator) {
    const IndicatorDetails& details = details_of(indicator);
    const std::vector<PeriodFigures>& periods = details.periods;
    if (periods.empty()) {
      if (details.period_rule != PeriodRule::kNone) {
        add(Key{indicator.source, Field::kPeriodRule}, InputMessage::kPeriodRuleWithoutPeriods);
      }
      return;
    }
    if (details.period_rule == PeriodRule::kNone) {
      add(Key{indicator.source, Field::kPeriods}, InputMessage::kPeriodRuleMissing);
    }
    check_period_list(periods, indicator.source, Field::kPeriodName);
    if (details.target_range && std::any_of(periods.begin(), periods.end(),
                                            [](const PeriodFigures& p) { return p.target; })) {
      add(Key{indicator.source, Field::kTargetRange}, InputMessage::kRangeAndPeriodTargets);
    }
  }

  // ---- Qualitative indicators: categories on the scale the indicator gives
  // ----------------------
  void check_category(const QualitativeFigures& q, const std::string& category, const Key& key) {
    if (category.empty()) return;
    const bool on_scale = std::any_of(q.scale.begin(), q.scale.end(),
                                      [&](const ScaleCategory& c) { return c.name == category; });
    if (on_scale) return;
    std::string names;
    for (const ScaleCategory& c : q.scale) {
      names += names.empty() ? "" : ", ";
      names += c.name;
    }
    add(key, InputMessage::kCategoryNotOnScale, category, q.scale_name, names);
  }

  void check_qualitative(const Indicator& indicator) {
    const IndicatorDetails& details = details_of(indicator);
    if (!details.qualitative) return;
    const QualitativeFigures& q = *details.qualitative;
    if (q.scale.empty()) {
      add(Key{indicator.source, Field::kScale}, InputMessage::kScaleNeedsCategory);
    }
    for (std::uint32_t i = 0; i < q.scale.size(); ++i) {
      for (std::uint32_t j = 0; j < i; ++j) {
        if (q.scale[j].name == q.scale[i].name) {
          add(Key{indicator.source, Field::kCategoryName, i}, InputMessage::kCategoryTwice,
              q.scale[i].name);
          break;
        }
      }
    }
    check_category(q, q.target, Key{indicator.source, Field::kTargetCategory});
    check_category(q, q.actual, Key{indicator.source, Field::kActualCategory});
    if (indicator.target || details.target_range) {
      add(Key{indicator.source, Field::kTarget}, InputMessage::kQualitativeTarget);
    }
  }

  // Each indicator's target is given one way, and its actual made one way.
  void check_kinds(const Indicator& indicator) {
    const IndicatorDetails& details = details_of(indicator);
    if (indicator.target && details.target_range) {
      add(Key{indicator.source, Field::kTargetRange}, InputMessage::kTargetBothWays);
    }
    if (details.target_range && details.target_range->max.value < details.target_range->min.value) {
      add(Key{indicator.source, Field::kRangeMax}, InputMessage::kRangeEmpty);
    }
    const int ways = int(!details.components.empty()) + int(details.ratio.has_value()) +
                     int(details.qualitative.has_value()) + int(!details.periods.empty());
    if (ways > 1) {
      add(Key{indicator.source, Field::kActual}, InputMessage::kActualOneWay);
    }
    if (details.original_target &&
        (!indicator.target || details.qualitative || !details.periods.empty())) {
      add(Key{indicator.source, Field::kOriginalTarget}, InputMessage::kOriginalTarget);
    }
    if (details.qualitative && indicator.actual) {
      add(Key{indicator.source, Field::kActual}, InputMessage::kQualitativeActual);
    }
    if (details.ratio) {
      const RatioCounts& ratio = *details.ratio;
      if (ratio.numerator.value.sign() < 0) {
        add(Key{indicator.source, Field::kNumerator}, InputMessage::kCountNegative);
      }
      if (ratio.denominator.value.sign() < 0) {
        add(Key{indicator.source, Field::kDenominator}, InputMessage::kCountNegative);
      }
      if (ratio.per.value.sign() <= 0) {
        add(Key{indicator.source, Field::kRatioPer}, InputMessage::kRatePer);
      }
    }
  }

  void check_indicators() {
    for_each_indicator(report_, [&](std::string_view, const Indicator& indicator) {
      check_indicator(indicator);
      check_periods(indicator);
      check_renstra_years(indicator);
      check_qualitative(indicator);
      check_kinds(indicator);
    });
  }

  bool has_plan_period() const { return report_.renstra_from != 0 && report_.renstra_to != 0; }
  // ---- The performance tree: each link one level up ------------------------------------------
  static Text level_phrase(TreeLevel level) {
    switch (level) {
      case TreeLevel::kKey:
        return say(InputMessage::kLevelKey);
      case TreeLevel::kProgram:
        return say(InputMessage::kLevelProgram);
      case TreeLevel::kActivity:
        return say(InputMessage::kLevelActivity);
      case TreeLevel::kSubActivity:
        break;
    }
    return say(InputMessage::kLevelSubActivity);
  }

  // `supports` names an indicator of the level directly above its own: a sub-activity's an
  // activity's, an activity's a program's, a program's a key indicator. A key indicator names
  // none (it belongs to its objective): as every link goes one level up, no cycle can form.
  // The ids are sorted once (24 bytes each) and only when the report gives a tree.
  void check_tree() {
    if (!gives_tree(report_)) return;
    struct Known {
      std::string_view id;
      TreeLevel level;
    };
    std::vector<Known> known;
    for_each_indicator(report_, [&](std::string_view, const Indicator& indicator) {
      if (!indicator.id.empty()) known.push_back(Known{indicator.id, tree_level(indicator.source)});
    });
    std::stable_sort(known.begin(), known.end(),
                     [](const Known& a, const Known& b) { return a.id < b.id; });
    int suggestions_left = 20;  // each looks at every id of a level
    for_each_indicator(report_, [&](std::string_view, const Indicator& indicator) {
      if (indicator.supports.empty()) return;
      const Key key{indicator.source, Field::kSupports};
      const TreeLevel level = tree_level(indicator.source);
      const std::string found = "\"" + indicator.supports + "\"";
      if (level == TreeLevel::kKey) {
        add(key, InputMessage::kKeySupportsNone, found);
        return;
      }
      const auto expected = static_cast<TreeLevel>(static_cast<int>(level) - 1);
      const auto at =
          std::lower_bound(known.begin(), known.end(), std::string_view(indicator.supports),
                           [](const Known& k, std::string_view id) { return k.id < id; });
      const bool exists = at != known.end() && at->id == indicator.supports;
      if (exists && at->level == expected) return;
      std::vector<std::string_view> candidates;
      for (const Known& k : known)
        if (k.level == expected) candidates.push_back(k.id);
      constexpr std::size_t kListed = 10;
      std::string listed;
      for (std::size_t i = 0; i < candidates.size() && i < kListed; ++i) {
        listed += (i == 0 ? "" : ", ") + std::string(candidates[i]);
      }
      const Text listed_ids =
          candidates.empty() ? say(InputMessage::kTreeNoneKnown)
                             : say(InputMessage::kTreeKnown, listed,
                                   candidates.size() > kListed
                                       ? say(InputMessage::kAndMore, candidates.size() - kListed)
                                       : verbatim(""));
      if (exists) {
        add(key, InputMessage::kSupportsWrongLevel, found, level_phrase(at->level),
            level_phrase(level), level_phrase(expected), listed_ids);
        return;
      }
      Text suggestion = verbatim("");
      if (suggestions_left > 0) {
        --suggestions_left;
        if (const auto near = closest(indicator.supports, candidates)) {
          suggestion = say(InputMessage::kDidYouMeanColon, *near);
        }
      }
      add(key, InputMessage::kSupportsUnknown, found, level_phrase(expected), suggestion,
          listed_ids);
    });
  }

  void check_period() {
    if ((report_.renstra_from == 0) != (report_.renstra_to == 0)) {
      add(Key{Place(), report_.renstra_from == 0 ? Field::kRenstraFrom : Field::kRenstraTo},
          InputMessage::kRenstraPeriodBoth);
    } else if (report_.renstra_to < report_.renstra_from) {
      add(Key{Place(), Field::kRenstraTo}, InputMessage::kPeriodEndsBeforeStart);
    }
  }

  // ---- The strategic plan's targets per year
  // --------------------------------------------------- Each a year of the plan period, in order,
  // each once.
  void check_renstra_years(const Indicator& indicator) {
    const std::optional<RenstraTarget>& renstra = details_of(indicator).renstra;
    if (!renstra) return;
    const std::vector<RenstraYearTarget>& targets = renstra->targets;
    for (std::uint32_t i = 0; i < targets.size(); ++i) {
      const Key year{indicator.source, Field::kRenstraYear, i};
      const int found = targets[i].year;
      if (!has_plan_period()) {
        add(year, InputMessage::kRenstraYearNeedsPeriod, found);
        return;
      }
      if (found < report_.renstra_from || found > report_.renstra_to) {
        add(year, InputMessage::kRenstraYearOutside, report_.renstra_from, report_.renstra_to,
            found);
      } else if (i > 0 && found <= targets[i - 1].year) {
        add(year, InputMessage::kRenstraYearsOrder, found, targets[i - 1].year);
      }
    }
  }

  // ---- Scales and settings
  // --------------------------------------------------------------------- Bands listed lowest
  // first, each touching the next with exactly one of them holding the bound. The values of a
  // scale: from its lowest bound to its highest, both in.
  static Interval span_of(const std::vector<RatingBand>& bands) {
    Interval span{bands.front().min, bands.front().max};
    for (const RatingBand& band : bands) {
      span.min = std::min(span.min, band.min);
      span.max = std::max(span.max, band.max);
    }
    return span;
  }

  // Whether the bands have the default scale's bounds (whatever their labels), which cover the
  // default scores, 0 to 100 and beyond, with no gap or overlap (validate_test measures it): most
  // reports keep them, and their coverage is not measured again for each (a tenth of validate).
  static bool default_bounds(const std::vector<RatingBand>& bands) {
    static const std::vector<RatingBand> kDefault = default_rating_scale();
    return std::equal(bands.begin(), bands.end(), kDefault.begin(), kDefault.end(),
                      [](const RatingBand& a, const RatingBand& b) {
                        return a.min == b.min && a.max == b.max && a.include_min == b.include_min &&
                               a.include_max == b.include_max;
                      });
  }

  void check_bands(const std::vector<RatingBand>& bands, Field scale, Field band) {
    if (bands.empty()) {
      add(Key{Place(), scale}, InputMessage::kScaleNeedsBand);
      return;
    }
    bool ordered = true;
    for (std::uint32_t i = 0; i < bands.size(); ++i) {
      if (!(bands[i].min < bands[i].max)) {
        add(Key{Place(), band, i}, InputMessage::kBandMinBelowMax);
        ordered = false;
      } else if (i > 0 && bands[i].min < bands[i - 1].min) {
        add(Key{Place(), band, i}, InputMessage::kBandsOrder);
        ordered = false;
      }
    }
    if (!ordered || default_bounds(bands)) return;
    // Between the lowest bound and the highest: a value in no band, or in two.
    const ScaleCoverage coverage = scale_coverage(bands, span_of(bands));
    for (const ScaleGap& gap : coverage.gaps) {
      if (!gap.below || !gap.above) continue;  // an end the lowest or highest band leaves out
      add(Key{Place(), band, static_cast<std::uint32_t>(*gap.above)}, InputMessage::kBandGap,
          bands[*gap.below].label, bands[*gap.above].label);
    }
    for (const ScaleOverlap& overlap : coverage.overlaps) {
      const RatingBand& low = bands[overlap.bands[0]];
      add(Key{Place(), band, static_cast<std::uint32_t>(overlap.bands[1])},
          InputMessage::kBandOverlap, bands[overlap.bands[1]].label, low.label);
    }
  }

  void check_settings() {
    const Settings& settings = report_.settings;
    const Key whole{Place(), Field::kSettings};
    check_bands(settings.rating_scale, Field::kRatingScale, Field::kRatingBand);
    if (settings.classification_given &&
        settings.classification.exceeded_above.value < settings.classification.met_from.value) {
      add(Key{Place(), Field::kExceededAbove}, InputMessage::kExceededBelowMet);
    }
    const Rational& floor = settings.score_floor.value;
    const Rational& cap = settings.score_cap.value;
    if (!(floor < cap)) {
      add(settings.score_cap_given ? Key{Place(), Field::kScoreCap} : whole,
          InputMessage::kFloorBelowCap);
      return;
    }
    if (settings.rating_scale.empty()) return;
    if (floor == Rational(0) && cap == Rational(100) && default_bounds(settings.rating_scale)) {
      return;
    }
    // Every score from floor to cap, both included, must have a band: a gap at either end of
    // them (one between two bands is said above).
    const ScaleCoverage coverage = scale_coverage(settings.rating_scale, Interval{floor, cap});
    if (std::any_of(coverage.gaps.begin(), coverage.gaps.end(),
                    [](const ScaleGap& gap) { return !gap.below || !gap.above; })) {
      add(settings.rating_scale_given ? Key{Place(), Field::kRatingScale} : whole,
          InputMessage::kScaleCoversScores);
    }
  }

  static std::string decimal_text(const Rational& value) {
    return value.to_exact_decimal(6).value_or(value.to_fraction_string());
  }

  // A scale the report prints is read as printed: a gap, an overlap or a band beyond the cap is
  // `check`'s to find. It needs bands, each from its min up to its max.
  void check_stated_scales() {
    for (const StatedScale& scale : report_.stated_scales) {
      if (scale.bands.empty()) {
        add(Key{scale.source, Field::kStatedBands}, InputMessage::kStatedScaleNeedsBand);
      }
      for (std::uint32_t i = 0; i < scale.bands.size(); ++i) {
        const RatingBand& band = scale.bands[i];
        if (band.max < band.min) {
          add(Key{scale.source, Field::kStatedBand, i}, InputMessage::kStatedBandSwapped,
              decimal_text(band.min), decimal_text(band.max));
        }
      }
    }
  }

  void check_sakip() {
    if (!report_.sakip) return;
    const SakipEvaluation& sakip = *report_.sakip;
    if (sakip.components.empty()) {
      add(Key{Place(), Field::kSakipComponents}, InputMessage::kSakipNeedsComponent);
    }
    for (const SakipComponent& component : sakip.components) {
      if (component.weight.value.sign() <= 0) {
        add(Key{component.source, Field::kWeight}, InputMessage::kWeightAboveZero);
      } else if (component.score.value.sign() < 0 ||
                 component.weight.value < component.score.value) {
        add(Key{component.source, Field::kScore}, InputMessage::kComponentScore);
      }
    }
    check_bands(sakip.predicate_scale, Field::kPredicateScale, Field::kPredicateBand);
  }

  // A precision is stated for a printed number; a rating or a predicate has none.
  void check_printed() {
    for (const PrintedFigure& printed : report_.printed) {
      if (printed.number || !printed.decimals) continue;
      if (is_printed_words(printed)) {
        add(Key{printed.source, Field::kDecimals}, InputMessage::kDecimalsOnWords);
        continue;
      }
      add(Key{printed.source, Field::kDecimals}, InputMessage::kDecimalsOnText, printed.text);
    }
  }

  const PerformanceReport& report_;
  const SourceMap& names_;
  std::vector<ModelProblem> problems_;
  bool ids_collected_ = false;
  std::vector<std::string_view> object_ids_;
  std::vector<std::string_view> indicator_ids_;
};

}  // namespace

std::vector<ModelProblem> validate(const PerformanceReport& report, const SourceMap& names) {
  return Validator(report, names).run();
}

}  // namespace lkjip
