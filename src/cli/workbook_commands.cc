#include "workbook_commands.h"

#include <filesystem>
#include <iostream>
#include <memory>
#include <optional>

#include "cli_messages.h"
#include "emit.h"
#include "example_report.h"
#include "exit_codes.h"
#include "help_words.h"
#include "language_option.h"
#include "lkjip/error.h"
#include "lkjip/input_writers.h"
#include "lkjip/loader.h"
#include "lkjip/on_demand_library.h"
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

void add_workbook_language_option(CLI::App& command, std::string& lang, Language language) {
  add_language_option(command, lang, say(language, CliMessage::kLangWorkbookOption), language);
}

// An existing file is replaced only when asked: it may be a workbook someone filled in.
bool may_write(const std::string& path, bool force, Language language) {
  std::error_code error;
  if (force || !std::filesystem::exists(path, error)) return true;
  std::cerr << printable(path) << ": error: " << say(language, CliMessage::kFileExists) << '\n';
  return false;
}

// `report` into `path` in the format its name says.
int write_report(const PerformanceReport* report, const std::string& path, InputFormat format,
                 const std::string& lang) {
  std::string bytes;
  try {
    bytes = format == InputFormat::kJson ? input_json(*report)
                                         : input_workbook(report, workbook_language(lang));
  } catch (const WorkbookLimitError& error) {
    const Language language = language_of(lang);
    std::cerr << printable(path) << ": error: " << workbook_limit_message(error, language) << "; "
              << say(language, CliMessage::kWorkbookUseJson) << '\n';
    return kExitUsageOrInput;
  } catch (const LibraryUnavailable& unavailable) {
    std::cerr << printable(path) << ": error: " << unavailable.message().in(language_of(lang))
              << '\n';
    return kExitUsageOrInput;
  } catch (const std::runtime_error& error) {
    std::cerr << printable(path) << ": error: " << error.what() << '\n';
    return kExitUsageOrInput;
  }
  return write_output_file(bytes, path, language_of(lang));
}

}  // namespace

CLI::App* setup_init(CLI::App& app, InitOptions& options, Language language) {
  CLI::App* init = add_command(app, "init", say(language, CliMessage::kInitDescription), language);
  init->add_option("-o,--output", options.output, say(language, CliMessage::kInitOutputOption))
      ->required();
  init->add_flag("--example", options.example, say(language, CliMessage::kExampleOption));
  init->add_flag("--force", options.force, say(language, CliMessage::kForceOption));
  add_workbook_language_option(*init, options.lang, language);
  init->footer(say(language, CliMessage::kInitFooter));
  return init;
}

int run_init(const InitOptions& options) {
  const Language language = language_of(options.lang);
  if (format_of_name(options.output) != InputFormat::kWorkbook) {
    std::cerr << printable(options.output)
              << ": error: " << say(language, CliMessage::kWorkbookName) << '\n';
    return kExitUsageOrInput;
  }
  if (!may_write(options.output, options.force, language)) return kExitUsageOrInput;
  std::optional<PerformanceReport> example;
  if (options.example) example = load_report_text(example_report_json(), "example.json");
  return write_report(example ? &*example : nullptr, options.output, InputFormat::kWorkbook,
                      options.lang);
}

CLI::App* setup_convert(CLI::App& app, ConvertOptions& options, Language language) {
  CLI::App* convert =
      add_command(app, "convert", say(language, CliMessage::kConvertDescription), language);
  convert->add_option("FILE", options.input, say(language, CliMessage::kConvertFileArgument))
      ->required();
  convert
      ->add_option("-o,--output", options.output, say(language, CliMessage::kConvertOutputOption))
      ->required();
  convert->add_flag("--force", options.force, say(language, CliMessage::kForceOption));
  add_workbook_language_option(*convert, options.lang, language);
  return convert;
}

int run_convert(const ConvertOptions& options) {
  const Language language = language_of(options.lang);
  const std::optional<InputFormat> format = format_of_name(options.output);
  if (!format) {
    std::cerr << printable(options.output) << ": error: " << say(language, CliMessage::kConvertName)
              << '\n';
    return kExitUsageOrInput;
  }
  if (!may_write(options.output, options.force, language)) return kExitUsageOrInput;
  std::string error;
  std::vector<Problem> warnings;
  const std::unique_ptr<PerformanceReport> report =
      load_model_or_error(options.input, nullptr, error, &warnings, language);
  print_warnings(warnings, language);
  if (!report) {
    std::cerr << error << '\n';
    return kExitUsageOrInput;
  }
  return write_report(report.get(), options.output, *format, options.lang);
}

}  // namespace lkjip
