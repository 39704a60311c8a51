// `lkjip explain FILE FIGURE`: how one figure was computed; `--list` names every figure.
#pragma once

#include <CLI/CLI.hpp>
#include <string>

#include "lkjip/language.h"

namespace lkjip {

struct ExplainOptions {
  std::string file;
  std::string figure;
  bool list = false;
  std::string period;  // --period: instead of the file's reporting_period
  std::string lang = "id";
};

// Adds the subcommand to `app`; its options are written into `options` when parsed.
CLI::App* setup_explain(CLI::App& app, ExplainOptions& options, Language language);
int run_explain(const ExplainOptions& options);

}  // namespace lkjip
