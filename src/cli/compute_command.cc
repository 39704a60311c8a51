#include "compute_command.h"

#include <fmt/format.h>

#include <cstdio>
#include <iostream>
#include <optional>
#include <utility>

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

// The output formats and the file extensions that choose them.
const std::vector<std::pair<std::string, std::string>> kExtensions = {
    {".txt", "text"},  {".csv", "csv"},     {".tsv", "tsv"},
    {".json", "json"}, {".md", "markdown"}, {".markdown", "markdown"},
    {".xlsx", "xlsx"}, {".html", "html"},   {".htm", "html"}};

std::optional<std::string> format_of_extension(const std::string& path) {
  for (const auto& [extension, format] : kExtensions) {
    if (path.size() > extension.size() &&
        path.compare(path.size() - extension.size(), extension.size(), extension) == 0) {
      return format;
    }
  }
  return std::nullopt;
}

std::string render(const Document& document, const std::string& format,
                   const ComputeOptions& options, bool color) {
  const bool indonesian = options.locale == "id";
  if (format == "csv") return format_delimited(document, delimited_options(',', indonesian));
  if (format == "tsv") return format_delimited(document, delimited_options('\t', indonesian));
  if (format == "json") return format_json(document);
  if (format == "markdown") return format_markdown(document);
  if (format == "xlsx") return format_xlsx(document);
  if (format == "html") return format_html(document);
  return format_text(document, color);
}

}  // namespace

CLI::App* setup_compute(CLI::App& app, ComputeOptions& options) {
  CLI::App* compute = app.add_subcommand(
      "compute",
      "Compute the tables of chapter III (capaian, budget absorption, efficiency) from a data "
      "file and print them.");
  compute->add_option("FILE", options.file, "Data file in the lkjip/1 JSON format")->required();
  compute
      ->add_option("-O,--output-format,-f,--format", options.format,
                   "text (aligned; the default), csv, tsv, json, markdown, xlsx or html; "
                   "without it, the extension of -o decides")
      ->check(CLI::IsMember({"text", "csv", "tsv", "json", "markdown", "xlsx", "html"}));
  compute->add_option("-o,--output", options.output,
                      "Write to this file (written whole, or not at all) instead of stdout");
  compute
      ->add_option("--locale", options.locale,
                   "csv and tsv: c ('.' decimal mark, ',' between fields) or id (',' decimal "
                   "mark, ';' between csv fields: what Excel set to Indonesian opens)")
      ->check(CLI::IsMember({"c", "id"}))
      ->capture_default_str();
  compute
      ->add_option("--color", options.color,
                   "text: bold titles and totals; auto uses them on a terminal unless NO_COLOR "
                   "is set or TERM=dumb")
      ->check(CLI::IsMember({"auto", "always", "never"}))
      ->capture_default_str();
  compute
      ->add_option("--lang", options.lang,
                   "Labels and headings in id (Indonesian) or en (English); the figures do not "
                   "change")
      ->check(CLI::IsMember({"id", "en"}))
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
  std::string format = options.format;
  if (format.empty() && !options.output.empty()) {
    const std::optional<std::string> inferred = format_of_extension(options.output);
    if (!inferred) {
      std::cerr << "lkjip compute: cannot tell the format from \"" << options.output
                << "\"; give -O (text, csv, tsv, json, markdown, xlsx, html)\n";
      return kExitUsageOrInput;
    }
    format = *inferred;
  }
  if (format.empty()) format = "text";
  if (format == "xlsx" && options.output.empty() && stdout_is_terminal()) {
    std::cerr << "lkjip compute: an xlsx workbook is binary; write it with -o FILE.xlsx\n";
    return kExitUsageOrInput;
  }
  const std::unique_ptr<LoadedReport> loaded = load_or_report(options.file);
  if (!loaded) return kExitUsageOrInput;
  const Language language = options.lang == "en" ? Language::kEnglish : Language::kIndonesian;
  Document document = build_document(loaded->report, loaded->results, language);
  keep_tables(document, options.tables);
  const bool color = options.output.empty() && stdout_wants_color(options.color);
  std::string output;
  try {
    output = render(document, format, options, color);
  } catch (const std::runtime_error& error) {
    std::cerr << "lkjip compute: error: " << error.what() << '\n';
    return kExitUsageOrInput;
  }
  if (!options.output.empty()) return write_output_file(output, options.output);
  return write_output(output);
}

}  // namespace lkjip
