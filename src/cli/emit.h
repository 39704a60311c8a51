// The output options every table-printing command shares (-O, -o, --locale, --color, --lang),
// and printing a document with them. Internal to the command line.
#pragma once

#include <CLI/CLI.hpp>
#include <string>

#include "lkjip/report.h"

namespace lkjip {

struct OutputOptions {
  std::string format;  // empty: from the extension of `output`, else text
  std::string output;  // empty: stdout
  std::string locale = "c";
  std::string color = "auto";
  std::string lang = "id";
};

void add_output_options(CLI::App& command, OutputOptions& options);

Language language_of(const OutputOptions& options);

// Checks the options before any work: the format the output's extension implies, and no binary
// workbook on a terminal. Returns the format, or an empty string after printing why not.
std::string resolve_format(const OutputOptions& options);

// Renders the document in `format` and writes it whole to stdout or to the output file.
// Returns the exit code.
int emit(const Document& document, const std::string& format, const OutputOptions& options);

}  // namespace lkjip
