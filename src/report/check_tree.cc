#include "check_tree.h"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <string>
#include <string_view>
#include <tuple>

#include "lkjip/engine.h"

namespace lkjip {
namespace {

using Severity = Finding::Severity;

void add(std::vector<Finding>& findings, Severity severity, const Key& key, std::string message) {
  Finding finding;
  finding.severity = severity;
  finding.key = key;
  finding.message = std::move(message);
  findings.push_back(std::move(finding));
}

// A count as people write it, at the precision of the stated count it is compared with.
std::string indonesian(const Rational& value, int decimals) {
  return value.round_half_up(decimals).render(',', '.');
}

// The words of a level's indicators and of the level above.
struct LevelWords {
  const char* indicator;  // "indikator kegiatan"
  const char* above;      // "indikator program"
};
constexpr std::array<LevelWords, 4> kWords = {{
    {"indikator kinerja utama", "sasaran"},
    {"indikator program", "indikator kinerja utama"},
    {"indikator kegiatan", "indikator program"},
    {"indikator sub kegiatan", "indikator kegiatan"},
}};

const LevelWords& words(TreeLevel level) {
  return kWords[static_cast<std::size_t>(level)];
}

// Indicators of programs, activities and sub-activities that support nothing. A level none of
// whose indicators names one is one finding (the tree stops above it), not one per indicator.
void check_unlinked(const PerformanceReport& report, std::vector<Finding>& findings) {
  std::array<std::size_t, 4> count{};
  std::array<std::size_t, 4> linked{};
  std::array<const Indicator*, 4> first{};
  for_each_indicator(report, [&](const std::string&, const Indicator& indicator) {
    const auto level = static_cast<std::size_t>(tree_level(indicator.source));
    if (first[level] == nullptr) first[level] = &indicator;
    ++count[level];
    if (!indicator.supports.empty()) ++linked[level];
  });
  for (std::size_t level = 1; level < count.size(); ++level) {
    if (count[level] == 0 || linked[level] != 0) continue;
    const LevelWords& w = kWords[level];
    add(findings, Severity::kWarning, Key{first[level]->source, Field::kSupports},
        fmt::format("pohon kinerja: tidak satu pun dari {} {} mendukung {} (\"supports\" kosong, "
                    "pertama {}): pohon berhenti di atasnya",
                    count[level], w.indicator, w.above, first[level]->id));
  }
  for_each_indicator(report, [&](const std::string& owner, const Indicator& indicator) {
    const TreeLevel level = tree_level(indicator.source);
    const auto l = static_cast<std::size_t>(level);
    if (level == TreeLevel::kKey || linked[l] == 0 || !indicator.supports.empty()) return;
    add(findings, Severity::kWarning, Key{indicator.source, Field::kSupports},
        fmt::format("{}: {} {} tidak mendukung {} mana pun (pohon kinerja); isi \"supports\" "
                    "dengan kode {} yang didukungnya",
                    indicator.id, words(level).indicator, owner, words(level).above,
                    words(level).above));
  });
}

// Key indicators that no program indicator supports, and program indicators that support a
// key indicator of another objective than the one their program funds.
void check_key_links(const PerformanceReport& report, std::vector<Finding>& findings) {
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
      add(findings, Severity::kError, Key{indicator.source, Field::kSupports},
          fmt::format("{}: indikator program {} mendukung {}, indikator kinerja utama sasaran "
                      "{}, tetapi program {} mendanai sasaran {}",
                      indicator.id, program.id, indicator.supports, key->objective->id, program.id,
                      program.objective_id));
    }
  }
  for (const Objective& objective : report.objectives) {
    for (const Indicator& indicator : objective.indicators) {
      const auto key = std::find_if(keys.begin(), keys.end(), [&](const KeyIndicator& k) {
        return k.id == indicator.id && k.objective == &objective;
      });
      if (key == keys.end() || key->supported) continue;
      add(findings, Severity::kWarning, Key{indicator.source, Field::kId},
          fmt::format("{}: tidak ada indikator program yang mendukung indikator kinerja utama "
                      "sasaran {} ini (pohon kinerja)",
                      indicator.id, objective.id));
    }
  }
}

// A program that names no objective, in a report that gives objectives: a fragment without
// them (only budgets, a partial report) leaves every program's out.
void check_unfunded(const PerformanceReport& report, std::vector<Finding>& findings) {
  if (report.objectives.empty()) return;
  for (const Program& program : report.programs) {
    if (!program.objective_id.empty()) continue;
    add(findings, Severity::kWarning, Key{program.source, Field::kObjective},
        fmt::format("{}: program tidak mendanai sasaran strategis mana pun (\"objective\" "
                    "kosong): anggaran dan SDM-nya tidak masuk tabel per sasaran",
                    program.id));
  }
}

// An objective's stated staff against the sum of the staff of the programs that fund it, where
// the objective and every one of those programs state it.
void check_staff(const PerformanceReport& report, std::vector<Finding>& findings) {
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
         {std::tuple{Field::kStaffNeeded, "kebutuhan SDM (ABK)", &objective.staff->needed, &needed},
          std::tuple{Field::kStaffAvailable, "ketersediaan SDM", &objective.staff->available,
                     &available}}) {
      const Figure total = sum(*parts, objective.id);
      if (!total.ok() || total.value() == stated->value) continue;
      const Figure gap = difference(total, Figure(stated->value), objective.id);
      add(findings, Severity::kError, Key{objective.source, field},
          fmt::format("{}: {} tertulis {}, tetapi {} program yang mendanainya ({}) berjumlah {} "
                      "(selisih {})",
                      objective.id, label, indonesian(stated->value, stated->decimals),
                      parts->size(), ids, indonesian(total.value(), stated->decimals),
                      gap.ok() ? indonesian(gap.value(), stated->decimals) : std::string("t.d.")));
    }
  }
}

}  // namespace

void check_tree(const PerformanceReport& report, std::vector<Finding>& findings) {
  check_unfunded(report, findings);
  check_staff(report, findings);
  if (!gives_tree(report)) return;
  check_unlinked(report, findings);
  check_key_links(report, findings);
}

}  // namespace lkjip
