#include "workbook_writer.h"

#include <algorithm>
#include <cerrno>
#include <cstdlib>
#include <map>
#include <optional>
#include <stdexcept>
#include <string>
#include <variant>
#include <vector>

#include "lkjip/error.h"
#include "lkjip/fields.h"
#include "lkjip/input_writers.h"
#include "lkjip/scratch_file.h"
#include "lkjip/xlsxwriter_library.h"
#include "workbook_cells.h"

namespace lkjip {
namespace {

using workbook::CellKind;
using workbook::Column;
using workbook::Language;
using workbook::Sheet;

// Excel keeps numbers as binary doubles, exact to 15 significant digits: a value with more is
// written as its text (the reader reads it exactly), never rounded.
constexpr int kExactDigits = 15;

// What one cell of a row holds: a value of the model (a choice as the model names it, a yes or
// no as a bool).
using Value = FieldValue;
// A row's values, each named by its column's key: the layout decides where a column stands,
// so that a column added to it or moved cannot shift the values of the others.
using Row = std::vector<std::pair<std::string_view, Value>>;

int significant_digits(const std::string& decimal) {
  int digits = 0;
  bool leading = true;
  for (char c : decimal) {
    if (c < '0' || c > '9') continue;
    if (leading && c == '0') continue;
    leading = false;
    ++digits;
  }
  return digits;
}

std::string decimal_text(const Quantity& quantity) {
  return quantity.value.round_half_up(quantity.decimals).render('.', '\0');
}

// The heading row, 0-based as libxlsxwriter counts.
constexpr lxw_row_t kHeadings = workbook::kHeadingRow - 1;
// The last row of a sheet of rows whose cells get a drop-down list.
constexpr lxw_row_t kLastDropDownRow = 10000;

// libxlsxwriter leaves out a text longer than a cell takes, and a cell below the last row, and
// says so only by what it returns: refused here, with where, so that no value is lost silently.
void written(lxw_error error, std::string_view sheet, lxw_row_t row, lxw_col_t col,
             std::string_view text = {}) {
  if (error == LXW_NO_ERROR) return;
  if (error == LXW_ERROR_MAX_STRING_LENGTH_EXCEEDED) {
    throw WorkbookLimitError(WorkbookLimitError::Limit::kCellText, std::string(sheet),
                             xlsx::cell_name(row + 1, col + 1), characters_of(text),
                             kWorkbookCellCharacters);
  }
  throw std::runtime_error(xlsxwriter_library().lxw_strerror(error));
}

class WorkbookWriter {
 public:
  WorkbookWriter(const std::string& path, Language language, std::size_t most_rows)
      : path_(path), language_(language), most_rows_(most_rows) {
    lxw_workbook_options options{};
    options.constant_memory = LXW_FALSE;
    options.tmpdir = directory_.data();  // libxlsxwriter's own temporary files go there too
    workbook_ = lxw_.workbook_new_opt(path.c_str(), &options);
    if (workbook_ == nullptr) throw std::runtime_error("cannot make the workbook " + path);
    heading_ = lxw_.workbook_add_format(workbook_);
    lxw_.format_set_bold(heading_);
    lxw_.format_set_bg_color(heading_, 0xDDEBF7);
    lxw_.format_set_text_wrap(heading_);
    lxw_.format_set_align(heading_, LXW_ALIGN_VERTICAL_TOP);
    title_ = lxw_.workbook_add_format(workbook_);
    lxw_.format_set_bold(title_);
    lxw_.format_set_font_size(title_, 14);
    text_ = lxw_.workbook_add_format(workbook_);
    lxw_.format_set_num_format(text_, "@");
    wrapped_ = lxw_.workbook_add_format(workbook_);
    lxw_.format_set_text_wrap(wrapped_);
  }
  ~WorkbookWriter() {
    if (workbook_ != nullptr) lxw_.workbook_close(workbook_);
  }
  WorkbookWriter(const WorkbookWriter&) = delete;
  WorkbookWriter& operator=(const WorkbookWriter&) = delete;

