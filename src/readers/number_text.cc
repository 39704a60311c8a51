#include "number_text.h"

#include <algorithm>
#include <cstddef>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <variant>
#include <vector>

#include "reader_messages.h"

// How a text is read, in order:
//  1. Trim blanks: ASCII space, tab, CR, LF, no-break space U+00A0, figure space U+2007, thin
//     space U+2009, narrow no-break space U+202F.
//  2. Peel the decorations, each with optional blanks between it and the digits: a sign ("-",
//     the minus sign U+2212, "+"); a currency prefix "Rp", "Rp." or "IDR" in any case, with the
//     sign before or after it; a trailing "%"; a trailing ",-" or ".-" ("no sen"). The prefix and
//     ",-" are allowed only for rupiah, "%" only for decimals (the value stays the percent
//     figure: "95%" is 95), a sign not for counts and years.
//  3. Split the rest into digit runs separated by single marks: ".", ",", or a space (any of the
//     spaces above but tab and line breaks). Anything else is refused; "1e5" is refused as
//     scientific notation, which may have lost digits.
//  4. Decide which mark is the decimal mark (see lay_out): ambiguous text is refused, never
//     guessed. Groups of thousands must be a first group of 1 to 3 digits not starting with 0,
//     then groups of exactly 3.
//  5. Apply the project's limits (18 digits before the decimal mark, 12 after) and the column's
//     rules: rupiah are whole and not negative, counts and years whole; zero decimals
//     ("1.000,00") are dropped in those columns, kept as written in decimals ("73,50" is 73.50).
//     Leading zeros and the sign of zero are dropped.
namespace lkjip {
namespace {

constexpr std::size_t kMaxEcho = 60;

constexpr char32_t kNoBreakSpace = U'\u00A0';
constexpr char32_t kFigureSpace = U'\u2007';
constexpr char32_t kThinSpace = U'\u2009';
constexpr char32_t kNarrowNoBreakSpace = U'\u202F';
constexpr char32_t kMinusSign = U'\u2212';
constexpr char32_t kEnDash = U'\u2013';
constexpr char32_t kEmDash = U'\u2014';
constexpr char32_t kReplacement = U'\uFFFD';

// ---- Characters --------------------------------------------------------------------------------

// One character of the text: its code point and its bytes as written.
struct Char {
  char32_t code;
  std::string_view written;
};
using Chars = std::span<const Char>;

std::size_t utf8_length(unsigned char lead) {
  if (lead < 0x80) return 1;
  if ((lead & 0xE0) == 0xC0) return 2;
  if ((lead & 0xF0) == 0xE0) return 3;
  if ((lead & 0xF8) == 0xF0) return 4;
  return 0;
}

// A byte that does not start a valid, shortest-form UTF-8 sequence is read alone as U+FFFD.
Char first_char(std::string_view text) {
  const auto lead = static_cast<unsigned char>(text[0]);
  const std::size_t length = utf8_length(lead);
  const Char invalid{kReplacement, text.substr(0, 1)};
  if (length == 0 || length > text.size()) return invalid;
  char32_t code = lead & (0xFFu >> (length == 1 ? 0 : length + 1));
  for (std::size_t i = 1; i < length; ++i) {
    const auto next = static_cast<unsigned char>(text[i]);
    if ((next & 0xC0) != 0x80) return invalid;
    code = (code << 6) | (next & 0x3Fu);
  }
  constexpr char32_t kShortest[] = {0, 0, 0x80, 0x800, 0x10000};
  if (code < kShortest[length] || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF)) {
    return invalid;
  }
  return {code, text.substr(0, length)};
}

std::vector<Char> decode(std::string_view text) {
  std::vector<Char> chars;
  while (!text.empty()) {
    chars.push_back(first_char(text));
    text.remove_prefix(chars.back().written.size());
  }
  return chars;
}

// The characters are consecutive in the text, so their bytes are one piece of it.
std::string_view written(Chars chars) {
  if (chars.empty()) return {};
  const char* begin = chars.front().written.data();
  const char* end = chars.back().written.data() + chars.back().written.size();
  return {begin, static_cast<std::size_t>(end - begin)};
}

bool is_digit(char32_t code) {
  return code >= U'0' && code <= U'9';
}

// Spaces that may group thousands ("1 234"), as spreadsheets format them.
bool is_group_space(char32_t code) {
  return code == U' ' || code == kNoBreakSpace || code == kFigureSpace || code == kThinSpace ||
         code == kNarrowNoBreakSpace;
}

// Trimmed around the text; tabs and line breaks come with text pasted into a cell.
bool is_blank(char32_t code) {
  return is_group_space(code) || code == U'\t' || code == U'\n' || code == U'\r';
}

Chars without_leading_blanks(Chars chars) {
  while (!chars.empty() && is_blank(chars.front().code))
    chars = chars.subspan(1);
  return chars;
}

Chars without_trailing_blanks(Chars chars) {
  while (!chars.empty() && is_blank(chars.back().code))
    chars = chars.first(chars.size() - 1);
  return chars;
}

bool starts_with_ignoring_case(Chars chars, std::string_view lower) {
  if (chars.size() < lower.size()) return false;
  for (std::size_t i = 0; i < lower.size(); ++i) {
    const char32_t code = chars[i].code;
    const char32_t lowered = code >= U'A' && code <= U'Z' ? code - U'A' + U'a' : code;
    if (lowered != static_cast<char32_t>(lower[i])) return false;
  }
  return true;
}

std::string code_point_name(char32_t code) {
  constexpr std::string_view kHex = "0123456789ABCDEF";
  std::string hex;
  for (; code != 0 || hex.size() < 4; code >>= 4)
    hex.insert(hex.begin(), kHex[code & 0xF]);
  return "U+" + hex;
}

bool is_printable_ascii(char32_t code) {
  return code >= 0x20 && code < 0x7F;
}

// Control characters and invalid bytes echoed as escapes, so that a message stays one line.
std::string shown(const Char& c) {
  if (c.code >= 0x20 && c.code != 0x7F && c.code != kReplacement) return std::string(c.written);
  constexpr std::string_view kHex = "0123456789ABCDEF";
  std::string out;
  for (const char byte : c.written) {
    const auto value = static_cast<unsigned char>(byte);
    out += "\\x";
    out += kHex[value >> 4];
    out += kHex[value & 0xF];
  }
  return out;
}

// The text as echoed in a message: quoted, at most kMaxEcho bytes, never cutting a character.
std::string quoted(Chars chars) {
  std::string out = "\"";
  std::size_t bytes = 0;
  for (const Char& c : chars) {
    bytes += c.written.size();
    if (bytes > kMaxEcho) {
      out += "...";
      break;
    }
    out += shown(c);
  }
  return out + "\"";
}

// `"o"` for an ASCII character, `"–" (U+2013)` for another.
Text described(const Char& c) {
  if (is_printable_ascii(c.code)) return verbatim("\"" + std::string(c.written) + "\"");
  if (c.code == kReplacement && c.written.size() == 1)
    return say(ReaderMessage::kTheByte, shown(c));
  if (c.code < 0x20 || c.code == 0x7F) return verbatim(code_point_name(c.code));
  return verbatim("\"" + std::string(c.written) + "\" (" + code_point_name(c.code) + ")");
}

// ---- Digits ------------------------------------------------------------------------------------

bool all_zeros(std::string_view digits) {
  return std::all_of(digits.begin(), digits.end(), [](char digit) { return digit == '0'; });
}

std::string plus_one(std::string digits) {
  for (auto it = digits.rbegin(); it != digits.rend(); ++it) {
    if (*it != '9') {
      ++*it;
      return digits;
    }
    *it = '0';
  }
  return "1" + digits;
}

std::string without_leading_zeros(std::string_view digits) {
  const auto first = digits.find_first_not_of('0');
  if (first == std::string_view::npos) return "0";
  return std::string(digits.substr(first));
}

Text join(const std::vector<Text>& parts, std::string_view separator) {
  Text out;
  for (const Text& part : parts) {
    if (!out.english.empty()) out = joined(out, verbatim(std::string(separator)));
    out = joined(out, part);
  }
  return out;
}

// ---- Column wording ----------------------------------------------------------------------------

// The words for a column of each kind: what it holds, how to write it in a cell, how to group
// its thousands, how to write it in JSON.
Text for_column(NumberColumn column, ReaderMessage decimal, ReaderMessage rupiah,
                ReaderMessage whole) {
  switch (column) {
    case NumberColumn::kDecimal:
      return say(decimal);
    case NumberColumn::kRupiah:
      return say(rupiah);
    case NumberColumn::kWhole:
      break;
  }
  return say(whole);
}

Text column_holds(NumberColumn column) {
  return for_column(column, ReaderMessage::kHoldsDecimal, ReaderMessage::kHoldsRupiah,
                    ReaderMessage::kHoldsWhole);
}

Text not_negative(NumberColumn column) {
  return say(column == NumberColumn::kRupiah ? ReaderMessage::kBudgetNotNegative
                                             : ReaderMessage::kCountNotNegative);
}

Text how_to_write(NumberColumn column) {
  return for_column(column, ReaderMessage::kWriteDecimal, ReaderMessage::kWriteRupiah,
                    ReaderMessage::kWriteWhole);
}

Text how_to_group(NumberColumn column) {
  return for_column(column, ReaderMessage::kGroupDecimal, ReaderMessage::kGroupRupiah,
                    ReaderMessage::kGroupWhole);
}

Text json_form(NumberColumn column) {
  return for_column(column, ReaderMessage::kJsonDecimal, ReaderMessage::kJsonRupiah,
                    ReaderMessage::kJsonWhole);
}

// ---- Reading -----------------------------------------------------------------------------------

enum class Sign { kNone, kMinus, kUnicodeMinus, kPlus };
enum class Mark { kDot, kComma, kSpace };

std::optional<Mark> mark_of(char32_t code) {
  if (code == U'.') return Mark::kDot;
  if (code == U',') return Mark::kComma;
  if (is_group_space(code)) return Mark::kSpace;
  return std::nullopt;
}

Text mark_name(Mark mark) {
  switch (mark) {
    case Mark::kDot:
      return verbatim("\".\"");
    case Mark::kComma:
      return verbatim("\",\"");
    case Mark::kSpace:
      break;
  }
  return say(ReaderMessage::kSpaces);
}

// What surrounds the digits, as written.
struct Decorations {
  Sign sign = Sign::kNone;
  std::string currency;  // "Rp", "Rp.", "IDR" in any case
  bool percent = false;
  std::string no_sen;  // ",-" or ".-" after an amount of rupiah
};

// Digit runs separated by single marks: runs.size() == marks.size() + 1.
struct Body {
  std::vector<std::string> runs;
  std::vector<Mark> marks;
};

// Which marks group thousands, and whether the last mark is the decimal mark.
struct Layout {
  bool last_is_decimal = false;
  std::optional<Mark> grouping;
};

struct Problem {
  Text message;    // for a spreadsheet cell
  Text json_hint;  // for a JSON string; empty when it is not a number at all
};

// What was read, with what is needed to explain it.
struct Understood {
  std::string decimal;
  Text understood;
  Text json_hint;
};

// Thrown by TextReader's refusals, caught by read().
struct Refused {
  Problem problem;
};

class TextReader {
 public:
  TextReader(std::string_view text, NumberColumn column)
      : chars_(decode(text)),
        text_(without_trailing_blanks(without_leading_blanks(chars_))),
        echo_(quoted(text_)),
        column_(column) {}

