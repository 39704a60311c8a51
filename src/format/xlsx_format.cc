// XLSX workbook (libxlsxwriter): one sheet per table, numbers as numbers with Indonesian display
// formats, and every computed cell a live formula over the cells it is made from, with lkjip's
// figure as its cached value. A reviewer can click a cell and see how it was made.
#include <xlsxwriter.h>

#include <map>
#include <memory>
#include <stdexcept>
#include <string>
#include <vector>

#include "lkjip/format.h"
#include "lkjip/formulas.h"
#include "lkjip/scratch_file.h"
#include "pieces.h"

namespace lkjip {
namespace {

std::string column_letters(std::size_t column) {
  std::string letters;
  for (std::size_t n = column + 1; n > 0; n = (n - 1) / 26) {
    letters.insert(letters.begin(), static_cast<char>('A' + (n - 1) % 26));
  }
  return letters;
}

// Where each figure stands in the workbook: by its trace (a computed figure) and by its source
// (a value of the data file).
struct CellIndex {
  std::map<const Trace*, std::pair<std::string, std::string>> by_trace;  // sheet, cell
  std::map<Key, std::pair<std::string, std::string>> by_source;

  void add(const std::string& sheet, const std::string& cell, const TracePtr& trace) {
    if (!trace) return;
    by_trace.emplace(trace.get(), std::pair{sheet, cell});
    if (trace->formula == Formula::kGiven && !trace->terms.empty() && trace->terms.front().source) {
      by_source.emplace(*trace->terms.front().source, std::pair{sheet, cell});
    }
  }
};

std::string literal(const Rational& value) {
  if (const auto decimal = value.to_exact_decimal(12)) return "(" + *decimal + ")";
  return "(" + value.to_fraction_string() + ")";
}

// The reference to a term's cell, or its value written out when the workbook does not hold it
// (a setting such as the score cap).
std::string reference(const Term& term, const CellIndex& index, const std::string& sheet) {
  const std::pair<std::string, std::string>* place = nullptr;
  if (term.derivation) {
    if (const auto found = index.by_trace.find(term.derivation.get());
        found != index.by_trace.end()) {
      place = &found->second;
    }
  } else if (term.source) {
    if (const auto found = index.by_source.find(*term.source); found != index.by_source.end()) {
      place = &found->second;
    }
  }
  if (place == nullptr) return literal(term.value);
  if (place->first == sheet) return place->second;
  return "'" + place->first + "'!" + place->second;
}

// The spreadsheet formula of a computed figure, over the cells of its terms, as its formula's
// declaration writes it (lkjip/formulas.h).
std::string formula(const Trace& trace, const CellIndex& index, const std::string& sheet) {
  return sheet_formula(trace, [&](const Term& term) { return reference(term, index, sheet); });
}

// "[$-421]" shows the number with Indonesian separators: 2.696.606.251 and 97,09.
std::string number_format(int decimals) {
  std::string format = "[$-421]#,##0";
  if (decimals > 0) format += "." + std::string(static_cast<std::size_t>(decimals), '0');
  return format;
}

class WorkbookWriter {
 public:
  explicit WorkbookWriter(const std::string& path) : workbook_(workbook_new(path.c_str())) {
    if (workbook_ == nullptr) throw std::runtime_error("cannot create the workbook");
    header_ = workbook_add_format(workbook_);
    format_set_bold(header_);
    format_set_text_wrap(header_);
    bold_ = workbook_add_format(workbook_);
    format_set_bold(bold_);
  }
  ~WorkbookWriter() {
    if (workbook_ != nullptr) workbook_close(workbook_);
  }
  WorkbookWriter(const WorkbookWriter&) = delete;
  WorkbookWriter& operator=(const WorkbookWriter&) = delete;