  void write(const PerformanceReport* report) {
    write_guide();
    for (const Sheet& sheet : workbook::sheets()) {
      if (sheet.fields_by_row) {
        write_fields(sheet, report != nullptr ? values_of(sheet, *report) : Row{});
      } else {
        write_rows(sheet, report != nullptr ? rows_of(sheet, *report) : std::vector<Row>{});
      }
    }
    // A workbook that cannot be written whole (no room, a file-size limit) is an error said
    // with the system's reason, never a workbook cut short.
    errno = 0;
    const lxw_error error = lxw_.workbook_close(workbook_);
    const int reason = errno;
    workbook_ = nullptr;
    if (error != LXW_NO_ERROR) throw ScratchFileError(path_, reason != 0 ? reason : EIO);
  }

 private:
  // ---- Sheets ----------------------------------------------------------------------------------
  // A sheet printed on A4 landscape, one page wide, its heading row on every page.
  lxw_worksheet* add_sheet(std::string_view name) {
    lxw_worksheet* sheet = lxw_.workbook_add_worksheet(workbook_, std::string(name).c_str());
    if (sheet == nullptr) throw std::runtime_error("cannot add the sheet " + std::string(name));
    lxw_.worksheet_set_paper(sheet, 9);  // A4
    lxw_.worksheet_set_landscape(sheet);
    lxw_.worksheet_fit_to_pages(sheet, 1, 0);
    lxw_.worksheet_repeat_rows(sheet, workbook::kHeadingRow - 1, workbook::kHeadingRow - 1);
    return sheet;
  }

  void write_guide() {
    lxw_worksheet* sheet = add_sheet(workbook::guide_sheet_name(language_));
    lxw_.worksheet_set_column(sheet, 0, 0, 110, wrapped_);
    lxw_row_t row = 0;
    for (std::string_view line : workbook::guide_lines(language_)) {
      lxw_.worksheet_write_string(sheet, row, 0, std::string(line).c_str(),
                                  row == 0 ? title_ : wrapped_);
      ++row;
    }
    lxw_row_t at = row + 1;
    for (const Sheet& data : workbook::sheets()) {
      const std::string line =
          std::string(workbook::text(data, language_)) + ": " +
          std::string(language_ == Language::kEnglish ? data.purpose_english
                                                      : data.purpose_indonesian);
      lxw_.worksheet_write_string(sheet, at++, 0, line.c_str(), wrapped_);
    }
  }

  void write_heading(lxw_worksheet* sheet, lxw_row_t row, lxw_col_t col, const Column& column) {
    lxw_.worksheet_write_string(
        sheet, row, col, std::string(workbook::heading(column, language_)).c_str(), heading_);
    const std::string_view note = workbook::help(column, language_);
    if (!note.empty()) lxw_.worksheet_write_comment(sheet, row, col, std::string(note).c_str());
  }

  // The report sheet: a field per row, its label, its value and a note.
  void write_fields(const Sheet& layout, const Row& values) {
    using workbook::FieldColumn;
    expect_columns(layout, values);
    lxw_worksheet* sheet = add_sheet(workbook::text(layout, language_));
    const lxw_row_t headings = kHeadings;
    const auto col = [](FieldColumn column) {
      return static_cast<lxw_col_t>(static_cast<std::uint32_t>(column) - 1);
    };
    for (const auto& [column, width] : {std::pair{FieldColumn::kLabel, 32.0},
                                        {FieldColumn::kValue, 30.0},
                                        {FieldColumn::kNote, 70.0}}) {
      lxw_.worksheet_set_column(sheet, col(column), col(column), width, nullptr);
      lxw_.worksheet_write_string(sheet, headings, col(column),
                                  std::string(workbook::field_heading(column, language_)).c_str(),
                                  heading_);
    }
    lxw_.worksheet_freeze_panes(sheet, headings + 1, 0);
    for (std::size_t i = 0; i < layout.columns.size(); ++i) {
      const Column& field = layout.columns[i];
      const auto row = static_cast<lxw_row_t>(headings + 1 + i);
      lxw_.worksheet_write_string(sheet, row, col(FieldColumn::kLabel),
                                  std::string(workbook::heading(field, language_)).c_str(),
                                  nullptr);
      const std::string_view note = workbook::help(field, language_);
      if (!note.empty()) {
        lxw_.worksheet_write_string(sheet, row, col(FieldColumn::kNote), std::string(note).c_str(),
                                    nullptr);
      }
      write_value(sheet, row, col(FieldColumn::kValue), field, value_of(values, field));
      add_drop_down(sheet, row, row, col(FieldColumn::kValue), field);
    }
  }

