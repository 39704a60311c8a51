#include "workbook_commands.h"

#include <filesystem>
#include <iostream>
#include <memory>
#include <optional>

#include "example_report.h"
#include "exit_codes.h"
#include "language_option.h"
#include "lkjip/error.h"
#include "lkjip/input_writers.h"
#include "lkjip/loader.h"
#include "loaded_report.h"
#include "output.h"

namespace lkjip {
namespace {

enum class InputFormat { kJson, kWorkbook };

// The format an output file is written in, from its name.
std::optional<InputFormat> format_of_name(const std::string& path) {
  const std::string extension = std::filesystem::path(path).extension().string();
  if (extension == ".json") return InputFormat::kJson;
  if (extension == ".xlsx") return InputFormat::kWorkbook;
  return std::nullopt;
}

WorkbookLanguage workbook_language(const std::string& lang) {
  return lang == "en" ? WorkbookLanguage::kEnglish : WorkbookLanguage::kIndonesian;
}

void add_workbook_language_option(CLI::App& command, std::string& lang) {
  add_language_option(command, lang,
                      "Language of the workbook's sheets and headings, and of messages: id or "
                      "en");
}

// An existing file is replaced only when asked: it may be a workbook someone filled in.
bool may_write(const std::string& path, bool force) {
  std::error_code error;
  if (force || !std::filesystem::exists(path, error)) return true;
  std::cerr << printable(path)
            << ": error: the file exists; choose another name, or add --force to replace it\n";
  return false;
}

// `report` into `path` in the format its name says.
int write_report(const PerformanceReport* report, const std::string& path, InputFormat format,
                 const std::string& lang) {
  std::string bytes;
  try {
    bytes = format == InputFormat::kJson ? input_json(*report)
                                         : input_workbook(report, workbook_language(lang));
  } catch (const std::runtime_error& error) {
    std::cerr << printable(path) << ": error: " << error.what() << '\n';
    return kExitUsageOrInput;
  }
  return write_output_file(bytes, path);
}

}  // namespace

CLI::App* setup_init(CLI::App& app, InitOptions& options) {
  CLI::App* init = app.add_subcommand(
      "init",
      "Writes an input workbook to fill in Excel or LibreOffice: a sheet that explains how, then "
      "one sheet per part of the report, with drop-down lists and notes on the headings. "
      "compute, check, explain and trend read the filled workbook directly.");
  init->add_option("-o,--output", options.output, "The workbook to write (.xlsx)")->required();
  init->add_flag("--example", options.example,
                 "Fill it with the example report (LKjIP 2024 of Kecamatan Kesamben)");
  init->add_flag("--force", options.force, "Replace the file if it exists");
  add_workbook_language_option(*init, options.lang);
  init->footer("Example: lkjip init -o kesamben.xlsx, then lkjip compute kesamben.xlsx");
  return init;
}

int run_init(const InitOptions& options) {
  if (format_of_name(options.output) != InputFormat::kWorkbook) {
    std::cerr << printable(options.output)
              << ": error: the workbook's name must end in .xlsx (lkjip init -o kesamben.xlsx)\n";
    return kExitUsageOrInput;
  }
  if (!may_write(options.output, options.force)) return kExitUsageOrInput;
  std::optional<PerformanceReport> example;
  if (options.example) example = load_report_text(example_report_json(), "example.json");
  return write_report(example ? &*example : nullptr, options.output, InputFormat::kWorkbook,
                      options.lang);
}

CLI::App* setup_convert(CLI::App& app, ConvertOptions& options) {
  CLI::App* convert = app.add_subcommand(
      "convert",
      "Converts a data file between the input formats, losslessly: an lkjip/1 JSON file into an "
      "input workbook (.xlsx) or a workbook into JSON. The output's name says its format.");
  convert->add_option("FILE", options.input, "The data file to read (.json or .xlsx)")->required();
  convert->add_option("-o,--output", options.output, "The file to write: NAME.xlsx or NAME.json")
      ->required();
  convert->add_flag("--force", options.force, "Replace the output file if it exists");
  add_workbook_language_option(*convert, options.lang);
  return convert;
}

int run_convert(const ConvertOptions& options) {
  const std::optional<InputFormat> format = format_of_name(options.output);
  if (!format) {
    std::cerr << printable(options.output)
              << ": error: the output's name must end in .xlsx (a workbook) or .json\n";
    return kExitUsageOrInput;
  }
  if (!may_write(options.output, options.force)) return kExitUsageOrInput;
  std::string error;
  std::vector<Problem> warnings;
  const std::unique_ptr<PerformanceReport> report =
      load_model_or_error(options.input, nullptr, error, &warnings, language_of(options.lang));
  print_warnings(warnings, language_of(options.lang));
  if (!report) {
    std::cerr << error << '\n';
    return kExitUsageOrInput;
  }
  return write_report(report.get(), options.output, *format, options.lang);
}

}  // namespace lkjip
