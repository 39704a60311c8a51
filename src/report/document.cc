// The tables of a document, in the order of chapter III, and their selection.
#include <algorithm>

#include "lkjip/labels.h"
#include "lkjip/report.h"
#include "tables.h"

namespace lkjip {

namespace {

// A table of chapter III: what --table selects and --help says of it, and how it is built.
struct RegisteredTable {
  TableInfo info;
  TableBuilder build;
};

// Every table of a report, in the order of chapter III: the one place a table is added.
const std::vector<RegisteredTable>& registered_tables() {
  static const std::vector<RegisteredTable> tables = {
      {{"iku",
        {"indikator kinerja utama: target, realisasi, capaian, skor, predikat, rata-rata",
         "key indicators: target, actual, capaian, score, rating, means"}},
       key_indicator_table},
      {{"klasifikasi",
        {"indikator kinerja utama dan program yang melampaui, mencapai atau tidak mencapai target",
         "key and program indicators that exceeded, met or did not meet the target"}},
       classification_table},
      {{"pengukuran",
        {"setiap indikator program, kegiatan dan subkegiatan",
         "every program, activity and sub-activity indicator"}},
       measurement_table},
      {{"perubahan-target",
        {"target murni dan perubahan, capaian masing-masing",
         "original (murni) and revised (perubahan) targets, capaian of each"}},
       target_revision_table},
      {{"periode",
        {"capaian per triwulan atau bulan dan sampai saat ini, untuk indikator sepanjang tahun",
         "capaian per quarter or month and to date, for indicators through the year"}},
       periods_table},
      {{"tren",
        {"realisasi tahun-tahun lalu dan tahun ini, perubahan antartahun",
         "actuals of past years and this year, year-on-year changes"}},
       trend_table},
      {{"tren-capaian",
        {"target, realisasi dan capaian tahun-tahun lalu dan tahun ini, perubahannya",
         "target, actual and capaian of past years and this year, changes"}},
       capaian_history_table},
      {{"renstra-iku",
        {"indikator kinerja utama terhadap target akhir Renstra",
         "key indicators against the strategic plan's end target"}},
       key_progress_table},
      {{"renstra-program",
        {"indikator program terhadap target akhir Renstra",
         "program indicators against the strategic plan's end target"}},
       program_progress_table},
      {{"renstra-tahunan",
        {"target perjanjian kinerja, target Renstra per tahun, capaian terhadap target tahun ini",
         "agreement target, the strategic plan's target per year, capaian against this year's"}},
       renstra_years_table},
      {{"pembanding",
        {"realisasi terhadap angka kabupaten, provinsi dan nasional",
         "actuals against kabupaten, provinsi and national figures"}},
       regional_table},
      {{"anggaran",
        {"pagu, realisasi, serapan dan SILPA di setiap tingkat, total",
         "pagu, spending, absorption and SILPA at every level, total"}},
       spending_table},
      {{"anggaran-periode",
        {"realisasi per triwulan atau bulan dan sampai saat ini, serapan sampai saat ini",
         "spending per quarter or month and to date, absorption to date"}},
       spending_periods_table},
      {{"anggaran-kas",
        {"realisasi per triwulan atau bulan terhadap rencana kas (RAK), sampai saat ini",
         "spending per quarter or month against the cash plan (RAK), to date"}},
       cash_plan_table},
      {{"perubahan-anggaran",
        {"pagu murni dan perubahan, serapan masing-masing",
         "original (murni) and revised (perubahan) pagu, absorption of each"}},
       budget_revision_table},
      {{"alokasi",
        {"pagu per sasaran strategis dan porsinya", "pagu per strategic objective and its share"}},
       allocation_table},
      {{"kinerja-anggaran-sasaran",
        {"kinerja dan anggaran per sasaran strategis, porsi pagu",
         "performance and budget per strategic objective, pagu share"}},
       performance_by_objective_table},
      {{"kinerja-anggaran-program",
        {"kinerja dan anggaran per program", "performance and budget per program"}},
       performance_by_program_table},
      {{"efisiensi-sasaran",
        {"selisih efisiensi (skor - serapan) per sasaran, total",
         "efficiency gap (score - absorption) per objective, total"}},
       efficiency_by_objective_table},
      {{"efisiensi-program",
        {"selisih efisiensi per program, total", "efficiency gap per program, total"}},
       efficiency_by_program_table},
      {{"sdm-sasaran",
        {"kebutuhan dan ketersediaan pegawai per sasaran, selisih efisiensi",
         "staff needed and available per objective, efficiency gap"}},
       staff_by_objective_table},
      {{"sdm-program",
        {"kebutuhan dan ketersediaan pegawai per program, selisih efisiensi",
         "staff needed and available per program, efficiency gap"}},
       staff_by_program_table},
      {{"sarpras",
        {"sarana prasarana: jumlah, kebutuhan dan ketersediaan per jenis, total",
         "facilities: count, need and availability per item, total"}},
       facilities_table},
      {{"efisiensi-sarpras",
        {"rata-rata indikator kinerja utama terhadap ketersediaan sarana prasarana",
         "key indicators' mean against facility availability"}},
       facilities_efficiency_table},
      {{"sakip",
        {"evaluasi SAKIP: komponen terhadap bobotnya, jumlah, predikat",
         "SAKIP evaluation: components against their weights, sum, predicate"}},
       sakip_table},
      {{"pohon-kinerja",
        {"pohon kinerja: setiap indikator di bawah indikator yang didukungnya, capaian",
         "performance tree: each indicator under the one it supports, capaian"}},
       tree_table},
  };
  return tables;
}

}  // namespace

const std::vector<TableInfo>& table_catalogue() {
  static const std::vector<TableInfo> catalogue = [] {
    std::vector<TableInfo> out;
    for (const RegisteredTable& table : registered_tables())
      out.push_back(table.info);
    return out;
  }();
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
  document.chart_axis_actual = L.actual;
  document.chart_axis_year = L.year;
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
  document.tables.reserve(registered_tables().size());
  for (const RegisteredTable& registered : registered_tables()) {
    Table table = registered.build(L, results, report);
    table.name = registered.info.name;
    document.tables.push_back(std::move(table));
  }
  if (rows == Rows::kHeld) {
    for (Table& table : document.tables)
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

std::optional<FigureNameParts> split_figure_name(std::string_view name) {
  const std::size_t first = name.find('/');
  const std::size_t last = name.rfind('/');
  if (first == std::string_view::npos || first == last) return std::nullopt;
  return FigureNameParts{name.substr(0, first), name.substr(first + 1, last - first - 1),
                         name.substr(last + 1)};
}

}  // namespace lkjip