  void write_rows(const Sheet& layout, const std::vector<Row>& rows) {
    // A list longer than a sheet is refused whole, before any of it is written.
    if (kHeadings + 1 + rows.size() > most_rows_) {
      throw WorkbookLimitError(WorkbookLimitError::Limit::kRows,
                               std::string(workbook::text(layout, language_)), "",
                               kHeadings + 1 + rows.size(), most_rows_);
    }
    lxw_worksheet* sheet = add_sheet(workbook::text(layout, language_));
    for (std::size_t c = 0; c < layout.columns.size(); ++c) {
      const Column& column = layout.columns[c];
      const auto col = static_cast<lxw_col_t>(c);
      lxw_.worksheet_set_column(sheet, col, col, column.width, column_format(column));
      write_heading(sheet, kHeadings, col, column);
      add_drop_down(sheet, kHeadings + 1, kLastDropDownRow, col, column);
    }
    lxw_.worksheet_freeze_panes(sheet, kHeadings + 1, 0);
    lxw_.worksheet_set_row(sheet, kHeadings, 32, nullptr);
    for (std::size_t r = 0; r < rows.size(); ++r) {
      expect_columns(layout, rows[r]);
      for (std::size_t c = 0; c < layout.columns.size(); ++c) {
        write_value(sheet, static_cast<lxw_row_t>(kHeadings + 1 + r), static_cast<lxw_col_t>(c),
                    layout.columns[c], value_of(rows[r], layout.columns[c]));
      }
    }
  }

  static const Value& value_of(const Row& row, const Column& column) {
    static const Value kEmpty;
    for (const auto& [key, value] : row)
      if (key == column.key) return value;
    return kEmpty;
  }

  // A value named by a column the sheet lacks would be lost: a mistake of this file.
  static void expect_columns(const Sheet& layout, const Row& row) {
    for (const auto& named : row) {
      const std::string_view key = named.first;
      const bool known = std::any_of(layout.columns.begin(), layout.columns.end(),
                                     [key](const Column& column) { return column.key == key; });
      if (!known) {
        throw std::logic_error("the sheet " + std::string(layout.key) + " has no column " +
                               std::string(key));
      }
    }
  }

  // A list to choose from where a cell takes one of few values (polarity, method, yes/no), in the
  // rows from `first` to `last` of the column.
  void add_drop_down(lxw_worksheet* sheet, lxw_row_t first, lxw_row_t last, lxw_col_t col,
                     const Column& column) {
    std::vector<std::string>& labels = lists_.emplace_back();
    if (column.kind == CellKind::kChoice) {
      for (const workbook::Choice& choice : column.choices)
        labels.emplace_back(workbook::label(choice, language_));
    } else if (column.kind == CellKind::kYesNo) {
      labels = {yes_no(true), yes_no(false)};
    } else {
      return;
    }
    std::vector<char*>& pointers = list_pointers_.emplace_back();
    for (std::string& label : labels)
      pointers.push_back(label.data());
    pointers.push_back(nullptr);
    lxw_data_validation validation{};
    validation.validate = LXW_VALIDATION_TYPE_LIST;
    validation.value_list = pointers.data();
    validation.ignore_blank = LXW_VALIDATION_ON;
    validation.dropdown = LXW_VALIDATION_ON;
    lxw_.worksheet_data_validation_range(sheet, first, col, last, col, &validation);
  }

  std::string yes_no(bool yes) const { return std::string(workbook::yes_no_label(yes, language_)); }

