// The output options every table-printing command shares (-O, -o, --locale, --header, --color,
// --lang), and printing a document with them. Internal to the command line.
#pragma once

#include <CLI/CLI.hpp>
#include <string>

#include "lkjip/format.h"
#include "lkjip/report.h"

namespace lkjip {

struct OutputOptions {
  std::string format;  // empty: from the extension of `output`, else text
  std::string output;  // empty: stdout
  std::string locale = "c";
  std::string header;  // csv, tsv: keys or labels; empty: labels with --locale id, else keys
  std::string color = "auto";
  std::string lang = "id";
};

void add_output_options(CLI::App& command, OutputOptions& options, Language language);

Language language_of(const OutputOptions& options);

// Checks the options before any work: the format -O names or the output's extension implies,
// and no binary file on a terminal. Returns the format, or nullptr after printing why not.
const OutputFormat* resolve_format(const OutputOptions& options);

// What a workbook cannot hold, said in `language` (without the advice that follows it).
std::string workbook_limit_message(const WorkbookLimitError& error, Language language);

// Renders the document in `format` and writes it to stdout or to the output file (a file whole,
// or not at all). Returns the exit code.
int emit(const Document& document, const OutputFormat& format, const OutputOptions& options);

}  // namespace lkjip
