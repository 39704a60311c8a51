// Claims of the text against the computed figures. Every comparison uses the engine's rules:
// classify() for met and exceeded (a capaian as printed against settings.classification), the
// figures of the tables for changes and comparisons, evaluate_progress() and
// evaluate_renstra_years() for a Renstra target reached. No formula is written here.
#include "check_claims.h"

#include <algorithm>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "lkjip/figures.h"
#include "lkjip/labels.h"
#include "lkjip/suggest.h"

namespace lkjip {
namespace {

using Severity = Finding::Severity;

std::string quantity_text(const Quantity& quantity) {
  return as_printed(quantity.value, quantity.decimals);
}

std::string joined(const std::vector<std::string>& parts) {
  std::string out;
  for (const std::string& part : parts) {
    if (!out.empty()) out += ", ";
    out += part;
  }
  return out;
}

// What one claim comes to.
struct Verdict {
  enum class Kind { kHolds, kFalse, kUncheckable, kInputError };
  Kind kind = Kind::kHolds;
  std::string detail;           // what the figures give, why not, or the input error
  Field field = Field::kWhole;  // an input error: the member at fault
  std::string computed;         // the finding's computed value, when one figure decides

  static Verdict holds() { return {}; }
  static Verdict contradicted(std::string detail, std::string computed = {}) {
    return {Kind::kFalse, std::move(detail), Field::kWhole, std::move(computed)};
  }
  static Verdict uncheckable(std::string why) {
    return {Kind::kUncheckable, std::move(why), Field::kWhole, {}};
  }
  static Verdict input_error(Field field, std::string message) {
    return {Kind::kInputError, std::move(message), field, {}};
  }
};

class ClaimChecker {
 public:
  ClaimChecker(const PerformanceReport& report, const Results& results, const Document& document,
               Findings& findings)
      : report_(report),
        settings_(report.settings),
        results_(results),
        document_(document),
        findings_(findings),
        labels_(labels_for(findings.language())) {}

  void check(const Claim& claim) {
    const Verdict verdict = judge(claim);
    if (verdict.kind == Verdict::Kind::kHolds) return;
    Finding finding;
    finding.key = Key{claim.source, verdict.field};
    FigureComparison& compared = edit_comparison(finding);
    compared.figure = claim.figure;
    compared.where = claim.where;
    compared.printed = claim.number ? quantity_text(*claim.number) : claim.text;
    compared.computed = verdict.computed;
    const std::string where = claim.where.empty() ? "" : " (" + claim.where + ")";
    switch (verdict.kind) {
      case Verdict::Kind::kFalse:
        finding.code = FindingCode::kClaimFalse;
        finding.severity = Severity::kError;
        finding.message =
            findings_.say(Message::kClaimFalse, where, describe(claim), verdict.detail);
        break;
      case Verdict::Kind::kUncheckable:
        finding.code = FindingCode::kClaimUncheckable;
        finding.severity = Severity::kWarning;
        compared.computed = findings_.say(Message::kWordNotComputable);
        finding.message =
            findings_.say(Message::kClaimUncheckable, where, describe(claim), verdict.detail);
        break;
      default:
        finding.code = FindingCode::kUnknownFigure;
        finding.severity = Severity::kInputError;
        finding.message = verdict.detail;
        break;
    }
    findings_.add(std::move(finding));
  }

 private:
  // ---- What the claim says, in the report's language ------------------------------------------
  Message group_word(ClaimGroup group) const {
    switch (group) {
      case ClaimGroup::kKey:
        return Message::kWordKeyIndicator;
      case ClaimGroup::kProgram:
        return Message::kWordProgramIndicator;
      case ClaimGroup::kActivity:
        return Message::kWordActivityIndicator;
      case ClaimGroup::kSubActivity:
        return Message::kWordSubActivityIndicator;
      case ClaimGroup::kObjectives:
        return Message::kWordObjectives;
      case ClaimGroup::kPrograms:
        return Message::kWordPrograms;
      case ClaimGroup::kActivities:
        return Message::kWordActivities;
      case ClaimGroup::kSubActivities:
        return Message::kWordSubActivities;
      case ClaimGroup::kIndicators:
      case ClaimGroup::kNone:
        break;
    }
    return Message::kWordIndicators;
  }

