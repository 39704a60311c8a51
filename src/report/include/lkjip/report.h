// The report: results into neutral tables (titles, columns, typed cells). No formatting here:
// a cell keeps the exact value and the precision it is printed with.
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "lkjip/catalogue.h"
#include "lkjip/engine.h"
#include "lkjip/language.h"
#include "lkjip/model.h"
#include "lkjip/trace.h"

namespace lkjip {

enum class ColumnType { kText, kNumber, kRupiah, kPercent };

struct Column {
  std::string key;    // stable, for machines: "capaian"
  std::string label;  // for people, in the report's language: "Capaian (%)"
  ColumnType type = ColumnType::kText;
};

struct Cell {
  enum class State { kEmpty, kText, kNumber, kUnavailable };
  State state = State::kEmpty;
  std::string text;              // kText: the text; kUnavailable: why, in the report's language
  std::string_view reason_code;  // kUnavailable: why, as a stable code (reason_code())
  Rational value;                // kNumber: the exact value
  int decimals = 0;              // kNumber: printed precision
  TracePtr trace;                // how the figure was computed (for a rating: its score's trace)
  const std::vector<RatingBand>* scale = nullptr;  // a rating: the scale it was rated on
  bool category = false;  // a text that is a figure: a qualitative indicator's category

  static Cell empty() { return {}; }
  static Cell of_text(std::string text) {
    Cell cell;
    cell.state = State::kText;
    cell.text = std::move(text);
    return cell;
  }
  // A name or an id of the model.
  static Cell of_text(const CompactString& text) { return of_text(text.str()); }
  static Cell of_text(const char* text) { return of_text(std::string(text)); }
  static Cell number(Rational value, int decimals, TracePtr trace = nullptr) {
    Cell cell;
    cell.state = State::kNumber;
    cell.value = std::move(value);
    cell.decimals = decimals;
    cell.trace = std::move(trace);
    return cell;
  }
  static Cell unavailable(std::string why, std::string_view code) {
    Cell cell;
    cell.state = State::kUnavailable;
    cell.text = std::move(why);
    cell.reason_code = code;
    return cell;
  }
};

struct Row {
  std::string key;  // stable name of the row: "AKIP", "P1.K1", "total"
  std::vector<Cell> cells;
  bool is_total = false;
  int depth = 0;  // in a hierarchy: 0 program, 1 activity, 2 sub-activity
};

using RowVisitor = std::function<void(const Row&)>;
// Produces a table's rows in order, each handed to the visitor and let go after it.
using RowProducer = std::function<void(const RowVisitor&)>;

struct Table {
  std::string name;  // what --table selects: "iku"
  std::string title;
  std::vector<Column> columns;
  std::vector<Row> rows;  // the rows, when the table holds them
  // Or, when set, the rows produced on demand from the results (Rows::kOnDemand): a report of
  // 100 000 indicators is printed row by row, never held whole. It refers to the report and
  // results the document was built from, which must outlive it.
  RowProducer produce{};
  // A table of an optional section (trend, staff, facilities ...) that the data file does not
  // give: left out unless asked for by name.
  bool without_data = false;
  // Its rows are a tree by their depth (the performance tree): text and Markdown indent each
  // row's first column by its depth, HTML draws the tree. The depth is the row's data.
  bool tree = false;

  // Every row in order, held or produced; may be called more than once (the text format lays a
  // table out in a first pass and prints it in a second).
  void for_each_row(const RowVisitor& visit) const;
};

// The stable name of a figure: "table/row/column", as `lkjip explain` takes it.
std::string figure_name(const Table& table, const Row& row, const Column& column);

// The parts of a figure's name (or of a pattern "table/*/column"); none when it has not three.
struct FigureNameParts {
  std::string_view table;
  std::string_view row;
  std::string_view column;
};
std::optional<FigureNameParts> split_figure_name(std::string_view name);

// The tables `compute` prints, in order: the name --table selects, and what the table shows.
struct TableInfo {
  std::string_view name;
  Phrase summary;  // what --help says of it
};
const std::vector<TableInfo>& table_catalogue();
const std::vector<std::string_view>& table_names();

// Every table of one report, with what identifies the report and how its language writes
// numbers and marks a figure that cannot be computed.
struct Document {
  std::string unit_name;
  std::string region;
  int year = 0;
  std::vector<Table> tables;
  std::string heading;           // "LKjIP Kecamatan Kesamben, Kabupaten Jombang, Tahun 2024"
  char decimal_mark = ',';       // for people: 97,09
  char group_separator = '.';    // 2.696.606.251
  std::string unavailable_mark;  // "t.d."
  std::string unavailable_note;  // "tidak dapat dihitung"
  std::string chart_capaian;     // titles of the charts of an HTML page
  std::string chart_absorption;
  std::string chart_efficiency;
  std::string chart_axis_actual;  // a trend chart's value axis: "Realisasi", then the unit
  std::string chart_axis_year;    // its other axis: "Tahun"
};

// Whether a document holds its rows (to look figures up: explain, check) or produces them when
// they are written (compute: the rows of a large report are never held at once).
enum class Rows { kHeld, kOnDemand };

Document build_document(const PerformanceReport& report, const Results& results,
                        Language language = Language::kIndonesian, Rows rows = Rows::kHeld);

}  // namespace lkjip

namespace lkjip {

// Keeps the named tables, in document order; with no names, every table that has data.
// Precondition: every name is in table_names().
void keep_tables(Document& document, const std::vector<std::string>& names);

}  // namespace lkjip
