#include "check_words.h"

#include <algorithm>
#include <cctype>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "normalized_text.h"

namespace lkjip {
namespace {

using Severity = Finding::Severity;

// What the data calls an object: its name, and an indicator's unit.
struct DataWords {
  std::string_view name;
  std::string_view unit;
  bool indicator = false;
};

std::unordered_map<std::string_view, DataWords> data_words(const PerformanceReport& report) {
  std::unordered_map<std::string_view, DataWords> words;
  for_each_owner(report, [&](const auto& owner) {
    words.emplace(owner.id, DataWords{owner.name, {}, false});
    for (const Indicator& indicator : owner.indicators)
      words.emplace(indicator.id, DataWords{indicator.name, indicator.unit, true});
  });
  for (const Facility& facility : report.facilities)
    words.emplace(facility.id, DataWords{facility.name, {}, false});
  return words;
}

// The entries that print one thing one way (read the same), with their places.
struct Wording {
  const PrintedFigure* first = nullptr;
  std::vector<const PrintedFigure*> entries;
};

// The places of a wording in the report's order: " (Tabel 3.6, Tabel 3.8)", each once; nothing
// when none is named.
std::string places_of(const Wording& wording) {
  std::vector<std::string_view> places;
  for (const PrintedFigure* entry : wording.entries) {
    if (entry->where.empty()) continue;
    bool seen = false;
    for (std::string_view place : places)
      seen = seen || place == entry->where;
    if (!seen) places.push_back(entry->where);
  }
  if (places.empty()) return "";
  std::stable_sort(places.begin(), places.end(), report_order);
  std::string text = " (";
  for (std::size_t i = 0; i < places.size(); ++i)
    text += (i > 0 ? ", " : "") + std::string(places[i]);
  return text + ")";
}

// Adds `entry` to the wording among `wordings` it reads the same as, or to a new one.
void add_wording(std::vector<Wording>& wordings, const PrintedFigure& entry) {
  for (Wording& wording : wordings) {
    if (read_the_same(wording.first->text, entry.text)) {
      wording.entries.push_back(&entry);
      return;
    }
  }
  wordings.push_back(Wording{&entry, {&entry}});
}

Finding& about_entry(Findings& findings, FindingCode code, Severity severity,
                     const PrintedFigure& entry, std::string message) {
  Finding& finding = findings.add(code, severity, Key{entry.source}, std::move(message));
  FigureComparison& compared = edit_comparison(finding);
  compared.where = entry.where;
  compared.printed = entry.text;
  return finding;
}

// ---- Names and units: against the data's ---------------------------------------------------
struct Differing {
  bool unit = false;
  std::string_view id;
  std::string_view data;  // the data's name or unit
  std::vector<Wording> wordings;
};

void check_names_and_units(const PerformanceReport& report, Findings& findings,
                           CheckCounts& counts) {
  std::unordered_map<std::string_view, DataWords> words;
  std::vector<Differing> differing;  // per object and kind, in the order of first mention
  for (const PrintedFigure& entry : report.printed) {
    const bool unit = !entry.unit_of.empty();
    if (entry.name_of.empty() && !unit) continue;
    if (words.empty()) words = data_words(report);
    const std::string_view id = unit ? entry.unit_of : entry.name_of;
    const auto found = words.find(id);
    if (found == words.end()) continue;  // validate() names the unknown id
    const std::string_view data = unit ? found->second.unit : found->second.name;
    ++counts.words;
    if (read_the_same(entry.text, data)) {
      ++counts.words_agreeing;
      continue;
    }
    ++counts.words_differing;
    Differing* group = nullptr;
    for (Differing& d : differing) {
      if (d.unit == unit && d.id == id) group = &d;
    }
    if (group == nullptr) group = &differing.emplace_back(Differing{unit, id, data, {}});
    add_wording(group->wordings, entry);
  }
  for (const Differing& d : differing) {
    for (const Wording& wording : d.wordings) {
      Finding& finding =
          about_entry(findings, d.unit ? FindingCode::kPrintedUnit : FindingCode::kPrintedName,
                      Severity::kWarning, *wording.first,
                      findings.say(d.unit ? Message::kPrintedUnit : Message::kPrintedName, d.id,
                                   wording.first->text, places_of(wording), d.data));
      edit_comparison(finding).computed = std::string(d.data);
    }
  }
}

// ---- Facts: one value wherever the report states it -------------------------------------------
bool is_renstra_period(std::string_view fact) {
  return read_the_same(fact, "periode Renstra") || read_the_same(fact, "renstra_period") ||
         read_the_same(fact, "Renstra period");
}

// The years a text names (runs of exactly four digits): "Resntra 2018-2024" → 2018, 2024.
std::vector<int> years_in(std::string_view text) {
  std::vector<int> years;
  std::size_t at = 0;
  while (at < text.size()) {
    if (!std::isdigit(static_cast<unsigned char>(text[at]))) {
      ++at;
      continue;
    }
    const std::size_t start = at;
    int value = 0;
    while (at < text.size() && std::isdigit(static_cast<unsigned char>(text[at]))) {
      if (at - start < 4) value = value * 10 + (text[at] - '0');
      ++at;
    }
    if (at - start == 4) years.push_back(value);
  }
  return years;
}

bool names_period(std::string_view text, int from, int to) {
  const std::vector<int> years = years_in(text);
  return years.size() == 2 && years[0] == from && years[1] == to;
}

struct Fact {
  std::string_view name;  // as the first entry names it
  std::vector<const PrintedFigure*> entries;
};

// The Renstra period against the data's: each wording that names another period (or none).
void check_period_fact(const Fact& fact, const PerformanceReport& report, Findings& findings,
                       CheckCounts& counts) {
  const std::string period =
      std::to_string(report.renstra_from) + "–" + std::to_string(report.renstra_to);
  std::vector<Wording> differing;
  for (const PrintedFigure* entry : fact.entries) {
    ++counts.words;
    if (names_period(entry->text, report.renstra_from, report.renstra_to)) {
      ++counts.words_agreeing;
      continue;
    }
    ++counts.words_differing;
    add_wording(differing, *entry);
  }
  for (const Wording& wording : differing) {
    Finding& finding =
        about_entry(findings, FindingCode::kPrintedFact, Severity::kError, *wording.first,
                    findings.say(Message::kPrintedFactData, fact.name, wording.first->text,
                                 places_of(wording), period));
    edit_comparison(finding).computed = period;
  }
}

// A fact the data does not hold: every wording against the first one printed.
void check_stated_fact(const Fact& fact, Findings& findings, CheckCounts& counts) {
  std::vector<Wording> wordings;
  for (const PrintedFigure* entry : fact.entries)
    add_wording(wordings, *entry);
  counts.words += fact.entries.size();
  counts.words_agreeing += wordings.front().entries.size();
  counts.words_differing += fact.entries.size() - wordings.front().entries.size();
  if (wordings.size() < 2) return;
  std::string ways;
  for (std::size_t i = 0; i < wordings.size(); ++i) {
    ways += (i > 0 ? ", \"" : "\"") + wordings[i].first->text + "\"" + places_of(wordings[i]);
  }
  // At the first entry that reads otherwise; about no one place (it lists them all).
  Finding& finding =
      findings.add(FindingCode::kPrintedFact, Severity::kError, Key{wordings[1].first->source},
                   findings.say(Message::kPrintedFact, fact.name, wordings.size(), ways));
  FigureComparison& compared = edit_comparison(finding);
  compared.printed = wordings[1].first->text;
  compared.computed = wordings.front().first->text;
}

void check_facts(const PerformanceReport& report, Findings& findings, CheckCounts& counts) {
  std::vector<Fact> facts;  // in the order of first mention
  for (const PrintedFigure& entry : report.printed) {
    if (entry.fact.empty()) continue;
    Fact* fact = nullptr;
    for (Fact& f : facts) {
      if (read_the_same(f.name, entry.fact)) fact = &f;
    }
    if (fact == nullptr) fact = &facts.emplace_back(Fact{entry.fact, {}});
    fact->entries.push_back(&entry);
  }
  const bool has_period = report.renstra_from != 0 || report.renstra_to != 0;
  for (const Fact& fact : facts) {
    if (has_period && is_renstra_period(fact.name)) {
      check_period_fact(fact, report, findings, counts);
    } else {
      check_stated_fact(fact, findings, counts);
    }
  }
}

}  // namespace

void check_printed_words(const PerformanceReport& report, Findings& findings, CheckCounts& counts) {
  check_names_and_units(report, findings, counts);
  check_facts(report, findings, counts);
}

}  // namespace lkjip