  std::variant<Understood, Problem> read() {
    try {
      return understand();
    } catch (const Refused& refused) {
      return refused.problem;
    }
  }

 private:
  Understood understand() {
    const Body parts = split(take_decorations(text_));
    check_decorations_fit_column();
    if (column_ == NumberColumn::kWhole && decorations_.sign != Sign::kNone) refuse_sign();
    layout_ = lay_out(parts);
    check_groups(parts);
    take_digits(parts);
    check_limits();
    apply_column_rules();
    return {canonical(), understood(), json_hint()};
  }

  // ---- Decorations ----

  Chars take_decorations(Chars text) {
    text = take_sign(text);
    text = take_currency(text);
    if (decorations_.sign == Sign::kNone) text = take_sign(text);  // "Rp -1.000"
    text = take_percent(text);
    return take_no_sen(text);
  }

  Chars take_sign(Chars text) {
    if (text.empty()) return text;
    const char32_t code = text.front().code;
    if (code == U'-') {
      decorations_.sign = Sign::kMinus;
    } else if (code == kMinusSign) {
      decorations_.sign = Sign::kUnicodeMinus;
    } else if (code == U'+') {
      decorations_.sign = Sign::kPlus;
    } else {
      return text;
    }
    return without_leading_blanks(text.subspan(1));
  }

