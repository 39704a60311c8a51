#include "workbook_values.h"

#include <algorithm>
#include <charconv>
#include <stdexcept>
#include <variant>

#include "cell_numbers.h"
#include "lkjip/money.h"
#include "quantity_text.h"
#include "reader_messages.h"

namespace lkjip::workbook {

std::optional<Key> CellValues::key_of(const At& at, std::size_t c) const {
  if (!at.key) return std::nullopt;
  const Field field = at.table.layout->columns[c].field;
  if (field == Field::kWhole) return at.key;
  return Key{at.key->object, field, is_item_field(field) ? at.key->item : 0};
}

std::optional<std::string> raw_code(const Row& row, std::size_t c) {
  const xlsx::Cell* cell = row.cells[c];
  if (cell == nullptr) return std::nullopt;
  if (cell->type == xlsx::CellType::kNumber) return xlsx::typed_decimal(cell->text);
  return trimmed(cell->text);
}

void CellValues::absent_column(const At& at, std::size_t c, const Text& why) {
  if (const std::optional<Key> key = key_of(at, c)) problems_.unreadable(*key);
  if (!absent_reported_.emplace(at.table.index, c).second) return;
  const std::uint32_t last =
      *std::max_element(at.table.column_of.begin(), at.table.column_of.end());
  problems_.problem(CellRef{at.table.index, at.table.heading_row, last + 1}, std::nullopt,
                    say(ReaderMessage::kNoColumn,
                        quoted(workbook::heading(at.table.layout->columns[c], at.table.language)),
                        why, at.row.number));
}

const xlsx::Cell* CellValues::cell(const At& at, std::size_t c) {
  const Column& column = at.table.layout->columns[c];
  const xlsx::Cell* found = at.row.cells[c];
  if (found == nullptr) {
    if (!column.required) return nullptr;
    if (at.table.column_of[c] == 0) {
      absent_column(at, c, say(ReaderMessage::kEveryRowNeeds));
    } else {
      problems_.problem(
          where(at, c), key_of(at, c),
          say(ReaderMessage::kRequiredEmpty, quoted(workbook::heading(column, at.table.language))));
    }
    return nullptr;
  }
  if (found->type == xlsx::CellType::kError) {
    problems_.problem(where(at, c), key_of(at, c),
                      say(ReaderMessage::kCellError, clipped(found->text)));
    return nullptr;
  }
  if (found->uncalculated) {
    problems_.problem(where(at, c), key_of(at, c), say(ReaderMessage::kUncalculated));
    return nullptr;
  }
  return found;
}

std::optional<std::string> CellValues::text(const At& at, std::size_t c) {
  const xlsx::Cell* found = cell(at, c);
  if (found == nullptr) return std::nullopt;
  if (found->type == xlsx::CellType::kNumber) {
    if (auto typed = xlsx::typed_decimal(found->text)) return typed;
  }
  if (found->type == xlsx::CellType::kBoolean || found->type == xlsx::CellType::kDate) {
    problems_.problem(
        where(at, c), key_of(at, c),
        say(ReaderMessage::kExpectedFound, say(ReaderMessage::kCellText),
            say(found->type == xlsx::CellType::kDate ? ReaderMessage::kFoundDate
                                                     : ReaderMessage::kFoundBoolean)));
    return std::nullopt;
  }
  return found->text;
}

std::optional<std::string> CellValues::code(const At& at, std::size_t c) {
  std::optional<std::string> read = text(at, c);
  if (read) *read = trimmed(*read);
  return read;
}

std::optional<CellValues::CellDecimal> CellValues::number(const At& at, std::size_t c,
                                                          NumberColumn column,
                                                          ReaderMessage expected_words) {
  const Text expected = say(expected_words);
  const xlsx::Cell* found = cell(at, c);
  if (found == nullptr) return std::nullopt;
  const CellRef place = where(at, c);
  switch (found->type) {
    case xlsx::CellType::kNumber: {
      std::optional<std::string> typed = xlsx::typed_decimal(found->text);
      if (!typed) {
        problems_.problem(place, key_of(at, c),
                          say(ReaderMessage::kExpectedFound, expected, quoted(found->text)));
        return std::nullopt;
      }
      const std::string_view format = xlsx::format_code(book_, *found);
      if (xlsx::shows_date(format)) {
        problems_.problem(place, key_of(at, c), say(ReaderMessage::kFoundDateFormat, expected));
        return std::nullopt;
      }
      std::optional<int> shown = xlsx::shown_decimals(format);
      if (xlsx::shows_percent(format)) {
        if (column != NumberColumn::kDecimal) {
          problems_.problem(place, key_of(at, c), say(ReaderMessage::kFoundPercentage, expected));
          return std::nullopt;
        }
        const std::optional<Quantity> fraction = exact_quantity(*typed);
        if (!fraction) {
          problems_.problem(place, key_of(at, c), quantity_refusal(*typed));
          return std::nullopt;
        }
        const int decimals = std::max(0, fraction->decimals - 2);
        const std::string percent =
            (fraction->value * Rational(100)).round_half_up(decimals).render('.', '\0');
        problems_.warning(place, say(ReaderMessage::kReadPercentage, percent, *typed));
        return CellDecimal{percent, shown};
      }
      return CellDecimal{std::move(*typed), shown};
    }
    case xlsx::CellType::kSharedString:
    case xlsx::CellType::kInlineString:
    case xlsx::CellType::kFormulaString: {
      auto reading = read_number_text(found->text, column);
      if (auto* refusal = std::get_if<NumberRefusal>(&reading)) {
        problems_.problem(place, key_of(at, c), refusal->message);
        return std::nullopt;
      }
      auto& read = std::get<NumberReading>(reading);
      if (!read.understood.english.empty()) problems_.warning(place, read.understood);
      return CellDecimal{std::move(read.decimal), std::nullopt};
    }
    default:
      problems_.problem(
          place, key_of(at, c),
          say(ReaderMessage::kExpectedFound, expected,
              say(found->type == xlsx::CellType::kDate ? ReaderMessage::kFoundDate
                                                       : ReaderMessage::kFoundBoolean)));
      return std::nullopt;
  }
}

std::optional<Quantity> CellValues::decimal(const At& at, std::size_t c) {
  std::optional<CellDecimal> read =
      number(at, c, NumberColumn::kDecimal, ReaderMessage::kExpectNumber);
  if (!read) return std::nullopt;
  std::optional<Quantity> quantity = exact_quantity(read->decimal);
  if (!quantity) {
    Text message = quantity_refusal(read->decimal);
    // A computed value (=2/3) has all the digits a cell holds: the report prints it rounded.
    if (written_decimals(read->decimal) > kMaxDecimals) {
      message = joined(message, say(ReaderMessage::kRoundIt));
    }
    problems_.problem(where(at, c), key_of(at, c), std::move(message));
    return std::nullopt;
  }
  // The decimals the cell shows are the report's printed precision; a value with more is read
  // whole, never rounded to what the cell shows.
  if (read->shown) {
    if (*read->shown < quantity->decimals) {
      problems_.warning(where(at, c),
                        say(ReaderMessage::kShownDecimals, read->decimal, *read->shown));
    } else {
      quantity->decimals = std::min(*read->shown, kMaxDecimals);
    }
  }
  return quantity;
}

std::optional<Rupiah> CellValues::rupiah(const At& at, std::size_t c) {
  std::optional<CellDecimal> read =
      number(at, c, NumberColumn::kRupiah, ReaderMessage::kExpectRupiah);
  if (!read) return std::nullopt;
  const std::string& text = read->decimal;
  if (text.find('.') != std::string::npos) {
    problems_.problem(where(at, c), key_of(at, c), say(ReaderMessage::kNoSen, text));
    return std::nullopt;
  }
  if (text.front() == '-') {
    problems_.problem(where(at, c), key_of(at, c), say(ReaderMessage::kNonNegativeRupiah, text));
    return std::nullopt;
  }
  Rupiah value = 0;
  const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (error != std::errc() || end != text.data() + text.size()) {
    problems_.problem(where(at, c), key_of(at, c), say(ReaderMessage::kRupiahTooLarge, kMaxRupiah));
    return std::nullopt;
  }
  return value;
}

std::optional<long long> CellValues::whole(const At& at, std::size_t c, long long min,
                                           long long max) {
  std::optional<CellDecimal> read =
      number(at, c, NumberColumn::kWhole, ReaderMessage::kExpectWhole);
  if (!read) return std::nullopt;
  const std::string& text = read->decimal;
  long long value = 0;
  const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (error != std::errc() || end != text.data() + text.size() || value < min || value > max) {
    problems_.problem(
        where(at, c), key_of(at, c),
        say(ReaderMessage::kWholeNumberRange, say(ReaderMessage::kExpectWhole), min, max, text));
    return std::nullopt;
  }
  return value;
}

std::optional<std::size_t> CellValues::choice(const At& at, std::size_t c) {
  const Column& column = at.table.layout->columns[c];
  const std::optional<std::string> read = text(at, c);
  if (!read) return std::nullopt;
  Text expected;
  for (std::size_t i = 0; i < column.choices.size(); ++i) {
    const workbook::Choice& option = column.choices[i];
    if (names(*read, option.indonesian, option.english) || folded(*read) == option.json) return i;
    if (!expected.english.empty()) expected = joined(expected, say(ReaderMessage::kOr));
    expected = joined(expected, verbatim(quoted(workbook::label(option, at.table.language))));
  }
  problems_.problem(where(at, c), key_of(at, c),
                    say(ReaderMessage::kChoiceExpected, expected, quoted(*read)));
  return std::nullopt;
}

std::optional<bool> CellValues::yes_no(const At& at, std::size_t c) {
  const xlsx::Cell* found = cell(at, c);
  if (found == nullptr) return std::nullopt;
  if (found->type == xlsx::CellType::kBoolean) return found->text == "1";
  // The labels of the drop-down list, and TRUE or FALSE typed as text in either language.
  for (const bool yes : {true, false}) {
    if (names(found->text, yes_no_label(yes, Language::kIndonesian),
              yes_no_label(yes, Language::kEnglish)) ||
        names(found->text, yes ? "benar" : "salah", yes ? "true" : "false")) {
      return yes;
    }
  }
  problems_.problem(
      where(at, c), key_of(at, c),
      say(ReaderMessage::kYesNoExpected, quoted(yes_no_label(true, Language::kIndonesian)),
          quoted(yes_no_label(false, Language::kIndonesian)),
          quoted(yes_no_label(true, Language::kEnglish)),
          quoted(yes_no_label(false, Language::kEnglish)), quoted(found->text)));
  return std::nullopt;
}

std::optional<FieldValue> CellValues::value(const At& at, std::size_t c, Field field) {
  const Column& column = at.table.layout->columns[c];
  const auto as_value = [](auto read) -> std::optional<FieldValue> {
    if (read) return FieldValue{std::move(*read)};
    return std::nullopt;
  };
  switch (column.kind) {
    case CellKind::kText:
      return as_value(text(at, c));
    case CellKind::kId:
      return as_value(code(at, c));
    case CellKind::kDecimal:
      return as_value(decimal(at, c));
    case CellKind::kRupiah:
      return as_value(rupiah(at, c));
    case CellKind::kWhole: {
      const WholeRange range = whole_range(field);
      const std::optional<long long> read = whole(at, c, range.min, range.max);
      if (!read) return std::nullopt;
      switch (kind_of(field)) {
        case FieldKind::kCount:  // people, rooms: a quantity without decimals
          return FieldValue{Quantity{Rational(*read), 0}};
        case FieldKind::kYear:
        case FieldKind::kWhole:  // a number of decimals
          return FieldValue{*read};
        case FieldKind::kText:
        case FieldKind::kDecimal:
        case FieldKind::kRupiah:
        case FieldKind::kChoice:
        case FieldKind::kYesNo:
          break;
      }
      throw std::logic_error("the whole-number column " + std::string(column.key) +
                             " holds a field that is not a whole number");
    }
    case CellKind::kChoice: {
      const std::optional<std::size_t> index = choice(at, c);
      if (!index) return std::nullopt;
      return FieldValue{lkjip::Choice{choice_index(field, column.choices[*index].json)}};
    }
    case CellKind::kYesNo:
      return as_value(yes_no(at, c));
  }
  return std::nullopt;
}

}  // namespace lkjip::workbook
