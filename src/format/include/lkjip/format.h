// The formatters: a document's tables into text, CSV/TSV, JSON, Markdown, xlsx or HTML, and a
// figure's explanation into text. A formatter never computes; it only rounds each exact value at
// the precision its cell carries and lays it out.
#pragma once

#include <cstddef>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "lkjip/catalogue.h"
#include "lkjip/error.h"
#include "lkjip/figures.h"
#include "lkjip/report.h"
#include "lkjip/source_map.h"

namespace lkjip {

// Where a formatter writes: its text in pieces, in order, as the rows are produced, so that the
// text of a large report is never held whole. The format_* functions return the whole text.
using TextSink = std::function<void(std::string_view)>;

// What a writer may need besides the document; each format reads only its own.
struct WriterOptions {
  bool color = false;       // text: titles and totals in bold (ANSI)
  bool indonesian = false;  // csv, tsv: ',' decimal mark and, for csv, ';' between fields
  // csv, tsv: the form for people (a UTF-8 BOM, a title row per table, the columns' labels,
  // t.d.[n] with its footnote under the table) instead of one row of column keys for scripts
  bool for_people = false;
  // xlsx: the most rows a sheet may have (Excel's); a test lowers it.
  std::size_t workbook_rows = kWorkbookRows;
};

using DocumentWriter = void (*)(const Document& document, const WriterOptions& options,
                                const TextSink& sink);

// An output format: the one place that declares it (output_formats()).
struct OutputFormat {
  std::string_view name{};                     // what -O takes
  std::vector<std::string_view> extensions{};  // of an -o file, which then choose this format
  Phrase note{};                               // said after the name in --help, or empty
  // A binary file (xlsx: a zip archive) made whole before it is written, and never written to a
  // terminal; `noun` calls it in messages. Otherwise text, streamed as its rows are produced.
  bool made_whole = false;
  Phrase noun{};
  bool needs_traces = false;  // its cells are formulas made from the figures' traces
  DocumentWriter write = nullptr;
};

// Every output format, in the order --help lists them; the first is the default.
const std::vector<OutputFormat>& output_formats();
// The format named `name`, or nullptr.
const OutputFormat* output_format_named(std::string_view name);
// The format the extension of `path` chooses, or nullptr.
const OutputFormat* output_format_of_file(std::string_view path);

// The whole text of a format, for the tests and the fuzzer.
std::string format_text(const Document& document);
std::string format_csv(const Document& document);
std::string format_json(const Document& document);

// How one figure was computed, in words and symbols (`lkjip explain`): every input and where it
// came from in the data file (spelled by `sources`), the exact intermediate values and the
// rounding.
std::string format_explanation(const FigureRef& figure, const SourceMap& sources,
                               Language language = Language::kIndonesian);

}  // namespace lkjip
