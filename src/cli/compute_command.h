// `lkjip compute FILE`: prints the tables of chapter III.
#pragma once

#include <CLI/CLI.hpp>
#include <string>
#include <vector>

namespace lkjip {

struct ComputeOptions {
  std::string file;
  std::string format = "text";
  std::vector<std::string> tables;
};

// Adds the subcommand to `app`; its options are written into `options` when parsed.
CLI::App* setup_compute(CLI::App& app, ComputeOptions& options);
int run_compute(const ComputeOptions& options);

}  // namespace lkjip