  std::string whom(const Claim& claim) const {
    if (!claim.indicators.empty()) return joined(claim.indicators);
    return findings_.say(group_word(claim.group));
  }

  std::optional<Message> class_word(std::string_view name) const {
    if (name == "exceeded") return Message::kWordExceeded;
    if (name == "met") return Message::kWordMet;
    if (name == "not-met") return Message::kWordNotMet;
    if (name == "reached") return Message::kWordReached;
    return std::nullopt;
  }

  std::optional<Message> status_word(ClaimStatus status) const {
    switch (status) {
      case ClaimStatus::kExceeded:
        return Message::kWordExceeded;
      case ClaimStatus::kMet:
        return Message::kWordMet;
      case ClaimStatus::kNotMet:
        return Message::kWordNotMet;
      case ClaimStatus::kReached:
        return Message::kWordReached;
      case ClaimStatus::kAny:
        break;
    }
    return std::nullopt;
  }

  std::string claimed_value(const Claim& claim) const {
    if (claim.number) return quantity_text(*claim.number);
    if (claim.text.empty()) return claim.other;
    if (claim.text == "up") return findings_.say(Message::kWordUp);
    if (claim.text == "down") return findings_.say(Message::kWordDown);
    if (claim.text == "unchanged") return findings_.say(Message::kWordUnchanged);
    if (const auto word = class_word(claim.text)) return findings_.say(*word);
    return claim.text;
  }

  std::string describe(const Claim& claim) const {
    switch (claim.kind) {
      case ClaimKind::kAllMet:
        return findings_.say(Message::kClaimAllMet, whom(claim));
      case ClaimKind::kAllExceeded:
        return findings_.say(Message::kClaimAllExceeded, whom(claim));
      case ClaimKind::kNoneMet:
        return findings_.say(Message::kClaimNoneMet, whom(claim));
      case ClaimKind::kCount: {
        std::string what = whom(claim);
        if (const auto word = status_word(claim.status)) {
          what = findings_.say(Message::kClaimOfClass, what, findings_.say(*word));
        }
        return findings_.say(Message::kClaimCount, what, claimed_value(claim));
      }
      case ClaimKind::kChange: {
        const std::string figure =
            claim.other.empty() ? claim.figure : claim.figure + " → " + claim.other;
        return findings_.say(Message::kClaimChange, figure, claimed_value(claim));
      }
      case ClaimKind::kEquals:
        return findings_.say(Message::kClaimEquals, claim.figure, claimed_value(claim));
      case ClaimKind::kAbove:
        return findings_.say(Message::kClaimAbove, claim.figure, claimed_value(claim));
      case ClaimKind::kBelow:
        return findings_.say(Message::kClaimBelow, claim.figure, claimed_value(claim));
      case ClaimKind::kReached:
        if (claim.against == ClaimTarget::kYear) {
          return findings_.say(Message::kClaimReachedYear, whom(claim), report_.year);
        }
        return findings_.say(Message::kClaimReachedEnd, whom(claim));
      case ClaimKind::kClassified:
        return findings_.say(Message::kClaimClassified,
                             claim.figure.empty() ? whom(claim) : claim.figure,
                             claimed_value(claim));
      case ClaimKind::kNone:
        break;
    }
    return {};
  }

  // ---- The verdicts -------------------------------------------------------------------------
  Verdict judge(const Claim& claim) {
    switch (claim.kind) {
      case ClaimKind::kAllMet:
      case ClaimKind::kAllExceeded:
      case ClaimKind::kNoneMet:
        return judge_all(claim);
      case ClaimKind::kCount:
        return judge_count(claim);
      case ClaimKind::kChange:
        return judge_change(claim);
      case ClaimKind::kEquals:
      case ClaimKind::kAbove:
      case ClaimKind::kBelow:
        return judge_comparison(claim);
      case ClaimKind::kReached:
        return judge_reached(claim);
      case ClaimKind::kClassified:
        return judge_classified(claim);
      case ClaimKind::kNone:
        break;
    }
    return Verdict::holds();  // validate() refuses a claim without a kind
  }

