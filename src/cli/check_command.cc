#include "check_command.h"

#include <iostream>
#include <memory>

#include "batch.h"
#include "lkjip/check.h"
#include "lkjip/engine.h"
#include "lkjip/error.h"
#include "lkjip/exit_codes.h"
#include "lkjip/findings_format.h"
#include "lkjip/loader.h"
#include "lkjip/report.h"
#include "loaded_report.h"
#include "output.h"

namespace lkjip {
namespace {

// A finding that means the check could not be made is an input error, rendered as one.
bool report_input_errors(const FileFindings& file) {
  bool any = false;
  for (const Finding& finding : file.findings) {
    if (finding.severity != Finding::Severity::kInputError) continue;
    std::cerr << render(InputError(file.file, finding.position, finding.path, finding.message))
              << '\n';
    any = true;
  }
  return any;
}

}  // namespace

CLI::App* setup_check(CLI::App& app, CheckOptions& options) {
  CLI::App* check = app.add_subcommand(
      "check",
      "Check a report: every figure it prints (the data file's \"printed\" entries) against the "
      "computed one at the precision it is printed with, and the data's consistency (parts that "
      "must add up, spending above pagu, the same indicator given different figures).");
  check
      ->add_option("FILE", options.files,
                   "Data files in the lkjip/1 JSON format, or directories of them")
      ->required();
  check
      ->add_option("-f,--format", options.format,
                   "Findings as text (FILE:LINE:COL: error: /path: message, then a summary) or "
                   "json")
      ->check(CLI::IsMember({"text", "json"}))
      ->capture_default_str();
  check->add_flag("--strict", options.strict, "Warnings fail the check too");
  check->add_option("-j,--jobs", options.jobs,
                    "Files checked at once (default: one per core); the output is the same");
  check->footer(
      "Exit status: 0 no error (and no warning with --strict), 1 the data failed a check, "
      "2 usage or input error.");
  return check;
}

namespace {

// The findings of one file, located in it, or the error that kept it from being checked; the
// report and its positions are let go after.
struct Checked {
  std::optional<FileFindings> found;
  std::string error;
};

Checked check_file(const std::string& file) {
  SourceMap positions;
  Checked checked;
  const std::unique_ptr<LoadedReport> data = load_or_error(file, &positions, checked.error);
  if (!data) return checked;
  const Document document = build_document(data->report, data->results);
  FileFindings found{file, check_report(data->report, data->results, document)};
  for (Finding& finding : found.findings)
    finding.position = position_in(positions, finding.path);
  checked.found = std::move(found);
  return checked;
}

}  // namespace

int run_check(const CheckOptions& options) {
  const std::optional<std::vector<std::string>> inputs = expand_inputs(options.files);
  if (!inputs) return kExitUsageOrInput;
  std::vector<Checked> checked(inputs->size());
  for_each_parallel(inputs->size(), options.jobs,
                    [&](std::size_t i) { checked[i] = check_file((*inputs)[i]); });
  std::vector<FileFindings> files;
  bool input_error = false;
  for (Checked& result : checked) {  // in file order, whatever order the threads finished in
    if (!result.found) {
      std::cerr << result.error << '\n';
      input_error = true;
      continue;
    }
    input_error = report_input_errors(*result.found) || input_error;
    files.push_back(std::move(*result.found));
  }
  if (input_error) return kExitUsageOrInput;
  const std::string output =
      options.format == "json" ? format_findings_json(files) : format_findings_text(files);
  const int written = write_output(output);
  if (written != kExitSuccess) return written;
  const FindingCounts counts = count_findings(files);
  const bool failed = counts.errors > 0 || (options.strict && counts.warnings > 0);
  return failed ? kExitCheckFailed : kExitSuccess;
}

}  // namespace lkjip
