// `lkjip trend FILE...`: one unit across years, from its yearly files.
#pragma once

#include <CLI/CLI.hpp>
#include <string>
#include <vector>

#include "emit.h"
#include "lkjip/language.h"

namespace lkjip {

struct TrendOptions {
  std::vector<std::string> files;
  unsigned jobs = 0;
  OutputOptions output;
};

CLI::App* setup_trend(CLI::App& app, TrendOptions& options, Language language);
int run_trend(const TrendOptions& options);

}  // namespace lkjip
