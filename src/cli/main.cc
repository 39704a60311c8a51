// The lkjip command line: a thin layer over the library.
#include <CLI/CLI.hpp>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <exception>
#include <iostream>
#include <string>
#include <string_view>
#include <vector>

#include "about.h"
#include "check_command.h"
#include "cli_messages.h"
#include "compute_command.h"
#include "exit_codes.h"
#include "explain_command.h"
#include "help_words.h"
#include "language_option.h"
#include "lkjip/error.h"
#include "lkjip/scratch_file.h"
#include "lkjip/suggest.h"
#include "trend_command.h"
#include "workbook_commands.h"

// jemalloc's options, read when it starts (MALLOC_CONF adds to them): an allocation of 1 MiB or
// more (a growing list of findings, a table's column) comes from an arena that gives its pages
// back as soon as it is freed. By default a freed vector's old buffer stayed resident for
// seconds: 13 MiB of the 54 MB benchmark file's check peak (124 -> 111 MiB), 3 MiB of compute's,
// at no measured cost in time (bench/README.md). Unused without jemalloc.
extern "C" {
// NOLINTNEXTLINE(readability-identifier-naming): the name jemalloc looks for
extern const char* const malloc_conf;
const char* const malloc_conf = "oversize_threshold:1048576";
}

namespace {

// `lkjip help [COMMAND]`: the help of lkjip or of one command, as --help prints it.
struct HelpOptions {
  std::string command;
  std::string lang = "id";  // read before parsing (requested_language); accepted here too
};

CLI::App* setup_help(CLI::App& app, HelpOptions& options, lkjip::Language language) {
  CLI::App* help =
      lkjip::add_command(app, "help", say(language, lkjip::CliMessage::kHelpCommand), language);
  help->add_option("COMMAND", options.command,
                   say(language, lkjip::CliMessage::kHelpCommandArgument));
  lkjip::add_language_option(*help, options.lang, say(language, lkjip::CliMessage::kLangHelpOption),
                             language);
  return help;
}

int run_help(const CLI::App& app, const HelpOptions& options, lkjip::Language language) {
  if (options.command.empty()) {
    // app.help() would show the selected command's (help's own) help.
    std::cout << app.get_formatter()->make_help(&app, "lkjip", CLI::AppFormatMode::Normal);
    return lkjip::kExitSuccess;
  }
  for (const CLI::App* command : app.get_subcommands({})) {
    if (command->get_name() != options.command) continue;
    std::cout << command->help("lkjip");
    return lkjip::kExitSuccess;
  }
  std::cerr << say(language, lkjip::CliMessage::kHelpNoCommand, lkjip::printable(options.command))
            << '\n';
  return lkjip::kExitUsageOrInput;
}

// A first argument that names no command is a misspelt one: named, with the nearest command.
bool refuse_unknown_command(const CLI::App& app, int argc, char** argv, lkjip::Language language) {
  if (argc < 2) return false;
  const std::string_view first = argv[1];
  if (first.empty() || first.front() == '-') return false;
  std::vector<std::string_view> names;
  for (const CLI::App* command : app.get_subcommands({})) {
    if (command->get_name() == first) return false;
    names.push_back(command->get_name());
  }
  std::cerr << say(language, lkjip::CliMessage::kNoCommand, lkjip::printable(std::string(first)));
  if (const auto near = lkjip::closest(first, names))
    std::cerr << say(language, lkjip::CliMessage::kDidYouMean, *near);
  std::cerr << '\n' << say(language, lkjip::CliMessage::kRunHelp) << '\n';
  return true;
}

// What help and --version printed, flushed: a stdout that cannot take it (a full disk,
// /dev/full) is an error, as for any other output.
int flushed(int status, lkjip::Language language) {
  std::cout.flush();
  if (!std::cout || std::fflush(stdout) != 0 || std::ferror(stdout) != 0) {
    std::cerr << "lkjip: error: " << say(language, lkjip::CliMessage::kCannotWriteOutput) << '\n';
    return lkjip::kExitUsageOrInput;
  }
  return status;
}

}  // namespace

int main(int argc, char** argv) {
  using lkjip::CliMessage;
  lkjip::remove_temporaries_on_signals();
  const lkjip::Language language = lkjip::requested_language(argc, argv, std::getenv("LKJIP_LANG"));
  CLI::App app{say(language, CliMessage::kAppDescription), "lkjip"};
  lkjip::speak_help(app, language, [] {
    std::string version = lkjip::version_text();
    version.pop_back();  // CLI11 ends the line itself
    return version;
  });
  app.require_subcommand(1);

  lkjip::ComputeOptions compute;
  const CLI::App* compute_command = lkjip::setup_compute(app, compute, language);
  lkjip::ExplainOptions explain;
  const CLI::App* explain_command = lkjip::setup_explain(app, explain, language);
  lkjip::CheckOptions check;
  const CLI::App* check_command = lkjip::setup_check(app, check, language);
  lkjip::TrendOptions trend;
  const CLI::App* trend_command = lkjip::setup_trend(app, trend, language);
  lkjip::InitOptions init;
  const CLI::App* init_command = lkjip::setup_init(app, init, language);
  lkjip::ConvertOptions convert;
  const CLI::App* convert_command = lkjip::setup_convert(app, convert, language);
  HelpOptions help;
  const CLI::App* help_command = setup_help(app, help, language);
  CLI::App* version_command =
      lkjip::add_command(app, "version", say(language, CliMessage::kVersionCommand), language);
  std::string version_lang = "id";  // the version's words are the same in both languages
  lkjip::add_language_option(*version_command, version_lang,
                             say(language, CliMessage::kLangHelpOption), language);
  lkjip::name_value_types(app, language);

  if (refuse_unknown_command(app, argc, argv, language)) return lkjip::kExitUsageOrInput;
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& error) {
    if (error.get_exit_code() == 0) return flushed(app.exit(error), language);  // --help, --version
    std::cerr << lkjip::usage_error(error, app, language);
    return lkjip::kExitUsageOrInput;
  }
  try {
    if (compute_command->parsed()) return lkjip::run_compute(compute);
    if (explain_command->parsed()) return lkjip::run_explain(explain);
    if (check_command->parsed()) return lkjip::run_check(check);
    if (trend_command->parsed()) return lkjip::run_trend(trend);
    if (init_command->parsed()) return lkjip::run_init(init);
    if (convert_command->parsed()) return lkjip::run_convert(convert);
    if (help_command->parsed()) return flushed(run_help(app, help, language), language);
    if (version_command->parsed()) {
      std::cout << lkjip::version_text();
      return flushed(lkjip::kExitSuccess, language);
    }
  } catch (const lkjip::ScratchFileError& error) {  // no room for a workbook being made
    std::cerr << "lkjip: error: "
              << say(language, CliMessage::kCannotWriteTemporary, error.path(),
                     std::strerror(error.error_number()))
              << '\n';
    return lkjip::kExitUsageOrInput;
  } catch (const std::exception& error) {  // a defect of lkjip: said plainly, never a crash
    std::cerr << say(language, CliMessage::kInternalError, error.what()) << '\n';
    return lkjip::kExitUsageOrInput;
  }
  return lkjip::kExitUsageOrInput;
}
