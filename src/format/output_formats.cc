// The output formats: each declared once, with its name, extensions and writer.
#include <string_view>
#include <vector>

#include "pieces.h"

namespace lkjip {

// The one place an output format is declared: the command line takes its -O choices, its help,
// the extensions of -o and the writer from here.
const std::vector<OutputFormat>& output_formats() {
  static const std::vector<OutputFormat> formats = {
      {.name = "text",
       .extensions = {".txt"},
       .note = {"rata kolom", "aligned"},
       .write = write_text},
      {.name = "csv", .extensions = {".csv"}, .write = write_csv},
      {.name = "tsv", .extensions = {".tsv"}, .write = write_tsv},
      {.name = "json", .extensions = {".json"}, .write = write_json},
      {.name = "markdown", .extensions = {".md", ".markdown"}, .write = write_markdown},
      {.name = "xlsx",
       .extensions = {".xlsx"},
       .made_whole = true,
       .noun = {"workbook", "workbook"},
       .needs_traces = true,
       .write = write_xlsx},
      {.name = "html", .extensions = {".html", ".htm"}, .write = write_html},
  };
  return formats;
}

const OutputFormat* output_format_named(std::string_view name) {
  for (const OutputFormat& format : output_formats()) {
    if (format.name == name) return &format;
  }
  return nullptr;
}

const OutputFormat* output_format_of_file(std::string_view path) {
  for (const OutputFormat& format : output_formats()) {
    for (const std::string_view extension : format.extensions) {
      if (path.size() > extension.size() && path.ends_with(extension)) return &format;
    }
  }
  return nullptr;
}

}  // namespace lkjip
