// XLSX workbook (libxlsxwriter): one sheet per table, numbers as numbers with Indonesian display
// formats, and every computed cell a live formula over the cells it is made from, with lkjip's
// figure as its cached value. A reviewer can click a cell and see how it was made.
// Each sheet prints as it is: A4 landscape, one page wide, the report's heading, the table's
// title and the column headings repeated on every page, bordered cells, long names wrapped in
// columns as wide as their content up to a bound, page numbers in the footer.

#include <algorithm>
#include <cerrno>
#include <cmath>
#include <map>
#include <memory>
#include <set>
#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "lkjip/error.h"
#include "lkjip/format.h"
#include "lkjip/formulas.h"
#include "lkjip/scratch_file.h"
#include "lkjip/xlsxwriter_library.h"
#include "pieces.h"
#include "text_width.h"

namespace lkjip {
namespace {

// The rows above a table's data: the report's heading, the table's title, the column headings.
constexpr lxw_row_t kHeadingRow = 0;
constexpr lxw_row_t kTitleRow = 1;
constexpr lxw_row_t kHeaderRow = 2;
constexpr lxw_row_t kFirstDataRow = 3;

// Column widths, in characters of the default font (the width of its "0"). A column is never
// narrower than its heading's longest word (a heading wraps onto about kHeadingLines lines) nor
// than its widest figure (a spreadsheet shows ### for a number it cannot fit, so figures never
// wrap). Texts (names, and reasons why a figure cannot be computed) wrap: the widths of the
// columns holding them are chosen, between kMinWrapWidth and kMaxTextWidth, for the fewest
// printed lines on a page one table wide, printed at kMinScale of its size or more.
constexpr double kMaxTextWidth = 60;
constexpr double kMinWrapWidth = 12;
constexpr double kMinWidth = 6;
constexpr double kPadding = 2;  // the cell's margins, and room for a font wider than Calibri
constexpr std::size_t kHeadingLines = 2;
constexpr double kBold = 1.1;  // how much wider bold text is
constexpr double kMinScale = 0.8;
// The rows the widths are chosen by: all of a table's, or as many spread over a longer table.
constexpr std::size_t kSampledRows = 400;
constexpr int kMoves = 40;  // the most changes made to the widths first chosen
// A row is as high as its cell of most lines, each kLineHeight points (11-point text): set
// here, since LibreOffice keeps the default height of a row of wrapped text from an xlsx file.
constexpr double kLineHeight = 15;

// The printed page: A4 (paper code 9), landscape, margins in inches; its width between the
// margins in pixels at 96 per inch, as a spreadsheet sizes columns: a column of width w takes
// 7 w + 5 pixels (Calibri 11).
constexpr std::uint8_t kPaperA4 = 9;
constexpr double kSideMargin = 0.5;
constexpr double kPageWidthPixels = (11.69 - 2 * kSideMargin) * 96;
constexpr double kTopMargin = 0.6;
constexpr double kBottomMargin = 0.7;
// The heading's and the title's font sizes, and a line's height per point of font size; their
// merged cells wrap and are given the height of the lines they need.
constexpr double kHeadingSize = 14;
constexpr double kTitleSize = 12;
constexpr double kPointsPerLine = 1.35;
constexpr double kDefaultSize = 11;

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
  std::map<const Trace*, int> decimals;  // as the figure's cell shows it
  // Figures some formula reads whole: their cells keep the unrounded formula.
  std::set<const Trace*> read_whole;

  void add(const std::string& sheet, const std::string& cell, const TracePtr& trace,
           int shown_decimals) {
    if (!trace) return;
    by_trace.emplace(trace.get(), std::pair{sheet, cell});
    decimals.emplace(trace.get(), shown_decimals);
    if (trace->formula == Formula::kGiven && !trace->terms.empty() && trace->terms.front().source) {
      by_source.emplace(*trace->terms.front().source, std::pair{sheet, cell});
    }
  }

