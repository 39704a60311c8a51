#include "compute_command.h"

#include <fmt/format.h>

#include <iostream>
#include <map>
#include <optional>
#include <utility>

#include "batch.h"
#include "choices.h"
#include "cli_messages.h"
#include "exit_codes.h"
#include "help_words.h"
#include "lkjip/engine.h"
#include "lkjip/error.h"
#include "lkjip/loader.h"
#include "lkjip/report.h"
#include "lkjip/rollup.h"
#include "lkjip/rollup_report.h"
#include "loaded_report.h"

namespace lkjip {
namespace {

std::string tables_help(Language language) {
  std::string out = say(language, CliMessage::kTablesHeading) + "\n";
  for (const TableInfo& info : table_catalogue()) {
    out += fmt::format("  {:<26}{}\n", info.name, info.summary.in(language));
  }
  return out;
}

int compute_one(const ComputeOptions& options, const OutputFormat& format) {
  const Traces traces = format.needs_traces ? Traces::kKeep : Traces::kDrop;
  std::unique_ptr<LoadedReport> loaded =
      load_or_report(options.files.front(), language_of(options.output), traces, false,
                     period_option(options.period));
  if (!loaded) return kExitUsageOrInput;
  int written = kExitSuccess;
  {
    // Rows are produced as they are written: a large report is never held whole as a table.
    Document document = build_document(loaded->report, loaded->results, language_of(options.output),
                                       Rows::kOnDemand);
    keep_tables(document, options.tables);
    written = emit(document, format, options.output);
  }
  const bool warned = !loaded->warnings.empty();
  keep_until_exit(std::move(loaded));  // the command ends here
  if (written == kExitSuccess && options.strict && warned) return kExitCheckFailed;
  return written;
}

// One file of a roll-up: its summary, or the error that kept it out (and, when it is lkjip's own
// output, the command that wrote it).
struct Loaded {
  std::optional<UnitSummary> summary;
  std::string error;
  std::vector<Problem> warnings;
  std::optional<std::string_view> own_output;
};

Loaded summarize_file(const std::string& file, const std::optional<Period>& period,
                      Language language) {
  try {
    std::vector<Problem> warnings;
    const PerformanceReport report =
        with_period(load_report_file(file, nullptr, &warnings), period);
    return Loaded{summarize(input_name(file), report), {}, std::move(warnings), {}};
  } catch (const InputError& error) {
    return Loaded{std::nullopt, render(error, language), {}, lkjip_output_kind(error)};
  } catch (const std::bad_alloc&) {
    return Loaded{std::nullopt,
                  printable(input_name(file)) + ": error: " + say(language, CliMessage::kNoMemory),
                  {},
                  {}};
  }
}

// Two files for the same unit and year cannot both be right.
bool report_duplicates(const std::vector<UnitSummary>& units, Language language) {
  std::map<std::pair<std::string, int>, const UnitSummary*> seen;
  bool any = false;
  for (const UnitSummary& unit : units) {
    const auto [place, inserted] = seen.emplace(std::pair{unit.unit_name, unit.year}, &unit);
    if (inserted) continue;
    std::cerr << printable(unit.file) << ": error: "
              << say(language, CliMessage::kSameUnitAndYear, printable(unit.unit_name), unit.year,
                     printable(place->second->file))
              << '\n';
    any = true;
  }
  return any;
}

int compute_many(const ComputeOptions& options, const OutputFormat& format) {
  const Language language = language_of(options.output);
  if (!options.tables.empty()) {
    std::cerr << say(language, CliMessage::kTableOfOneReport) << '\n';
    return kExitUsageOrInput;
  }
  const std::optional<Inputs> inputs = expand_inputs(options.files, language);
  if (!inputs) return kExitUsageOrInput;
  const std::vector<std::string>& files = inputs->files;
  // Filled in place by index (no second copy of thousands of summaries), failures dropped after.
  std::vector<UnitSummary> units(files.size());
  std::vector<std::string> errors(files.size());
  std::vector<std::vector<Problem>> warnings(files.size());
  std::vector<std::optional<std::string_view>> own_outputs(files.size());
  for_each_parallel(
      files.size(), options.jobs,
      [&](std::size_t i) {
        Loaded loaded = summarize_file(files[i], period_option(options.period), language);
        warnings[i] = std::move(loaded.warnings);
        own_outputs[i] = loaded.own_output;
        if (loaded.summary) {
          units[i] = std::move(*loaded.summary);
        } else {
          errors[i] = std::move(loaded.error);
        }
      },
      language);
  const std::optional<std::vector<bool>> skipped = skip_own_output(*inputs, own_outputs, language);
  if (!skipped) return kExitUsageOrInput;
  bool failed = false;
  bool warned = false;
  std::size_t kept = 0;
  for (std::size_t i = 0; i < units.size(); ++i) {
    if ((*skipped)[i]) continue;
    print_warnings(warnings[i], language_of(options.output));
    warned = warned || !warnings[i].empty();
    if (!errors[i].empty()) {
      std::cerr << errors[i] << '\n';
      failed = true;
    } else {
      if (kept != i) units[kept] = std::move(units[i]);
      ++kept;
    }
  }
  units.resize(kept);
  errors = {};
  if (report_duplicates(units, language)) return kExitUsageOrInput;
  // Units of different years ranked together: said, and rolled up all the same.
  const std::string mixed = mixed_years_warning(units, language_of(options.output));
  if (!mixed.empty()) {
    std::cerr << say(language, CliMessage::kWarningPrefix, "compute") << mixed << '\n';
    warned = true;
  }
  // The files that could be read are still rolled up; the exit status says some could not.
  int written = kExitSuccess;
  if (!units.empty()) {
    const Document document =
        build_rollup_document(roll_up(std::move(units)), language_of(options.output));
    written = emit(document, format, options.output);
  }
  if (failed) return kExitUsageOrInput;
  if (written == kExitSuccess && options.strict && warned) return kExitCheckFailed;
  return written;
}

}  // namespace

CLI::App* setup_compute(CLI::App& app, ComputeOptions& options, Language language) {
  CLI::App* compute =
      add_command(app, "compute", say(language, CliMessage::kComputeDescription), language);
  compute->add_option("FILE", options.files, say(language, CliMessage::kFilesArgument))->required();
  add_output_options(*compute, options.output, language);
  std::vector<std::string> names(table_names().begin(), table_names().end());
  compute->add_option("-t,--table", options.tables, say(language, CliMessage::kTableOption))
      ->check(one_of(names, language));
  compute->add_option("-j,--jobs", options.jobs, say(language, CliMessage::kJobsOption));
  add_period_option(*compute, options.period, language);
  compute->add_flag("--strict", options.strict, say(language, CliMessage::kStrictComputeOption));
  compute->footer(tables_help(language) + "\n" + say(language, CliMessage::kComputeFooter));
  return compute;
}

int run_compute(const ComputeOptions& options) {
  const OutputFormat* format = resolve_format(options.output);
  if (format == nullptr) return kExitUsageOrInput;
  if (names_many(options.files)) return compute_many(options, *format);
  return compute_one(options, *format);
}

}  // namespace lkjip
