#include "compute_command.h"

#include <fmt/format.h>

#include <cstdio>
#include <iostream>

#include "lkjip/engine.h"
#include "lkjip/error.h"
#include "lkjip/exit_codes.h"
#include "lkjip/format.h"
#include "lkjip/loader.h"
#include "lkjip/report.h"
#include "loaded_report.h"
#include "output.h"

namespace lkjip {
namespace {

std::string tables_help() {
  std::string out = "Tables:\n";
  for (const TableInfo& info : table_catalogue()) {
    out += fmt::format("  {:<26}{}\n", info.name, info.summary);
  }
  return out;
}

std::string render(const Document& document, const std::string& format) {
  if (format == "csv") return format_csv(document);
  if (format == "json") return format_json(document);
  return format_text(document);
}

}  // namespace

CLI::App* setup_compute(CLI::App& app, ComputeOptions& options) {
  CLI::App* compute = app.add_subcommand(
      "compute",
      "Compute the tables of chapter III (capaian, budget absorption, efficiency) from a data "
      "file and print them.");
  compute->add_option("FILE", options.file, "Data file in the lkjip/1 JSON format")->required();
  compute
      ->add_option("-f,--format", options.format,
                   "Output: text (aligned, Indonesian number format), csv (RFC 4180, '.' "
                   "decimal mark, one header row per table, an empty line between tables) or "
                   "json (exact figures and the reason for any figure that cannot be computed)")
      ->check(CLI::IsMember({"text", "csv", "json"}))
      ->capture_default_str();
  std::vector<std::string> names(table_names().begin(), table_names().end());
  compute
      ->add_option("-t,--table", options.tables,
                   "Print only this table (see Tables below); repeat for several")
      ->check(CLI::IsMember(names));
  compute->footer(
      tables_help() +
      "\n"
      "Figures are exact and rounded half-up at 2 decimals. capaian = R/T x 100 (higher is\n"
      "better), (2T-R)/T x 100 (lower is better); score = capaian within [score_floor,\n"
      "score_cap], default [0, 100]; means are of the printed values; absorption = sum of\n"
      "spending / sum of pagu x 100 at every level. A figure that cannot be computed shows\n"
      "t.d.[n] with its reason in footnote [n].\n"
      "\n"
      "Exit status: 0 success, 2 usage or input error (FILE:LINE:COL: error: /path: message).");
  return compute;
}

int run_compute(const ComputeOptions& options) {
  const std::unique_ptr<LoadedReport> loaded = load_or_report(options.file);
  if (!loaded) return kExitUsageOrInput;
  Document document = loaded->document;
  keep_tables(document, options.tables);
  return write_output(render(document, options.format));
}

}  // namespace lkjip
