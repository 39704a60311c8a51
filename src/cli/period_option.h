// --period: the part of the year a report covers (q1-q4, m1-m12 or year), given on the command
// line instead of the data file's settings.reporting_period. Never the clock: the same command
// gives the same figures on any date. Internal to the command line.
#pragma once

#include <CLI/CLI.hpp>
#include <optional>
#include <string>

#include "lkjip/language.h"
#include "lkjip/model.h"

namespace lkjip {

// Adds --period to a command; `period` gets the name given, or stays empty.
void add_period_option(CLI::App& command, std::string& period, Language language);

// The period named by --period, or nullopt when it was not given. Precondition: the name is one
// add_period_option() accepts.
std::optional<Period> period_option(const std::string& name);

// The report with `period`, when given, as its period.
PerformanceReport with_period(PerformanceReport report, const std::optional<Period>& period);

}  // namespace lkjip
