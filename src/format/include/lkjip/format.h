// The formatters: a document's tables into text, CSV or JSON. A formatter never computes; it
// only rounds each exact value at the precision its cell carries and lays it out.
#pragma once

#include <functional>
#include <string>
#include <string_view>

#include "lkjip/figures.h"
#include "lkjip/report.h"
#include "lkjip/source_map.h"

namespace lkjip {

// Where a formatter writes: its text in pieces, in order, as the rows are produced, so that the
// text of a large report is never held whole. The format_* functions return the whole text.
using TextSink = std::function<void(std::string_view)>;

// Aligned tables for people, in the document's number format (2.696.606.251, 97,09); with
// `color`, titles and totals in bold (ANSI).
std::string format_text(const Document& document, bool color = false);
void write_text(const Document& document, bool color, const TextSink& sink);
// RFC 4180, one header row of column keys per table, no grouping. Tables are separated by one
// empty line; select one with --table for a single-table file. A text that a spreadsheet would
// take for a formula (=, +, -, @ first) is prefixed with an apostrophe.
struct DelimitedOptions {
  char separator = ',';
  char decimal_mark = '.';
};
// CSV (`,`) or TSV (`\t`); `indonesian`: `,` decimal mark and, for CSV, `;` between fields, as
// Excel set to Indonesian opens directly.
DelimitedOptions delimited_options(char separator, bool indonesian);
std::string format_delimited(const Document& document, const DelimitedOptions& options);
void write_delimited(const Document& document, const DelimitedOptions& options,
                     const TextSink& sink);
std::string format_csv(const Document& document);
// GitHub-flavoured Markdown tables, in the document's number format.
std::string format_markdown(const Document& document);
void write_markdown(const Document& document, const TextSink& sink);
// An XLSX workbook (the file's bytes): one sheet per table, numbers with Indonesian display
// formats, computed cells as live formulas over the cells they are made from.
std::string format_xlsx(const Document& document);
// One self-contained HTML page (no external request, no script): every table and charts drawn
// as inline SVG. Text from the data is escaped.
std::string format_html(const Document& document);
void write_html(const Document& document, const TextSink& sink);
// Exact figures (as fractions too) and the status of every figure.
std::string format_json(const Document& document);
void write_json(const Document& document, const TextSink& sink);

// How one figure was computed, in words and symbols (`lkjip explain`): every input and where it
// came from in the data file (spelled by `sources`), the exact intermediate values and the
// rounding.
std::string format_explanation(const FigureRef& figure, const SourceMap& sources);

}  // namespace lkjip