  std::vector<const Indicator*> indicators_of(const Claim& claim) const {
    std::vector<const Indicator*> out;
    if (!claim.indicators.empty()) {
      for (const std::string& id : claim.indicators) {
        for_each_indicator(report_, [&](std::string_view, const Indicator& indicator) {
          if (indicator.id == id && std::find(out.begin(), out.end(), &indicator) == out.end()) {
            out.push_back(&indicator);
          }
        });
      }
      return out;
    }
    for_each_indicator(report_, [&](std::string_view, const Indicator& indicator) {
      const TreeLevel level = tree_level(indicator.source);
      const bool in_group =
          claim.group == ClaimGroup::kIndicators ||
          (claim.group == ClaimGroup::kKey && level == TreeLevel::kKey) ||
          (claim.group == ClaimGroup::kProgram && level == TreeLevel::kProgram) ||
          (claim.group == ClaimGroup::kActivity && level == TreeLevel::kActivity) ||
          (claim.group == ClaimGroup::kSubActivity && level == TreeLevel::kSubActivity);
      if (in_group) out.push_back(&indicator);
    });
    return out;
  }

  std::string percent(const Figure& figure) const {
    return as_printed(figure.value(), kPercentDecimals);
  }

  std::string threshold(const Quantity& quantity) const { return quantity_text(quantity); }

  // Every indicator of the group or list, each met or exceeded (all-met), exceeded
  // (all-exceeded) or neither (none-met), by the classification's thresholds.
  Verdict judge_all(const Claim& claim) {
    const std::vector<const Indicator*> indicators = indicators_of(claim);
    if (indicators.empty()) {
      return Verdict::uncheckable(findings_.say(Message::kClaimNone, whom(claim)));
    }
    const Classification& thresholds = settings_.classification;
    std::vector<std::string> breaking;
    std::vector<std::string> unknown;
    for (const Indicator* indicator : indicators) {
      const Figure c = capaian(*indicator, settings_);
      const Classified classified = classify(c, thresholds);
      if (classified == Classified::kNotComputable) {
        unknown.push_back(indicator->id + ": " + labels_.explain(c.why()));
        continue;
      }
      const std::string id_value = indicator->id + " " + percent(c);
      switch (claim.kind) {
        case ClaimKind::kAllMet:
          if (classified == Classified::kNotMet)
            breaking.push_back(id_value + " < " + threshold(thresholds.met_from));
          break;
        case ClaimKind::kAllExceeded:
          if (classified != Classified::kExceeded)
            breaking.push_back(id_value + " ≤ " + threshold(thresholds.exceeded_above));
          break;
        default:
          if (classified != Classified::kNotMet)
            breaking.push_back(id_value + " ≥ " + threshold(thresholds.met_from));
          break;
      }
    }
    if (!breaking.empty()) return Verdict::contradicted(joined(breaking));
    if (!unknown.empty()) return Verdict::uncheckable(joined(unknown));
    return Verdict::holds();
  }

  static bool of_status(Classified classified, ClaimStatus status) {
    switch (status) {
      case ClaimStatus::kExceeded:
        return classified == Classified::kExceeded;
      case ClaimStatus::kMet:
        return classified == Classified::kMet;
      case ClaimStatus::kNotMet:
        return classified == Classified::kNotMet;
      case ClaimStatus::kReached:
        return classified == Classified::kExceeded || classified == Classified::kMet;
      case ClaimStatus::kAny:
        break;
    }
    return true;
  }

  std::size_t count_objects(ClaimGroup group) const {
    std::size_t count = 0;
    switch (group) {
      case ClaimGroup::kObjectives:
        return report_.objectives.size();
      case ClaimGroup::kPrograms:
        return report_.programs.size();
      case ClaimGroup::kActivities:
        for (const Program& program : report_.programs)
          count += program.activities.size();
        return count;
      default:
        for (const Program& program : report_.programs)
          for (const Activity& activity : program.activities)
            count += activity.sub_activities.size();
        return count;
    }
  }

