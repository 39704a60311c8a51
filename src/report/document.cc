// The tables of a document, in the order of chapter III, and their selection.
#include <algorithm>

#include "lkjip/labels.h"
#include "lkjip/report.h"
#include "tables.h"

namespace lkjip {

const std::vector<TableInfo>& table_catalogue() {
  static const std::vector<TableInfo> catalogue = {
      {"iku", "key indicators: target, actual, capaian, score, rating, means"},
      {"pengukuran", "every program, activity and sub-activity indicator"},
      {"tren", "actuals of past years and this year, year-on-year changes"},
      {"renstra-iku", "key indicators against the strategic plan's end target"},
      {"renstra-program", "program indicators against the strategic plan's end target"},
      {"pembanding", "actuals against kabupaten, provinsi and national figures"},
      {"anggaran", "pagu, spending, absorption and SILPA at every level, total"},
      {"alokasi", "pagu per strategic objective and its share"},
      {"kinerja-anggaran-sasaran", "performance and budget per strategic objective, pagu share"},
      {"kinerja-anggaran-program", "performance and budget per program"},
      {"efisiensi-sasaran", "efficiency gap (score - absorption) per objective, total"},
      {"efisiensi-program", "efficiency gap per program, total"},
      {"sdm-sasaran", "staff needed and available per objective, efficiency gap"},
      {"sdm-program", "staff needed and available per program, efficiency gap"},
      {"sarpras", "facilities: count, need and availability per item, total"},
      {"efisiensi-sarpras", "key indicators' mean against facility availability"},
      {"sakip", "SAKIP evaluation: components against their weights, sum, predicate"},
  };
  return catalogue;
}

const std::vector<std::string_view>& table_names() {
  static const std::vector<std::string_view> names = [] {
    std::vector<std::string_view> out;
    for (const TableInfo& info : table_catalogue())
      out.push_back(info.name);
    return out;
  }();
  return names;
}

Document framed_document(const Labels& L, std::string heading) {
  Document document;
  document.heading = std::move(heading);
  document.decimal_mark = L.decimal_mark;
  document.group_separator = L.group_separator;
  document.unavailable_mark = L.unavailable_mark;
  document.unavailable_note = L.unavailable_note;
  document.chart_capaian = L.chart_capaian;
  document.chart_absorption = L.chart_absorption;
  document.chart_efficiency = L.chart_efficiency;
  return document;
}

void Table::for_each_row(const RowVisitor& visit) const {
  if (produce) {
    produce(visit);
    return;
  }
  for (const Row& row : rows)
    visit(row);
}

namespace {

// Produces the rows of a table into it, once: what a document that holds its rows is.
void hold_rows(Table& table) {
  if (!table.produce) return;
  const RowProducer produce = std::move(table.produce);
  table.produce = nullptr;
  produce([&](const Row& row) { table.rows.push_back(row); });
}

}  // namespace

Document build_document(const PerformanceReport& report, const Results& results, Language language,
                        Rows rows) {
  const Labels& L = labels_for(language);
  Document document = framed_document(L, "LKjIP " + report.unit.name + ", " + report.unit.region +
                                             ", " + L.year + " " + std::to_string(report.year));
  document.unit_name = report.unit.name;
  document.region = report.unit.region;
  document.year = report.year;
  // Moved in one by one: an initializer list would copy every table.
  std::vector<Table>& tables = document.tables;
  tables.reserve(table_catalogue().size());
  tables.push_back(key_indicator_table(L, results));
  tables.push_back(measurement_table(L, results));
  tables.push_back(trend_table(L, results, report));
  tables.push_back(key_progress_table(L, results));
  tables.push_back(program_progress_table(L, results));
  tables.push_back(regional_table(L, results));
  tables.push_back(spending_table(L, results));
  tables.push_back(allocation_table(L, results));
  tables.push_back(performance_by_objective_table(L, results));
  tables.push_back(performance_by_program_table(L, results));
  tables.push_back(efficiency_by_objective_table(L, results));
  tables.push_back(efficiency_by_program_table(L, results));
  tables.push_back(staff_by_objective_table(L, results));
  tables.push_back(staff_by_program_table(L, results));
  tables.push_back(facilities_table(L, results, report));
  tables.push_back(facilities_efficiency_table(L, results, report));
  tables.push_back(sakip_table(L, results, report));
  if (rows == Rows::kHeld) {
    for (Table& table : tables)
      hold_rows(table);
  }
  return document;
}

void keep_tables(Document& document, const std::vector<std::string>& names) {
  std::erase_if(document.tables, [&](const Table& table) {
    if (names.empty()) return table.without_data;
    return std::find(names.begin(), names.end(), table.name) == names.end();
  });
}

std::string figure_name(const Table& table, const Row& row, const Column& column) {
  return table.name + "/" + row.key + "/" + column.key;
}

}  // namespace lkjip