  void write(const Document& document) {
    // Formulas link cells by the traces of their figures, which must be the same objects when
    // indexed and when written: a table whose rows are produced on demand makes new ones each
    // time, so every table's rows are taken once and both passes read those.
    std::vector<std::vector<Row>> rows(document.tables.size());
    for (std::size_t t = 0; t < document.tables.size(); ++t)
      document.tables[t].for_each_row([&](const Row& row) { rows[t].push_back(row); });
    CellIndex index;
    for (std::size_t t = 0; t < document.tables.size(); ++t) {
      const Table& table = document.tables[t];
      for (std::size_t r = 0; r < rows[t].size(); ++r) {
        for (std::size_t c = 0; c < table.columns.size(); ++c) {
          const Cell& cell = rows[t][r].cells[c];
          if (cell.state != Cell::State::kNumber) continue;
          index.add(table.name, column_letters(c) + std::to_string(r + 2), cell.trace);
        }
      }
    }
    for (std::size_t t = 0; t < document.tables.size(); ++t)
      write_table(document, document.tables[t], rows[t], index);
    const lxw_error error = workbook_close(workbook_);
    workbook_ = nullptr;
    if (error != LXW_NO_ERROR) throw std::runtime_error(lxw_strerror(error));
  }

 private:
  lxw_format* number_style(int decimals, bool total) {
    const auto key = std::pair{decimals, total};
    if (const auto found = number_formats_.find(key); found != number_formats_.end()) {
      return found->second;
    }
    lxw_format* format = workbook_add_format(workbook_);
    format_set_num_format(format, number_format(decimals).c_str());
    if (total) format_set_bold(format);
    number_formats_.emplace(key, format);
    return format;
  }

  void write_table(const Document& document, const Table& table, const std::vector<Row>& rows,
                   const CellIndex& index) {
    lxw_worksheet* sheet = workbook_add_worksheet(workbook_, table.name.c_str());
    if (sheet == nullptr) throw std::runtime_error("cannot add sheet " + table.name);
    for (std::size_t c = 0; c < table.columns.size(); ++c) {
      const Column& column = table.columns[c];
      const auto col = static_cast<lxw_col_t>(c);
      worksheet_set_column(sheet, col, col, column.type == ColumnType::kText ? 40 : 16, nullptr);
      worksheet_write_string(sheet, 0, col, column.label.c_str(), header_);
    }
    worksheet_freeze_panes(sheet, 1, 0);
    lxw_row_t row_number = 1;
    for (const Row& row : rows) {
      for (std::size_t c = 0; c < row.cells.size(); ++c) {
        write_cell(document, table, row, row_number, static_cast<lxw_col_t>(c), index);
      }
      ++row_number;
    }
  }

  void write_cell(const Document& document, const Table& table, const Row& row,
                  lxw_row_t row_number, lxw_col_t col, const CellIndex& index) {
    lxw_worksheet* sheet = workbook_get_worksheet_by_name(workbook_, table.name.c_str());
    const Cell& cell = row.cells[col];
    lxw_format* text_style = row.is_total ? bold_ : nullptr;
    switch (cell.state) {
      case Cell::State::kEmpty:
        return;
      case Cell::State::kText:
        worksheet_write_string(sheet, row_number, col, cell.text.c_str(), text_style);
        return;
      case Cell::State::kUnavailable: {
        const std::string text = document.unavailable_mark + " (" + cell.text + ")";
        worksheet_write_string(sheet, row_number, col, text.c_str(), text_style);
        return;
      }
      case Cell::State::kNumber:
        break;
    }
    lxw_format* style = number_style(cell.decimals, row.is_total);
    // The cached value only: the spreadsheet recomputes the formula itself.
    const double cached = std::stod(cell.value.round_half_up(12).render('.', '\0'));
    const std::string made_of =
        cell.trace ? formula(*cell.trace, index, table.name) : std::string();
    if (made_of.empty()) {
      worksheet_write_number(sheet, row_number, col, cached, style);
    } else {
      worksheet_write_formula_num(sheet, row_number, col, made_of.c_str(), style, cached);
    }
  }

  lxw_workbook* workbook_;
  lxw_format* header_ = nullptr;
  lxw_format* bold_ = nullptr;
  std::map<std::pair<int, bool>, lxw_format*> number_formats_;
};

}  // namespace

void write_xlsx(const Document& document, const WriterOptions&, const TextSink& sink) {
  const ScratchFile file("lkjip-xlsx");
  {
    WorkbookWriter writer(file.path());
    writer.write(document);
  }
  sink(file.contents());
}

}  // namespace lkjip
