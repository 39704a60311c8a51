// `lkjip explain`: how one figure of the tables was computed, in words and symbols, with every
// input and where it came from in the data file, the exact intermediate values and the rounding.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "lkjip/report.h"

namespace lkjip {

// A figure of a document found by its name ("table/row/column").
struct FigureRef {
  const Table* table = nullptr;
  const Row* row = nullptr;
  const Column* column = nullptr;
  const Cell* cell = nullptr;
};

// Every cell that holds a figure (a number, a rating, or a figure that cannot be computed).
std::vector<std::string> figure_names(const Document& document);
// Precondition: the document holds its rows (built with Rows::kHeld): the result points into them.
std::optional<FigureRef> find_figure(const Document& document, const std::string& name);

std::string format_explanation(const FigureRef& figure);

}  // namespace lkjip
