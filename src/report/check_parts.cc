#include "check_parts.h"

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "lkjip/engine.h"
#include "lkjip/labels.h"
#include "lkjip/suggest.h"
#include "parts_diagnosis.h"

namespace lkjip {
namespace {

using Severity = Finding::Severity;
using Kind = PartsDiagnosis::Kind;

// The exact value as a reader would write it: with the fewest decimals from the printed ones
// that hold it exactly (85,385), or to four more (≈ 99,8586).
std::string exact_text(const Rational& value, int decimals) {
  for (int d = decimals; d <= decimals + 4; ++d) {
    if (value.rounded(d) == value) return as_printed(value, d);
  }
  return "≈ " + as_printed(value, decimals + 4);
}

// A figure of the document: its name, its row and its cell.
struct Entry {
  std::string name;
  const Table* table = nullptr;
  const Row* row = nullptr;
  const Column* column = nullptr;
  const Cell* cell = nullptr;
};

// The document's figures by name, and by what makes them: a computed figure's trace, a given
// value's key. A total's terms name its parts so; every cell that shows a part is found (a
// capaian is shown in several tables).
class FigureIndex {
 public:
  explicit FigureIndex(const Document& document) {
    for (const Table& table : document.tables) {
      for (const Row& row : table.rows) {
        for (std::size_t c = 0; c < row.cells.size(); ++c) {
          const Cell& cell = row.cells[c];
          if (cell.state != Cell::State::kNumber && cell.state != Cell::State::kUnavailable)
            continue;
          const std::size_t at = entries_.size();
          entries_.push_back(Entry{figure_name(table, row, table.columns[c]), &table, &row,
                                   &table.columns[c], &cell});
          by_name_.emplace(entries_.back().name, at);
          if (!cell.trace) continue;
          if (cell.trace->formula == Formula::kGiven) {
            if (!cell.trace->terms.empty() && cell.trace->terms.front().source)
              by_key_[*cell.trace->terms.front().source].push_back(at);
          } else {
            by_trace_[cell.trace.get()].push_back(at);
            by_result_[signature(*cell.trace)].push_back(at);
          }
        }
      }
    }
  }

  const Entry* find(const std::string& name) const {
    const auto found = by_name_.find(name);
    return found == by_name_.end() ? nullptr : &entries_[found->second];
  }

  // The figures that show a term of a trace: its derivation's (the same trace, or one made
  // the same way of the same values: a table may evaluate a figure again), or its given value's.
  std::vector<const Entry*> showing(const Term& term) const {
    std::vector<const Entry*> shown;
    const std::vector<std::size_t>* at = nullptr;
    if (term.derivation) {
      const auto found = by_trace_.find(term.derivation.get());
      if (found != by_trace_.end()) {
        at = &found->second;
      } else if (const auto same = by_result_.find(signature(*term.derivation));
                 same != by_result_.end()) {
        for (const std::size_t i : same->second) {
          if (same_making(*entries_[i].cell->trace, *term.derivation))
            shown.push_back(&entries_[i]);
        }
        return shown;
      }
    } else if (term.source) {
      const auto found = by_key_.find(*term.source);
      if (found != by_key_.end()) at = &found->second;
    }
    if (at) {
      for (const std::size_t i : *at)
        shown.push_back(&entries_[i]);
    }
    return shown;
  }

  // "table/*/column": the column's figures in every row but totals and means, in order.
  std::vector<const Entry*> matching(std::string_view pattern) const {
    const std::optional<FigureNameParts> parts = split_figure_name(pattern);
    std::vector<const Entry*> found;
    if (!parts) return found;
    for (const Entry& entry : entries_) {
      if (entry.table->name == parts->table && entry.column->key == parts->column &&
          !entry.row->is_total)
        found.push_back(&entry);
    }
    return found;
  }

  std::vector<std::string_view> names() const {
    std::vector<std::string_view> all;
    all.reserve(entries_.size());
    for (const Entry& entry : entries_)
      all.push_back(entry.name);
    return all;
  }

 private:
  // What a computed figure is: its formula, subject and exact result.
  static std::string signature(const Trace& trace) {
    return std::to_string(static_cast<int>(trace.formula)) + "|" + trace.subject + "|" +
           trace.result.to_fraction_string();
  }

  // Two traces made by one formula of the same values from the same places.
  static bool same_making(const Trace& a, const Trace& b) {
    if (a.formula != b.formula || a.subject != b.subject || !(a.result == b.result) ||
        a.terms.size() != b.terms.size())
      return false;
    for (std::size_t i = 0; i < a.terms.size(); ++i) {
      const Term& x = a.terms[i];
      const Term& y = b.terms[i];
      if (x.role != y.role || x.subject != y.subject || !(x.value == y.value) ||
          x.source != y.source || (x.derivation == nullptr) != (y.derivation == nullptr))
        return false;
    }
    return true;
  }

