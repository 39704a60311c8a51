#include "emit.h"

#include <iostream>
#include <optional>
#include <stdexcept>
#include <utility>
#include <vector>

#include "exit_codes.h"
#include "lkjip/format.h"
#include "output.h"

namespace lkjip {
namespace {

// The output formats and the file extensions that choose them.
const std::vector<std::pair<std::string, std::string>> kExtensions = {
    {".txt", "text"},  {".csv", "csv"},     {".tsv", "tsv"},
    {".json", "json"}, {".md", "markdown"}, {".markdown", "markdown"},
    {".xlsx", "xlsx"}, {".html", "html"},   {".htm", "html"}};

std::optional<std::string> format_of_extension(const std::string& path) {
  for (const auto& [extension, format] : kExtensions) {
    if (path.size() > extension.size() &&
        path.compare(path.size() - extension.size(), extension.size(), extension) == 0) {
      return format;
    }
  }
  return std::nullopt;
}

// Writes the document in a text format, piece by piece, to the sink.
void write_document(const Document& document, const std::string& format,
                    const OutputOptions& options, bool color, const TextSink& sink) {
  const bool indonesian = options.locale == "id";
  if (format == "csv") return write_delimited(document, delimited_options(',', indonesian), sink);
  if (format == "tsv") return write_delimited(document, delimited_options('\t', indonesian), sink);
  if (format == "json") return write_json(document, sink);
  if (format == "markdown") return write_markdown(document, sink);
  if (format == "html") return write_html(document, sink);
  write_text(document, color, sink);
}

}  // namespace

void add_output_options(CLI::App& command, OutputOptions& options) {
  command
      .add_option("-O,--output-format,-f,--format", options.format,
                  "text (aligned; the default), csv, tsv, json, markdown, xlsx or html; "
                  "without it, the extension of -o decides")
      ->check(CLI::IsMember({"text", "csv", "tsv", "json", "markdown", "xlsx", "html"}));
  command.add_option("-o,--output", options.output,
                     "Write to this file (written whole, or not at all) instead of stdout");
  command
      .add_option("--locale", options.locale,
                  "csv and tsv: c ('.' decimal mark, ',' between fields) or id (',' decimal "
                  "mark, ';' between csv fields: what Excel set to Indonesian opens)")
      ->check(CLI::IsMember({"c", "id"}))
      ->capture_default_str();
  command
      .add_option("--color", options.color,
                  "text: bold titles and totals; auto uses them on a terminal unless NO_COLOR "
                  "is set or TERM=dumb")
      ->check(CLI::IsMember({"auto", "always", "never"}))
      ->capture_default_str();
  command
      .add_option("--lang", options.lang,
                  "Labels and headings in id (Indonesian) or en (English); the figures do not "
                  "change")
      ->check(CLI::IsMember({"id", "en"}))
      ->capture_default_str();
}

Language language_of(const OutputOptions& options) {
  return options.lang == "en" ? Language::kEnglish : Language::kIndonesian;
}

std::string resolve_format(const OutputOptions& options) {
  std::string format = options.format;
  if (format.empty() && !options.output.empty()) {
    const std::optional<std::string> inferred = format_of_extension(options.output);
    if (!inferred) {
      std::cerr << "lkjip: cannot tell the format from \"" << options.output
                << "\"; give -O (text, csv, tsv, json, markdown, xlsx, html)\n";
      return "";
    }
    format = *inferred;
  }
  if (format.empty()) format = "text";
  if (format == "xlsx" && options.output.empty() && stdout_is_terminal()) {
    std::cerr << "lkjip: an xlsx workbook is binary; write it with -o FILE.xlsx\n";
    return "";
  }
  return format;
}

int emit(const Document& document, const std::string& format, const OutputOptions& options) {
  if (format == "xlsx") {
    // A workbook is a zip archive, made whole before it is written.
    std::string workbook;
    try {
      workbook = format_xlsx(document);
    } catch (const std::runtime_error& error) {
      std::cerr << "lkjip: error: " << error.what() << '\n';
      return kExitUsageOrInput;
    }
    if (!options.output.empty()) return write_output_file(workbook, options.output);
    return write_output(workbook);
  }
  const bool color = options.output.empty() && stdout_wants_color(options.color);
  return write_streamed(
      [&](const TextSink& sink) { write_document(document, format, options, color, sink); },
      options.output);
}

}  // namespace lkjip
