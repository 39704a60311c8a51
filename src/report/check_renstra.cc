#include "check_renstra.h"

#include <string>
#include <utility>

namespace lkjip {
namespace {

void warn(Findings& findings, FindingCode code, const Key& key, std::string message) {
  findings.add(code, Finding::Severity::kWarning, key, std::move(message));
}

// Whether the end target falls short of `target` in the indicator's direction.
bool end_short_of(const Indicator& indicator, const Quantity& end, const Quantity& target) {
  return indicator.polarity == Polarity::kLowerIsBetter ? target.value < end.value
                                                        : end.value < target.value;
}

void check_indicator(const PerformanceReport& report, const Indicator& indicator,
                     Findings& findings) {
  const std::optional<RenstraTarget>& renstra = details_of(indicator).renstra;
  if (!renstra) return;
  const Quantity& end = renstra->end_target;
  const bool lower = indicator.polarity == Polarity::kLowerIsBetter;
  const std::string comparison = findings.say(lower ? Message::kWordAbove : Message::kWordBelow);
  const std::string polarity =
      findings.say(lower ? Message::kWordLowerIsBetter : Message::kWordHigherIsBetter);
  const Key end_key{indicator.source, Field::kRenstraEndTarget};
  if (indicator.target) {
    for (std::uint32_t i = 0; i < renstra->targets.size(); ++i) {
      const RenstraYearTarget& planned = renstra->targets[i];
      if (planned.year != report.year || planned.target.value == indicator.target->value) continue;
      warn(findings, FindingCode::kRenstraYearTarget, Key{indicator.source, Field::kTarget},
           findings.say(Message::kRenstraYearTarget, indicator.id, report.year,
                        as_printed(*indicator.target), planned.year, as_printed(planned.target)));
    }
    if (end_short_of(indicator, end, *indicator.target)) {
      warn(findings, FindingCode::kRenstraEndTarget, end_key,
           findings.say(Message::kRenstraEndBelowTarget, indicator.id, as_printed(end), comparison,
                        report.year, as_printed(*indicator.target), polarity));
    }
  }
  for (std::uint32_t i = 0; i < renstra->targets.size(); ++i) {
    const RenstraYearTarget& planned = renstra->targets[i];
    if (!end_short_of(indicator, end, planned.target)) continue;
    warn(findings, FindingCode::kRenstraEndTarget, end_key,
         findings.say(Message::kRenstraEndBelowYear, indicator.id, as_printed(end), comparison,
                      planned.year, as_printed(planned.target), polarity));
  }
}

}  // namespace

void check_renstra_targets(const PerformanceReport& report, Findings& findings) {
  for_each_indicator(report, [&](std::string_view, const Indicator& indicator) {
    check_indicator(report, indicator, findings);
  });
}

}  // namespace lkjip
