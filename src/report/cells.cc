#include "cells.h"

#include <algorithm>

#include "lkjip/labels.h"

namespace lkjip::cells {

Column text_column(std::string key, std::string label) {
  return Column{std::move(key), std::move(label), ColumnType::kText};
}
Column number_column(std::string key, std::string label) {
  return Column{std::move(key), std::move(label), ColumnType::kNumber};
}
Column percent_column(std::string key, std::string label) {
  return Column{std::move(key), std::move(label), ColumnType::kPercent};
}
Column rupiah_column(std::string key, std::string label) {
  return Column{std::move(key), std::move(label), ColumnType::kRupiah};
}

Cell percent(const Labels& L, const Figure& figure) {
  return number(L, figure, kPercentDecimals);
}

Cell rupiah(const Labels& L, const Money& money) {
  if (!money.ok())
    return Cell::unavailable(L.explain(money.why()), reason_code(money.why().reason));
  return Cell::number(to_rational(money.value()), 0, money.trace());
}

Cell number(const Labels& L, const Figure& figure, int decimals) {
  if (!figure.ok())
    return Cell::unavailable(L.explain(figure.why()), reason_code(figure.why().reason));
  return Cell::number(figure.value(), decimals, figure.trace());
}

Cell rating(const Labels& L, const RatingBand* band, const Figure& score,
            const std::vector<RatingBand>& scale) {
  if (!score.ok())
    return Cell::unavailable(L.explain(score.why()), reason_code(score.why().reason));
  if (band == nullptr) return Cell::unavailable(L.out_of_scale, "out-of-scale");
  Cell cell = Cell::of_text(band->label);
  cell.trace = score.trace();
  cell.scale = &scale;
  return cell;
}

Cell ordinal(std::size_t index) {
  return Cell::of_text(std::to_string(index + 1));
}

std::vector<Cell> concat(std::vector<Cell> head, const std::vector<Cell>& tail) {
  head.insert(head.end(), tail.begin(), tail.end());
  return head;
}

std::vector<Column> concat(std::vector<Column> head, const std::vector<Column>& tail) {
  head.insert(head.end(), tail.begin(), tail.end());
  return head;
}

int decimals_of(const OptionalQuantity& quantity) {
  return quantity ? quantity->decimals : kPercentDecimals;
}

int computed_decimals(const Indicator& indicator) {
  const IndicatorDetails& details = details_of(indicator);
  if (details.decimals) return *details.decimals;
  if (details.periods.empty() || details.period_rule == PeriodRule::kMean) return kPercentDecimals;
  // A sum, the last, the best or the worst period is exact at the periods' own precision.
  int decimals = 0;
  for (const PeriodFigures& period : details.periods) {
    if (period.actual) decimals = std::max(decimals, period.actual->decimals);
    if (period.target) decimals = std::max(decimals, period.target->decimals);
  }
  return decimals;
}

int indicator_decimals(const Indicator& indicator, const OptionalQuantity& given) {
  return given ? given->decimals : computed_decimals(indicator);
}

namespace {

// A bound of a range as written, in the language's way of writing numbers.
std::string written(const Labels& L, const Quantity& quantity) {
  return quantity.value.round_half_up(quantity.decimals).render(L.decimal_mark, L.group_separator);
}

// A category, with the trace of its value (explain shows the value it stands for).
Cell category_cell(const Labels& L, const std::string& category, const Figure& value) {
  if (!value.ok())
    return Cell::unavailable(L.explain(value.why()), reason_code(value.why().reason));
  Cell cell = Cell::of_text(category);
  cell.trace = value.trace();
  cell.category = true;
  return cell;
}

}  // namespace

Cell target_cell(const Labels& L, const Indicator& indicator, const Figure& target) {
  const IndicatorDetails& details = details_of(indicator);
  if (details.target_range) {
    return Cell::of_text(written(L, details.target_range->min) + "–" +
                         written(L, details.target_range->max));
  }
  if (details.qualitative) return category_cell(L, details.qualitative->target, target);
  return number(L, target, indicator_decimals(indicator, indicator.target));
}

Cell actual_cell(const Labels& L, const Indicator& indicator, const Figure& actual) {
  const IndicatorDetails& details = details_of(indicator);
  if (details.qualitative) return category_cell(L, details.qualitative->actual, actual);
  return number(L, actual, indicator_decimals(indicator, indicator.actual));
}

}  // namespace lkjip::cells
