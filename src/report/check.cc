// The checks of `lkjip check`. Comparisons use the engine's rule (agrees_as_printed); the words
// are the report's.
#include "lkjip/check.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <compare>
#include <cstdint>
#include <limits>
#include <stdexcept>
#include <string_view>
#include <utility>
#include <vector>

#include "check_claims.h"
#include "check_corrections.h"
#include "check_findings.h"
#include "check_methods.h"
#include "check_parts.h"
#include "check_renstra.h"
#include "check_rows.h"
#include "check_scales.h"
#include "check_tree.h"
#include "check_words.h"
#include "lkjip/engine.h"
#include "lkjip/figures.h"
#include "lkjip/labels.h"
#include "lkjip/report.h"
#include "lkjip/suggest.h"
#include "normalized_text.h"

namespace lkjip {
namespace {

using Severity = Finding::Severity;

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
  FigureComparison& compared = edit_comparison(finding);
  compared.figure = printed.figure;
  compared.where = printed.where;
  compared.printed =
      printed.number ? as_printed(printed.number->value, printed.number->decimals) : printed.text;
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
  FigureComparison& compared = edit_comparison(finding);
  compared.computed = as_printed(expected, number.decimals);
  compared.formula = formula_of(cell, findings.language());
  // A percentage printed at the cap while the figure, at its own precision, is above it is right
  // only where the report caps.
  const int precision = std::max(number.decimals, kPercentDecimals);
  const bool looks_capped = !printed.capped && type == ColumnType::kPercent &&
                            number.value == settings.score_cap.value &&
                            cell.value.rounded(precision) > settings.score_cap.value;
  if (looks_capped) {
    finding.code = FindingCode::kPrintedCapped;
    compared.computed = as_printed(cell.value, kPercentDecimals);
    finding.message = findings.say(Message::kPrintedCapped, printed.figure, compared.printed,
                                   where_suffix(printed), compared.computed);
    return finding;
  }
  if (agrees_as_printed(expected, number)) return std::nullopt;
  finding.message = findings.say(Message::kPrintedDiffers, printed.figure, compared.printed,
                                 where_suffix(printed), compared_with(cell, sources, findings),
                                 compared.computed);
  return finding;
}

Finding unknown_figure(const PrintedFigure& printed, const Document& document,
                       const Findings& findings) {
  Finding finding = about_figure(printed, FindingCode::kUnknownFigure, Severity::kInputError);
  finding.key.field = Field::kFigure;
  finding.message = findings.say(Message::kUnknownFigure, printed.figure);
  const std::vector<std::string> names = figure_names(document);
  if (const auto suggestion =
          closest(printed.figure, std::vector<std::string_view>(names.begin(), names.end()))) {
    finding.message += findings.say(Message::kDidYouMean, *suggestion);
  } else {
    finding.message += findings.say(Message::kListFigures);
  }
  return finding;
}

std::optional<Finding> check_printed(const PrintedFigure& printed, const Document& document,
                                     const Settings& settings, const SourceMap& sources,
                                     const Findings& findings) {
  const std::optional<FigureRef> found = find_figure(document, printed.figure);
  if (!found) return unknown_figure(printed, document, findings);
  const Cell& cell = *found->cell;
  if (cell.state == Cell::State::kUnavailable) {
    Finding finding = about_figure(printed, FindingCode::kPrintedUncomputable, Severity::kWarning);
    FigureComparison& compared = edit_comparison(finding);
    compared.computed = findings.say(Message::kWordNotComputable);
    finding.message = findings.say(Message::kPrintedUncomputable, printed.figure, compared.printed,
                                   where_suffix(printed), cell.text);
    return finding;
  }
  if (cell.state == Cell::State::kNumber && printed.number) {
    return check_number(printed, cell, found->column->type, settings, sources, findings);
  }
  if (cell.state == Cell::State::kText && !printed.number) {
    if (cell.text == printed.text) return std::nullopt;
    Finding finding = about_figure(printed, FindingCode::kPrintedMismatch, Severity::kError);
    FigureComparison& compared = edit_comparison(finding);
    compared.computed = cell.text;
    compared.formula =
        findings.say(cell.category ? Message::kCategoryFormula : Message::kPredicateFormula);
    finding.message = findings.say(Message::kPrintedTextDiffers, printed.figure, compared.printed,
                                   where_suffix(printed), cell.text);
    return finding;
  }
  Finding finding = about_figure(printed, FindingCode::kPrintedKind, Severity::kInputError);
  finding.key.field = Field::kPrintedValue;
  finding.message = findings.say(printed.number ? Message::kFigureIsText : Message::kFigureIsNumber,
                                 printed.figure);
  return finding;
}

std::string rupiah(Rupiah amount) {
  return as_printed(to_rational(amount), 0);
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

OptionalAmount stated_amount(const Budget& budget, Field field) {
  if (field == Field::kPagu) return budget.pagu;
  if (field == Field::kOriginalPagu) return budget.original_pagu;
  return budget.spending;
}

// An amount a level states and its parts' added up (each its own or from below), where every
// part gives one: they must agree. `parts_name` names the parts ("kegiatan").
template <class Level>
void check_parts_add_up(const Level& owner, Message parts_name, Findings& findings) {
  for (const Field field : {Field::kPagu, Field::kOriginalPagu, Field::kSpending}) {
    const OptionalAmount stated = stated_amount(owner.budget, field);
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

bool same_value(const OptionalQuantity& a, const OptionalQuantity& b) {
  if (!a || !b) return a.has_value() == b.has_value();
  return a->value == b->value;
}

// An indicator that repeats one given earlier in the file: its index in file order and the
// first of them.
struct Repeat {
  std::size_t index = 0;
  const Indicator* first = nullptr;
};

// The indicators that repeat an earlier one (the same name and unit), in file order. Sorted
// hashes, not a map of the names: a large report holds no copy of them, and 8 bytes an
// indicator (a 32-bit hash beside its index; equal hashes are told apart by their names).
std::vector<Repeat> repeats_of(const std::vector<const Indicator*>& in_file_order) {
  if (in_file_order.size() > std::numeric_limits<std::uint32_t>::max()) {
    throw std::length_error("more indicators than an index of 32 bits counts");
  }
  std::vector<std::uint64_t> keyed(in_file_order.size());
  for (std::size_t i = 0; i < keyed.size(); ++i) {
    const std::uint64_t hash = hash_of(*in_file_order[i]);
    keyed[i] = ((hash ^ (hash >> 32)) << 32) | i;
  }
  std::sort(keyed.begin(), keyed.end());  // by hash, then in file order
  std::vector<Repeat> repeats;
  std::vector<const Indicator*> firsts_of_run;  // one per distinct indicator among equal hashes
  for (std::size_t i = 0; i < keyed.size(); ++i) {
    if (i == 0 || (keyed[i] >> 32) != (keyed[i - 1] >> 32)) firsts_of_run.clear();
    const std::size_t index = keyed[i] & std::numeric_limits<std::uint32_t>::max();
    const Indicator* current = in_file_order[index];
    const auto same =
        std::find_if(firsts_of_run.begin(), firsts_of_run.end(),
                     [&](const Indicator* f) { return same_indicator(*f, *current); });
    if (same == firsts_of_run.end()) {
      firsts_of_run.push_back(current);
    } else {
      repeats.push_back(Repeat{index, *same});
    }
  }
  std::sort(repeats.begin(), repeats.end(),
            [](const Repeat& a, const Repeat& b) { return a.index < b.index; });
  return repeats;
}

// The same indicator (same name and unit) given in two places must have the same figures.
void check_repeated_indicators(const PerformanceReport& report, Findings& findings) {
  std::size_t count = 0;
  for_each_indicator(report, [&](std::string_view, const Indicator&) { ++count; });
  std::vector<const Indicator*> indicators;
  indicators.reserve(count);
  for_each_indicator(report, [&](std::string_view, const Indicator& indicator) {
    indicators.push_back(&indicator);
  });
  for (const Repeat& repeat : repeats_of(indicators)) {
    const Indicator& indicator = *indicators[repeat.index];
    const Indicator& earlier = *repeat.first;
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
  auto visit = [&](std::string_view, const Indicator& indicator) {
    const std::optional<Message> source = made_from(details_of(indicator));
    if (!source || !indicator.actual) return;
    const Figure computed = effective_actual(indicator, report.settings);
    if (!computed.ok() || agrees_as_printed(computed.value(), *indicator.actual)) return;
    Finding& finding = findings.add(
        FindingCode::kDerivedActual, Severity::kError, Key{indicator.source, Field::kActual},
        findings.say(Message::kDerivedActual, indicator.id,
                     as_printed(indicator.actual->value, indicator.actual->decimals),
                     findings.say(*source),
                     as_printed(computed.value(), indicator.actual->decimals)));
    if (computed.trace()) {
      edit_comparison(finding).formula =
          labels::formula_text(computed.trace()->formula, findings.language());
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
                 findings.say(Message::kSakipWeights, as_printed(result.total_weight.value(), 2)));
  }
  if (sakip.stated_total && result.stated_total_agrees == false) {
    Finding& finding = findings.add(
        FindingCode::kSakipTotal, Severity::kError, Key{Place(), Field::kStatedTotal},
        findings.say(Message::kSakipTotal,
                     as_printed(sakip.stated_total->value, sakip.stated_total->decimals),
                     as_printed(result.total_score.value(), sakip.stated_total->decimals)));
    FigureComparison& compared = edit_comparison(finding);
    compared.figure = "sakip/total/score";
    compared.printed = as_printed(sakip.stated_total->value, sakip.stated_total->decimals);
    compared.computed = as_printed(result.total_score.value(), sakip.stated_total->decimals);
    compared.formula = labels::formula_text(Formula::kSum, findings.language());
  }
  if (sakip.stated_predicate && result.stated_predicate_agrees == false) {
    findings.add(
        FindingCode::kSakipPredicate, Severity::kError, Key{Place(), Field::kStatedPredicate},
        findings.say(Message::kSakipPredicate, *sakip.stated_predicate,
                     result.predicate != nullptr ? std::string(result.predicate->label)
                                                 : findings.say(Message::kWordNotComputable)));
  }
}

// Every printed figure against the computed one, counted.
// `candidates`, when given, receives the corrections the differing figures suggest.
void check_printed_figures(const PerformanceReport& report, const SourceMap& sources,
                           Findings& findings, CheckCounts& counts, Traces traces,
                           std::vector<Correction>* candidates) {
  // Without candidates (a correction being tried), no method is looked for either.
  // A printed figure's finding says how the figure is computed: its trace.
  const Results results = evaluate(report, traces);
  const Document document = build_document(report, results);
  std::vector<DifferingFigure> differing;
  for (const PrintedFigure& printed : report.printed) {
    if (printed.aggregate != AggregateKind::kNone) continue;  // check_sums_of_parts
    if (is_printed_words(printed)) continue;                  // check_printed_words
    std::optional<Finding> finding =
        check_printed(printed, document, report.settings, sources, findings);
    if (finding && finding->severity == Severity::kInputError) {
      findings.add(std::move(*finding));
      continue;
    }
    ++counts.printed;
    if (!finding) {
      ++counts.agreeing;
      continue;
    }
    ++(finding->code == FindingCode::kPrintedUncomputable ? counts.uncomputable : counts.differing);
    if (finding->code == FindingCode::kPrintedMismatch) {
      differing.push_back(DifferingFigure{&printed, findings.all().size()});
      if (candidates != nullptr) {
        propose_corrections(report, printed, *find_figure(document, printed.figure)->cell,
                            *candidates);
      }
    }
    findings.add(std::move(*finding));
  }
  check_sums_of_parts(report, document, findings);
  check_printed_words(report, findings, counts);
  check_claims(report, results, document, findings);
  check_stated_scales(report, results, findings);
  if (candidates != nullptr) {
    check_printed_rows(report, document, findings);
    check_methods(report, document, differing, findings);
  }
}

// Where a place is in the report: its chapter and section ("Tabel 3.4" → 3, 4; "BAB IV" → 4, 0),
// and whether it is after the table it names ("teks setelah Tabel 3.4"). No number: last.
struct PlaceInReport {
  int chapter = 1000;
  int section = 0;
  bool after = false;

  auto operator<=>(const PlaceInReport&) const = default;
};

// The Roman numeral at `at` (BAB I … BAB X), 0 when there is none.
int roman_at(std::string_view text, std::size_t at) {
  static constexpr std::array<std::string_view, 10> kNumerals = {"X", "IX", "VIII", "VII", "VI",
                                                                 "V", "IV", "III",  "II",  "I"};
  static constexpr std::array<int, 10> kValues = {10, 9, 8, 7, 6, 5, 4, 3, 2, 1};
  for (std::size_t i = 0; i < kNumerals.size(); ++i) {
    const std::string_view numeral = kNumerals[i];
    if (text.substr(at, numeral.size()) != numeral) continue;
    const std::size_t end = at + numeral.size();
    if (end == text.size() || !std::isalpha(static_cast<unsigned char>(text[end]))) {
      return kValues[i];
    }
  }
  return 0;
}

bool contains_word(std::string_view text, std::string_view word) {
  std::string lower(text);
  std::transform(lower.begin(), lower.end(), lower.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return lower.find(word) != std::string::npos;
}

PlaceInReport place_in_report(std::string_view where) {
  PlaceInReport place;
  if (where.empty()) {  // about no place: a method's finding, before the places' own
    place.chapter = -1;
    return place;
  }
  place.after = contains_word(where, "setelah") || contains_word(where, "after");
  // The first "N.M" names the chapter and section.
  for (std::size_t i = 0; i + 2 < where.size(); ++i) {
    if (!std::isdigit(static_cast<unsigned char>(where[i])) ||
        (i > 0 && std::isdigit(static_cast<unsigned char>(where[i - 1])))) {
      continue;
    }
    int chapter = 0;
    std::size_t at = i;
    while (at < where.size() && std::isdigit(static_cast<unsigned char>(where[at])) &&
           chapter < 100) {
      chapter = chapter * 10 + (where[at++] - '0');
    }
    if (at + 1 >= where.size() || where[at] != '.' ||
        !std::isdigit(static_cast<unsigned char>(where[at + 1]))) {
      continue;
    }
    int section = 0;
    for (++at;
         at < where.size() && std::isdigit(static_cast<unsigned char>(where[at])) && section < 1000;
         ++at) {
      section = section * 10 + (where[at] - '0');
    }
    place.chapter = chapter;
    place.section = section;
    return place;
  }
  if (const std::size_t bab = where.find("BAB "); bab != std::string_view::npos) {
    if (const int chapter = roman_at(where, bab + 4); chapter > 0) place.chapter = chapter;
  }
  return place;
}

// The printed figures' findings (from `first` on) grouped by where the report prints them, the
// groups in the report's order and, among places at the same point, in the order the file first
// names them; the findings of one place keep their order.
void order_by_report_place(std::vector<Finding>& findings, std::size_t first) {
  std::vector<std::pair<std::string_view, PlaceInReport>> places;  // in order of first mention
  for (std::size_t i = first; i < findings.size(); ++i) {
    const std::string_view where = comparison_of(findings[i]).where;
    if (std::none_of(places.begin(), places.end(),
                     [&](const auto& p) { return p.first == where; })) {
      places.emplace_back(where, place_in_report(where));
    }
  }
  auto rank = [&](std::string_view where) {
    const auto at =
        std::find_if(places.begin(), places.end(), [&](const auto& p) { return p.first == where; });
    return std::pair(at->second, at - places.begin());
  };
  std::vector<std::pair<std::pair<PlaceInReport, std::ptrdiff_t>, std::size_t>> keyed;
  for (std::size_t i = first; i < findings.size(); ++i)
    keyed.emplace_back(rank(comparison_of(findings[i]).where), i);
  std::stable_sort(keyed.begin(), keyed.end(),
                   [](const auto& a, const auto& b) { return a.first < b.first; });
  std::vector<Finding> ordered;
  ordered.reserve(keyed.size());
  for (const auto& [key, index] : keyed)
    ordered.push_back(std::move(findings[index]));
  std::move(ordered.begin(), ordered.end(), findings.begin() + static_cast<std::ptrdiff_t>(first));
}

// Every check of check_report; the corrections' candidates, when asked for, are collected.
std::vector<Finding> run_checks(const PerformanceReport& report, const SourceMap& sources,
                                Language language, CheckCounts* counts, Traces traces,
                                std::vector<Correction>* candidates) {
  std::vector<Finding> out;
  Findings findings(language, out);
  check_budgets(report, findings);
  check_repeated_indicators(report, findings);
  check_derived_actuals(report, findings);
  check_sakip_statements(report, findings);
  check_renstra_targets(report, findings);
  check_tree(report, findings);
  CheckCounts counted;
  if (report.printed.empty() && report.claims.empty() && report.stated_scales.empty()) {
    findings.add(FindingCode::kNothingToCompare, Severity::kWarning,
                 Key{Place(), Field::kPrintedFigures}, findings.say(Message::kNothingToCompare));
  } else {
    const std::size_t data_findings = out.size();
    check_printed_figures(report, sources, findings, counted, traces, candidates);
    order_by_report_place(out, data_findings);
  }
  const ClaimCounts claims = count_claims(report, out);
  counted.claims = claims.checked;
  counted.claims_true = claims.held;
  counted.claims_false = claims.contradicted;
  if (counts != nullptr) *counts = counted;
  return out;
}

}  // namespace

std::vector<Finding> check_report(const PerformanceReport& report, const SourceMap& sources,
                                  Language language, CheckCounts* counts) {
  std::vector<Correction> candidates;
  std::vector<Finding> out =
      run_checks(report, sources, language, counts, Traces::kKeep, &candidates);
  Findings findings(language, out);
  // A correction is tried by checking a copy of the report with it, without traces.
  suggest_corrections(
      report, std::move(candidates),
      [&](const PerformanceReport& corrected) {
        return run_checks(corrected, sources, language, nullptr, Traces::kDrop, nullptr);
      },
      findings);
  return out;
}

bool report_order(std::string_view a, std::string_view b) {
  return place_in_report(a) < place_in_report(b);
}

CheckCounts& CheckCounts::operator+=(const CheckCounts& other) {
  printed += other.printed;
  agreeing += other.agreeing;
  differing += other.differing;
  uncomputable += other.uncomputable;
  claims += other.claims;
  claims_true += other.claims_true;
  claims_false += other.claims_false;
  words += other.words;
  words_agreeing += other.words_agreeing;
  words_differing += other.words_differing;
  return *this;
}

const FigureComparison& comparison_of(const Finding& finding) {
  static const FigureComparison kNone;
  return finding.comparison ? *finding.comparison : kNone;
}

FigureComparison& edit_comparison(Finding& finding) {
  if (!finding.comparison) finding.comparison.emplace();
  return *finding.comparison;
}

const Location& location_of(const Finding& finding) {
  static const Location kNowhere;
  return finding.location ? *finding.location : kNowhere;
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
    case FindingCode::kNothingToCompare:
      return "nothing-to-compare";
    case FindingCode::kMethodUncappedMean:
      return "method-uncapped-mean";
    case FindingCode::kMethodUnweightedMean:
      return "method-unweighted-mean";
    case FindingCode::kMethodEfficiencyFormula:
      return "method-efficiency-formula";
    case FindingCode::kCorrection:
      return "correction";
    case FindingCode::kSumOfParts:
      return "sum-of-parts";
    case FindingCode::kClaimFalse:
      return "claim-false";
    case FindingCode::kClaimUncheckable:
      return "claim-uncheckable";
    case FindingCode::kRowArithmetic:
      return "row-arithmetic";
    case FindingCode::kScaleGap:
      return "scale-gap";
    case FindingCode::kScaleOverlap:
      return "scale-overlap";
    case FindingCode::kScaleUnreachable:
      return "scale-unreachable";
    case FindingCode::kScaleRatingDiffers:
      return "scale-rating-differs";
    case FindingCode::kPrintedName:
      return "printed-name";
    case FindingCode::kPrintedUnit:
      return "printed-unit";
    case FindingCode::kPrintedFact:
      return "printed-fact";
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