  Verdict judge_count(const Claim& claim) {
    if (!claim.number) return Verdict::holds();  // validate() requires it
    const bool of_objects = claim.group >= ClaimGroup::kObjectives;
    std::size_t count = 0;
    std::vector<std::string> members;
    if (of_objects) {
      count = count_objects(claim.group);
    } else {
      std::vector<std::string> unknown;
      for (const Indicator* indicator : indicators_of(claim)) {
        if (claim.status == ClaimStatus::kAny) {
          ++count;
          continue;
        }
        const Figure c = capaian(*indicator, settings_);
        const Classified classified = classify(c, settings_.classification);
        if (classified == Classified::kNotComputable) {
          unknown.push_back(indicator->id + ": " + labels_.explain(c.why()));
        } else if (of_status(classified, claim.status)) {
          ++count;
          members.push_back(indicator->id + " " + percent(c));
        }
      }
      if (!unknown.empty()) return Verdict::uncheckable(joined(unknown));
    }
    const Rational counted(static_cast<long long>(count));
    if (counted == claim.number->value) return Verdict::holds();
    const std::string which = members.empty() ? "" : " (" + joined(members) + ")";
    return Verdict::contradicted(
        findings_.say(Message::kClaimCounted, std::to_string(count), which), std::to_string(count));
  }

  // A figure of the tables by name; an unknown name is an input error that names the nearest.
  std::optional<FigureRef> figure(const std::string& name, Field field, Verdict& error) const {
    if (auto found = find_figure(document_, name)) return found;
    std::string message = findings_.say(Message::kUnknownFigure, name);
    const std::vector<std::string> names = figure_names(document_);
    if (const auto suggestion =
            closest(name, std::vector<std::string_view>(names.begin(), names.end()))) {
      message += findings_.say(Message::kDidYouMean, *suggestion);
    } else {
      message += findings_.say(Message::kListFigures);
    }
    error = Verdict::input_error(field, std::move(message));
    return std::nullopt;
  }

  // A figure that must be a number: nullopt with the verdict when it is not one.
  std::optional<Rational> number_of(const FigureRef& ref, const std::string& name, Field field,
                                    Verdict& verdict) const {
    const Cell& cell = *ref.cell;
    if (cell.state == Cell::State::kUnavailable) {
      verdict = Verdict::uncheckable(name + ": " + cell.text);
      return std::nullopt;
    }
    if (cell.state != Cell::State::kNumber) {
      verdict = Verdict::input_error(field, findings_.say(Message::kFigureIsText, name));
      return std::nullopt;
    }
    return cell.value;
  }

  // A figure's value as the table prints it.
  static Rational shown_value(const FigureRef& ref) {
    return ref.cell->value.rounded(ref.cell->decimals);
  }

  Verdict judge_change(const Claim& claim) {
    Verdict verdict;
    const auto from = figure(claim.figure, Field::kFigure, verdict);
    if (!from) return verdict;
    if (!number_of(*from, claim.figure, Field::kFigure, verdict)) return verdict;
    Rational change = from->cell->value;
    int decimals = from->cell->decimals;
    if (!claim.other.empty()) {
      const auto to = figure(claim.other, Field::kClaimOther, verdict);
      if (!to) return verdict;
      if (!number_of(*to, claim.other, Field::kClaimOther, verdict)) return verdict;
      // Between two figures: their difference as printed, as the tables' changes are made.
      change = shown_value(*to) - shown_value(*from);
      decimals = std::max(from->cell->decimals, to->cell->decimals);
    }
    const std::string computed = as_printed(change, decimals);
    if (claim.number) {
      if (change.rounded(claim.number->decimals) == claim.number->value) return Verdict::holds();
      return Verdict::contradicted(findings_.say(Message::kClaimComputed, computed), computed);
    }
    const int sign = change.rounded(decimals).sign();
    const bool holds = (claim.text == "up" && sign > 0) || (claim.text == "down" && sign < 0) ||
                       (claim.text == "unchanged" && sign == 0);
    if (holds) return Verdict::holds();
    return Verdict::contradicted(findings_.say(Message::kClaimComputed, computed), computed);
  }

