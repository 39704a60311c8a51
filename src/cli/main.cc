// The lkjip command line: a thin layer over the library.
#include <CLI/CLI.hpp>
#include <exception>
#include <iostream>

#include "check_command.h"
#include "compute_command.h"
#include "exit_codes.h"
#include "explain_command.h"
#include "trend_command.h"
#include "workbook_commands.h"

int main(int argc, char** argv) {
  CLI::App app{
      "lkjip: exact, checkable arithmetic for the chapter III tables of an Indonesian "
      "government performance report (LKjIP).\n"
      "Exit status: 0 success, 1 the data failed a check, 2 usage or input error.",
      "lkjip"};
  app.set_version_flag("--version", std::string(LKJIP_VERSION));
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
  } catch (const std::exception& error) {  // a defect of lkjip: said plainly, never a crash
    std::cerr << "lkjip: internal error: " << error.what() << '\n';
    return lkjip::kExitUsageOrInput;
  }
  return lkjip::kExitUsageOrInput;
}