  Chars take_currency(Chars text) {
    for (const std::string_view prefix : {"idr", "rp"}) {
      if (!starts_with_ignoring_case(text, prefix)) continue;
      std::size_t length = prefix.size();
      if (prefix == "rp" && length < text.size() && text[length].code == U'.') ++length;
      decorations_.currency = written(text.first(length));
      return without_leading_blanks(text.subspan(length));
    }
    return text;
  }

  Chars take_percent(Chars text) {
    if (text.empty() || text.back().code != U'%') return text;
    decorations_.percent = true;
    return without_trailing_blanks(text.first(text.size() - 1));
  }

  // "Rp 1.000,-": the Indonesian way to say "and no sen".
  Chars take_no_sen(Chars text) {
    if (text.size() < 2 || text.back().code != U'-') return text;
    const char32_t before = text[text.size() - 2].code;
    if (before != U',' && before != U'.') return text;
    decorations_.no_sen = written(text.last(2));
    return text.first(text.size() - 2);
  }

  void check_decorations_fit_column() const {
    if (!decorations_.currency.empty() && column_ != NumberColumn::kRupiah) {
      refuse(say(ReaderMessage::kTextCurrency, echo_, decorations_.currency, column_holds(column_),
                 how_to_write(column_)),
             say(ReaderMessage::kJsonCurrency, json_form(column_)));
    }
    if (decorations_.percent && column_ != NumberColumn::kDecimal) {
      refuse(say(ReaderMessage::kTextPercent, echo_, column_holds(column_), how_to_write(column_)),
             say(ReaderMessage::kJsonPercent, json_form(column_)));
    }
    if (!decorations_.no_sen.empty() && column_ != NumberColumn::kRupiah) {
      refuse(say(ReaderMessage::kTextNoSen, echo_, decorations_.no_sen, column_holds(column_),
                 how_to_write(column_)),
             json_form(column_));
    }
  }

  // ---- Digits and marks ----

  Body split(Chars body) const {
    refuse_foreign_characters(body);
    if (std::none_of(body.begin(), body.end(), [](const Char& c) { return is_digit(c.code); })) {
      refuse_no_digits();
    }
    Body parts{{std::string()}, {}};
    for (std::size_t i = 0; i < body.size(); ++i) {
      const Char& c = body[i];
      if (is_digit(c.code)) {
        parts.runs.back() += static_cast<char>(c.code);
        continue;
      }
      if (i == 0) refuse_leading_mark(body);
      if (parts.runs.back().empty()) refuse_marks_in_a_row(body.subspan(i - 1, 2));
      parts.marks.push_back(*mark_of(c.code));
      parts.runs.emplace_back();
    }
    if (parts.runs.back().empty()) refuse_trailing_mark(body);
    return parts;
  }

  void refuse_foreign_characters(Chars body) const {
    for (std::size_t i = 0; i < body.size(); ++i) {
      const char32_t code = body[i].code;
      if (is_digit(code) || mark_of(code)) continue;
      if (is_exponent(body, i)) refuse_exponent();
      if (i == 0 && (code == kEnDash || code == kEmDash)) refuse_dash(body);
      refuse_foreign(body[i]);
    }
  }