  Verdict judge_comparison(const Claim& claim) {
    Verdict verdict;
    const auto ref = figure(claim.figure, Field::kFigure, verdict);
    if (!ref) return verdict;
    const Cell& cell = *ref->cell;
    if (cell.state == Cell::State::kUnavailable) {
      return Verdict::uncheckable(claim.figure + ": " + cell.text);
    }
    // A text (a predicate, a rating) is only ever claimed equal to a text.
    if (cell.state == Cell::State::kText || (!claim.text.empty() && claim.other.empty())) {
      if (cell.state != Cell::State::kText || claim.text.empty()) {
        return Verdict::input_error(
            Field::kClaimValue,
            findings_.say(cell.state == Cell::State::kText ? Message::kFigureIsText
                                                           : Message::kFigureIsNumber,
                          claim.figure));
      }
      if (cell.text == claim.text) return Verdict::holds();
      return Verdict::contradicted(
          findings_.say(Message::kClaimComputed, claim.figure + " = " + cell.text), cell.text);
    }
    Rational left;
    Rational right;
    std::string computed;
    if (claim.number) {
      // Equal to a stated value: the figure at the precision the text states it with; above or
      // below it: the figure as the table prints it.
      const int decimals =
          claim.kind == ClaimKind::kEquals ? claim.number->decimals : cell.decimals;
      left = cell.value.rounded(decimals);
      right = claim.number->value;
      computed = claim.figure + " = " + as_printed(cell.value, decimals);
    } else {
      const auto other = figure(claim.other, Field::kClaimOther, verdict);
      if (!other) return verdict;
      const auto other_value = number_of(*other, claim.other, Field::kClaimOther, verdict);
      if (!other_value) return verdict;
      left = shown_value(*ref);
      right = shown_value(*other);
      computed = claim.figure + " = " + as_printed(cell.value, cell.decimals) + ", " + claim.other +
                 " = " + as_printed(*other_value, other->cell->decimals);
    }
    const bool holds = claim.kind == ClaimKind::kEquals  ? left == right
                       : claim.kind == ClaimKind::kAbove ? left > right
                                                         : left < right;
    if (holds) return Verdict::holds();
    return Verdict::contradicted(findings_.say(Message::kClaimComputed, computed));
  }

  // The indicator's capaian against the Renstra target the claim names, by the engine's
  // progress (end) or capaian against the plan's target of the year.
  std::optional<Figure> renstra_capaian(const Indicator& indicator, ClaimTarget against,
                                        Verdict& verdict) {
    if (against == ClaimTarget::kEnd) {
      for (const IndicatorGroup group : {IndicatorGroup::kKey, IndicatorGroup::kProgram}) {
        for (const ProgressResult& row : progress(group).rows) {
          if (row.indicator == &indicator) return row.progress;
        }
      }
      verdict = Verdict::uncheckable(findings_.say(Message::kClaimNoRenstra, indicator.id));
      return std::nullopt;
    }
    for (const RenstraYearsResult& row : renstra_years()) {
      if (row.indicator == &indicator) return row.capaian;
    }
    verdict = Verdict::uncheckable(
        findings_.say(Message::kClaimNoYearTarget, indicator.id, report_.year));
    return std::nullopt;
  }

  Verdict judge_reached(const Claim& claim) {
    std::vector<std::string> breaking;
    std::vector<std::string> unknown;
    for (const Indicator* indicator : indicators_of(claim)) {
      Verdict verdict;
      const std::optional<Figure> c = renstra_capaian(*indicator, claim.against, verdict);
      if (!c) {
        unknown.push_back(verdict.detail);
        continue;
      }
      const Classified classified = classify(*c, settings_.classification);
      if (classified == Classified::kNotComputable) {
        unknown.push_back(indicator->id + ": " + labels_.explain(c->why()));
      } else if (classified == Classified::kNotMet) {
        breaking.push_back(indicator->id + " " + percent(*c) + " < " +
                           threshold(settings_.classification.met_from));
      }
    }
    if (!breaking.empty()) return Verdict::contradicted(joined(breaking));
    if (!unknown.empty()) return Verdict::uncheckable(joined(unknown));
    return Verdict::holds();
  }

