// `lkjip check FILE...`: the report's printed figures against the computed ones, and the
// consistency of the data. Exit 0 clean, 1 a check failed, 2 usage or input error.
#pragma once

#include <CLI/CLI.hpp>
#include <string>
#include <vector>

#include "lkjip/language.h"

namespace lkjip {

struct CheckOptions {
  std::vector<std::string> files;
  std::string format = "text";
  bool strict = false;
  unsigned jobs = 0;
  std::string period;  // --period: instead of each file's reporting_period
  std::string lang = "id";
};

// Adds the subcommand to `app`; its options are written into `options` when parsed.
CLI::App* setup_check(CLI::App& app, CheckOptions& options, Language language);
int run_check(const CheckOptions& options);

}  // namespace lkjip
