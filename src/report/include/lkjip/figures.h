// The figures of a document by name ("table/row/column"): what `lkjip explain` and `lkjip check`
// look up.
#pragma once

#include <functional>
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

// Every cell that holds a figure (a number, a rating, or a figure that cannot be computed), of
// the tables `compute` prints unless asked (a table without data is left out; its figures are
// still found by name).
std::vector<std::string> figure_names(const Document& document);
// The same names one by one, none kept (`explain --list` of 10^6 programs).
void for_each_figure_name(const Document& document,
                          const std::function<void(const std::string& name)>& take);
// Precondition: the document holds its rows (built with Rows::kHeld): the result points into them.
std::optional<FigureRef> find_figure(const Document& document, const std::string& name);

}  // namespace lkjip