  // ---- Cells -------------------------------------------------------------------------------
  // Ids and texts are text, whatever they look like ("1.1" stays "1.1").
  lxw_format* column_format(const Column& column) {
    if (column.kind == CellKind::kText || column.kind == CellKind::kId) return text_;
    if (column.kind == CellKind::kRupiah) return number_format("#,##0");
    if (column.kind == CellKind::kWhole) return number_format("0");
    return nullptr;
  }

  lxw_format* number_format(const std::string& code) {
    if (const auto found = formats_.find(code); found != formats_.end()) return found->second;
    lxw_format* format = lxw_.workbook_add_format(workbook_);
    lxw_.format_set_num_format(format, code.c_str());
    formats_.emplace(code, format);
    return format;
  }

  // A decimal shows the decimals it was written with: they are the report's printed precision.
  lxw_format* decimals_format(int decimals) {
    std::string code = "#,##0";
    if (decimals > 0) code += "." + std::string(static_cast<std::size_t>(decimals), '0');
    return number_format(code);
  }

  void write_number_text(lxw_worksheet* sheet, lxw_row_t row, lxw_col_t col,
                         const std::string& decimal, lxw_format* format) {
    if (significant_digits(decimal) <= kExactDigits) {
      lxw_.worksheet_write_number(sheet, row, col, std::strtod(decimal.c_str(), nullptr), format);
    } else {
      lxw_.worksheet_write_string(sheet, row, col, decimal.c_str(), text_);
    }
  }

  // Whether the column's kind takes the value: a choice only in a drop-down column, rupiah only
  // in a rupiah column ... (a printed figure's value may be a rating's text).
  static bool fits(const Value& value, CellKind kind) {
    if (std::holds_alternative<lkjip::Choice>(value)) return kind == CellKind::kChoice;
    if (std::holds_alternative<bool>(value)) return kind == CellKind::kYesNo;
    if (std::holds_alternative<Rupiah>(value)) return kind == CellKind::kRupiah;
    if (std::holds_alternative<long long>(value)) return kind == CellKind::kWhole;
    if (std::holds_alternative<Quantity>(value)) {
      return kind == CellKind::kDecimal || kind == CellKind::kWhole;
    }
    return true;
  }

  void write_value(lxw_worksheet* sheet, lxw_row_t row, lxw_col_t col, const Column& column,
                   const Value& value) {
    if (!fits(value, column.kind)) {
      throw std::logic_error("the column " + std::string(column.key) +
                             " does not take the value given for it");
    }
    if (const auto* text = std::get_if<CompactString>(&value)) {
      written(lxw_.worksheet_write_string(sheet, row, col, text->c_str(), text_), sheet->name, row,
              col, *text);
    } else if (const auto* quantity = std::get_if<Quantity>(&value)) {
      write_number_text(sheet, row, col, decimal_text(*quantity),
                        column.kind == CellKind::kWhole ? number_format("0")
                                                        : decimals_format(quantity->decimals));
    } else if (const auto* rupiah = std::get_if<Rupiah>(&value)) {
      write_number_text(sheet, row, col, std::to_string(*rupiah), number_format("#,##0"));
    } else if (const auto* whole = std::get_if<long long>(&value)) {
      lxw_.worksheet_write_number(sheet, row, col, static_cast<double>(*whole), number_format("0"));
    } else if (const auto* choice = std::get_if<lkjip::Choice>(&value)) {
      const std::string label(workbook::label(choice_of(column, *choice), language_));
      lxw_.worksheet_write_string(sheet, row, col, label.c_str(), nullptr);
    } else if (const auto* yes = std::get_if<bool>(&value)) {
      lxw_.worksheet_write_string(sheet, row, col, yes_no(*yes).c_str(), nullptr);
    }
  }

  // The column's drop-down entry for the model's choice.
  static const workbook::Choice& choice_of(const Column& column, lkjip::Choice choice) {
    const std::string_view name = choices(column.field)[choice.index];
    for (const workbook::Choice& entry : column.choices)
      if (entry.json == name) return entry;
    throw std::logic_error("the column " + std::string(column.key) + " has no choice " +
                           std::string(name));
  }

