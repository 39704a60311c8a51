#include "check_corrections.h"

#include <algorithm>
#include <set>
#include <string>
#include <tuple>
#include <utility>

#include "lkjip/engine.h"
#include "lkjip/values_by_key.h"

namespace lkjip {
namespace {

Rational number_of(const FieldValue& value) {
  if (std::holds_alternative<Quantity>(value)) return std::get<Quantity>(value).value;
  return to_rational(std::get<Rupiah>(value));
}

// How a finding is known across two runs of the check: its code and the value it is about.
using Identity = std::tuple<FindingCode, Key, std::string>;

Identity identity(const Finding& finding) {
  return {finding.code, finding.key, comparison_of(finding).figure.str()};
}

// The findings a correction can make agree: errors and warnings, less the methods' (a
// correction is tried without looking for methods) and a printed total's against its printed
// parts or a printed row's against its printed inputs (what the report prints against itself,
// tried without them too).
bool counted(const Finding& finding) {
  switch (finding.code) {
    case FindingCode::kSumOfParts:
    case FindingCode::kRowArithmetic:
    case FindingCode::kMethodUncappedMean:
    case FindingCode::kMethodUnweightedMean:
    case FindingCode::kMethodEfficiencyFormula:
      return false;
    default:
      return finding.severity == Finding::Severity::kError ||
             finding.severity == Finding::Severity::kWarning;
  }
}

std::set<Identity> identities(const std::vector<Finding>& findings) {
  std::set<Identity> out;
  for (const Finding& finding : findings) {
    if (counted(finding)) out.insert(identity(finding));
  }
  return out;
}

std::string text_of(const FieldValue& value) {
  if (std::holds_alternative<Quantity>(value)) return as_printed(std::get<Quantity>(value));
  return as_printed(to_rational(std::get<Rupiah>(value)), 0);
}

struct Tried {
  Correction correction;
  std::vector<std::size_t> explained;  // indices into the report's findings
};

}  // namespace

std::size_t values_checked(const PerformanceReport& report) {
  std::size_t size = report.printed.size() + report.facilities.size() + 1;
  for_each_indicator(report, [&](std::string_view, const Indicator&) { ++size; });
  return size;
}

std::size_t affordable_checks(const PerformanceReport& report) {
  return kMaxCheckWork / values_checked(report);
}

Finding checks_cut_note(const Findings& findings, FindingCode code, Message message,
                        std::size_t done, std::size_t wanted) {
  Finding cut;
  cut.code = code;
  cut.severity = Finding::Severity::kNote;
  cut.message = findings.say(message, done, wanted);
  return cut;
}

std::optional<FieldValue> value_like(const FieldValue& current, const Rational& value,
                                     int decimals) {
  if (value.sign() < 0) return std::nullopt;
  if (std::holds_alternative<Quantity>(current)) {
    const int kept = std::max(std::get<Quantity>(current).decimals, decimals);
    if (!(value.rounded(kept) == value)) return std::nullopt;
    return FieldValue(Quantity{value, kept});
  }
  if (std::holds_alternative<Rupiah>(current)) {
    const std::optional<std::string> whole = value.to_exact_decimal(0);
    if (!whole || whole->find_first_not_of("0123456789") != std::string::npos ||
        whole->size() > 18) {
      return std::nullopt;
    }
    return FieldValue(static_cast<Rupiah>(std::stoll(*whole)));
  }
  return std::nullopt;
}

void propose_corrections(const PerformanceReport& report, const PrintedFigure& printed,
                         const Cell& cell, std::vector<Correction>& candidates) {
  if (!printed.number || !cell.trace) return;
  const Trace& trace = *cell.trace;
  const Rational& shown = printed.number->value;
  if (trace.formula == Formula::kGiven) {
    if (trace.terms.empty() || !trace.terms.front().source) return;
    const Key& key = *trace.terms.front().source;
    const std::optional<FieldValue> current = value_at(report, key);
    if (!current) return;
    if (auto value = value_like(*current, shown, printed.number->decimals)) {
      candidates.push_back(Correction{key, std::move(*value)});
    }
    return;
  }
  if (trace.formula != Formula::kSum) return;
  const Rational difference = shown - cell.value;
  for (const Term& term : trace.terms) {
    if (!term.source) continue;
    const std::optional<FieldValue> current = value_at(report, *term.source);
    if (!current) continue;
    if (auto value =
            value_like(*current, number_of(*current) + difference, printed.number->decimals)) {
      candidates.push_back(Correction{*term.source, std::move(*value)});
    }
  }
}

void suggest_corrections(const PerformanceReport& report, std::vector<Correction> candidates,
                         const CheckRun& run, Findings& findings) {
  if (candidates.empty()) return;
  // Each candidate once, in the order of the values they change.
  auto order = [](const Correction& c) { return std::pair(c.key, text_of(c.value)); };
  std::sort(candidates.begin(), candidates.end(),
            [&](const Correction& a, const Correction& b) { return order(a) < order(b); });
  candidates.erase(
      std::unique(candidates.begin(), candidates.end(),
                  [&](const Correction& a, const Correction& b) { return order(a) == order(b); }),
      candidates.end());
  const std::size_t affordable = affordable_checks(report);
  std::vector<Finding> notes;  // put first, before what they explain
  if (candidates.size() > affordable) {
    notes.push_back(checks_cut_note(findings, FindingCode::kCorrection, Message::kCorrectionsCut,
                                    affordable, candidates.size()));
    candidates.resize(affordable);
  }
  const std::vector<Finding>& base = findings.all();
  const std::set<Identity> before = identities(base);
  std::vector<Tried> useful;
  for (const Correction& correction : candidates) {
    PerformanceReport corrected = report;
    if (!set_value_at(corrected, correction.key, correction.value)) continue;
    const std::set<Identity> after = identities(run(corrected));
    // Nothing new may appear: a correction that breaks another figure explains nothing.
    if (!std::includes(before.begin(), before.end(), after.begin(), after.end())) continue;
    Tried tried{correction, {}};
    for (std::size_t i = 0; i < base.size(); ++i) {
      if (counted(base[i]) && !after.contains(identity(base[i]))) tried.explained.push_back(i);
    }
    if (tried.explained.size() >= 2) useful.push_back(std::move(tried));
  }
  // The fewest: the one explaining most first, then those that explain findings not explained.
  std::stable_sort(useful.begin(), useful.end(), [](const Tried& a, const Tried& b) {
    return a.explained.size() > b.explained.size();
  });
  std::set<std::size_t> explained;
  for (const Tried& tried : useful) {
    std::vector<std::size_t> fresh;
    for (std::size_t i : tried.explained) {
      if (!explained.contains(i)) fresh.push_back(i);
    }
    if (fresh.size() < 2) continue;
    explained.insert(fresh.begin(), fresh.end());
    std::string which;
    for (std::size_t i : tried.explained) {
      const Finding& finding = base[i];
      const FigureComparison& compared = comparison_of(finding);
      std::string name =
          compared.figure.empty() ? finding_code_name(finding.code) : compared.figure.str();
      if (!compared.where.empty()) name += " (" + compared.where.str() + ")";
      which += (which.empty() ? "" : ", ") + name;
    }
    const std::optional<FieldValue> current = value_at(report, tried.correction.key);
    Finding note;
    note.code = FindingCode::kCorrection;
    note.severity = Finding::Severity::kNote;
    note.key = tried.correction.key;
    FigureComparison& compared = edit_comparison(note);
    compared.printed = current ? text_of(*current) : std::string();
    compared.computed = text_of(tried.correction.value);
    note.message = findings.say(Message::kCorrection, tried.explained.size(), compared.printed,
                                compared.computed, which);
    notes.push_back(std::move(note));
  }
  std::vector<Finding>& all = findings.all();
  all.insert(all.begin(), std::make_move_iterator(notes.begin()),
             std::make_move_iterator(notes.end()));
}

}  // namespace lkjip
