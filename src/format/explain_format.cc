// Explanations of figures, in the tables' language: Indonesian or English.
#include <fmt/format.h>

#include <array>

#include "lkjip/catalogue.h"
#include "lkjip/engine.h"
#include "lkjip/error.h"
#include "lkjip/format.h"
#include "lkjip/labels.h"

namespace lkjip {
namespace {

constexpr int kExactDecimals = 12;  // a terminating value is shown exactly up to this
constexpr int kApproximateDecimals = 10;

// The words of an explanation, in both languages: this area's table of the catalogue.
enum class Word {
  kExactly,
  kGiven,
  kComputedBelow,
  kFixedValue,
  kExactResult,
  kRatingBand,
  kCannotBeComputed,
  kWhere,
  kRounded,
  kDefault,
  kLast = kDefault
};

constexpr std::array kWords = {
    Phrase{"tepat", "exactly"},
    Phrase{"nilai masukan", "given value"},
    Phrase{"dihitung, lihat di bawah", "computed, see below"},
    Phrase{"nilai tetap", "fixed value"},
    Phrase{"hasil tepat", "exact result"},
    Phrase{"Predikat: pita skala yang memuat nilai setelah dibulatkan ke 2 desimal seperti "
           "tercetak.",
           "Rating: the band of the scale that holds the score once rounded to 2 decimals as "
           "printed."},
    Phrase{"tidak dapat dihitung", "cannot be computed"},
    Phrase{"Tabel \"{0}\", baris {1}, kolom \"{2}\"", "Table \"{0}\", row {1}, column \"{2}\""},
    Phrase{"Dibulatkan setengah ke atas pada {0} desimal: {1}",
           "Rounded half-up at {0} decimals: {1}"},
    Phrase{"bawaan", "default"},
};
static_assert(kWords.size() == static_cast<std::size_t>(Word::kLast) + 1);

// How one explanation is written: its language and how that language writes numbers.
struct Speech {
  Language language;
  const SourceMap& sources;

  template <class... Args>
  std::string say(Word word, const Args&... args) const {
    return say_in(language, kWords[static_cast<std::size_t>(word)], args...);
  }
  char decimal_mark() const { return language == Language::kEnglish ? '.' : ','; }
  char group_separator() const { return language == Language::kEnglish ? ',' : '.'; }
  std::string decimal(std::string text) const {
    for (char& c : text) {
      if (c == '.') c = decimal_mark();
    }
    return text;
  }
};

// The exact value: a terminating decimal as it is, otherwise an approximation and the fraction.
// Digits grouped as the tables group them (231.450.000 in Indonesian, 231,450,000 in English).
std::string exact(const Rational& value, const Speech& speech) {
  if (const auto decimal = value.to_exact_decimal(kExactDecimals)) {
    const std::size_t point = decimal->find('.');
    const int decimals =
        point == std::string::npos ? 0 : static_cast<int>(decimal->size() - point - 1);
    return value.round_half_up(decimals).render(speech.decimal_mark(), speech.group_separator());
  }
  return "≈ " +
         value.round_half_up(kApproximateDecimals)
             .render(speech.decimal_mark(), speech.group_separator()) +
         "… (" + speech.say(Word::kExactly) + " " + value.to_fraction_string() + ")";
}

std::string describe_term(const Term& term, const Speech& speech) {
  std::string text = labels::role_text(term.role, speech.language);
  if (!term.subject.empty()) text += " " + term.subject;
  return text;
}

// Writes one trace and, indented below it, the traces of its computed terms.
// Where a given term comes from: its place in the data file, or the default it keeps.
std::string given_source(const Term& term, const Speech& speech) {
  if (term.source) return speech.sources.name(*term.source);
  return term.by_default ? speech.say(Word::kDefault) : "";
}

void explain_trace(std::string& out, const Trace& trace, const std::string& indent,
                   const Speech& speech) {
  if (trace.formula == Formula::kGiven) {
    const std::string source = trace.terms.empty() ? "" : given_source(trace.terms.front(), speech);
    out += fmt::format("{}{} = {}: {}, {}\n", indent, trace.subject, exact(trace.result, speech),
                       speech.say(Word::kGiven), source);
    return;
  }
  out += fmt::format("{}{}: {}\n", indent, trace.subject,
                     labels::formula_text(trace.formula, speech.language));
  std::size_t width = 0;
  for (const Term& term : trace.terms)
    width = std::max(width, term.symbol.size());
  for (const Term& term : trace.terms) {
    const std::string source = given_source(term, speech);
    const std::string origin = term.derivation  ? speech.say(Word::kComputedBelow)
                               : source.empty() ? speech.say(Word::kFixedValue)
                                                : source;
    out += fmt::format("{}  {:<{}} = {}  ({}; {})\n", indent, term.symbol, width,
                       exact(term.value, speech), describe_term(term, speech), origin);
  }
  out += fmt::format("{}  {}: {}\n", indent, speech.say(Word::kExactResult),
                     exact(trace.result, speech));
  for (const Term& term : trace.terms) {
    if (!term.derivation) continue;
    out += fmt::format("{}  {} ←\n", indent, term.symbol);
    explain_trace(out, *term.derivation, indent + "    ", speech);
  }
}

std::string band_text(const RatingBand& band, const Speech& speech) {
  return fmt::format("{}{} – {}{}", band.include_min ? "[" : "(",
                     speech.decimal(band.min.to_exact_decimal(kExactDecimals).value_or("?")),
                     speech.decimal(band.max.to_exact_decimal(kExactDecimals).value_or("?")),
                     band.include_max ? "]" : ")");
}

void explain_rating(std::string& out, const Cell& cell, const Speech& speech) {
  out += speech.say(Word::kRatingBand) + '\n';
  for (const RatingBand& band : *cell.scale) {
    out += fmt::format("  {} {:<12} {}\n", band.label == cell.text ? "→" : " ",
                       band_text(band, speech), band.label);
  }
}

}  // namespace

std::string format_explanation(const FigureRef& figure, const SourceMap& sources,
                               Language language) {
  const Speech speech{language, sources};
  const Cell& cell = *figure.cell;
  std::string out = figure_name(*figure.table, *figure.row, *figure.column);
  switch (cell.state) {
    case Cell::State::kNumber:
      out += " = " + cell.value.round_half_up(cell.decimals)
                         .render(speech.decimal_mark(), speech.group_separator());
      break;
    case Cell::State::kText:
      out += " = " + cell.text;
      break;
    case Cell::State::kUnavailable:
      out += ": " + speech.say(Word::kCannotBeComputed) + ": " + cell.text;
      break;
    case Cell::State::kEmpty:
      break;
  }
  out += "\n" +
         speech.say(Word::kWhere, figure.table->title, figure.row->key, figure.column->label) +
         "\n\n";
  if (cell.state == Cell::State::kUnavailable) return printable(out, Kept::kLines);
  if (cell.scale != nullptr) explain_rating(out, cell, speech);
  if (cell.trace) explain_trace(out, *cell.trace, "", speech);
  if (cell.state == Cell::State::kNumber) {
    out += "\n" +
           speech.say(Word::kRounded, cell.decimals,
                      cell.value.round_half_up(cell.decimals)
                          .render(speech.decimal_mark(), speech.group_separator())) +
           "\n";
  }
  // Names and sources come from the data and the file system: shown as printable() shows them.
  return printable(out, Kept::kLines);
}

}  // namespace lkjip