  // An aggregate's figures in one cell: "a, b, c" (a figure name holds no comma).
  static std::string joined(const std::vector<std::string>& names) {
    std::string text;
    for (const std::string& name : names)
      text += (text.empty() ? "" : ", ") + name;
    return text;
  }

  // ---- The report's rows, sheet by sheet ----------------------------------------------------
  // The values of the record under the sheet's columns whose field is one of its values, after
  // `links` (the codes that place the row under another).
  template <class Record>
  static Row values_of(const Sheet& sheet, const Record& record, Row links = {}) {
    Row row = std::move(links);
    for (const Column& column : sheet.columns) {
      if (is_value_field(column.field)) row.emplace_back(column.key, get(record, column.field));
    }
    return row;
  }

  // An indicator's values, each from the part of it that holds it: its own, or its target
  // range, qualitative figures or ratio counts (nothing where it gives none).
  static Row indicator_values(const Sheet& sheet, const Indicator& indicator, Row links) {
    const IndicatorDetails& details = details_of(indicator);
    const auto from = [](const auto& part, Field field) {
      return part ? get(*part, field) : FieldValue{};
    };
    Row row = std::move(links);
    for (const Column& column : sheet.columns) {
      if (!is_value_field(column.field)) continue;
      switch (record_of(column.field)) {
        case Field::kTargetRange:
          row.emplace_back(column.key, from(details.target_range, column.field));
          break;
        case Field::kQualitative:
          row.emplace_back(column.key, from(details.qualitative, column.field));
          break;
        case Field::kRatio:
          row.emplace_back(column.key, from(details.ratio, column.field));
          break;
        default:
          row.emplace_back(column.key, get(indicator, column.field));
      }
    }
    return row;
  }

  static std::vector<Row> band_rows(const std::vector<RatingBand>& bands) {
    std::vector<Row> rows;
    for (const RatingBand& band : bands) {
      const auto bound = [](const Rational& value) {
        const std::string text = *value.to_exact_decimal(18);
        const auto dot = text.find('.');
        const int decimals = dot == std::string::npos ? 0 : static_cast<int>(text.size() - dot - 1);
        return Quantity{value, decimals};
      };
      rows.push_back({{"label", band.label},
                      {"min", bound(band.min)},
                      {"max", bound(band.max)},
                      {"include_min", band.include_min},
                      {"include_max", band.include_max}});
    }
    return rows;
  }

