// A data file loaded and evaluated, as compute, trend and explain start from it (check loads the
// model alone). Internal to the command line.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "lkjip/engine.h"
#include "lkjip/loader.h"
#include "lkjip/report.h"
#include "period_option.h"

namespace lkjip {

// Results point into the report: built in place, never moved. Tables are built by the command
// that needs them, in its language. Every figure keeps its trace (kKeep) for explain and the
// xlsx formulas; the other outputs read none.
// With `keep_sources`, the file's source map is kept to name where its values were read
// (explain); the other commands let the file's text go.
// `period`, when given, is the report's period instead of its file's (--period).
struct LoadedReport {
  explicit LoadedReport(const std::string& file, Traces traces = Traces::kKeep,
                        bool keep_sources = false, const std::optional<Period>& period = {})
      : report(with_period(load_report_file(file, keep_sources ? &sources : nullptr, &warnings),
                           period)),
        results(evaluate(report, traces)) {}
  LoadedReport(const LoadedReport&) = delete;
  LoadedReport& operator=(const LoadedReport&) = delete;

  std::shared_ptr<const SourceMap> sources;  // declared first: the report is read with them
  std::vector<Problem> warnings;
  PerformanceReport report;
  Results results;
};

// FILE:SHEET!CELL: warning: ..., one line each on stderr, in `language`.
void print_warnings(const std::vector<Problem>& warnings, Language language);

// Loads `file` and prints its warnings; on bad input (or too little memory) prints the error
// lines to stderr and returns null. Messages in `language`.
std::unique_ptr<LoadedReport> load_or_report(const std::string& file, Language language,
                                             Traces traces = Traces::kKeep,
                                             bool keep_sources = false,
                                             const std::optional<Period>& period = {});
// The same, but the warnings are left in the result and the error line is returned in `error`
// instead of printed (for worker threads, whose messages are printed afterwards in file order);
// when the file is lkjip's own output, `own_output` is the command that wrote it.
std::unique_ptr<LoadedReport> load_or_error(const std::string& file, std::string& error,
                                            std::optional<std::string_view>& own_output,
                                            Language language);
// Keeps a loaded report, unfreed, until the process ends: a command that loads one file and exits
// right after lets the system take a large model back at once, where freeing it object by object
// cost 5 % of computing a report of 340 000 objects. Held by a pointer that lives as long as the
// process, so that leak checkers count it as reachable.
void keep_until_exit(std::unique_ptr<LoadedReport> loaded);
// The model alone, not evaluated (check evaluates what it needs), or null and the error line.
std::unique_ptr<PerformanceReport> load_model_or_error(const std::string& file,
                                                       std::shared_ptr<const SourceMap>* sources,
                                                       std::string& error,
                                                       std::vector<Problem>* warnings,
                                                       Language language);

}  // namespace lkjip
