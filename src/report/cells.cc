#include "cells.h"

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
  if (!money.ok()) return Cell::unavailable(L.explain(money.why()));
  return Cell::number(to_rational(money.value()), 0, money.trace());
}

Cell number(const Labels& L, const Figure& figure, int decimals) {
  if (!figure.ok()) return Cell::unavailable(L.explain(figure.why()));
  return Cell::number(figure.value(), decimals, figure.trace());
}

Cell rating(const Labels& L, const RatingBand* band, const Figure& score,
            const std::vector<RatingBand>& scale) {
  if (!score.ok()) return Cell::unavailable(L.explain(score.why()));
  if (band == nullptr) return Cell::unavailable(L.out_of_scale);
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

int decimals_of(const std::optional<Quantity>& quantity) {
  return quantity ? quantity->decimals : kPercentDecimals;
}

}  // namespace lkjip::cells
