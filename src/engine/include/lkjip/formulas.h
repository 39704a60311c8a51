// Every formula of the engine declared once: the symbols of its terms, its wording in Indonesian
// and in English, and its spreadsheet formula. The engine names the terms of its traces from
// here; `lkjip explain` and `check` word a formula from here (labels::formula_text) and the xlsx
// output writes it from here (sheet_formula), so that none of them can say another formula than
// the one computed.
#pragma once

#include <cstddef>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "lkjip/trace.h"

namespace lkjip {

struct FormulaDeclaration {
  Formula formula;
  // The symbols of the terms, in the order of the trace's terms: {"T", "R"}.
  std::vector<std::string_view> symbols;
  // An n-ary formula's parts, after those terms: the stems of the terms of one part, numbered by
  // their part. {"w", "x"} names the terms w1, x1, w2, x2, … wn, xn.
  std::vector<std::string_view> part_symbols;
  // The formula in words, each symbol a placeholder in braces ("capaian = {R} / {T} × 100"); a
  // part's stem stands for the parts ("{v}1 + … + {v}n").
  std::string_view indonesian;
  std::string_view english;
  // The spreadsheet formula: {S} the cell of the term S; [BODY|SEP] BODY once for every part,
  // its stems the cells of that part's terms, joined by SEP; {n} the number of parts. Empty for a
  // given value, which is no formula.
  std::string_view sheet;
};

// One declaration per formula, in the order of the enum, from Formula::kGiven to kLastFormula.
const std::vector<FormulaDeclaration>& formula_declarations();
const FormulaDeclaration& declaration(Formula formula);

// Whether a trace of the formula may hold `count` terms: its declared symbols, then whole parts.
bool fits(const FormulaDeclaration& declaration, std::size_t count);

// The symbol of the term at `index` of a trace of the formula: the declared symbols in order,
// then the parts' ("x1", "x2" …). Throws std::logic_error past the declared symbols of a formula
// without parts.
std::string symbol_of(const FormulaDeclaration& declaration, std::size_t index);

// A wording of the declaration with its placeholders replaced by the symbols they name. Throws
// std::logic_error for a placeholder that names no symbol of the declaration.
std::string fill(std::string_view wording, const FormulaDeclaration& declaration);

// The spreadsheet formula of a computed figure ("=F2/E2*100"): its formula's template over the
// cells of its terms, as `cell_of` writes each (a reference, or the value itself). Empty for a
// given value. Throws std::logic_error when the trace's terms are not the formula's.
std::string sheet_formula(const Trace& trace,
                          const std::function<std::string(const Term&)>& cell_of);

// The same, rounded half up at the decimals the figure is printed with ("=ROUND(F2/E2*100,2)"),
// so that a spreadsheet shows the printed figure: its display does not round a binary 97,16499…
// up to lkjip's 97,17 as its ROUND does. Empty for a given value.
std::string rounded_sheet_formula(const Trace& trace,
                                  const std::function<std::string(const Term&)>& cell_of,
                                  int decimals);

// Whether the formula's spreadsheet template reads the term at `index` of its traces only as
// ROUND({S},decimals), or not at all: then that term's cell may hold its figure rounded at those
// decimals without changing this formula's value.
bool reads_rounded(const FormulaDeclaration& declaration, std::size_t index, int decimals);

}  // namespace lkjip
