// The checks of `lkjip check`. Comparisons use the engine's rule (agrees_as_printed); the words
// are the report's.
#include "lkjip/check.h"

#include <algorithm>
#include <cctype>
#include <cstdint>
#include <string_view>
#include <utility>
#include <vector>

#include "check_claims.h"
#include "check_findings.h"
#include "check_renstra.h"
#include "check_tree.h"
#include "lkjip/engine.h"
#include "lkjip/figures.h"
#include "lkjip/labels.h"
#include "lkjip/report.h"
#include "lkjip/suggest.h"

namespace lkjip {
namespace {

using Severity = Finding::Severity;

std::string indonesian(const Rational& value, int decimals) {
  return value.round_half_up(decimals).render(',', '.');
}

bool is_input(const Cell& cell) {
  return cell.trace && cell.trace->formula == Formula::kGiven;
}

std::string formula_of(const Cell& cell, Language language) {
  return cell.trace && !is_input(cell) ? labels::formula_text(cell.trace->formula, language)
                                       : std::string();
}

// A printed input (a target printed again elsewhere) is compared with the data file's value.
std::string compared_with(const Cell& cell, const SourceMap& sources, const Findings& findings) {
  if (!is_input(cell) || cell.trace->terms.empty()) return findings.say(Message::kComputed);
  const Term& given = cell.trace->terms.front();
  return findings.say(Message::kInDataFile,
                      given.source ? sources.name(*given.source) : findings.say(Message::kDefault));
}

Finding about_figure(const PrintedFigure& printed, FindingCode code, Severity severity) {
  Finding finding;
  finding.code = code;
  finding.severity = severity;
  finding.key = Key{printed.source};
  finding.figure = printed.figure;
  finding.where = printed.where;
  finding.printed =
      printed.number ? indonesian(printed.number->value, printed.number->decimals) : printed.text;
  return finding;
}

std::string where_suffix(const PrintedFigure& printed) {
  return printed.where.empty() ? "" : " (" + printed.where + ")";
}

// The value to compare with: a figure the report says it caps is limited like a score.
Rational expected_value(const Cell& cell, const PrintedFigure& printed, const Settings& settings) {
  if (!printed.capped) return cell.value;
  return score(Figure(cell.value), settings).value();
}

std::optional<Finding> check_number(const PrintedFigure& printed, const Cell& cell, ColumnType type,
                                    const Settings& settings, const SourceMap& sources,
                                    const Findings& findings) {
  const Quantity& number = *printed.number;
  const Rational expected = expected_value(cell, printed, settings);
  Finding finding = about_figure(printed, FindingCode::kPrintedMismatch, Severity::kError);
  finding.computed = indonesian(expected, number.decimals);
  finding.formula = formula_of(cell, findings.language());
  // A percentage printed at the cap while the figure, at its own precision, is above it is right
  // only where the report caps.
  const int precision = std::max(number.decimals, kPercentDecimals);
  const bool looks_capped = !printed.capped && type == ColumnType::kPercent &&
                            number.value == settings.score_cap.value &&
                            cell.value.rounded(precision) > settings.score_cap.value;
  if (looks_capped) {
    finding.code = FindingCode::kPrintedCapped;
    finding.computed = indonesian(cell.value, kPercentDecimals);
    finding.message = findings.say(Message::kPrintedCapped, printed.figure, finding.printed,
                                   where_suffix(printed), finding.computed);
    return finding;
  }
  if (agrees_as_printed(expected, number)) return std::nullopt;
  finding.message =
      findings.say(Message::kPrintedDiffers, printed.figure, finding.printed, where_suffix(printed),
                   compared_with(cell, sources, findings), finding.computed);
  return finding;
}

// Input errors are written in English, as every reader's are, until all of them are translated
// together (issue 16).
constexpr Language kInputErrorLanguage = Language::kEnglish;

Finding unknown_figure(const PrintedFigure& printed, const Document& document) {
  Finding finding = about_figure(printed, FindingCode::kUnknownFigure, Severity::kInputError);
  finding.key.field = Field::kFigure;
  finding.message = say(kInputErrorLanguage, Message::kUnknownFigure, printed.figure);
  const std::vector<std::string> names = figure_names(document);
  if (const auto suggestion =
          closest(printed.figure, std::vector<std::string_view>(names.begin(), names.end()))) {
    finding.message += say(kInputErrorLanguage, Message::kDidYouMean, *suggestion);
  } else {
    finding.message += say(kInputErrorLanguage, Message::kListFigures);
  }
  return finding;
}

std::optional<Finding> check_printed(const PrintedFigure& printed, const Document& document,
                                     const Settings& settings, const SourceMap& sources,
                                     const Findings& findings) {
  const std::optional<FigureRef> found = find_figure(document, printed.figure);
  if (!found) return unknown_figure(printed, document);
  const Cell& cell = *found->cell;
  if (cell.state == Cell::State::kUnavailable) {
    Finding finding = about_figure(printed, FindingCode::kPrintedUncomputable, Severity::kWarning);
    finding.computed = findings.say(Message::kWordNotComputable);
    finding.message = findings.say(Message::kPrintedUncomputable, printed.figure, finding.printed,
                                   where_suffix(printed), cell.text);
    return finding;
  }
  if (cell.state == Cell::State::kNumber && printed.number) {
    return check_number(printed, cell, found->column->type, settings, sources, findings);
  }
  if (cell.state == Cell::State::kText && !printed.number) {
    if (cell.text == printed.text) return std::nullopt;
    Finding finding = about_figure(printed, FindingCode::kPrintedMismatch, Severity::kError);
    finding.computed = cell.text;
    finding.formula =
        findings.say(cell.category ? Message::kCategoryFormula : Message::kPredicateFormula);
    finding.message = findings.say(Message::kPrintedTextDiffers, printed.figure, finding.printed,
                                   where_suffix(printed), cell.text);
    return finding;
  }
  Finding finding = about_figure(printed, FindingCode::kPrintedKind, Severity::kInputError);
  finding.key.field = Field::kPrintedValue;
  finding.message =
      say(kInputErrorLanguage, printed.number ? Message::kFigureIsText : Message::kFigureIsNumber,
          printed.figure);
  return finding;
}

std::string rupiah(Rupiah amount) {
  return indonesian(to_rational(amount), 0);
}

const std::vector<Activity>& parts_of(const Program& program) {
  return program.activities;
}
const std::vector<SubActivity>& parts_of(const Activity& activity) {
  return activity.sub_activities;
}

Message amount_name(Field field) {
  switch (field) {
    case Field::kPagu:
      return Message::kWordPagu;
    case Field::kOriginalPagu:
      return Message::kWordOriginalPagu;
    default:
      return Message::kWordSpending;
  }
}

std::optional<Amount> stated_amount(const Budget& budget, Field field) {
  if (field == Field::kPagu) return budget.pagu;
  if (field == Field::kOriginalPagu) return budget.original_pagu;
  return budget.spending;
}

// An amount a level states and its parts' added up (each its own or from below), where every
// part gives one: they must agree. `parts_name` names the parts ("kegiatan").
template <class Level>
void check_parts_add_up(const Level& owner, Message parts_name, Findings& findings) {
  for (const Field field : {Field::kPagu, Field::kOriginalPagu, Field::kSpending}) {
    const std::optional<Amount> stated = stated_amount(owner.budget, field);
    if (!stated) continue;
    const Money parts = parts_amount(owner, field);
    const std::size_t count = parts_of(owner).size();
    const Key key{owner.source, field};
    if (!parts.ok() && parts.why().reason == Reason::kOverflow) {
      // Beyond the largest amount: certainly not the whole's.
      findings.add(FindingCode::kPartsSum, Severity::kError, key,
                   findings.say(Message::kPartsOverflow, owner.id, findings.say(amount_name(field)),
                                rupiah(stated->value), count, findings.say(parts_name)));
      continue;
    }
    if (!parts.ok() || parts.value() == stated->value) continue;
    findings.add(FindingCode::kPartsSum, Severity::kError, key,
                 findings.say(Message::kPartsDiffer, owner.id, findings.say(amount_name(field)),
                              rupiah(stated->value), count, findings.say(parts_name),
                              rupiah(parts.value()), rupiah(stated->value - parts.value())));
  }
}

// Spending above the pagu, where the level states either (a level that states neither repeats
// what its parts say).
template <class Level>
void check_spending_within_pagu(const Level& owner, const Settings& settings, Findings& findings) {
  const Budget& budget = owner.budget;
  if (!budget.pagu && !budget.original_pagu && !budget.spending) return;
  const Money pagu = level_pagu(owner, settings);
  const Money spending = level_amount(owner, Field::kSpending);
  if (!pagu.ok() || !spending.ok() || spending.value() <= pagu.value()) return;
  findings.add(FindingCode::kSpendingAbovePagu, Severity::kWarning,
               Key{owner.source, Field::kSpending},
               findings.say(Message::kSpendingAbovePagu, owner.id, rupiah(spending.value()),
                            rupiah(pagu.value())));
}

// The year's spending and the periods' spending of a budget that gives both for the whole year:
// every period of the year reported and adding up to it. The cash plan's periods, when every
// one is given, add up to the pagu.
template <class Level>
void check_periods_add_up(const Level& owner, const Settings& settings, Findings& findings) {
  const Budget& budget = owner.budget;
  if (budget.periods.empty()) return;
  const Period::Kind kind = budget.periods.front().period.kind;
  if (periods_through(kind, settings.reporting_period) != periods_in_year(kind)) return;
  const std::vector<SpendingPeriodResult> rows =
      evaluate_spending_periods(owner, settings, Traces::kDrop);
  const Money& year = rows.back().spending_to_date;
  if (budget.spending && year.ok() && year.value() != budget.spending->value) {
    findings.add(
        FindingCode::kPeriodsSum, Severity::kError, Key{owner.source, Field::kSpending},
        findings.say(Message::kPeriodsDiffer, owner.id, rupiah(budget.spending->value), rows.size(),
                     rupiah(year.value()), rupiah(budget.spending->value - year.value())));
  }
  const Money& plan = rows.back().plan_to_date;
  const Money pagu = level_pagu(owner, settings);
  if (plan.ok() && pagu.ok() && plan.value() != pagu.value()) {
    findings.add(FindingCode::kPlanSum, Severity::kWarning,
                 Key{owner.source, Field::kSpendingPeriods},
                 findings.say(Message::kPlanDiffers, owner.id, rows.size(), rupiah(plan.value()),
                              rupiah(pagu.value()), rupiah(plan.value() - pagu.value())));
  }
}

void check_budgets(const PerformanceReport& report, Findings& findings) {
  const Settings& settings = report.settings;
  for (const Program& program : report.programs) {
    check_spending_within_pagu(program, settings, findings);
    check_parts_add_up(program, Message::kWordActivities, findings);
    check_periods_add_up(program, settings, findings);
    for (const Activity& activity : program.activities) {
      check_spending_within_pagu(activity, settings, findings);
      check_parts_add_up(activity, Message::kWordSubActivities, findings);
      check_periods_add_up(activity, settings, findings);
      for (const SubActivity& sub : activity.sub_activities) {
        check_spending_within_pagu(sub, settings, findings);
        check_periods_add_up(sub, settings, findings);
      }
    }
  }
}

// The characters of a name as it is compared: lower case, spaces at its ends dropped and runs
// of them inside it read as one space ("Jumlah  Dokumen " reads "jumlah dokumen").
class NormalizedText {
 public:
  explicit NormalizedText(std::string_view text) : text_(text) { skip_blanks(); }