  static std::vector<Row> rows_of(const Sheet& sheet, const PerformanceReport& report) {
    std::vector<Row> rows;
    const std::string_view key = sheet.key;
    if (key == "objectives") {
      for (const Objective& o : report.objectives)
        rows.push_back(values_of(sheet, o));
    } else if (key == "programs") {
      for (const Program& p : report.programs)
        rows.push_back(values_of(sheet, p));
    } else if (key == "activities") {
      for (const Program& p : report.programs) {
        for (const Activity& a : p.activities)
          rows.push_back(values_of(sheet, a, {{"program", p.id.str()}}));
      }
    } else if (key == "sub_activities") {
      for (const Program& p : report.programs) {
        for (const Activity& a : p.activities) {
          for (const SubActivity& s : a.sub_activities)
            rows.push_back(values_of(sheet, s, {{"activity", a.id.str()}}));
        }
      }
    } else if (key == "spending_periods") {
      auto add = [&](const auto& level) {
        for (const SpendingPeriod& period : level.budget.periods)
          rows.push_back(values_of(sheet, period, {{"level", level.id.str()}}));
      };
      for (const Program& p : report.programs) {
        add(p);
        for (const Activity& a : p.activities) {
          add(a);
          for (const SubActivity& s : a.sub_activities)
            add(s);
        }
      }
    } else if (key == "indicators") {
      for_each_indicator(report, [&](std::string_view owner, const Indicator& indicator) {
        rows.push_back(indicator_values(sheet, indicator, {{"owner", std::string(owner)}}));
      });
    } else if (key == "components" || key == "periods" || key == "categories" || key == "history" ||
               key == "renstra" || key == "renstra_targets" || key == "regional") {
      // The details of an indicator, each row under the indicator's code.
      for_each_indicator(report, [&](std::string_view, const Indicator& indicator) {
        const Row link = {{"indicator", indicator.id.str()}};
        const IndicatorDetails& details = details_of(indicator);
        if (key == "components") {
          for (const IndexComponent& c : details.components)
            rows.push_back(values_of(sheet, c, link));
        } else if (key == "periods") {
          for (const PeriodFigures& period : details.periods)
            rows.push_back(values_of(sheet, period, link));
        } else if (key == "categories" && details.qualitative) {
          for (const ScaleCategory& category : details.qualitative->scale)
            rows.push_back(values_of(sheet, category, link));
        } else if (key == "history") {
          for (const PastYear& past : details.history)
            rows.push_back(values_of(sheet, past, link));
        } else if (key == "renstra" && details.renstra) {
          rows.push_back(values_of(sheet, *details.renstra, link));
        } else if (key == "renstra_targets" && details.renstra) {
          for (const RenstraYearTarget& target : details.renstra->targets)
            rows.push_back(values_of(sheet, target, link));
        } else if (key == "regional" && details.regional) {
          rows.push_back(values_of(sheet, *details.regional, link));
        }
      });
    } else if (key == "facilities") {
      for (const Facility& f : report.facilities)
        rows.push_back(values_of(sheet, f));
    } else if (key == "sakip") {
      if (report.sakip) {
        for (const SakipComponent& c : report.sakip->components)
          rows.push_back(values_of(sheet, c));
      }
    } else if (key == "rating_scale") {
      if (report.settings.rating_scale_given) rows = band_rows(report.settings.rating_scale);
    } else if (key == "predicate_scale") {
      if (report.sakip && report.sakip->predicate_scale_given) {
        rows = band_rows(report.sakip->predicate_scale);
      }
    } else if (key == "stated_scales") {
      for (const StatedScale& scale : report.stated_scales) {
        for (Row& band : band_rows(scale.bands)) {
          Row row = values_of(sheet, scale);
          row.insert(row.end(), band.begin(), band.end());
          rows.push_back(std::move(row));
        }
      }
    } else if (key == "printed") {
      for (const PrintedFigure& p : report.printed) {
        rows.push_back(values_of(sheet, p));
        if (!p.of.empty()) rows.back().emplace_back("of", joined(p.of));
      }
    } else if (key == "claims") {
      for (const Claim& c : report.claims)
        rows.push_back(values_of(sheet, c));
    }
    return rows;
  }

  // Opened before anything is made: without the library, no temporary directory either.
  const XlsxWriterLibrary& lxw_ = xlsxwriter_library();
  std::string path_;
  std::string directory_ = temporary_directory();
  Language language_;
  std::size_t most_rows_;
  lxw_workbook* workbook_ = nullptr;
  lxw_format* heading_ = nullptr;
  lxw_format* title_ = nullptr;
  lxw_format* text_ = nullptr;
  lxw_format* wrapped_ = nullptr;
  std::map<std::string, lxw_format*> formats_;
  // Drop-down lists: libxlsxwriter keeps pointers to them until the workbook is closed.
  std::vector<std::vector<std::string>> lists_;
  std::vector<std::vector<char*>> list_pointers_;
};

}  // namespace

std::string write_report_workbook(const PerformanceReport* report, workbook::Language language,
                                  std::size_t most_rows) {
  const ScratchFile file("lkjip-workbook");
  {
    WorkbookWriter writer(file.path(), language, most_rows);
    writer.write(report);
  }
  return file.contents();
}

std::string input_workbook(const PerformanceReport* report, WorkbookLanguage language) {
  return write_report_workbook(report, language == WorkbookLanguage::kEnglish
                                           ? workbook::Language::kEnglish
                                           : workbook::Language::kIndonesian);
}

}  // namespace lkjip
