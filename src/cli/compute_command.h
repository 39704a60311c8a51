// `lkjip compute FILE`: prints the tables of chapter III, for people or machines, to stdout or
// to a file.
#pragma once

#include <CLI/CLI.hpp>
#include <string>
#include <vector>

namespace lkjip {

struct ComputeOptions {
  std::string file;
  std::string format;  // empty: from the extension of `output`, else text
  std::string output;  // empty: stdout
  std::vector<std::string> tables;
  std::string locale = "c";  // csv and tsv: "c" or "id"
  std::string color = "auto";
  std::string lang = "id";
};

// Adds the subcommand to `app`; its options are written into `options` when parsed.
CLI::App* setup_compute(CLI::App& app, ComputeOptions& options);
int run_compute(const ComputeOptions& options);

}  // namespace lkjip