  bool done() const { return !pending_space_ && at_ == text_.size(); }

  char next() {
    if (pending_space_) {
      pending_space_ = false;
      return ' ';
    }
    const char c = text_[at_++];
    skip_blanks();
    return static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  }

 private:
  static bool blank(char c) { return c == ' '; }

  // After a character: a run of blanks is one space, unless it ends the text.
  void skip_blanks() {
    const std::size_t start = at_;
    while (at_ < text_.size() && blank(text_[at_]))
      ++at_;
    pending_space_ = at_ > start && start > 0 && at_ < text_.size();
  }

  std::string_view text_;
  std::size_t at_ = 0;
  bool pending_space_ = false;
};

bool read_the_same(std::string_view a, std::string_view b) {
  NormalizedText left(a);
  NormalizedText right(b);
  while (!left.done() && !right.done()) {
    if (left.next() != right.next()) return false;
  }
  return left.done() && right.done();
}

// Indicators are the same when their names and units read the same.
bool same_indicator(const Indicator& a, const Indicator& b) {
  return read_the_same(a.name, b.name) && read_the_same(a.unit, b.unit);
}

// FNV-1a of the name and unit as they are compared: the same indicators hash the same.
std::uint64_t hash_of(const Indicator& indicator) {
  std::uint64_t hash = 14695981039346656037u;
  auto add = [&](unsigned char c) { hash = (hash ^ c) * 1099511628211u; };
  for (NormalizedText name(indicator.name); !name.done();)
    add(static_cast<unsigned char>(name.next()));
  add(0);  // no name holds a control character
  for (NormalizedText unit(indicator.unit); !unit.done();)
    add(static_cast<unsigned char>(unit.next()));
  return hash;
}

bool same_value(const std::optional<Quantity>& a, const std::optional<Quantity>& b) {
  if (!a || !b) return a.has_value() == b.has_value();
  return a->value == b->value;
}

// For each indicator in file order, the first one in the file that is the same (itself when it
// is the first). Sorted hashes, not a map of the names: a large report holds no copy of them.
std::vector<const Indicator*> first_of_each(const std::vector<const Indicator*>& in_file_order) {
  std::vector<std::pair<std::uint64_t, std::size_t>> keyed(in_file_order.size());
  for (std::size_t i = 0; i < keyed.size(); ++i)
    keyed[i] = {hash_of(*in_file_order[i]), i};
  std::sort(keyed.begin(), keyed.end());  // by hash, then in file order
  std::vector<const Indicator*> first(in_file_order.size());
  std::vector<const Indicator*> firsts_of_run;  // one per distinct indicator among equal hashes
  for (std::size_t i = 0; i < keyed.size(); ++i) {
    if (i == 0 || keyed[i].first != keyed[i - 1].first) firsts_of_run.clear();
    const Indicator* current = in_file_order[keyed[i].second];
    const auto same =
        std::find_if(firsts_of_run.begin(), firsts_of_run.end(),
                     [&](const Indicator* f) { return same_indicator(*f, *current); });
    if (same == firsts_of_run.end()) {
      firsts_of_run.push_back(current);
      first[keyed[i].second] = current;
    } else {
      first[keyed[i].second] = *same;
    }
  }
  return first;
}

// The same indicator (same name and unit) given in two places must have the same figures.
void check_repeated_indicators(const PerformanceReport& report, Findings& findings) {
  std::vector<const Indicator*> indicators;
  for_each_indicator(report, [&](const std::string&, const Indicator& indicator) {
    indicators.push_back(&indicator);
  });
  const std::vector<const Indicator*> first = first_of_each(indicators);
  for (std::size_t i = 0; i < indicators.size(); ++i) {
    const Indicator& indicator = *indicators[i];
    const Indicator& earlier = *first[i];
    if (&earlier == &indicator) continue;
    for (const auto& [label, a, b] :
         {std::tuple{Message::kWordTarget, &earlier.target, &indicator.target},
          std::tuple{Message::kWordActual, &earlier.actual, &indicator.actual}}) {
      if (same_value(*a, *b)) continue;
      findings.add(FindingCode::kRepeatedIndicator, Severity::kWarning, Key{indicator.source},
                   findings.say(Message::kRepeatedIndicator, indicator.id, earlier.id,
                                indicator.name, findings.say(label)));
    }
  }
}

// What an actual given as a value is also made from, in words: its components, its ratio's
// counts, its periods; none when it is made from nothing else.
std::optional<Message> made_from(const IndicatorDetails& details) {
  if (!details.components.empty()) return Message::kMadeFromComponents;
  if (details.ratio) return Message::kMadeFromRatio;
  if (!details.periods.empty()) return Message::kMadeFromPeriods;
  return std::nullopt;
}

// An actual given both as a value and by what makes it (an index's components, a rate's
// counts, the periods through the year): the two must agree, at the value's precision.
void check_derived_actuals(const PerformanceReport& report, Findings& findings) {
  auto visit = [&](const std::string&, const Indicator& indicator) {
    const std::optional<Message> source = made_from(details_of(indicator));
    if (!source || !indicator.actual) return;
    const Figure computed = effective_actual(indicator, report.settings);
    if (!computed.ok() || agrees_as_printed(computed.value(), *indicator.actual)) return;
    Finding& finding = findings.add(
        FindingCode::kDerivedActual, Severity::kError, Key{indicator.source, Field::kActual},
        findings.say(Message::kDerivedActual, indicator.id,
                     indonesian(indicator.actual->value, indicator.actual->decimals),
                     findings.say(*source),
                     indonesian(computed.value(), indicator.actual->decimals)));
    if (computed.trace()) {
      finding.formula = labels::formula_text(computed.trace()->formula, findings.language());
    }
  };
  for_each_indicator(report, visit);
}

void check_sakip_statements(const PerformanceReport& report, Findings& findings) {
  if (!report.sakip) return;
  const SakipEvaluation& sakip = *report.sakip;
  const SakipResult result = evaluate_sakip(sakip, Traces::kDrop);
  // PermenPANRB 88/2021 weighs the components to 100 in all, the predicate scale's maximum.
  if (result.total_weight.ok() && !(result.total_weight.value() == Rational(100))) {
    findings.add(FindingCode::kSakipWeights, Severity::kWarning,
                 Key{Place(), Field::kSakipComponents},
                 findings.say(Message::kSakipWeights, indonesian(result.total_weight.value(), 2)));
  }
  if (sakip.stated_total && result.stated_total_agrees == false) {
    Finding& finding = findings.add(
        FindingCode::kSakipTotal, Severity::kError, Key{Place(), Field::kStatedTotal},
        findings.say(Message::kSakipTotal,
                     indonesian(sakip.stated_total->value, sakip.stated_total->decimals),
                     indonesian(result.total_score.value(), sakip.stated_total->decimals)));
    finding.figure = "sakip/total/score";
    finding.printed = indonesian(sakip.stated_total->value, sakip.stated_total->decimals);
    finding.computed = indonesian(result.total_score.value(), sakip.stated_total->decimals);
    finding.formula = labels::formula_text(Formula::kSum, findings.language());
  }
  if (sakip.stated_predicate && result.stated_predicate_agrees == false) {
    findings.add(
        FindingCode::kSakipPredicate, Severity::kError, Key{Place(), Field::kStatedPredicate},
        findings.say(Message::kSakipPredicate, *sakip.stated_predicate,
                     result.predicate != nullptr ? std::string(result.predicate->label)
                                                 : findings.say(Message::kWordNotComputable)));
  }
}

}  // namespace

std::vector<Finding> check_report(const PerformanceReport& report, const SourceMap& sources,
                                  Language language) {
  std::vector<Finding> out;
  Findings findings(language, out);
  check_budgets(report, findings);
  check_repeated_indicators(report, findings);
  check_derived_actuals(report, findings);
  check_sakip_statements(report, findings);
  check_renstra_targets(report, findings);
  check_tree(report, findings);
  if (report.printed.empty() && report.claims.empty()) return out;
  // A printed figure's finding says how the figure is computed: its trace.
  const Results results = evaluate(report, Traces::kKeep);
  const Document document = build_document(report, results);
  for (const PrintedFigure& printed : report.printed) {
    if (auto finding = check_printed(printed, document, report.settings, sources, findings)) {
      findings.add(std::move(*finding));
    }
  }
  check_claims(report, results, document, findings);
  return out;
}

const char* finding_code_name(FindingCode code) {
  switch (code) {
    case FindingCode::kPrintedMismatch:
      return "printed-mismatch";
    case FindingCode::kPrintedCapped:
      return "printed-capped";
    case FindingCode::kPrintedUncomputable:
      return "printed-uncomputable";
    case FindingCode::kUnknownFigure:
      return "unknown-figure";
    case FindingCode::kPrintedKind:
      return "printed-kind";
    case FindingCode::kPartsSum:
      return "parts-sum";
    case FindingCode::kSpendingAbovePagu:
      return "spending-above-pagu";
    case FindingCode::kPeriodsSum:
      return "periods-sum";
    case FindingCode::kPlanSum:
      return "plan-sum";
    case FindingCode::kRepeatedIndicator:
      return "repeated-indicator";
    case FindingCode::kDerivedActual:
      return "derived-actual";
    case FindingCode::kSakipWeights:
      return "sakip-weights";
    case FindingCode::kSakipTotal:
      return "sakip-total";
    case FindingCode::kSakipPredicate:
      return "sakip-predicate";
    case FindingCode::kRenstraYearTarget:
      return "renstra-year-target";
    case FindingCode::kRenstraEndTarget:
      return "renstra-end-target";
    case FindingCode::kTreeUnlinked:
      return "tree-unlinked";
    case FindingCode::kTreeOtherObjective:
      return "tree-other-objective";
    case FindingCode::kTreeKeyUnsupported:
      return "tree-key-unsupported";
    case FindingCode::kProgramWithoutObjective:
      return "program-without-objective";
    case FindingCode::kObjectiveSum:
      return "objective-sum";
    case FindingCode::kClaimFalse:
      return "claim-false";
    case FindingCode::kClaimUncheckable:
      return "claim-uncheckable";
  }
  return "unknown";
}

void locate_findings(std::vector<Finding>& findings, const SourceMap& sources) {
  std::vector<Key> keys;
  keys.reserve(findings.size());
  for (const Finding& finding : findings)
    keys.push_back(finding.key);
  std::vector<Location> locations = sources.locate(keys);
  for (std::size_t i = 0; i < findings.size(); ++i)
    findings[i].location = std::move(locations[i]);
}

}  // namespace lkjip