  Message class_of(Classified classified) const {
    switch (classified) {
      case Classified::kExceeded:
        return Message::kWordExceeded;
      case Classified::kMet:
        return Message::kWordMet;
      default:
        return Message::kWordNotMet;
    }
  }

  Verdict judge_classified(const Claim& claim) {
    if (!claim.figure.empty()) {
      Verdict verdict;
      const auto ref = figure(claim.figure, Field::kFigure, verdict);
      if (!ref) return verdict;
      const Cell& cell = *ref->cell;
      if (cell.state == Cell::State::kUnavailable) {
        return Verdict::uncheckable(claim.figure + ": " + cell.text);
      }
      if (cell.state != Cell::State::kText) {
        return Verdict::input_error(Field::kFigure,
                                    findings_.say(Message::kFigureIsNumber, claim.figure));
      }
      if (cell.text == claim.text) return Verdict::holds();
      return Verdict::contradicted(findings_.say(Message::kClaimComputed, cell.text), cell.text);
    }
    const std::vector<const Indicator*> indicators = indicators_of(claim);
    if (indicators.empty()) return Verdict::holds();  // validate() names the unknown id
    const Indicator& indicator = *indicators.front();
    const Figure c = capaian(indicator, settings_);
    if (!c.ok()) return Verdict::uncheckable(indicator.id + ": " + labels_.explain(c.why()));
    if (class_word(claim.text)) {
      const Classified classified = classify(c, settings_.classification);
      const bool holds = claim.text == "reached" ? classified != Classified::kNotMet
                                                 : findings_.say(class_of(classified)) ==
                                                       findings_.say(*class_word(claim.text));
      if (holds) return Verdict::holds();
      const std::string computed = findings_.say(class_of(classified));
      return Verdict::contradicted(
          findings_.say(Message::kClaimComputed, indicator.id + " " + percent(c) + ": " + computed),
          computed);
    }
    // A rating: the band of the score as printed.
    const Figure scored = score(c, settings_);
    const RatingBand* band = scored.ok() ? rate(scored.value(), settings_.rating_scale) : nullptr;
    const std::string rating =
        band != nullptr ? band->label : findings_.say(Message::kWordNotComputable);
    if (rating == claim.text) return Verdict::holds();
    return Verdict::contradicted(
        findings_.say(Message::kClaimComputed, indicator.id + " " + percent(c) + ": " + rating),
        rating);
  }

  // The engine's Renstra views, made once and only when a claim asks.
  const ProgressResults& progress(IndicatorGroup group) {
    auto& slot = group == IndicatorGroup::kKey ? key_progress_ : program_progress_;
    if (!slot) slot = evaluate_progress(report_, results_, group);
    return *slot;
  }
  const std::vector<RenstraYearsResult>& renstra_years() {
    if (!renstra_years_) renstra_years_ = evaluate_renstra_years(report_, results_);
    return *renstra_years_;
  }

  const PerformanceReport& report_;
  const Settings& settings_;
  const Results& results_;
  const Document& document_;
  Findings& findings_;
  const Labels& labels_;
  std::optional<ProgressResults> key_progress_;
  std::optional<ProgressResults> program_progress_;
  std::optional<std::vector<RenstraYearsResult>> renstra_years_;
};

}  // namespace

void check_claims(const PerformanceReport& report, const Results& results, const Document& document,
                  Findings& findings) {
  ClaimChecker checker(report, results, document, findings);
  for (const Claim& claim : report.claims)
    checker.check(claim);
}

ClaimCounts count_claims(const PerformanceReport& report, const std::vector<Finding>& findings) {
  ClaimCounts counts;
  counts.checked = report.claims.size();
  std::size_t refused = 0;
  for (const Finding& finding : findings) {
    if (finding.code == FindingCode::kClaimFalse) ++counts.contradicted;
    if (finding.code == FindingCode::kClaimUncheckable) ++counts.uncheckable;
    const Place& place = finding.key.object;
    if (finding.severity == Finding::Severity::kInputError && place.depth() == 1 &&
        place.list_at(0) == Place::List::kClaims) {
      ++refused;
    }
  }
  counts.held =
      counts.checked - std::min(counts.checked, counts.contradicted + counts.uncheckable + refused);
  return counts;
}

}  // namespace lkjip
