// `lkjip explain FILE FIGURE...`: how each figure was computed; `--list` names every figure.
#pragma once

#include <CLI/CLI.hpp>
#include <string>
#include <vector>

#include "lkjip/language.h"

namespace lkjip {

struct ExplainOptions {
  std::string file;
  std::vector<std::string> figures;  // explained in this order
  bool list = false;
  std::string period;  // --period: instead of the file's reporting_period
  std::string lang = "id";
};

// Adds the subcommand to `app`; its options are written into `options` when parsed.
CLI::App* setup_explain(CLI::App& app, ExplainOptions& options, Language language);
int run_explain(const ExplainOptions& options);

}  // namespace lkjip