  // "1e5", "2,69661E+09": an "e" after a digit, then an optional sign and only digits.
  static bool is_exponent(Chars body, std::size_t at) {
    if (at == 0 || (body[at].code != U'e' && body[at].code != U'E')) return false;
    if (!is_digit(body[at - 1].code)) return false;
    Chars exponent = body.subspan(at + 1);
    if (!exponent.empty() && (exponent.front().code == U'+' || exponent.front().code == U'-')) {
      exponent = exponent.subspan(1);
    }
    return !exponent.empty() && std::all_of(exponent.begin(), exponent.end(),
                                            [](const Char& c) { return is_digit(c.code); });
  }

  // Which mark is the decimal mark:
  //  - spaces group thousands; at most one "." or "," after them is the decimal mark ("1 234,5");
  //  - both "." and ",": the last one is the decimal mark and appears once, the other groups
  //    ("1.234,56", or English style "1,234.56");
  //  - one kind of mark, more than once: it groups ("2.696.606.251");
  //  - one mark once: see lay_out_single.
  Layout lay_out(const Body& parts) {
    const std::vector<Mark>& marks = parts.marks;
    const auto count = [&marks](Mark mark) { return std::count(marks.begin(), marks.end(), mark); };
    if (marks.empty()) return {};
    if (count(Mark::kSpace) > 0) {
      const auto decimal_marks = marks.size() - static_cast<std::size_t>(count(Mark::kSpace));
      if (decimal_marks == 0) return {false, Mark::kSpace};
      if (decimal_marks > 1 || marks.back() == Mark::kSpace) refuse_mixed_marks();
      return {true, Mark::kSpace};
    }
    if (count(Mark::kDot) > 0 && count(Mark::kComma) > 0) {
      const Mark decimal = marks.back();
      if (count(decimal) > 1) refuse_mixed_marks();
      return {true, decimal == Mark::kDot ? Mark::kComma : Mark::kDot};
    }
    if (marks.size() > 1) return {false, marks.front()};
    return lay_out_single(parts);
  }

  // One "." or "," once:
  //  - in rupiah and counts (whole numbers) it groups when it can: "2.696" and "1,000" are
  //    thousands; otherwise it is a decimal mark, and only zero decimals pass ("1000,00");
  //  - in decimals "," is the Indonesian decimal comma, even before exactly 3 digits ("1,234" is
  //    1.234, noted with how to write 1234); "." is a decimal point ("2.5") unless it could
  //    group thousands ("2.696": 2696 the Indonesian way, 2.696 the English way): refused.
  Layout lay_out_single(const Body& parts) {
    const Mark mark = parts.marks.front();
    const bool could_group = groups_thousands(parts.runs);
    if (column_ != NumberColumn::kDecimal) {
      return could_group ? Layout{false, mark} : Layout{true, std::nullopt};
    }
    if (mark == Mark::kDot && could_group) refuse_ambiguous(parts);
    if (could_group) comma_could_group_ = true;
    return {true, std::nullopt};
  }

  // A first group of 1 to 3 digits not starting with 0, then groups of exactly 3.
  static bool groups_thousands(std::span<const std::string> runs) {
    const std::string& first = runs.front();
    if (first.size() > 3 || first.front() == '0') return false;
    return std::all_of(runs.begin() + 1, runs.end(),
                       [](const std::string& run) { return run.size() == 3; });
  }

  std::span<const std::string> integer_runs(const Body& parts) const {
    return std::span(parts.runs).first(parts.runs.size() - (layout_.last_is_decimal ? 1 : 0));
  }

  void check_groups(const Body& parts) const {
    if (layout_.grouping && !groups_thousands(integer_runs(parts))) {
      refuse_bad_groups(*layout_.grouping);
    }
  }

  void take_digits(const Body& parts) {
    std::string integer;
    for (const std::string& run : integer_runs(parts)) {
      integer += run;
    }
    integer_ = without_leading_zeros(integer);
    leading_zeros_dropped_ = integer_.size() < integer.size();
    if (layout_.last_is_decimal) {
      fraction_ = parts.runs.back();
      decimal_mark_ = parts.marks.back() == Mark::kComma ? ',' : '.';
    }
    negative_ = decorations_.sign == Sign::kMinus || decorations_.sign == Sign::kUnicodeMinus;
  }

  void check_limits() const {
    const auto max_digits = static_cast<std::size_t>(
        column_ == NumberColumn::kRupiah ? kMaxRupiahDigits : kMaxIntegerDigits);
    if (integer_.size() > max_digits) {
      refuse(say(ReaderMessage::kTextDigits, echo_, integer_.size(), max_digits),
             say(ReaderMessage::kJsonDigits, max_digits));
    }
    if (fraction_.size() > static_cast<std::size_t>(kMaxDecimals)) {
      refuse(say(ReaderMessage::kTextDecimals, echo_, fraction_.size(), kMaxDecimals),
             say(ReaderMessage::kJsonDecimals, kMaxDecimals));
    }
  }