  std::vector<Entry> entries_;
  std::map<std::string, std::size_t, std::less<>> by_name_;
  std::map<const Trace*, std::vector<std::size_t>> by_trace_;
  std::map<std::string, std::vector<std::size_t>> by_result_;
  std::map<Key, std::vector<std::size_t>> by_key_;
};

// The printed numbers by figure and place: the first entry of each.
class PrintedIndex {
 public:
  explicit PrintedIndex(const std::vector<PrintedFigure>& printed) {
    for (const PrintedFigure& figure : printed) {
      if (figure.aggregate != AggregateKind::kNone || !figure.number) continue;
      at_.emplace(std::pair{figure.figure, figure.where}, &figure);
    }
  }
  const PrintedFigure* find(const std::string& figure, const std::string& where) const {
    const auto found = at_.find(std::pair{figure, where});
    return found == at_.end() ? nullptr : found->second;
  }

 private:
  std::map<std::pair<std::string, std::string>, const PrintedFigure*> at_;
};

// A part as the report prints it at the aggregate's place.
struct PrintedPart {
  std::string name;
  Rational value;
  int decimals = 0;
  const Cell* cell = nullptr;  // the part's figure
};

// The printed entry of one of `shown` (the figures that show a part) at `where`.
std::optional<PrintedPart> printed_part(const std::vector<const Entry*>& shown,
                                        const std::string& where, const PrintedIndex& printed) {
  for (const Entry* entry : shown) {
    if (const PrintedFigure* found = printed.find(entry->name, where)) {
      return PrintedPart{entry->name, found->number->value, found->number->decimals, entry->cell};
    }
  }
  return std::nullopt;
}

// How far a printed part may be from the value the aggregate's formula takes of it: half a unit
// of its last printed place when its figure has more decimals than printed (a capaian 98,5 of
// 98,46) and the formula takes them (a mean takes two); none for a whole count, a rupiah
// amount, or a value written with the decimals printed.
Rational halfwidth(const PrintedPart& part, Formula formula) {
  if (part.cell == nullptr || part.cell->state != Cell::State::kNumber) return Rational();
  if (formula == Formula::kMeanAsPrinted && part.decimals >= kPercentDecimals) return Rational();
  if (part.cell->value.rounded(part.decimals) == part.cell->value) return Rational();
  Rational half = Rational::from_ratio(1, 2);
  for (int i = 0; i < part.decimals; ++i)
    half = half / Rational(10);
  return half;
}

std::string where_suffix(const PrintedFigure& printed) {
  return printed.where.empty() ? "" : " (" + printed.where + ")";
}

std::string how(const PartsDiagnosis& diagnosis, const std::vector<PrintedPart>& parts,
                const Findings& findings, int decimals) {
  const std::string expected = as_printed(diagnosis.expected, decimals);
  switch (diagnosis.kind) {
    case Kind::kTruncated:
      return findings.say(Message::kPartsTruncated, expected);
    case Kind::kRoundedUp:
      return findings.say(Message::kPartsRoundedUp, expected);
    case Kind::kTransposed:
      return findings.say(Message::kPartsTransposed, diagnosis.position, diagnosis.position + 1,
                          std::string(1, diagnosis.printed_digit),
                          std::string(1, diagnosis.next_printed_digit), expected);
    case Kind::kPartLeftOut:
    case Kind::kPartTwice: {
      // Parts of one value each explain it: all are named.
      const PrintedPart& part = parts[diagnosis.part];
      std::string names;
      for (const std::size_t i : diagnosis.parts)
        names += (names.empty() ? "" : ", ") + parts[i].name;
      if (diagnosis.parts.size() > 1) names = findings.say(Message::kWordOneOf, names);
      return findings.say(
          diagnosis.kind == Kind::kPartLeftOut ? Message::kPartsLeftOut : Message::kPartsTwice,
          names, as_printed(part.value, part.decimals));
    }
    case Kind::kOneDigit:
      return findings.say(Message::kPartsOneDigit, diagnosis.position,
                          std::string(1, diagnosis.printed_digit),
                          std::string(1, diagnosis.expected_digit), expected);
    case Kind::kDifference:
    case Kind::kAgrees:
      break;
  }
  return findings.say(Message::kPartsDifference, as_printed(diagnosis.difference, decimals));
}

// Which of the two is wrong, when the figure is also computed from the data.
std::string against_computed(const std::optional<Rational>& computed,
                             const PartsDiagnosis& diagnosis, const Quantity& printed,
                             const Findings& findings) {
  if (!computed) return {};
  const std::string text = as_printed(*computed, printed.decimals);
  if (agrees_as_printed(*computed, printed))
    return findings.say(Message::kPartsComputedAgrees, text);
  if (computed->rounded(printed.decimals) == diagnosis.expected)
    return findings.say(Message::kPartsComputedOnParts, text);
  return findings.say(Message::kPartsComputedDiffers, text);
}

// A printed total or mean against `expected`, at its printed precision, made by `formula`.
FigureComparison printed_against(const PrintedFigure& printed, const std::string& figure,
                                 const Rational& expected, Formula formula, Language language) {
  const Quantity& number = *printed.number;
  return FigureComparison{figure, as_printed(number.value, number.decimals),
                          as_printed(expected, number.decimals), printed.where,
                          labels::formula_text(formula, language)};
}

// The printed aggregate against its printed parts: a finding, and true, when they disagree.
// `bounded`: each part known only to its printed precision (halfwidth()); otherwise the parts
// are taken as printed, as a reader adds them.
bool compare_with_parts(const PrintedFigure& printed, const std::string& title,
                        const std::string& figure, Formula formula,
                        const std::vector<PrintedPart>& parts, bool bounded,
                        const std::optional<Rational>& computed, Findings& findings) {
  std::vector<Rational> values;
  std::vector<Rational> halfwidths;
  values.reserve(parts.size());
  for (const PrintedPart& part : parts) {
    values.push_back(part.value);
    if (bounded) halfwidths.push_back(halfwidth(part, formula));
  }
  const Quantity& number = *printed.number;
  const PartsDiagnosis diagnosis = diagnose_aggregate(number, values, formula, halfwidths);
  if (diagnosis.kind == Kind::kAgrees) return false;
  Finding& finding =
      findings.add(FindingCode::kSumOfParts, Severity::kError, Key{printed.source},
                   findings.say(Message::kSumOfParts, title,
                                as_printed(number.value, number.decimals), where_suffix(printed),
                                parts.size(), exact_text(diagnosis.exact, number.decimals),
                                how(diagnosis, parts, findings, number.decimals),
                                against_computed(computed, diagnosis, number, findings)));
  finding.comparison =
      printed_against(printed, figure, diagnosis.expected, formula, findings.language());
  return true;
}

// A figure lkjip computes on a total or mean row, made of its parts by a sum or a mean.
void check_computed_aggregate(const PrintedFigure& printed, const FigureIndex& figures,
                              const PrintedIndex& printed_index, Findings& findings) {
  if (printed.capped) return;  // compared with its cap, not with its parts
  const Entry* entry = figures.find(printed.figure);
  if (entry == nullptr || !entry->row->is_total) return;
  const Cell& cell = *entry->cell;
  if (cell.state != Cell::State::kNumber || !cell.trace || !is_aggregate(cell.trace->formula))
    return;
  // Every part printed at the same place, or no comparison: a part the table does not print
  // is no evidence of the table's own arithmetic.
  std::vector<PrintedPart> parts;
  for (const Term& term : cell.trace->terms) {
    std::optional<PrintedPart> part =
        printed_part(figures.showing(term), printed.where, printed_index);
    if (!part) return;
    parts.push_back(std::move(*part));
  }
  if (parts.empty()) return;
  compare_with_parts(printed, printed.figure, printed.figure, cell.trace->formula, parts,
                     /*bounded=*/true, cell.value, findings);
}

Formula formula_of(AggregateKind kind) {
  return kind == AggregateKind::kMean ? Formula::kMeanAsPrinted : Formula::kSum;
}

// "sum(pengukuran/*/capaian)", "mean(a, b, c)", "sum(a, …, z)".
std::string aggregate_name(const PrintedFigure& printed) {
  std::string name = printed.aggregate == AggregateKind::kMean ? "mean(" : "sum(";
  const std::vector<std::string>& of = printed.of;
  if (of.size() <= 3) {
    for (std::size_t i = 0; i < of.size(); ++i)
      name += (i > 0 ? ", " : "") + of[i];
  } else {
    name += of.front() + ", …, " + of.back();
  }
  return name + ")";
}

// The figures an aggregate entry names, each once in the order named; nullopt, and input
// errors, when one names nothing.
std::optional<std::vector<const Entry*>> resolve(const PrintedFigure& printed,
                                                 const FigureIndex& figures, Findings& findings) {
  std::vector<const Entry*> parts;
  bool known = true;
  const Key key{printed.source, Field::kAggregateOf};
  for (const std::string& name : printed.of) {
    if (name.find('*') != std::string::npos) {
      const std::vector<const Entry*> matched = figures.matching(name);
      if (matched.empty()) {
        findings.add(FindingCode::kUnknownFigure, Severity::kInputError, key,
                     findings.say(Message::kAggregateMatchesNothing, name) +
                         findings.say(Message::kListFigures));
        known = false;
      }
      for (const Entry* entry : matched) {
        if (std::find(parts.begin(), parts.end(), entry) == parts.end()) parts.push_back(entry);
      }
      continue;
    }
    const Entry* entry = figures.find(name);
    if (entry == nullptr) {
      std::string message = findings.say(Message::kUnknownFigure, name);
      const std::vector<std::string_view> names = figures.names();
      if (const auto suggestion = closest(name, names)) {
        message += findings.say(Message::kDidYouMean, *suggestion);
      } else {
        message += findings.say(Message::kListFigures);
      }
      findings.add(FindingCode::kUnknownFigure, Severity::kInputError, key, std::move(message));
      known = false;
      continue;
    }
    if (std::find(parts.begin(), parts.end(), entry) == parts.end()) parts.push_back(entry);
  }
  if (!known) return std::nullopt;
  return parts;
}

// A total or mean lkjip does not compute, stated over printed figures: against the printed
// parts, and against the computed parts where each is computable (each as its table prints it).
void check_stated_aggregate(const PrintedFigure& printed, const FigureIndex& figures,
                            const PrintedIndex& printed_index, Findings& findings) {
  if (!printed.number) return;  // validate() refuses it
  const std::optional<std::vector<const Entry*>> entries = resolve(printed, figures, findings);
  if (!entries || entries->empty()) return;
  const Formula formula = formula_of(printed.aggregate);
  const std::string figure = aggregate_name(printed);
  const std::string title = printed.label.empty() ? figure : printed.label + " = " + figure;

  std::optional<Rational> computed;
  std::vector<Figure> computed_parts;
  for (const Entry* entry : *entries) {
    if (entry->cell->state != Cell::State::kNumber) break;
    computed_parts.emplace_back(entry->cell->value.rounded(entry->cell->decimals),
                                entry->cell->trace);
  }
  if (computed_parts.size() == entries->size()) {
    const std::optional<Figure> made = aggregate(formula, computed_parts, printed.label);
    if (made && made->ok()) computed = made->value();
  }

  std::vector<PrintedPart> parts;
  for (const Entry* entry : *entries) {
    std::optional<PrintedPart> part = printed_part({entry}, printed.where, printed_index);
    if (!part) break;
    parts.push_back(std::move(*part));
  }
  // Against the printed parts; where they agree (or are not all printed), against the
  // computed parts, as a printed figure against its computed one: one finding, since a
  // disagreement with the printed parts names the computed value too.
  if (parts.size() == entries->size() &&
      compare_with_parts(printed, title, figure, formula, parts, /*bounded=*/false, computed,
                         findings)) {
    return;
  }
  if (computed && !agrees_as_printed(*computed, *printed.number)) {
    const Quantity& number = *printed.number;
    Finding& finding = findings.add(
        FindingCode::kPrintedMismatch, Severity::kError, Key{printed.source},
        findings.say(Message::kPrintedDiffers, title, as_printed(number.value, number.decimals),
                     where_suffix(printed), findings.say(Message::kComputed),
                     as_printed(*computed, number.decimals)));
    finding.comparison = printed_against(printed, figure, *computed, formula, findings.language());
  }
}

// Whether a printed entry can be a total or a mean: a stated aggregate, or a figure of a total
// or mean row ("anggaran/total/pagu").
bool may_be_aggregate(const PrintedFigure& printed) {
  if (printed.aggregate != AggregateKind::kNone) return true;
  const std::optional<FigureNameParts> parts = split_figure_name(printed.figure);
  return parts && (parts->row == "total" || parts->row == "mean");
}

}  // namespace

void check_sums_of_parts(const PerformanceReport& report, const Document& document,
                         Findings& findings) {
  // The index of every figure is as large as the document: made only when it can be used.
  if (std::none_of(report.printed.begin(), report.printed.end(), may_be_aggregate)) return;
  const FigureIndex figures(document);
  const PrintedIndex printed_index(report.printed);
  for (const PrintedFigure& printed : report.printed) {
    if (printed.aggregate != AggregateKind::kNone) {
      check_stated_aggregate(printed, figures, printed_index, findings);
    } else if (printed.number) {
      check_computed_aggregate(printed, figures, printed_index, findings);
    }
  }
}

}  // namespace lkjip
