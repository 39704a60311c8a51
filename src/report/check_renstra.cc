#include "check_renstra.h"

#include <fmt/format.h>

#include <string>
#include <utility>

namespace lkjip {
namespace {

std::string indonesian(const Quantity& quantity) {
  return quantity.value.round_half_up(quantity.decimals).render(',', '.');
}

void warn(std::vector<Finding>& findings, const Key& key, std::string message) {
  Finding finding;
  finding.severity = Finding::Severity::kWarning;
  finding.key = key;
  finding.message = std::move(message);
  findings.push_back(std::move(finding));
}

// Whether the end target falls short of `target` in the indicator's direction.
bool end_short_of(const Indicator& indicator, const Quantity& end, const Quantity& target) {
  return indicator.polarity == Polarity::kLowerIsBetter ? target.value < end.value
                                                        : end.value < target.value;
}

void check_indicator(const PerformanceReport& report, const Indicator& indicator,
                     std::vector<Finding>& findings) {
  const std::optional<RenstraTarget>& renstra = details_of(indicator).renstra;
  if (!renstra) return;
  const Quantity& end = renstra->end_target;
  const bool lower = indicator.polarity == Polarity::kLowerIsBetter;
  const char* comparison = lower ? "di atas" : "di bawah";
  const char* polarity = lower ? "semakin rendah semakin baik" : "semakin tinggi semakin baik";
  const Key end_key{indicator.source, Field::kRenstraEndTarget};
  if (indicator.target) {
    for (std::uint32_t i = 0; i < renstra->targets.size(); ++i) {
      const RenstraYearTarget& planned = renstra->targets[i];
      if (planned.year != report.year || planned.target.value == indicator.target->value) continue;
      warn(findings, Key{indicator.source, Field::kTarget},
           fmt::format("{}: target perjanjian kinerja {} {} berbeda dari target Renstra tahun {} "
                       "{}",
                       indicator.id, report.year, indonesian(*indicator.target), planned.year,
                       indonesian(planned.target)));
    }
    if (end_short_of(indicator, end, *indicator.target)) {
      warn(findings, end_key,
           fmt::format("{}: target akhir Renstra {} {} target perjanjian kinerja {} {} ({})",
                       indicator.id, indonesian(end), comparison, report.year,
                       indonesian(*indicator.target), polarity));
    }
  }
  for (std::uint32_t i = 0; i < renstra->targets.size(); ++i) {
    const RenstraYearTarget& planned = renstra->targets[i];
    if (!end_short_of(indicator, end, planned.target)) continue;
    warn(findings, end_key,
         fmt::format("{}: target akhir Renstra {} {} target Renstra tahun {} {} ({})", indicator.id,
                     indonesian(end), comparison, planned.year, indonesian(planned.target),
                     polarity));
  }
}

}  // namespace

void check_renstra_targets(const PerformanceReport& report, std::vector<Finding>& findings) {
  for_each_indicator(report, [&](const std::string&, const Indicator& indicator) {
    check_indicator(report, indicator, findings);
  });
}

}  // namespace lkjip