  // Rupiah are whole and not negative; counts and years are whole. Zero decimals are dropped.
  void apply_column_rules() {
    if (negative_ && all_zeros(integer_) && all_zeros(fraction_)) {
      negative_ = false;
      negative_zero_ = true;
    }
    if (column_ == NumberColumn::kRupiah && negative_) refuse_negative_rupiah();
    if (column_ == NumberColumn::kDecimal || fraction_.empty()) return;
    if (!all_zeros(fraction_)) refuse_not_whole();
    zero_decimals_dropped_ = std::string(1, decimal_mark_) + fraction_;
    fraction_.clear();
  }

  // ---- The reading explained ----

  std::string canonical() const {
    std::string out = negative_ ? "-" : "";
    out += integer_;
    if (!fraction_.empty()) out += "." + fraction_;
    return out;
  }

  // The other reading of "1,234" in a decimal column: the comma grouping thousands.
  std::string grouped_alternative() const {
    std::string out = negative_ ? "-" : "";
    out += without_leading_zeros(integer_ + fraction_);
    return out;
  }

  Text understood() const {
    const std::string decimal = canonical();
    if (decimal == written(text_)) return {};
    const std::vector<Text> notes = reading_notes();
    return say(
        ReaderMessage::kReadAs, echo_, decimal,
        notes.empty() ? Text{} : say(ReaderMessage::kNotes, join(notes, ", ")),
        comma_could_group_ ? say(ReaderMessage::kIfCommaGroups, grouped_alternative()) : Text{});
  }

  std::vector<Text> reading_notes() const {
    std::vector<Text> notes;
    if (decorations_.sign == Sign::kUnicodeMinus) {
      notes.push_back(say(ReaderMessage::kNoteUnicodeMinus));
    }
    if (decorations_.sign == Sign::kPlus) notes.push_back(say(ReaderMessage::kNotePlus));
    if (negative_zero_) notes.push_back(say(ReaderMessage::kNoteMinusZero));
    if (!decorations_.currency.empty()) {
      notes.push_back(say(ReaderMessage::kNotePrefix, decorations_.currency));
    }
    if (layout_.grouping) notes.push_back(grouping_note());
    if (decimal_mark_ == ',' && !fraction_.empty()) {
      notes.push_back(say(ReaderMessage::kNoteDecimalComma));
    }
    if (!decorations_.no_sen.empty()) {
      notes.push_back(say(ReaderMessage::kNoteNoSen, decorations_.no_sen));
    }
    if (!zero_decimals_dropped_.empty()) {
      notes.push_back(say(column_ == NumberColumn::kRupiah ? ReaderMessage::kNoteZeroSen
                                                           : ReaderMessage::kNoteZeroDecimals,
                          zero_decimals_dropped_));
    }
    if (decorations_.percent) notes.push_back(say(ReaderMessage::kNotePercent));
    if (leading_zeros_dropped_) notes.push_back(say(ReaderMessage::kNoteLeadingZeros));
    return notes;
  }

  Text grouping_note() const {
    const bool point = decimal_mark_ == '.' && !fraction_.empty();
    switch (*layout_.grouping) {
      case Mark::kDot:
        return say(ReaderMessage::kNoteDots);
      case Mark::kComma:
        return say(point ? ReaderMessage::kNoteCommasPoint : ReaderMessage::kNoteCommas);
      case Mark::kSpace:
        break;
    }
    return say(point ? ReaderMessage::kNoteSpacesPoint : ReaderMessage::kNoteSpaces);
  }

  Text json_hint() const {
    std::vector<Text> parts = {say(ReaderMessage::kPartNoQuotes)};
    if (layout_.grouping) parts.push_back(say(ReaderMessage::kPartNoSeparators));
    if (decimal_mark_ == ',' && !fraction_.empty()) parts.push_back(say(ReaderMessage::kPartPoint));
    if (!decorations_.currency.empty()) parts.push_back(say(ReaderMessage::kPartNoCurrency));
    if (decorations_.percent) parts.push_back(say(ReaderMessage::kPartNoPercent));
    if (decorations_.sign == Sign::kUnicodeMinus) parts.push_back(say(ReaderMessage::kPartMinus));
    return say(
        ReaderMessage::kJsonWriteAs, canonical(), join(parts, ", "),
        comma_could_group_ ? say(ReaderMessage::kJsonOrGrouped, grouped_alternative()) : Text{});
  }

  // ---- Refusals: what was found, and how to write it instead ----

  [[noreturn]] static void refuse(Text message, Text json_hint) {
    throw Refused{{std::move(message), std::move(json_hint)}};
  }

  [[noreturn]] void refuse_no_digits() const {
    refuse(say(ReaderMessage::kTextNoDigits, echo_), {});
  }

  [[noreturn]] void refuse_foreign(const Char& c) const {
    refuse(say(ReaderMessage::kTextForeign, echo_, described(c), how_to_write(column_)), {});
  }

  [[noreturn]] void refuse_dash(Chars body) const {
    const std::string digits(written(body.subspan(1)));
    const Text fix = column_ == NumberColumn::kDecimal
                         ? say(ReaderMessage::kFixNegative, digits)
                         : say(ReaderMessage::kFixWrite, digits, not_negative(column_));
    refuse(say(ReaderMessage::kTextDash, echo_, described(body.front()), fix),
           say(ReaderMessage::kJsonDash, json_form(column_)));
  }

