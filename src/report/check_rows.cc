#include "check_rows.h"

#include <algorithm>
#include <map>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "check_corrections.h"
#include "lkjip/engine.h"
#include "lkjip/figures.h"
#include "lkjip/values_by_key.h"

namespace lkjip {
namespace {

// An input as a place prints it, where the data file gives it otherwise.
struct PrintedInput {
  Key key;
  FieldValue value;
  const PrintedFigure* printed = nullptr;
};

// The inputs each place prints otherwise than the data, in the order the file first names the
// places. An input a place prints twice with different values is left out: the place does not
// say which.
using InputsByPlace = std::vector<std::pair<std::string, std::vector<PrintedInput>>>;

std::optional<PrintedInput> printed_otherwise(const PerformanceReport& report,
                                              const PrintedFigure& printed, const Cell& cell) {
  if (!printed.number || !cell.trace || cell.trace->formula != Formula::kGiven) return std::nullopt;
  if (cell.state != Cell::State::kNumber || agrees_as_printed(cell.value, *printed.number)) {
    return std::nullopt;
  }
  if (cell.trace->terms.empty() || !cell.trace->terms.front().source) return std::nullopt;
  const Key& key = *cell.trace->terms.front().source;
  const std::optional<FieldValue> current = value_at(report, key);
  if (!current) return std::nullopt;
  std::optional<FieldValue> value =
      value_like(*current, printed.number->value, printed.number->decimals);
  if (!value) return std::nullopt;
  return PrintedInput{key, std::move(*value), &printed};
}

bool same_value(const FieldValue& a, const FieldValue& b) {
  if (a.index() != b.index()) return false;
  if (std::holds_alternative<Quantity>(a)) {
    return std::get<Quantity>(a).value == std::get<Quantity>(b).value;
  }
  return std::holds_alternative<Rupiah>(a) && std::get<Rupiah>(a) == std::get<Rupiah>(b);
}

InputsByPlace inputs_printed_otherwise(const PerformanceReport& report, const Document& document) {
  InputsByPlace places;
  std::map<std::string, std::size_t> index;
  std::set<std::pair<std::string, Key>> ambiguous;
  for (const PrintedFigure& printed : report.printed) {
    if (printed.aggregate != AggregateKind::kNone || printed.where.empty()) continue;
    const std::optional<FigureRef> found = find_figure(document, printed.figure);
    if (!found) continue;
    std::optional<PrintedInput> input = printed_otherwise(report, printed, *found->cell);
    if (!input) continue;
    auto [at, added] = index.try_emplace(printed.where, places.size());
    if (added) places.emplace_back(printed.where, std::vector<PrintedInput>());
    std::vector<PrintedInput>& inputs = places[at->second].second;
    auto same_key = std::find_if(inputs.begin(), inputs.end(), [&](const PrintedInput& other) {
      return other.key == input->key;
    });
    if (same_key == inputs.end()) {
      if (!ambiguous.contains({printed.where, input->key})) inputs.push_back(std::move(*input));
    } else if (!same_value(same_key->value, input->value)) {
      ambiguous.insert({printed.where, input->key});
      inputs.erase(same_key);
    }
  }
  std::erase_if(places, [](const auto& place) { return place.second.empty(); });
  return places;
}

// The inputs of `inputs` that `cell` is made of directly: the given values of its formula's
// terms. A figure made of other figures (a mean of capaian) is not read again here: its parts,
// printed beside it, are (sum-of-parts compares it with them).
std::vector<const PrintedInput*> made_of(const Cell& cell,
                                         const std::vector<PrintedInput>& inputs) {
  std::vector<const PrintedInput*> out;
  if (!cell.trace || cell.trace->formula == Formula::kGiven) return out;
  for (const PrintedInput& input : inputs) {
    const auto& terms = cell.trace->terms;
    if (std::any_of(terms.begin(), terms.end(),
                    [&](const Term& term) { return term.source == input.key; })) {
      out.push_back(&input);
    }
  }
  return out;
}

// Whether a printed number agrees with the value its place's own inputs give. A percentage
// printed at the cap over a value above it is the cap's question (printed-capped), not the row's.
bool agrees_with_row(const PrintedFigure& printed, const Rational& value,
                     const Settings& settings) {
  const Quantity& number = *printed.number;
  if (printed.capped) return agrees_as_printed(score(Figure(value), settings).value(), number);
  if (number.value == settings.score_cap.value && value > settings.score_cap.value) return true;
  return agrees_as_printed(value, number);
}

std::string inputs_text(const std::vector<const PrintedInput*>& inputs) {
  std::string out;
  for (const PrintedInput* input : inputs) {
    if (!out.empty()) out += ", ";
    out += input->printed->figure + " " + as_printed(*input->printed->number);
  }
  return out;
}

void check_place(const PerformanceReport& report, const Document& document,
                 const std::string& where, const std::vector<PrintedInput>& inputs,
                 Findings& findings) {
  PerformanceReport as_printed_there = report;
  for (const PrintedInput& input : inputs) {
    set_value_at(as_printed_there, input.key, input.value);
  }
  const Results results = evaluate(as_printed_there, Traces::kDrop);
  const Document row_document = build_document(as_printed_there, results);
  for (const PrintedFigure& printed : report.printed) {
    if (printed.where != where || printed.aggregate != AggregateKind::kNone || !printed.number) {
      continue;
    }
    const std::optional<FigureRef> found = find_figure(document, printed.figure);
    if (!found) continue;
    const std::vector<const PrintedInput*> used = made_of(*found->cell, inputs);
    if (used.empty()) continue;
    const std::optional<FigureRef> again = find_figure(row_document, printed.figure);
    if (!again || again->cell->state != Cell::State::kNumber) continue;
    const Rational& value = again->cell->value;
    if (agrees_with_row(printed, value, report.settings)) continue;
    Finding finding;
    finding.code = FindingCode::kRowArithmetic;
    finding.severity = Finding::Severity::kError;
    finding.key = Key{printed.source};
    FigureComparison& compared = edit_comparison(finding);
    compared.figure = printed.figure;
    compared.where = where;
    compared.printed = as_printed(*printed.number);
    compared.computed = as_printed(value, printed.number->decimals);
    finding.message = findings.say(Message::kRowArithmetic, printed.figure, compared.printed, where,
                                   inputs_text(used), compared.computed);
    findings.add(std::move(finding));
  }
}

}  // namespace

void check_printed_rows(const PerformanceReport& report, const Document& document,
                        Findings& findings) {
  const InputsByPlace places = inputs_printed_otherwise(report, document);
  if (places.empty()) return;
  const std::size_t affordable = affordable_checks(report);
  if (places.size() > affordable) {
    findings.add(checks_cut_note(findings, FindingCode::kRowArithmetic, Message::kRowsCut,
                                 affordable, places.size()));
  }
  for (std::size_t i = 0; i < places.size() && i < affordable; ++i) {
    check_place(report, document, places[i].first, places[i].second, findings);
  }
}

}  // namespace lkjip
