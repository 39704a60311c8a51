#include "check_tree.h"

#include <algorithm>
#include <array>
#include <string>
#include <string_view>
#include <tuple>

#include "lkjip/engine.h"

namespace lkjip {
namespace {

using Severity = Finding::Severity;

// The words of a level's indicators and of the level above.
struct LevelWords {
  Message indicator;  // "indikator kegiatan"
  Message above;      // "indikator program"
};
constexpr std::array<LevelWords, 4> kWords = {{
    {Message::kWordKeyIndicator, Message::kWordObjective},
    {Message::kWordProgramIndicator, Message::kWordKeyIndicator},
    {Message::kWordActivityIndicator, Message::kWordProgramIndicator},
    {Message::kWordSubActivityIndicator, Message::kWordActivityIndicator},
}};

const LevelWords& words(TreeLevel level) {
  return kWords[static_cast<std::size_t>(level)];
}

// Indicators of programs, activities and sub-activities that support nothing. A level none of
// whose indicators names one is one finding (the tree stops above it), not one per indicator.
void check_unlinked(const PerformanceReport& report, Findings& findings) {
  std::array<std::size_t, 4> count{};
  std::array<std::size_t, 4> linked{};
  std::array<const Indicator*, 4> first{};
  for_each_indicator(report, [&](std::string_view, const Indicator& indicator) {
    const auto level = static_cast<std::size_t>(tree_level(indicator.source));
    if (first[level] == nullptr) first[level] = &indicator;
    ++count[level];
    if (!indicator.supports.empty()) ++linked[level];
  });
  for (std::size_t level = 1; level < count.size(); ++level) {
    if (count[level] == 0 || linked[level] != 0) continue;
    const LevelWords& w = kWords[level];
    findings.add(FindingCode::kTreeUnlinked, Severity::kWarning,
                 Key{first[level]->source, Field::kSupports},
                 findings.say(Message::kTreeLevelUnlinked, count[level], findings.say(w.indicator),
                              findings.say(w.above), first[level]->id));
  }
  for_each_indicator(report, [&](std::string_view owner, const Indicator& indicator) {
    const TreeLevel level = tree_level(indicator.source);
    const auto l = static_cast<std::size_t>(level);
    if (level == TreeLevel::kKey || linked[l] == 0 || !indicator.supports.empty()) return;
    findings.add(FindingCode::kTreeUnlinked, Severity::kWarning,
                 Key{indicator.source, Field::kSupports},
                 findings.say(Message::kTreeIndicatorUnlinked, indicator.id,
                              findings.say(words(level).indicator), owner,
                              findings.say(words(level).above)));
  });
}

// Key indicators that no program indicator supports, and program indicators that support a
// key indicator of another objective than the one their program funds.
void check_key_links(const PerformanceReport& report, Findings& findings) {
  struct KeyIndicator {
    std::string_view id;
    const Objective* objective;
    bool supported;
  };
  std::vector<KeyIndicator> keys;
  for (const Objective& objective : report.objectives) {
    for (const Indicator& indicator : objective.indicators)
      keys.push_back(KeyIndicator{indicator.id, &objective, false});
  }
  for (const Program& program : report.programs) {
    for (const Indicator& indicator : program.indicators) {
      if (indicator.supports.empty()) continue;
      const auto key = std::find_if(keys.begin(), keys.end(), [&](const KeyIndicator& k) {
        return k.id == indicator.supports;
      });
      if (key == keys.end()) continue;  // validate() names it
      key->supported = true;
      if (program.objective_id.empty() || key->objective->id == program.objective_id) continue;
      findings.add(FindingCode::kTreeOtherObjective, Severity::kError,
                   Key{indicator.source, Field::kSupports},
                   findings.say(Message::kTreeOtherObjective, indicator.id, program.id,
                                indicator.supports, key->objective->id, program.objective_id));
    }
  }
  for (const Objective& objective : report.objectives) {
    for (const Indicator& indicator : objective.indicators) {
      const auto key = std::find_if(keys.begin(), keys.end(), [&](const KeyIndicator& k) {
        return k.id == indicator.id && k.objective == &objective;
      });
      if (key == keys.end() || key->supported) continue;
      findings.add(FindingCode::kTreeKeyUnsupported, Severity::kWarning,
                   Key{indicator.source, Field::kId},
                   findings.say(Message::kTreeKeyUnsupported, indicator.id, objective.id));
    }
  }
}

// A program that names no objective, in a report that gives objectives: a fragment without
// them (only budgets, a partial report) leaves every program's out.
void check_unfunded(const PerformanceReport& report, Findings& findings) {
  if (report.objectives.empty()) return;
  for (const Program& program : report.programs) {
    if (!program.objective_id.empty()) continue;
    findings.add(FindingCode::kProgramWithoutObjective, Severity::kWarning,
                 Key{program.source, Field::kObjective},
                 findings.say(Message::kProgramWithoutObjective, program.id));
  }
}

// An objective's stated staff against the sum of the staff of the programs that fund it, where
// the objective and every one of those programs state it.
void check_staff(const PerformanceReport& report, Findings& findings) {
  for (const Objective& objective : report.objectives) {
    if (!objective.staff) continue;
    std::vector<Figure> needed;
    std::vector<Figure> available;
    std::string ids;
    bool every = true;
    for (const Program& program : report.programs) {
      if (program.objective_id != objective.id) continue;
      if (!program.staff) {
        every = false;
        break;
      }
      needed.push_back(Figure(program.staff->needed.value));
      available.push_back(Figure(program.staff->available.value));
      ids += (ids.empty() ? "" : ", ") + program.id;
    }
    if (!every || needed.empty()) continue;
    for (const auto& [field, label, stated, parts] :
         {std::tuple{Field::kStaffNeeded, Message::kWordStaffNeeded, &objective.staff->needed,
                     &needed},
          std::tuple{Field::kStaffAvailable, Message::kWordStaffAvailable,
                     &objective.staff->available, &available}}) {
      const Figure total = sum(*parts, objective.id);
      if (!total.ok() || total.value() == stated->value) continue;
      const Figure gap = difference(total, Figure(stated->value), objective.id);
      findings.add(FindingCode::kObjectiveSum, Severity::kError, Key{objective.source, field},
                   findings.say(Message::kObjectiveStaffDiffers, objective.id, findings.say(label),
                                as_printed(stated->value, stated->decimals), parts->size(), ids,
                                as_printed(total.value(), stated->decimals),
                                gap.ok() ? as_printed(gap.value(), stated->decimals)
                                         : findings.say(Message::kWordNotComputable)));
    }
  }
}

}  // namespace

void check_tree(const PerformanceReport& report, Findings& findings) {
  check_unfunded(report, findings);
  check_staff(report, findings);
  if (!gives_tree(report)) return;
  check_unlinked(report, findings);
  check_key_links(report, findings);
}

}  // namespace lkjip
