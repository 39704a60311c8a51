#include "compute_command.h"

#include <fmt/format.h>

#include <iostream>
#include <map>
#include <optional>
#include <utility>

#include "batch.h"
#include "choices.h"
#include "exit_codes.h"
#include "lkjip/engine.h"
#include "lkjip/error.h"
#include "lkjip/loader.h"
#include "lkjip/report.h"
#include "lkjip/rollup.h"
#include "lkjip/rollup_report.h"
#include "loaded_report.h"

namespace lkjip {
namespace {

std::string tables_help() {
  std::string out = "Tables:\n";
  for (const TableInfo& info : table_catalogue()) {
    out += fmt::format("  {:<26}{}\n", info.name, info.summary);
  }
  return out;
}

int compute_one(const ComputeOptions& options, const OutputFormat& format) {
  const Traces traces = format.needs_traces ? Traces::kKeep : Traces::kDrop;
  const std::unique_ptr<LoadedReport> loaded =
      load_or_report(options.files.front(), language_of(options.output), traces, false,
                     period_option(options.period));
  if (!loaded) return kExitUsageOrInput;
  // Rows are produced as they are written: a large report is never held whole as a table.
  Document document =
      build_document(loaded->report, loaded->results, language_of(options.output), Rows::kOnDemand);
  keep_tables(document, options.tables);
  const int written = emit(document, format, options.output);
  if (written == kExitSuccess && options.strict && !loaded->warnings.empty())
    return kExitCheckFailed;
  return written;
}

// One file of a roll-up: its summary, or the error that kept it out.
struct Loaded {
  std::optional<UnitSummary> summary;
  std::string error;
  std::vector<Problem> warnings;
};

Loaded summarize_file(const std::string& file, const std::optional<Period>& period,
                      Language language) {
  try {
    std::vector<Problem> warnings;
    const PerformanceReport report =
        with_period(load_report_file(file, nullptr, &warnings), period);
    return Loaded{summarize(file, report), {}, std::move(warnings)};
  } catch (const InputError& error) {
    return Loaded{std::nullopt, render(error, language), {}};
  } catch (const std::bad_alloc&) {
    return Loaded{std::nullopt, file + ": error: not enough memory to read this file", {}};
  }
}

// Two files for the same unit and year cannot both be right.
bool report_duplicates(const std::vector<UnitSummary>& units) {
  std::map<std::pair<std::string, int>, const UnitSummary*> seen;
  bool any = false;
  for (const UnitSummary& unit : units) {
    const auto [place, inserted] = seen.emplace(std::pair{unit.unit_name, unit.year}, &unit);
    if (inserted) continue;
    std::cerr << printable(unit.file) << ": error: " << printable(unit.unit_name) << " "
              << unit.year << " is also the report of " << printable(place->second->file)
              << "; one file per unit and year\n";
    any = true;
  }
  return any;
}

int compute_many(const ComputeOptions& options, const OutputFormat& format) {
  if (!options.tables.empty()) {
    std::cerr << "lkjip compute: --table selects the tables of one report; a roll-up has one "
                 "table\n";
    return kExitUsageOrInput;
  }
  const std::optional<std::vector<std::string>> files = expand_inputs(options.files);
  if (!files) return kExitUsageOrInput;
  // Filled in place by index (no second copy of thousands of summaries), failures dropped after.
  std::vector<UnitSummary> units(files->size());
  std::vector<std::string> errors(files->size());
  std::vector<std::vector<Problem>> warnings(files->size());
  for_each_parallel(files->size(), options.jobs, [&](std::size_t i) {
    Loaded loaded =
        summarize_file((*files)[i], period_option(options.period), language_of(options.output));
    warnings[i] = std::move(loaded.warnings);
    if (loaded.summary) {
      units[i] = std::move(*loaded.summary);
    } else {
      errors[i] = std::move(loaded.error);
    }
  });
  bool failed = false;
  bool warned = false;
  std::size_t kept = 0;
  for (std::size_t i = 0; i < units.size(); ++i) {
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
  if (report_duplicates(units)) return kExitUsageOrInput;
  // Units of different years ranked together: said, and rolled up all the same.
  const std::string mixed = mixed_years_warning(units, language_of(options.output));
  if (!mixed.empty()) {
    std::cerr << "lkjip compute: warning: " << mixed << '\n';
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

CLI::App* setup_compute(CLI::App& app, ComputeOptions& options) {
  CLI::App* compute = app.add_subcommand(
      "compute",
      "Compute the tables of chapter III (capaian, budget absorption, efficiency) from a data "
      "file and print them; from several files or a directory, the roll-up of their units.");
  compute
      ->add_option("FILE", options.files,
                   "Data files (lkjip/1 JSON or input workbooks, .xlsx), or directories of them")
      ->required();
  add_output_options(*compute, options.output);
  std::vector<std::string> names(table_names().begin(), table_names().end());
  compute
      ->add_option("-t,--table", options.tables,
                   "Print only this table (see Tables below); repeat for several")
      ->check(one_of(names));
  compute->add_option("-j,--jobs", options.jobs,
                      "Files read at once (default: one per core); the output is the same");
  add_period_option(*compute, options.period);
  compute->add_flag("--strict", options.strict,
                    "A warning fails the command: exit status 1 (the output is still written)");
  compute->footer(
      tables_help() +
      "\n"
      "With several files or a directory (its *.json files): one table, rekap: per unit the key\n"
      "indicators' mean capaian and score, rating, pagu, spending, absorption and efficiency,\n"
      "ranked by exact mean score (equal scores share a rank: 1, 2, 2, 4; a score that cannot\n"
      "be computed, no rank); totals from the summed pagu and spending. Units are told apart by\n"
      "name and year; two files for the same unit and year are an error; files of different\n"
      "years are a warning naming the years. A file that cannot be read is named on stderr,\n"
      "the others are still rolled up, and the exit status is 2.\n"
      "\n"
      "Figures are exact and rounded half-up at 2 decimals. capaian = R/T x 100 (higher is\n"
      "better), (2T-R)/T x 100 (lower is better); score = capaian within [score_floor,\n"
      "score_cap], default [0, 100]; means are of the printed values; absorption = sum of\n"
      "spending / sum of pagu x 100 at every level. A figure that cannot be computed shows\n"
      "t.d.[n] with its reason in footnote [n].\n"
      "\n"
      "Exit status: 0 success, 1 a warning with --strict, 2 usage or input error\n"
      "(FILE:LINE:COL: error: /path: message).");
  return compute;
}

int run_compute(const ComputeOptions& options) {
  const OutputFormat* format = resolve_format(options.output);
  if (format == nullptr) return kExitUsageOrInput;
  if (names_many(options.files)) return compute_many(options, *format);
  return compute_one(options, *format);
}

}  // namespace lkjip
