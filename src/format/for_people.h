// A number cell as people read it in the document's language: 2.696.606.251 and 97,09 (no
// grouping in percentages). Shared by the text, Markdown and HTML formatters. Internal.
#pragma once

#include <string>

#include "lkjip/report.h"

namespace lkjip {

inline std::string number_for_people(const Document& document, const Cell& cell, ColumnType type) {
  const char group = type == ColumnType::kPercent ? '\0' : document.group_separator;
  return cell.value.round_half_up(cell.decimals).render(document.decimal_mark, group);
}

}  // namespace lkjip
