#include "period_option.h"

#include <vector>

#include "lkjip/fields.h"

namespace lkjip {

void add_period_option(CLI::App& command, std::string& period) {
  const std::span<const std::string_view> names = choices(Field::kReportingPeriod);
  command
      .add_option("--period", period,
                  "The part of the year the report covers, instead of the data file's "
                  "reporting_period: q1-q4 (triwulan), m1-m12 (month) or year; figures through "
                  "the year are taken to its end")
      ->check(CLI::IsMember(std::vector<std::string>(names.begin(), names.end())));
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