  // Notes the figures the formula of `trace` reads other than rounded at their cells' decimals.
  void note_reads(const Trace& trace) {
    const FormulaDeclaration& formula = declaration(trace.formula);
    for (std::size_t i = 0; i < trace.terms.size(); ++i) {
      const Trace* read = trace.terms[i].derivation.get();
      const auto shown = decimals.find(read);
      if (shown != decimals.end() && !reads_rounded(formula, i, shown->second)) {
        read_whole.insert(read);
      }
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
// declaration writes it (lkjip/formulas.h). Rounded at the decimals its cell shows, unless
// another formula reads it whole: a spreadsheet then shows the figure lkjip prints.
std::string formula(const Trace& trace, const CellIndex& index, const std::string& sheet,
                    int decimals) {
  const auto cell_of = [&](const Term& term) { return reference(term, index, sheet); };
  if (index.read_whole.count(&trace) != 0) return sheet_formula(trace, cell_of);
  return rounded_sheet_formula(trace, cell_of, decimals);
}

// "[$-421]" shows the number with Indonesian separators: 2.696.606.251 and 97,09.
std::string number_format(int decimals) {
  std::string format = "[$-421]#,##0";
  if (decimals > 0) format += "." + std::string(static_cast<std::size_t>(decimals), '0');
  return format;
}

// The longest word of a text, in characters.
std::size_t longest_word(std::string_view text) {
  std::size_t longest = 0;
  for (std::size_t begin = 0; begin < text.size();) {
    const std::size_t space = std::min(text.find(' ', begin), text.size());
    longest = std::max(longest, display_width(text.substr(begin, space - begin)));
    begin = space + 1;
  }
  return longest;
}

// What a text cell shows: its text, or for a figure that cannot be computed the mark and why.
std::string cell_text(const Cell& cell, const std::string& unavailable_mark) {
  if (cell.state == Cell::State::kUnavailable) return unavailable_mark + " (" + cell.text + ")";
  return cell.text;
}

double characters(std::size_t count, bool bold) {
  return static_cast<double>(count) * (bold ? kBold : 1.0);
}

// The lines a text takes in a column of `width`.
std::size_t lines_of(std::string_view text, double width, bool bold) {
  const double room = (width - kPadding) / (bold ? kBold : 1.0);
  return wrap(text, static_cast<std::size_t>(std::max(1.0, std::floor(room)))).size();
}

// The widths of a table's columns, from their contents (see kMaxTextWidth).
class ColumnWidths {
 public:
  ColumnWidths(const Table& table, const std::vector<Row>& rows,
               const std::string& unavailable_mark)
      : columns_(table.columns.size()), budget_(budget(table.columns.size())) {
    const std::size_t sampled = std::min(rows.size(), kSampledRows);
    for (std::size_t s = 0; s < sampled; ++s)
      sample_.push_back(&rows[s * rows.size() / sampled]);
    for (std::size_t c = 0; c < columns_.size(); ++c) {
      const std::string& label = table.columns[c].label;
      const std::size_t heading = display_width(label);
      double least = characters(
          std::max(longest_word(label), (heading + kHeadingLines - 1) / kHeadingLines), true);
      double text = 0;
      for (const Row& row : rows) {
        const Cell& cell = row.cells[c];
        if (cell.state == Cell::State::kNumber) {
          least = std::max(
              least, characters(cell.value.round_half_up(cell.decimals).render(',', '.').size(),
                                row.is_total));
        } else if (cell.state != Cell::State::kEmpty) {
          text = std::max(
              text, characters(display_width(cell_text(cell, unavailable_mark)), row.is_total));
        }
      }
      Choice& column = columns_[c];
      column.text = table.columns[c].type == ColumnType::kText;
      column.least = std::max(kMinWidth, std::ceil(least) + kPadding);
      column.wraps = text + kPadding > column.least;
      if (!column.wraps) continue;
      column.least = std::max(column.least, kMinWrapWidth);
      column.most = std::max(column.least, std::min(std::ceil(text) + kPadding, kMaxTextWidth));
      for (double width = column.least; width <= column.most; ++width) {
        std::vector<std::size_t> lines;
        for (const Row* row : sample_) {
          const Cell& cell = row->cells[c];
          const bool text_cell =
              cell.state == Cell::State::kText || cell.state == Cell::State::kUnavailable;
          lines.push_back(
              text_cell ? lines_of(cell_text(cell, unavailable_mark), width, row->is_total) : 1);
        }
        column.lines.push_back(std::move(lines));
      }
    }
    choose();
  }

  double operator[](std::size_t c) const { return columns_[c].width(); }

 private:
  struct Choice {
    double least = kMinWidth;
    double most = kMinWidth;
    bool wraps = false;
    bool text = false;       // a text column (else a number column, whose texts are reasons)
    std::size_t chosen = 0;  // the width least + chosen
    std::vector<std::vector<std::size_t>> lines;  // by width, then sampled row
    double width() const { return least + static_cast<double>(chosen); }
  };

  // The table's width in characters that prints at full size.
  static double budget(std::size_t columns) {
    return (kPageWidthPixels - 5 * static_cast<double>(columns)) / 7;
  }

  // The height of the sampled rows printed: their lines, shrunk by a table wider than the page;
  // wider than kMinScale allows costs more than any line.
  double cost() const {
    double width = 0;
    for (const Choice& column : columns_)
      width += column.width();
    const double lines = printed_lines();
    const double scale = std::min(1.0, budget_ / width);
    const double too_wide = std::max(0.0, width - budget_ / kMinScale);
    return lines * scale + too_wide * 1e6;
  }

  // The lines of the sampled rows.
  double printed_lines() const {
    double lines = 0;
    for (std::size_t s = 0; s < sample_.size(); ++s) {
      std::size_t row_lines = 1;
      for (const Choice& column : columns_) {
        if (column.wraps) row_lines = std::max(row_lines, column.lines[column.chosen][s]);
      }
      lines += static_cast<double>(row_lines);
    }
    return lines;
  }

  // First every wrapping column at most as wide as a bound, one for the text columns and one for
  // the reasons in number columns, the pair that costs least; then the moves below.
  void choose() {
    double bound_cost = 0;
    std::vector<std::size_t> bounded(columns_.size());
    bool first = true;
    for (double text_bound = kMaxTextWidth; text_bound >= kMinWrapWidth; --text_bound) {
      for (double reason_bound = kMaxTextWidth; reason_bound >= kMinWrapWidth; --reason_bound) {
        for (Choice& column : columns_) {
          if (!column.wraps) continue;
          const double bound = column.text ? text_bound : reason_bound;
          column.chosen = static_cast<std::size_t>(
              std::clamp(bound - column.least, 0.0, column.most - column.least));
        }
        if (const double c = cost(); first || c < bound_cost - 1e-9) {
          first = false;
          bound_cost = c;
          for (std::size_t i = 0; i < columns_.size(); ++i)
            bounded[i] = columns_[i].chosen;
        }
      }
    }
    for (std::size_t i = 0; i < columns_.size(); ++i)
      columns_[i].chosen = bounded[i];
    // The move that costs least, one at a time: a column's width changed, or width moved
    // from one column to another (a table as wide as kMinScale allows only gains that way).
    for (int move = 0; move < kMoves; ++move) {
      double least_cost = cost();
      std::vector<std::size_t> best;
      const auto consider = [&] {
        if (const double c = cost(); c < least_cost - 1e-9) {
          least_cost = c;
          best.clear();
          for (const Choice& column : columns_)
            best.push_back(column.chosen);
        }
      };
      for (Choice& column : columns_) {
        const std::size_t was = column.chosen;
        for (std::size_t w = 0; w < column.lines.size(); ++w) {
          column.chosen = w;
          consider();
        }
        column.chosen = was;
      }
      for (Choice& from : columns_) {
        for (Choice& to : columns_) {
          if (&from == &to || from.lines.empty() || to.lines.empty()) continue;
          const std::size_t from_was = from.chosen;
          const std::size_t to_was = to.chosen;
          for (std::size_t k = 1; k <= from_was && to_was + k < to.lines.size(); ++k) {
            from.chosen = from_was - k;
            to.chosen = to_was + k;
            consider();
          }
          from.chosen = from_was;
          to.chosen = to_was;
        }
      }
      if (best.empty()) break;
      for (std::size_t i = 0; i < columns_.size(); ++i)
        columns_[i].chosen = best[i];
    }
    // No column wider than its lines need: width that only shrinks the print is given back.
    for (Choice& column : columns_) {
      while (column.chosen > 0) {
        const double lines = printed_lines();
        --column.chosen;
        if (printed_lines() > lines) {
          ++column.chosen;
          break;
        }
      }
    }
  }

  std::vector<Choice> columns_;
  std::vector<const Row*> sample_;
  double budget_;
};

// libxlsxwriter leaves out a text longer than a cell takes, and a cell below the last row, and
// says so only by what it returns: refused here, with where, so that no value is lost silently.
void written(lxw_error error, const std::string& sheet, lxw_row_t row, lxw_col_t col,
             std::string_view text = {}) {
  if (error == LXW_NO_ERROR) return;
  if (error == LXW_ERROR_MAX_STRING_LENGTH_EXCEEDED) {
    throw WorkbookLimitError(WorkbookLimitError::Limit::kCellText, sheet,
                             column_letters(col) + std::to_string(row + 1), characters_of(text),
                             kWorkbookCellCharacters);
  }
  throw std::runtime_error(xlsxwriter_library().lxw_strerror(error));
}

class WorkbookWriter {
 public:
  WorkbookWriter(const std::string& path, std::size_t most_rows)
      : path_(path), most_rows_(most_rows) {
    lxw_workbook_options options{};
    options.tmpdir = directory_.data();  // libxlsxwriter's own temporary files go there too
    workbook_ = lxw_.workbook_new_opt(path.c_str(), &options);
    if (workbook_ == nullptr) throw std::runtime_error("cannot create the workbook");
    heading_ = lxw_.workbook_add_format(workbook_);
    lxw_.format_set_bold(heading_);
    lxw_.format_set_font_size(heading_, kHeadingSize);
    lxw_.format_set_text_wrap(heading_);
    lxw_.format_set_align(heading_, LXW_ALIGN_VERTICAL_TOP);
    title_ = lxw_.workbook_add_format(workbook_);
    lxw_.format_set_bold(title_);
    lxw_.format_set_font_size(title_, kTitleSize);
    lxw_.format_set_text_wrap(title_);
    lxw_.format_set_align(title_, LXW_ALIGN_VERTICAL_TOP);
    header_ = bordered();
    lxw_.format_set_bold(header_);
    lxw_.format_set_text_wrap(header_);
    lxw_.format_set_align(header_, LXW_ALIGN_CENTER);
    lxw_.format_set_align(header_, LXW_ALIGN_VERTICAL_CENTER);
    lxw_.format_set_bg_color(header_, 0xD9D9D9);
    text_ = bordered();
    lxw_.format_set_text_wrap(text_);
    total_text_ = bordered();
    lxw_.format_set_text_wrap(total_text_);
    lxw_.format_set_bold(total_text_);
  }
  ~WorkbookWriter() {
    if (workbook_ != nullptr) lxw_.workbook_close(workbook_);
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
    // A table longer than a sheet is refused, before any of the workbook is made.
    for (std::size_t t = 0; t < document.tables.size(); ++t) {
      if (kFirstDataRow + rows[t].size() > most_rows_) {
        throw WorkbookLimitError(WorkbookLimitError::Limit::kRows, document.tables[t].name, "",
                                 kFirstDataRow + rows[t].size(), most_rows_);
      }
    }
    CellIndex index;
    for (std::size_t t = 0; t < document.tables.size(); ++t) {
      const Table& table = document.tables[t];
      for (std::size_t r = 0; r < rows[t].size(); ++r) {
        for (std::size_t c = 0; c < table.columns.size(); ++c) {
          const Cell& cell = rows[t][r].cells[c];
          if (cell.state != Cell::State::kNumber) continue;
          index.add(table.name, column_letters(c) + std::to_string(kFirstDataRow + r + 1),
                    cell.trace, cell.decimals);
        }
      }
    }
    for (const auto& [trace, place] : index.by_trace)
      index.note_reads(*trace);
    for (std::size_t t = 0; t < document.tables.size(); ++t)
      write_table(document, document.tables[t], rows[t], index);
    // A workbook that cannot be written whole (no room, a file-size limit) is an error said
    // with the system's reason, never a workbook cut short.
    errno = 0;
    const lxw_error error = lxw_.workbook_close(workbook_);
    const int reason = errno;
    workbook_ = nullptr;
    if (error != LXW_NO_ERROR) throw ScratchFileError(path_, reason != 0 ? reason : EIO);
  }

 private:
  lxw_format* bordered() {
    lxw_format* format = lxw_.workbook_add_format(workbook_);
    lxw_.format_set_border(format, LXW_BORDER_THIN);
    lxw_.format_set_align(format, LXW_ALIGN_VERTICAL_TOP);
    return format;
  }

  lxw_format* number_style(int decimals, bool total) {
    const auto key = std::pair{decimals, total};
    if (const auto found = number_formats_.find(key); found != number_formats_.end()) {
      return found->second;
    }
    lxw_format* format = bordered();
    lxw_.format_set_num_format(format, number_format(decimals).c_str());
    if (total) lxw_.format_set_bold(format);
    number_formats_.emplace(key, format);
    return format;
  }

  // A line of text above the table, across its columns, wrapped onto as many lines as the
  // columns' width needs (a spreadsheet does not size a merged cell's height to its text).
  void write_banner(lxw_worksheet* sheet, lxw_row_t row, lxw_col_t last_col,
                    const std::string& text, lxw_format* format, double size, double table_width) {
    const double text_width = characters(display_width(text), true) * size / kDefaultSize;
    const double lines = std::max(1.0, std::ceil(text_width / std::max(table_width, kMinWidth)));
    lxw_.worksheet_set_row(sheet, row, lines * size * kPointsPerLine, nullptr);
    const std::string valid = valid_utf8(text);
    written(last_col == 0
                ? lxw_.worksheet_write_string(sheet, row, 0, valid.c_str(), format)
                : lxw_.worksheet_merge_range(sheet, row, 0, row, last_col, valid.c_str(), format),
            sheet->name, row, 0, valid);
  }

  void write_table(const Document& document, const Table& table, const std::vector<Row>& rows,
                   const CellIndex& index) {
    lxw_worksheet* sheet = lxw_.workbook_add_worksheet(workbook_, table.name.c_str());
    if (sheet == nullptr) throw std::runtime_error("cannot add sheet " + table.name);
    const ColumnWidths widths(table, rows, document.unavailable_mark);
    double table_width = 0;
    std::size_t header_lines = 1;
    for (std::size_t c = 0; c < table.columns.size(); ++c) {
      const Column& column = table.columns[c];
      const auto col = static_cast<lxw_col_t>(c);
      table_width += widths[c];
      lxw_.worksheet_set_column(sheet, col, col, widths[c], nullptr);
      const std::string label = valid_utf8(column.label);
      written(lxw_.worksheet_write_string(sheet, kHeaderRow, col, label.c_str(), header_),
              table.name, kHeaderRow, col, label);
      header_lines = std::max(header_lines, lines_of(column.label, widths[c], true));
    }
    lxw_.worksheet_set_row(sheet, kHeaderRow, static_cast<double>(header_lines) * kLineHeight,
                           nullptr);
    const auto last_col =
        static_cast<lxw_col_t>(table.columns.empty() ? 0 : table.columns.size() - 1);
    write_banner(sheet, kHeadingRow, last_col, document.heading, heading_, kHeadingSize,
                 table_width);
    write_banner(sheet, kTitleRow, last_col, table.title, title_, kTitleSize, table_width);
    lxw_.worksheet_freeze_panes(sheet, kFirstDataRow, 0);
    lxw_row_t row_number = kFirstDataRow;
    for (const Row& row : rows) {
      std::size_t lines = 1;
      for (std::size_t c = 0; c < row.cells.size(); ++c) {
        write_cell(document, sheet, table, row, row_number, static_cast<lxw_col_t>(c), index);
        const Cell& cell = row.cells[c];
        if (cell.state == Cell::State::kText || cell.state == Cell::State::kUnavailable) {
          lines = std::max(
              lines, lines_of(cell_text(cell, document.unavailable_mark), widths[c], row.is_total));
        }
      }
      if (lines > 1) {
        lxw_.worksheet_set_row(sheet, row_number, static_cast<double>(lines) * kLineHeight,
                               nullptr);
      }
      ++row_number;
    }
    // Printed: A4 landscape, one page wide and as many long as the rows need, the heading, the
    // title and the column headings on every page, the page's number in the footer.
    lxw_.worksheet_set_paper(sheet, kPaperA4);
    lxw_.worksheet_set_landscape(sheet);
    lxw_.worksheet_fit_to_pages(sheet, 1, 0);
    lxw_.worksheet_repeat_rows(sheet, kHeadingRow, kHeaderRow);
    lxw_.worksheet_set_margins(sheet, kSideMargin, kSideMargin, kTopMargin, kBottomMargin);
    lxw_.worksheet_center_horizontally(sheet);
    lxw_.worksheet_set_footer(sheet, "&C&P / &N");
  }

  void write_cell(const Document& document, lxw_worksheet* sheet, const Table& table,
                  const Row& row, lxw_row_t row_number, lxw_col_t col, const CellIndex& index) {
    const Cell& cell = row.cells[col];
    lxw_format* text_style = row.is_total ? total_text_ : text_;
    switch (cell.state) {
      case Cell::State::kEmpty:
        // Blank, but bordered like its row.
        written(lxw_.worksheet_write_blank(sheet, row_number, col, text_style), table.name,
                row_number, col);
        return;
      case Cell::State::kText:
      case Cell::State::kUnavailable: {
        const std::string text = valid_utf8(cell_text(cell, document.unavailable_mark));
        written(lxw_.worksheet_write_string(sheet, row_number, col, text.c_str(), text_style),
                table.name, row_number, col, text);
        return;
      }
      case Cell::State::kNumber:
        break;
    }
    lxw_format* style = number_style(cell.decimals, row.is_total);
    // The cached value only: the spreadsheet recomputes the formula itself.
    const double cached = std::stod(cell.value.round_half_up(12).render('.', '\0'));
    const std::string made_of =
        cell.trace ? formula(*cell.trace, index, table.name, cell.decimals) : std::string();
    if (made_of.empty()) {
      written(lxw_.worksheet_write_number(sheet, row_number, col, cached, style), table.name,
              row_number, col);
    } else {
      written(
          lxw_.worksheet_write_formula_num(sheet, row_number, col, made_of.c_str(), style, cached),
          table.name, row_number, col);
    }
  }

  // Opened before anything is made: without the library, no temporary directory either.
  const XlsxWriterLibrary& lxw_ = xlsxwriter_library();
  std::string path_;
  std::string directory_ = temporary_directory();
  lxw_workbook* workbook_ = nullptr;
  std::size_t most_rows_;
  lxw_format* heading_ = nullptr;
  lxw_format* title_ = nullptr;
  lxw_format* header_ = nullptr;
  lxw_format* text_ = nullptr;
  lxw_format* total_text_ = nullptr;
  std::map<std::pair<int, bool>, lxw_format*> number_formats_;
};

}  // namespace

void write_xlsx(const Document& document, const WriterOptions& options, const TextSink& sink) {
  const ScratchFile file("lkjip-xlsx");
  {
    WorkbookWriter writer(file.path(), options.workbook_rows);
    writer.write(document);
  }
  sink(file.contents());
}

}  // namespace lkjip
