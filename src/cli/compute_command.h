// `lkjip compute FILE...`: the tables of chapter III of one report, or the roll-up of many (several
// files, or a directory), for people or machines, to stdout or to a file.
#pragma once

#include <CLI/CLI.hpp>
#include <string>
#include <vector>

#include "emit.h"
#include "lkjip/language.h"

namespace lkjip {

struct ComputeOptions {
  std::vector<std::string> files;
  std::vector<std::string> tables;
  unsigned jobs = 0;    // 0: one thread per core
  std::string period;   // --period: instead of each file's reporting_period
  bool strict = false;  // --strict: a warning fails the command (exit status 1)
  OutputOptions output;
};

// Adds the subcommand to `app`; its options are written into `options` when parsed.
CLI::App* setup_compute(CLI::App& app, ComputeOptions& options, Language language);
int run_compute(const ComputeOptions& options);

}  // namespace lkjip
