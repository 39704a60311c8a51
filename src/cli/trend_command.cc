#include "trend_command.h"

#include <algorithm>
#include <iostream>
#include <memory>

#include "batch.h"
#include "cli_messages.h"
#include "exit_codes.h"
#include "help_words.h"
#include "lkjip/error.h"
#include "lkjip/loader.h"
#include "lkjip/rollup.h"
#include "lkjip/rollup_report.h"
#include "loaded_report.h"

namespace lkjip {

CLI::App* setup_trend(CLI::App& app, TrendOptions& options, Language language) {
  CLI::App* trend =
      add_command(app, "trend", say(language, CliMessage::kTrendDescription), language);
  trend->add_option("FILE", options.files, say(language, CliMessage::kTrendFilesArgument))
      ->required();
  add_output_options(*trend, options.output, language);
  trend->add_option("-j,--jobs", options.jobs, say(language, CliMessage::kJobsTrendOption));
  trend->footer(say(language, CliMessage::kTrendFooter));
  return trend;
}

namespace {

// FILE:LINE:COL: error: /path: message, at the differing field of the later year's file (read
// again: positions are looked up only for errors).
void report_conflict(const DefinitionConflict& conflict, const std::string& file,
                     Language language) {
  std::shared_ptr<const SourceMap> sources;
  load_report_file(file, &sources);
  const Problem problem{sources->locate({conflict.key}).front(), conflict.message};
  std::cerr << render(problem, language) << '\n';
}

}  // namespace

int run_trend(const TrendOptions& options) {
  const OutputFormat* format = resolve_format(options.output);
  if (format == nullptr) return kExitUsageOrInput;
  const Language language = language_of(options.output);
  const std::optional<Inputs> inputs = expand_inputs(options.files, language);
  if (!inputs) return kExitUsageOrInput;
  const std::vector<std::string>& files = inputs->files;
  std::vector<std::unique_ptr<LoadedReport>> loaded(files.size());
  std::vector<std::string> errors(files.size());
  std::vector<std::optional<std::string_view>> own_outputs(files.size());
  for_each_parallel(
      files.size(), options.jobs,
      [&](std::size_t i) {
        loaded[i] = load_or_error(files[i], errors[i], own_outputs[i], language);
      },
      language);
  const std::optional<std::vector<bool>> skipped = skip_own_output(*inputs, own_outputs, language);
  if (!skipped) return kExitUsageOrInput;
  std::vector<std::size_t> order;  // the files read, by year
  for (std::size_t i = 0; i < files.size(); ++i) {
    if (!(*skipped)[i]) order.push_back(i);
  }
  bool failed = false;
  for (const std::size_t i : order) {
    if (loaded[i]) print_warnings(loaded[i]->warnings, language);
    if (errors[i].empty()) continue;
    std::cerr << errors[i] << '\n';
    failed = true;
  }
  if (failed) return kExitUsageOrInput;

  std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
    return loaded[a]->report.year < loaded[b]->report.year;
  });
  std::vector<YearOfUnit> years;
  for (std::size_t position = 0; position < order.size(); ++position) {
    const std::size_t i = order[position];
    const PerformanceReport& report = loaded[i]->report;
    const PerformanceReport& first = loaded[order.front()]->report;
    if (report.unit.name != first.unit.name) {
      std::cerr << printable(input_name(files[i])) << ": error: "
                << say(language, CliMessage::kOtherUnit, printable(report.unit.name),
                       printable(first.unit.name), printable(input_name(files[order.front()])))
                << '\n';
      return kExitUsageOrInput;
    }
    if (position > 0 && report.year == years.back().year) {
      std::cerr << printable(input_name(files[i]))
                << ": error: " << say(language, CliMessage::kSecondReportYear, report.year) << '\n';
      return kExitUsageOrInput;
    }
    years.push_back(YearOfUnit{report.year, &report, &loaded[i]->results});
  }
  if (const auto conflict = definition_conflict(years)) {
    report_conflict(*conflict, files[order[conflict->year_index]], language);
    return kExitUsageOrInput;
  }
  const PerformanceReport& last = *years.back().report;
  return emit(
      build_years_document(compare_years(years), last.unit.name, last.unit.region, language),
      *format, options.output);
}

}  // namespace lkjip
