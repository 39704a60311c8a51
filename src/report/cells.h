// Building blocks of the tables: columns and cells from figures. Internal to the report.
#pragma once

#include <string>
#include <vector>

#include "lkjip/engine.h"
#include "lkjip/labels.h"
#include "lkjip/report.h"

namespace lkjip::cells {

Column text_column(std::string key, std::string label);
Column number_column(std::string key, std::string label);
Column percent_column(std::string key, std::string label);
Column rupiah_column(std::string key, std::string label);

Cell percent(const Labels& L, const Figure& figure);
Cell rupiah(const Labels& L, const Money& money);
// A figure printed with the given number of decimals (a count, an indicator value).
Cell number(const Labels& L, const Figure& figure, int decimals);
Cell rating(const Labels& L, const RatingBand* band, const Figure& score,
            const std::vector<RatingBand>& scale);
Cell ordinal(std::size_t index);

std::vector<Cell> concat(std::vector<Cell> head, const std::vector<Cell>& tail);
std::vector<Column> concat(std::vector<Column> head, const std::vector<Column>& tail);

// The decimals a value is shown with: as written in the file, or 2 when computed.
int decimals_of(const OptionalQuantity& quantity);
// The decimals an indicator's figure computed from its inputs (from periods, counts,
// components) is shown with: its own precision when it states one; else a sum, last, best or
// worst period's at the periods' precision; else 2.
int computed_decimals(const Indicator& indicator);
// The decimals of an indicator's target or actual: as written when the file gives it (`given`),
// else computed_decimals().
int indicator_decimals(const Indicator& indicator, const OptionalQuantity& given);

// An indicator's target as the report prints it: a number, a range ("80–90") or a category.
Cell target_cell(const Labels& L, const Indicator& indicator, const Figure& target);
// Its actual: a number, or a category.
Cell actual_cell(const Labels& L, const Indicator& indicator, const Figure& actual);

}  // namespace lkjip::cells
