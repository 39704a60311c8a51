// The formatters: a document's tables into text, CSV or JSON. A formatter never computes; it
// only rounds each exact value at the precision its cell carries and lays it out.
#pragma once

#include <string>

#include "lkjip/report.h"

namespace lkjip {

// Aligned tables for people, in the document's number format (2.696.606.251, 97,09); with
// `color`, titles and totals in bold (ANSI).
std::string format_text(const Document& document, bool color = false);
// RFC 4180, one header row of column keys per table, `.` decimal mark, no grouping. Tables are
// separated by one empty line; select one with --table for a single-table file.
std::string format_csv(const Document& document);
// Exact figures (as fractions too) and the status of every figure.
std::string format_json(const Document& document);

}  // namespace lkjip
