// libFuzzer target: the input workbook's reader (cells into the model, validate, the source map)
// and everything after it. Random bytes seldom make a zip that reaches the cells, so the input is
// a list of edits to the seed report's workbook, read as cells once: each edit puts a cell (any
// type, any text, any number format) at a sheet, row and column, removes one, or renames a
// sheet. Bad input must end in an InputError, never in a crash, a hang or a sanitizer report;
// an accepted workbook goes through the engine, the tables, explain and check.
#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>

#include "lkjip/check.h"
#include "lkjip/engine.h"
#include "lkjip/error.h"
#include "lkjip/figures.h"
#include "lkjip/format.h"
#include "lkjip/input_writers.h"
#include "lkjip/loader.h"
#include "lkjip/report.h"
#include "workbook_cells.h"   // src/readers/xlsx
#include "workbook_reader.h"  // src/readers/xlsx

namespace {

using lkjip::xlsx::Cell;
using lkjip::xlsx::CellType;
using lkjip::xlsx::Workbook;

const Workbook& seed_workbook() {
  static const Workbook book = [] {
    const lkjip::PerformanceReport seed = lkjip::load_report_file(LKJIP_SEED_DATA);
    return lkjip::xlsx::read_workbook_bytes(
        lkjip::input_workbook(&seed, lkjip::WorkbookLanguage::kIndonesian));
  }();
  return book;
}

// Reads the edits from the fuzzer's bytes.
class Edits {
 public:
  Edits(const std::uint8_t* data, std::size_t size) : data_(data), size_(size) {}
  bool done() const { return at_ >= size_; }
  std::uint8_t byte() { return at_ < size_ ? data_[at_++] : 0; }
  std::string text() {
    const std::size_t length = byte() % 24;
    std::string out;
    for (std::size_t i = 0; i < length && at_ < size_; ++i)
      out += static_cast<char>(data_[at_++]);
    return out;
  }

 private:
  const std::uint8_t* data_;
  std::size_t size_;
  std::size_t at_ = 0;
};

// Number texts and format codes that matter to the reader, for the edits to choose from.
constexpr const char* kWords[] = {"73.849999999999994",
                                  "8.4120000000000005E+1",
                                  "2696606251",
                                  "-0",
                                  "1e400",
                                  "73,75",
                                  "2.696",
                                  "Rp 1.000.000",
                                  "95%",
                                  "P1",
                                  "SS1",
                                  "P1.K1",
                                  "Ya",
                                  "Kumulatif",
                                  "",
                                  "Semakin rendah semakin baik",
                                  "T / R × 100",
                                  "2024",
                                  "0.7375",
                                  "Triwulan II",
                                  "q5",
                                  "Jumlah",
                                  "WTP"};
constexpr const char* kFormats[] = {
    "General", "0.00", "#,##0", "0.00%", "@", "0.00E+00", "\"Rp\" #,##0.000", "dd/mm/yyyy"};

void put(lkjip::xlsx::Sheet& sheet, Cell cell) {
  auto& cells = sheet.cells;
  auto at = cells.begin();
  while (at != cells.end() &&
         (at->row < cell.row || (at->row == cell.row && at->column < cell.column)))
    ++at;
  if (at != cells.end() && at->row == cell.row && at->column == cell.column) {
    *at = std::move(cell);
  } else {
    cells.insert(at, std::move(cell));
  }
}

void apply(Workbook& book, Edits& edits) {
  for (int count = 0; !edits.done() && count < 64; ++count) {
    const std::uint8_t what = edits.byte();
    auto& sheet = book.sheets[edits.byte() % book.sheets.size()];
    const std::uint32_t row = 1 + edits.byte() % 40;
    const std::uint32_t column = 1 + edits.byte() % 12;
    switch (what % 4) {
      case 0: {  // a cell with one of the words
        Cell cell{.row = row,
                  .column = column,
                  .type = static_cast<CellType>(edits.byte() % 7),
                  .format = static_cast<std::uint32_t>(edits.byte() % book.formats.size()),
                  .text = kWords[edits.byte() % std::size(kWords)]};
        cell.has_formula = edits.byte() % 5 == 0;
        cell.uncalculated = cell.has_formula && edits.byte() % 2 == 0;
        put(sheet, std::move(cell));
        break;
      }
      case 1: {  // a cell with any text
        Cell cell{.row = row,
                  .column = column,
                  .type = static_cast<CellType>(edits.byte() % 7),
                  .text = edits.text()};
        put(sheet, std::move(cell));
        break;
      }
      case 2: {  // a cell removed
        std::erase_if(sheet.cells,
                      [&](const Cell& c) { return c.row == row && c.column == column; });
        break;
      }
      default:
        sheet.name =
            edits.byte() % 2 == 0 ? edits.text() : kWords[edits.byte() % std::size(kWords)];
    }
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  Workbook book = seed_workbook();
  for (const char* format : kFormats)
    book.formats.push_back(format);
  Edits edits(data, size);
  apply(book, edits);
  try {
    const lkjip::WorkbookReading reading = lkjip::read_report_workbook(book, "fuzz.xlsx");
    const lkjip::Results results = lkjip::evaluate(reading.report);
    const lkjip::Document document = lkjip::build_document(reading.report, results);
    (void)lkjip::format_text(document);
    // A few explanations: each names its inputs through the workbook's source map.
    const std::vector<std::string> names = lkjip::figure_names(document);
    for (std::size_t i = 0; i < names.size(); i += 37) {
      (void)lkjip::format_explanation(*lkjip::find_figure(document, names[i]), *reading.sources);
    }
    std::vector<lkjip::Finding> findings = lkjip::check_report(reading.report, *reading.sources);
    lkjip::locate_findings(findings, *reading.sources);
    // What is read is written back the same way.
    (void)lkjip::input_json(reading.report);
  } catch (const lkjip::InputError& error) {
    if (error.problems().empty()) __builtin_trap();
  }
  return 0;
}
