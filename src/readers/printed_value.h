// A printed figure's value as both readers take it: a number (JSON number, numeric cell), or a
// text that is the report's own notation of a number ("95,30", "Rp 2.696.606.251", "100%") or
// words (a rating, a predicate); and the precision stated beside it ("decimals", Desimal).
#pragma once

#include <string>
#include <string_view>

#include "lkjip/language.h"
#include "lkjip/model.h"

namespace lkjip {

// Reads a printed value given as text into `figure`: a number by the report's grammar
// (read_printed_text in number_text.h) into figure.number, words into figure.text. Returns the
// problem with the text (one that looks like a number but is not one), or an empty string.
Text read_printed_value_text(std::string_view text, PrintedFigure& figure);

// Once the value and the stated decimals (figure.decimals) are both read, in whichever order the
// file gives them: the precision the figure is checked at. `value_text`: the text the number was
// read from, empty when it was written as a number.
//  - From text: the text's decimals are the precision, and figure.decimals states them; stated
//    decimals that differ are a problem.
//  - A number with stated decimals: the number shows them (95.3 with 2 is 95,30); a number
//    written with more decimals than stated is a problem.
//  - A number alone keeps the decimals it is written with.
// Returns the problem with the stated decimals, or an empty string. Decimals beside words are
// validate()'s to refuse.
Text settle_printed_decimals(PrintedFigure& figure, std::string_view value_text);

}  // namespace lkjip
