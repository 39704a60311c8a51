#include "emit.h"

#include <iostream>
#include <optional>
#include <stdexcept>
#include <utility>
#include <vector>

#include "lkjip/exit_codes.h"
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

std::string render(const Document& document, const std::string& format,
                   const OutputOptions& options, bool color) {
  const bool indonesian = options.locale == "id";
  if (format == "csv") return format_delimited(document, delimited_options(',', indonesian));
  if (format == "tsv") return format_delimited(document, delimited_options('\t', indonesian));
  if (format == "json") return format_json(document);
  if (format == "markdown") return format_markdown(document);
  if (format == "xlsx") return format_xlsx(document);
  if (format == "html") return format_html(document);
  return format_text(document, color);
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
  const bool color = options.output.empty() && stdout_wants_color(options.color);
  std::string output;
  try {
    output = render(document, format, options, color);
  } catch (const std::runtime_error& error) {
    std::cerr << "lkjip: error: " << error.what() << '\n';
    return kExitUsageOrInput;
  }
  if (!options.output.empty()) return write_output_file(output, options.output);
  return write_output(output);
}

}  // namespace lkjip
