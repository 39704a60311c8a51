#include "period_option.h"

#include <vector>

#include "choices.h"
#include "cli_messages.h"
#include "lkjip/fields.h"

namespace lkjip {

void add_period_option(CLI::App& command, std::string& period, Language language) {
  const std::span<const std::string_view> names = choices(Field::kReportingPeriod);
  command.add_option("--period", period, say(language, CliMessage::kPeriodOption))
      ->check(one_of(std::vector<std::string>(names.begin(), names.end()), language));
}

std::optional<Period> period_option(const std::string& name) {
  if (name.empty()) return std::nullopt;
  return period_of(choice_index(Field::kReportingPeriod, name));
}

PerformanceReport with_period(PerformanceReport report, const std::optional<Period>& period) {
  if (period) report.settings.reporting_period = *period;
  return report;
}

}  // namespace lkjip
