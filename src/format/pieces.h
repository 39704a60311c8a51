// The formatters' writers, one per output format (output_formats() names them), and how they
// write their text in pieces: each builds a block in a string and hands it to the sink between
// rows once it has grown, so that a large report's text is never held whole. Internal to the
// formatters.
#pragma once

#include <cstddef>
#include <functional>
#include <map>
#include <string>
#include <vector>

#include "lkjip/format.h"

namespace lkjip {

// Not-computable reasons of one table or chart, numbered in order of first appearance (the text
// tables' footnotes, the HTML charts' notes).
class Footnotes {
 public:
  std::size_t number_of(const std::string& reason) {
    const auto [place, inserted] = numbers_.emplace(reason, order_.size() + 1);
    if (inserted) order_.push_back(reason);
    return place->second;
  }
  const std::vector<std::string>& reasons() const { return order_; }

 private:
  std::map<std::string, std::size_t> numbers_;
  std::vector<std::string> order_;
};

// Aligned tables for people, in the document's number format (2.696.606.251, 97,09); with
// `color`, titles and totals in bold (ANSI).
void write_text(const Document& document, const WriterOptions& options, const TextSink& sink);
// RFC 4180, one header row of column keys per table, no grouping. Tables are separated by one
// empty line; select one with --table for a single-table file. A text that a spreadsheet would
// take for a formula (=, +, -, @ first) is prefixed with an apostrophe. `indonesian`: ','
// decimal mark and, for CSV, ';' between fields, as Excel set to Indonesian opens directly.
// `for_people`: a UTF-8 BOM first; per table a title row (the table's title and the document's
// heading), the columns' labels, the rows with t.d.[n] where a figure cannot be computed, and a
// row per footnote [n] under them.
void write_csv(const Document& document, const WriterOptions& options, const TextSink& sink);
void write_tsv(const Document& document, const WriterOptions& options, const TextSink& sink);
// Exact figures (as fractions too) and the status of every figure.
void write_json(const Document& document, const WriterOptions& options, const TextSink& sink);
// GitHub-flavoured Markdown tables, in the document's number format.
void write_markdown(const Document& document, const WriterOptions& options, const TextSink& sink);
// An XLSX workbook, its bytes in one piece: one sheet per table, numbers with Indonesian display
// formats, computed cells as live formulas over the cells they are made from.
void write_xlsx(const Document& document, const WriterOptions& options, const TextSink& sink);
// One self-contained HTML page (no external request, no script): every table and charts drawn
// as inline SVG. Text from the data is escaped.
void write_html(const Document& document, const WriterOptions& options, const TextSink& sink);

}  // namespace lkjip

namespace lkjip::pieces {

// Hands `out` to the sink and empties it once it holds at least a block (64 kB).
void pass_on_if_large(std::string& out, const TextSink& sink);
// Hands what is left of `out` to the sink.
void pass_on(std::string& out, const TextSink& sink);
// The whole text a writer writes, in one string.
std::string collected(const std::function<void(const TextSink&)>& write);

}  // namespace lkjip::pieces
