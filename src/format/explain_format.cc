// Explanations of figures, in Indonesian like the tables.
#include <fmt/format.h>

#include "lkjip/engine.h"
#include "lkjip/format.h"
#include "lkjip/labels.h"

namespace lkjip {
namespace {

constexpr int kExactDecimals = 12;  // a terminating value is shown exactly up to this
constexpr int kApproximateDecimals = 10;

std::string indonesian(std::string text) {
  for (char& c : text) {
    if (c == '.') c = ',';
  }
  return text;
}

// The exact value: a terminating decimal as it is, otherwise an approximation and the fraction.
std::string exact(const Rational& value) {
  if (const auto decimal = value.to_exact_decimal(kExactDecimals)) return indonesian(*decimal);
  return "≈ " + indonesian(value.round_half_up(kApproximateDecimals).render('.', '\0')) +
         "… (tepat " + value.to_fraction_string() + ")";
}

std::string describe_term(const Term& term) {
  std::string text = labels::role_text(term.role);
  if (!term.subject.empty()) text += " " + term.subject;
  return text;
}

// Writes one trace and, indented below it, the traces of its computed terms.
// Where a given term comes from: its place in the data file, or the default it keeps.
std::string given_source(const Term& term, const SourceMap& sources) {
  if (term.source) return sources.name(*term.source);
  return term.by_default ? "default" : "";
}

void explain_trace(std::string& out, const Trace& trace, const std::string& indent,
                   const SourceMap& sources) {
  if (trace.formula == Formula::kGiven) {
    const std::string source =
        trace.terms.empty() ? "" : given_source(trace.terms.front(), sources);
    out += fmt::format("{}{} = {}: nilai masukan, {}\n", indent, trace.subject, exact(trace.result),
                       source);
    return;
  }
  out += fmt::format("{}{}: {}\n", indent, trace.subject, labels::formula_text(trace.formula));
  std::size_t width = 0;
  for (const Term& term : trace.terms)
    width = std::max(width, term.symbol.size());
  for (const Term& term : trace.terms) {
    const std::string source = given_source(term, sources);
    const std::string origin = term.derivation  ? "dihitung, lihat di bawah"
                               : source.empty() ? "nilai tetap"
                                                : source;
    out += fmt::format("{}  {:<{}} = {}  ({}; {})\n", indent, term.symbol, width, exact(term.value),
                       describe_term(term), origin);
  }
  out += fmt::format("{}  hasil tepat: {}\n", indent, exact(trace.result));
  for (const Term& term : trace.terms) {
    if (!term.derivation) continue;
    out += fmt::format("{}  {} ←\n", indent, term.symbol);
    explain_trace(out, *term.derivation, indent + "    ", sources);
  }
}

std::string band_text(const RatingBand& band) {
  return fmt::format("{}{} – {}{}", band.include_min ? "[" : "(",
                     indonesian(band.min.to_exact_decimal(kExactDecimals).value_or("?")),
                     indonesian(band.max.to_exact_decimal(kExactDecimals).value_or("?")),
                     band.include_max ? "]" : ")");
}

void explain_rating(std::string& out, const Cell& cell) {
  out +=
      "Predikat: pita skala yang memuat nilai setelah dibulatkan ke 2 desimal seperti "
      "tercetak.\n";
  for (const RatingBand& band : *cell.scale) {
    out += fmt::format("  {} {:<12} {}\n", band.label == cell.text ? "→" : " ", band_text(band),
                       band.label);
  }
}

}  // namespace

std::string format_explanation(const FigureRef& figure, const SourceMap& sources) {
  const Cell& cell = *figure.cell;
  std::string out = figure_name(*figure.table, *figure.row, *figure.column);
  switch (cell.state) {
    case Cell::State::kNumber:
      out += " = " + cell.value.round_half_up(cell.decimals).render(',', '.');
      break;
    case Cell::State::kText:
      out += " = " + cell.text;
      break;
    case Cell::State::kUnavailable:
      out += ": tidak dapat dihitung: " + cell.text;
      break;
    case Cell::State::kEmpty:
      break;
  }
  out += fmt::format("\nTabel \"{}\", baris {}, kolom \"{}\"\n\n", figure.table->title,
                     figure.row->key, figure.column->label);
  if (cell.state == Cell::State::kUnavailable) return out;
  if (cell.scale != nullptr) explain_rating(out, cell);
  if (cell.trace) explain_trace(out, *cell.trace, "", sources);
  if (cell.state == Cell::State::kNumber) {
    out += fmt::format("\nDibulatkan setengah ke atas pada {} desimal: {}\n", cell.decimals,
                       cell.value.round_half_up(cell.decimals).render(',', '.'));
  }
  return out;
}

}  // namespace lkjip
