// `lkjip init` (an input workbook to fill in) and `lkjip convert` (a data file from one input
// format to the other). Internal to the command line.
#pragma once

#include <CLI/CLI.hpp>
#include <string>

#include "lkjip/language.h"

namespace lkjip {

struct InitOptions {
  std::string output;
  bool example = false;
  bool force = false;
  std::string lang = "id";
};

CLI::App* setup_init(CLI::App& app, InitOptions& options, Language language);
int run_init(const InitOptions& options);

struct ConvertOptions {
  std::string input;
  std::string output;
  bool force = false;
  std::string lang = "id";
};

CLI::App* setup_convert(CLI::App& app, ConvertOptions& options, Language language);
int run_convert(const ConvertOptions& options);

}  // namespace lkjip
