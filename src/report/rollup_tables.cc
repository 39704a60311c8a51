// Tables of the roll-up across units and of one unit across years.
#include <fmt/format.h>

#include <algorithm>
#include <memory>
#include <numeric>

#include "cells.h"
#include "lkjip/error.h"
#include "lkjip/labels.h"
#include "lkjip/rollup_report.h"
#include "tables.h"

namespace lkjip {
namespace {

using namespace cells;

// A row key without "/", which separates the parts of a figure's name.
std::string unit_key(const UnitSummary& unit) {
  std::string key = unit.unit_name + " " + std::to_string(unit.year);
  std::replace(key.begin(), key.end(), '/', '-');
  return key;
}

}  // namespace

Document build_rollup_document(RollupResult rollup, Language language) {
  const Labels& L = labels_for(language);
  Document document = framed_document(L, L.rollup_heading);
  if (!rollup.units.empty()) {
    document.unit_name = rollup.units.front().unit_name;
    document.region = rollup.units.front().region;
    document.year = rollup.units.front().year;
  }
  Table table{"rekap", L.title_rollup, {}, {}};
  table.columns = {text_column("rank", L.rank),
                   text_column("unit", L.unit_name),
                   text_column("region", L.region),
                   text_column("year", L.year),
                   percent_column("capaian", L.capaian),
                   percent_column("score", L.score),
                   text_column("rating", L.rating),
                   rupiah_column("pagu", L.pagu),
                   rupiah_column("spending", L.spending),
                   percent_column("absorption", L.absorption),
                   percent_column("efficiency", L.gap_score),
                   percent_column("efficiency_raw", L.gap_raw)};
  // The rows are produced as they are written, from the summaries the table owns: for tens of
  // thousands of units, no table of cells is ever held.
  const auto owned = std::make_shared<const RollupResult>(std::move(rollup));
  table.produce = [&L, owned](const RowVisitor& emit) {
    const RollupResult& result = *owned;
    for (std::size_t index : result.order) {
      const UnitSummary& unit = result.units[index];
      emit(Row{
          unit_key(unit),
          {result.rank[index] ? Cell::of_text(std::to_string(*result.rank[index])) : Cell::empty(),
           Cell::of_text(unit.unit_name), Cell::of_text(unit.region),
           Cell::of_text(std::to_string(unit.year)), percent(L, unit.mean_capaian),
           percent(L, unit.mean_score),
           unit.rating.empty() ? Cell::empty() : Cell::of_text(unit.rating), rupiah(L, unit.pagu),
           rupiah(L, unit.spending), percent(L, unit.absorption), percent(L, unit.gap_from_score),
           percent(L, unit.gap_from_raw)},
          false});
    }
    emit(Row{
        "total",
        {Cell::empty(), Cell::of_text(L.mean_of_units), Cell::empty(), Cell::empty(), Cell::empty(),
         percent(L, result.mean_score), Cell::empty(), rupiah(L, result.pagu),
         rupiah(L, result.spending), percent(L, result.absorption), Cell::empty(), Cell::empty()},
        true});
  };
  document.tables.push_back(std::move(table));
  return document;
}

std::string mixed_years_warning(const std::vector<UnitSummary>& units, Language language) {
  const std::vector<UnitsOfYear> years = years_of(units);
  if (years.size() < 2) return "";
  const Labels& L = labels_for(language);
  constexpr std::size_t kFilesNamed = 3;
  std::string list;
  for (const UnitsOfYear& year : years) {
    if (!list.empty()) list += "; ";
    list += std::to_string(year.year) + " (";
    for (std::size_t i = 0; i < year.units.size() && i < kFilesNamed; ++i) {
      if (i > 0) list += ", ";
      list += printable(units[year.units[i]].file);
    }
    if (year.units.size() > kFilesNamed) {
      const std::size_t more = year.units.size() - kFilesNamed;
      list += " " + fmt::vformat(L.and_more, fmt::make_format_args(more));
    }
    list += ")";
  }
  const std::size_t count = years.size();
  return fmt::vformat(L.mixed_years, fmt::make_format_args(count, list));
}

Document build_years_document(const UnitAcrossYears& years, const std::string& unit_name,
                              const std::string& region, Language language) {
  const Labels& L = labels_for(language);
  Document document = framed_document(L, "LKjIP " + unit_name + ", " + region);
  document.unit_name = unit_name;
  document.region = region;
  document.year = years.years.empty() ? 0 : years.years.back();

  Table indicators{"tren-tahunan", L.title_years, {}, {}};
  indicators.columns = {text_column("code", L.code), text_column("indicator", L.indicator),
                        text_column("unit", L.unit)};
  for (int year : years.years) {
    const std::string y = std::to_string(year);
    indicators.columns.push_back(number_column("actual_" + y, std::string(L.actual) + " " + y));
    indicators.columns.push_back(percent_column("capaian_" + y, std::string(L.capaian) + " " + y));
  }
  for (std::size_t i = 0; i + 1 < years.years.size(); ++i) {
    const std::string from = std::to_string(years.years[i]);
    const std::string to = std::to_string(years.years[i + 1]);
    indicators.columns.push_back(number_column("change_" + from + "_" + to, from + "→" + to));
  }
  for (const IndicatorAcrossYears& row : years.indicators) {
    std::vector<Cell> cells = {Cell::of_text(row.id), Cell::of_text(row.name),
                               Cell::of_text(row.unit)};
    for (std::size_t y = 0; y < years.years.size(); ++y) {
      cells.push_back(number(L, row.actuals[y], row.decimals));
      cells.push_back(percent(L, row.capaians[y]));
    }
    for (const Figure& change : row.changes)
      cells.push_back(number(L, change, row.decimals));
    indicators.rows.push_back(Row{row.id, std::move(cells), false});
  }
  document.tables.push_back(std::move(indicators));

  Table unit{"tren-unit", L.title_unit_years, {}, {}};
  unit.columns = {text_column("year", L.year), percent_column("score", L.score),
                  percent_column("absorption", L.absorption)};
  for (std::size_t y = 0; y < years.years.size(); ++y) {
    const std::string year = std::to_string(years.years[y]);
    unit.rows.push_back(Row{
        year,
        {Cell::of_text(year), percent(L, years.mean_scores[y]), percent(L, years.absorptions[y])},
        false});
  }
  document.tables.push_back(std::move(unit));
  return document;
}

}  // namespace lkjip