  [[noreturn]] void refuse_exponent() const {
    refuse(say(ReaderMessage::kTextExponent, echo_), say(ReaderMessage::kJsonExponent));
  }

  [[noreturn]] void refuse_leading_mark(Chars body) const {
    refuse(say(ReaderMessage::kTextLeadingMark, echo_, described(body.front()),
               suggested("0" + std::string(written(body)))),
           json_form(column_));
  }

  [[noreturn]] void refuse_marks_in_a_row(Chars marks) const {
    refuse(say(ReaderMessage::kTextMarksInARow, echo_, described(marks[0]), described(marks[1]),
               how_to_write(column_)),
           json_form(column_));
  }

  [[noreturn]] void refuse_trailing_mark(Chars body) const {
    refuse(say(ReaderMessage::kTextTrailingMark, echo_, described(body.back()),
               suggested(std::string(written(body.first(body.size() - 1))))),
           json_form(column_));
  }

  // "write 0,5" when that text reads in this column, else the column's general advice.
  Text suggested(const std::string& fix) const {
    if (std::holds_alternative<Understood>(TextReader(fix, column_).read())) {
      return say(ReaderMessage::kWriteThis, fix);
    }
    return how_to_write(column_);
  }

  [[noreturn]] void refuse_mixed_marks() const {
    refuse(say(ReaderMessage::kTextMixedMarks, echo_, how_to_group(column_)), json_form(column_));
  }

  [[noreturn]] void refuse_bad_groups(Mark grouping) const {
    refuse(say(ReaderMessage::kTextBadGroups, echo_, mark_name(grouping), how_to_group(column_)),
           json_form(column_));
  }

  [[noreturn]] void refuse_ambiguous(const Body& parts) const {
    const std::string sign =
        decorations_.sign == Sign::kNone || decorations_.sign == Sign::kPlus ? "" : "-";
    const std::string& head = parts.runs[0];
    const std::string& tail = parts.runs[1];
    const std::string as_grouping = sign + head + tail;
    const std::string as_point = sign + head + "." + tail;
    refuse(
        say(ReaderMessage::kTextAmbiguous, echo_, as_grouping, as_point, sign + head + "," + tail),
        say(ReaderMessage::kJsonAmbiguous, as_grouping, as_point));
  }

  [[noreturn]] void refuse_sign() const {
    refuse(say(ReaderMessage::kTextSign, echo_), say(ReaderMessage::kJsonSign));
  }

  [[noreturn]] void refuse_negative_rupiah() const {
    refuse(say(ReaderMessage::kTextNegativeRupiah, echo_), say(ReaderMessage::kJsonNegativeRupiah));
  }

  [[noreturn]] void refuse_not_whole() const {
    const Text what = column_ == NumberColumn::kRupiah
                          ? say(ReaderMessage::kRupiahAreWhole)
                          : say(ReaderMessage::kIsWhole, column_holds(column_));
    const std::string below = integer_;
    const std::string above = plus_one(integer_);
    refuse(say(ReaderMessage::kTextNotWhole, echo_, canonical(), what, below, above),
           say(ReaderMessage::kJsonNotWhole, what, below, above));
  }

  std::vector<Char> chars_;
  Chars text_;  // trimmed
  std::string echo_;
  NumberColumn column_;

  Decorations decorations_;
  Layout layout_;
  bool comma_could_group_ = false;  // "1,234" in a decimal column
  std::string integer_;
  std::string fraction_;
  char decimal_mark_ = '\0';
  bool negative_ = false;
  bool negative_zero_ = false;
  bool leading_zeros_dropped_ = false;
  std::string zero_decimals_dropped_;
};

}  // namespace

std::variant<NumberReading, NumberRefusal> read_number_text(std::string_view text,
                                                            NumberColumn column) {
  auto outcome = TextReader(text, column).read();
  if (auto* problem = std::get_if<Problem>(&outcome)) {
    return NumberRefusal{std::move(problem->message)};
  }
  auto& reading = std::get<Understood>(outcome);
  return NumberReading{std::move(reading.decimal), std::move(reading.understood)};
}

Text json_number_hint(std::string_view text, NumberColumn column) {
  auto outcome = TextReader(text, column).read();
  if (auto* problem = std::get_if<Problem>(&outcome)) return std::move(problem->json_hint);
  return std::move(std::get<Understood>(outcome).json_hint);
}

// ---- A printed figure's text (number_text.h: read_printed_text) --------------------------------

namespace {

bool is_minus(char32_t code) {
  return code == U'-' || code == kMinusSign;
}
bool is_sign(char32_t code) {
  return is_minus(code) || code == U'+';
}
bool is_dash(char32_t code) {
  return code == kEnDash || code == kEmDash;
}

// What may stand in a text that looks like a number.
bool is_number_like(char32_t code) {
  return is_digit(code) || code == U'.' || code == U',' || code == U'%' || code == U'(' ||
         code == U')' || is_sign(code) || is_dash(code) || is_blank(code);
}

// The length of a currency prefix at the start: "Rp." 3, "Rp" 2, "IDR" 3 (any case), else 0.
std::size_t currency_length(Chars text) {
  if (starts_with_ignoring_case(text, "idr")) return 3;
  if (!starts_with_ignoring_case(text, "rp")) return 0;
  return text.size() > 2 && text[2].code == U'.' ? 3 : 2;
}

class PrintedTextReader {
 public:
  explicit PrintedTextReader(std::string_view text)
      : chars_(decode(text)),
        text_(without_trailing_blanks(without_leading_blanks(chars_))),
        echo_(quoted(text_)) {}

