// The lkjip command line: a thin layer over the library.
#include <CLI/CLI.hpp>
#include <exception>
#include <iostream>
#include <string>
#include <string_view>
#include <vector>

#include "about.h"
#include "check_command.h"
#include "compute_command.h"
#include "exit_codes.h"
#include "explain_command.h"
#include "lkjip/error.h"
#include "lkjip/suggest.h"
#include "trend_command.h"
#include "workbook_commands.h"

namespace {

// `lkjip help [COMMAND]`: the help of lkjip or of one command, as --help prints it.
struct HelpOptions {
  std::string command;
};

CLI::App* setup_help(CLI::App& app, HelpOptions& options) {
  CLI::App* help = app.add_subcommand("help", "Show the help of lkjip or of one COMMAND");
  help->add_option("COMMAND", options.command, "The command to explain");
  return help;
}

int run_help(const CLI::App& app, const HelpOptions& options) {
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
  std::cerr << "lkjip help: no command \"" << lkjip::printable(options.command) << "\"\n";
  return lkjip::kExitUsageOrInput;
}

// A first argument that names no command is a misspelt one: named, with the nearest command.
bool refuse_unknown_command(const CLI::App& app, int argc, char** argv) {
  if (argc < 2) return false;
  const std::string_view first = argv[1];
  if (first.empty() || first.front() == '-') return false;
  std::vector<std::string_view> names;
  for (const CLI::App* command : app.get_subcommands({})) {
    if (command->get_name() == first) return false;
    names.push_back(command->get_name());
  }
  std::cerr << "lkjip: no command \"" << lkjip::printable(std::string(first)) << "\"";
  if (const auto near = lkjip::closest(first, names))
    std::cerr << "; did you mean \"" << *near << "\"?";
  std::cerr << "\nRun lkjip help for the commands.\n";
  return true;
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{
      "lkjip: exact, checkable arithmetic for the chapter III tables of an Indonesian "
      "government performance report (LKjIP).\n"
      "Exit status: 0 success, 1 the data failed a check, 2 usage or input error.",
      "lkjip"};
  std::string version = lkjip::version_text();
  version.pop_back();  // CLI11 ends the line itself
  app.set_version_flag("--version", version);
  app.require_subcommand(1);

  lkjip::ComputeOptions compute;
  const CLI::App* compute_command = lkjip::setup_compute(app, compute);
  lkjip::ExplainOptions explain;
  const CLI::App* explain_command = lkjip::setup_explain(app, explain);
  lkjip::CheckOptions check;
  const CLI::App* check_command = lkjip::setup_check(app, check);
  lkjip::TrendOptions trend;
  const CLI::App* trend_command = lkjip::setup_trend(app, trend);
  lkjip::InitOptions init;
  const CLI::App* init_command = lkjip::setup_init(app, init);
  lkjip::ConvertOptions convert;
  const CLI::App* convert_command = lkjip::setup_convert(app, convert);
  HelpOptions help;
  const CLI::App* help_command = setup_help(app, help);
  const CLI::App* version_command =
      app.add_subcommand("version", "Show the version and the build (commit, compiler, libraries)");

  if (refuse_unknown_command(app, argc, argv)) return lkjip::kExitUsageOrInput;
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& error) {
    const int code = app.exit(error);  // prints help, version or the usage error
    return code == 0 ? lkjip::kExitSuccess : lkjip::kExitUsageOrInput;
  }
  try {
    if (compute_command->parsed()) return lkjip::run_compute(compute);
    if (explain_command->parsed()) return lkjip::run_explain(explain);
    if (check_command->parsed()) return lkjip::run_check(check);
    if (trend_command->parsed()) return lkjip::run_trend(trend);
    if (init_command->parsed()) return lkjip::run_init(init);
    if (convert_command->parsed()) return lkjip::run_convert(convert);
    if (help_command->parsed()) return run_help(app, help);
    if (version_command->parsed()) {
      std::cout << lkjip::version_text();
      return lkjip::kExitSuccess;
    }
  } catch (const std::exception& error) {  // a defect of lkjip: said plainly, never a crash
    std::cerr << "lkjip: internal error: " << error.what() << '\n';
    return lkjip::kExitUsageOrInput;
  }
  return lkjip::kExitUsageOrInput;
}