  std::variant<PrintedNumberText, PrintedWords, NumberRefusal> read() {
    if (!looks_like_a_number()) return PrintedWords{};
    try {
      return parse();
    } catch (const Refused& refused) {
      return NumberRefusal{refused.problem.message};
    }
  }

 private:
  // A digit, and around the digits only what numbers are written with.
  bool looks_like_a_number() const {
    if (std::none_of(text_.begin(), text_.end(), [](const Char& c) { return is_digit(c.code); }))
      return false;
    Chars rest = text_;
    while (!rest.empty() && (is_sign(rest.front().code) || is_dash(rest.front().code) ||
                             rest.front().code == U'(' || is_blank(rest.front().code))) {
      rest = rest.subspan(1);
    }
    rest = rest.subspan(currency_length(rest));
    for (std::size_t i = 0; i < rest.size(); ++i) {
      if (is_between_digits(rest, i)) return false;  // a date or a span: "31-12-2024", "2022-2026"
      if (is_number_like(rest[i].code)) continue;
      return is_exponent_at(rest, i);
    }
    return true;
  }

  // A sign or a dash with a digit on either side.
  static bool is_between_digits(Chars text, std::size_t at) {
    const char32_t code = text[at].code;
    if (!is_sign(code) && !is_dash(code)) return false;
    return at > 0 && at + 1 < text.size() && is_digit(text[at - 1].code) &&
           is_digit(text[at + 1].code);
  }

  // "2,69661E+09": an "e" after a digit, then an optional sign and only digits (and blanks, "%").
  static bool is_exponent_at(Chars text, std::size_t at) {
    if (at == 0 || (text[at].code != U'e' && text[at].code != U'E')) return false;
    if (!is_digit(text[at - 1].code)) return false;
    Chars exponent = text.subspan(at + 1);
    if (!exponent.empty() && is_sign(exponent.front().code)) exponent = exponent.subspan(1);
    return !exponent.empty() && is_digit(exponent.front().code) &&
           std::all_of(exponent.begin(), exponent.end(),
                       [](const Char& c) { return is_number_like(c.code); });
  }

  PrintedNumberText parse() {
    refuse_what_is_never_a_number();
    Chars rest = text_;
    rest = take_sign(rest);
    if (const std::size_t length = currency_length(rest); length > 0) {
      const std::string_view prefix = written(rest.first(length));
      if (starts_with_ignoring_case(rest, "idr")) {
        refuse(say(ReaderMessage::kWhyIdr, prefix));
      }
      currency_ = true;
      rest = without_leading_blanks(rest.subspan(length));
      if (sign_ == Sign::kNone) rest = take_sign(rest);
    }
    rest = take_suffix(rest);
    if (currency_ && percent_) refuse(say(ReaderMessage::kWhyCurrencyAndPercent));
    read_body(rest);
    return result();
  }

  // Parentheses, dashes and exponents have no place in the grammar, wherever they stand.
  void refuse_what_is_never_a_number() const {
    const auto has = [&](char32_t code) {
      return std::any_of(text_.begin(), text_.end(), [&](const Char& c) { return c.code == code; });
    };
    if (has(U'(') || has(U')')) {
      const std::string inside = digits_and_marks();
      refuse(say(ReaderMessage::kWhyParentheses, inside));
    }
    for (const Char& c : text_) {
      if (is_dash(c.code)) {
        refuse(say(ReaderMessage::kWhyDash, described(c), digits_and_marks()));
      }
    }
    for (std::size_t i = 0; i < text_.size(); ++i) {
      if (is_exponent_at(text_, i)) {
        refuse(say(ReaderMessage::kWhyExponent));
      }
    }
  }

  // The digits and marks of the text, for a suggestion: "(1,57)" gives "1,57".
  std::string digits_and_marks() const {
    std::string out;
    for (const Char& c : text_) {
      if (is_digit(c.code) || c.code == U'.' || c.code == U',') out += static_cast<char>(c.code);
    }
    return out;
  }

  Chars take_sign(Chars text) {
    if (text.empty() || !is_sign(text.front().code)) return text;
    if (sign_ != Sign::kNone) refuse(say(ReaderMessage::kWhyTwoSigns));
    sign_ = is_minus(text.front().code) ? Sign::kMinus : Sign::kPlus;
    text = text.subspan(1);
    if (!text.empty() && is_blank(text.front().code)) {
      refuse(say(ReaderMessage::kWhyBlankAfterSign));
    }
    if (!text.empty() && is_sign(text.front().code)) refuse(say(ReaderMessage::kWhyTwoSigns));
    return text;
  }

  // A trailing "%" (with blanks before it allowed) or ",-" (whole rupiah).
  Chars take_suffix(Chars text) {
    if (!text.empty() && text.back().code == U'%') {
      percent_ = true;
      return without_trailing_blanks(text.first(text.size() - 1));
    }
    if (text.size() >= 2 && text.back().code == U'-' && text[text.size() - 2].code == U',') {
      no_sen_ = true;
      return text.first(text.size() - 2);
    }
    return text;
  }

  // integer ["," digits]: dots only in the integer part, grouping thousands.
  void read_body(Chars body) {
    if (body.empty()) refuse(say(ReaderMessage::kWhyNoDigits));
    std::string integer_part;
    std::optional<std::string> fraction;
    for (const Char& c : body) {
      if (is_digit(c.code) || c.code == U'.') {
        if (fraction && c.code == U'.') {
          refuse(say(ReaderMessage::kWhyDotAfterComma));
        }
        (fraction ? *fraction : integer_part) += static_cast<char>(c.code);
      } else if (c.code == U',') {
        if (fraction) refuse(say(ReaderMessage::kWhyTwoCommas));
        if (no_sen_) refuse(say(ReaderMessage::kWhyNoSenDecimals));
        fraction.emplace();
      } else if (is_blank(c.code)) {
        refuse(say(ReaderMessage::kWhyBlankInside));
      } else if (c.code == U'%') {
        refuse(say(ReaderMessage::kWhyPercentInside));
      } else if (is_sign(c.code)) {
        refuse(say(ReaderMessage::kWhySignInside, described(c)));
      } else {
        refuse(say(ReaderMessage::kWhyNoPlace, described(c)));
      }
    }
    if (integer_part.empty()) {
      refuse(say(ReaderMessage::kWhyNoIntegerDigit, written(body)));
    }
    if (fraction && fraction->empty()) {
      refuse(say(ReaderMessage::kWhyEndsWithComma));
    }
    if (no_sen_ && percent_) refuse(say(ReaderMessage::kWhyNoSenPercent));
    read_integer(integer_part, fraction.has_value());
    fraction_ = fraction.value_or("");
  }

  void read_integer(const std::string& part, bool has_fraction) {
    std::vector<std::string> groups{std::string()};
    for (const char c : part) {
      if (c == '.') {
        groups.emplace_back();
      } else {
        groups.back() += c;
      }
    }
    if (groups.size() == 1) {
      if (part.size() > 1 && part.front() == '0') {
        refuse(say(ReaderMessage::kWhyLeadingZero,
                   without_leading_zeros(part) +
                       (has_fraction ? "," + fraction_placeholder() : std::string())));
      }
      integer_ = part;
      return;
    }
    for (std::size_t i = 0; i < groups.size(); ++i) {
      const std::string& group = groups[i];
      const bool first = i == 0;
      const bool fits =
          first ? !group.empty() && group.size() <= 3 && group.front() != '0' : group.size() == 3;
      if (fits) {
        integer_ += group;
        continue;
      }
      const Text suggestion = decimal_suggestion(groups, has_fraction);
      if (group.empty()) refuse(say(ReaderMessage::kWhyDotForDigit, suggestion));
      refuse(say(first ? ReaderMessage::kWhyFirstGroup : ReaderMessage::kWhyGroupOfThree, group,
                 suggestion));
    }
  }

  // "1.000.00" -> "1.000,00", "95.3" -> "95,3": when the last dot may have meant the decimals.
  static Text decimal_suggestion(const std::vector<std::string>& groups, bool has_fraction) {
    if (has_fraction || groups.back().empty() || groups.back().size() == 3) return {};
    std::string head;
    for (std::size_t i = 0; i + 1 < groups.size(); ++i) {
      if (groups[i].empty() ||
          (i == 0 ? groups[i].size() > 3 || (groups[i].front() == '0' && groups[i].size() > 1)
                  : groups[i].size() != 3)) {
        return {};
      }
      if (i > 0) head += ".";
      head += groups[i];
    }
    return say(ReaderMessage::kIfDecimalDot, head + "," + groups.back());
  }

  std::string fraction_placeholder() const {
    std::string fraction;
    bool after = false;
    for (const Char& c : text_) {
      if (c.code == U',') {
        after = true;
      } else if (after && is_digit(c.code)) {
        fraction += static_cast<char>(c.code);
      }
    }
    return fraction;
  }

  PrintedNumberText result() const {
    if (integer_.size() > static_cast<std::size_t>(kMaxIntegerDigits)) {
      refuse(say(ReaderMessage::kWhyPrintedDigits, integer_.size(), kMaxIntegerDigits));
    }
    if (fraction_.size() > static_cast<std::size_t>(kMaxPrintedTextDecimals)) {
      refuse(say(ReaderMessage::kWhyPrintedDecimals, fraction_.size(), kMaxPrintedTextDecimals));
    }
    const bool zero = all_zeros(integer_) && all_zeros(fraction_);
    std::string decimal = sign_ == Sign::kMinus && !zero ? "-" : "";
    decimal += integer_;
    if (!fraction_.empty()) decimal += "." + fraction_;
    return {std::move(decimal), static_cast<int>(fraction_.size())};
  }

  [[noreturn]] void refuse(const Text& why) const {
    throw Refused{{say(ReaderMessage::kPrintedNotNumber, echo_, why), {}}};
  }

  std::vector<Char> chars_;
  Chars text_;  // trimmed
  std::string echo_;
  Sign sign_ = Sign::kNone;
  bool currency_ = false;
  bool percent_ = false;
  bool no_sen_ = false;
  std::string integer_;
  std::string fraction_;
};

}  // namespace

std::variant<PrintedNumberText, PrintedWords, NumberRefusal> read_printed_text(
    std::string_view text) {
  return PrintedTextReader(text).read();
}

}  // namespace lkjip
