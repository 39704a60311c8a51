#include "number_text.h"

#include <catch2/catch.hpp>
#include <cstdint>
#include <random>
#include <string>
#include <string_view>
#include <vector>

#include "lkjip/rational.h"

using lkjip::json_number_hint;
using lkjip::NumberColumn;
using lkjip::NumberReading;
using lkjip::NumberRefusal;
using lkjip::read_number_text;

namespace {

constexpr NumberColumn kDecimal = NumberColumn::kDecimal;
constexpr NumberColumn kRupiah = NumberColumn::kRupiah;
constexpr NumberColumn kWhole = NumberColumn::kWhole;

struct Accepted {
  std::string text;
  NumberColumn column;
  std::string decimal;
  std::vector<std::string> understood_words;  // empty: `understood` must be empty
};

struct Refused {
  std::string text;
  NumberColumn column;
  std::vector<std::string> message_words;
};

std::string column_name(NumberColumn column) {
  switch (column) {
    case NumberColumn::kDecimal:
      return "decimal";
    case NumberColumn::kRupiah:
      return "rupiah";
    case NumberColumn::kWhole:
      return "whole";
  }
  return "?";
}

void check_accepted(const Accepted& row) {
  INFO("text: [" << row.text << "] column: " << column_name(row.column));
  const auto outcome = read_number_text(row.text, row.column);
  const auto* reading = std::get_if<NumberReading>(&outcome);
  if (reading == nullptr) FAIL("refused: " << std::get<NumberRefusal>(outcome).message.english);
  CHECK(reading->decimal == row.decimal);
  INFO("understood: " << reading->understood.english);
  if (row.understood_words.empty()) CHECK(reading->understood.english.empty());
  for (const std::string& word : row.understood_words) {
    CHECK(reading->understood.english.find(word) != std::string::npos);
  }
}

void check_refused(const Refused& row) {
  INFO("text: [" << row.text << "] column: " << column_name(row.column));
  const auto outcome = read_number_text(row.text, row.column);
  const auto* refusal = std::get_if<NumberRefusal>(&outcome);
  if (refusal == nullptr) FAIL("read as " << std::get<NumberReading>(outcome).decimal);
  INFO("message: " << refusal->message.english);
  CHECK(refusal->message.english.rfind("the text ", 0) == 0);
  for (const std::string& word : row.message_words) {
    CHECK(refusal->message.english.find(word) != std::string::npos);
  }
}

std::string decimal_of(std::string_view text, NumberColumn column) {
  const auto outcome = read_number_text(text, column);
  if (const auto* reading = std::get_if<NumberReading>(&outcome)) return reading->decimal;
  return "refused: " + std::get<NumberRefusal>(outcome).message.english;
}

std::string message_of(std::string_view text, NumberColumn column) {
  const auto outcome = read_number_text(text, column);
  if (const auto* refusal = std::get_if<NumberRefusal>(&outcome)) return refusal->message.english;
  return "read as " + std::get<NumberReading>(outcome).decimal;
}

}  // namespace

TEST_CASE("the examples of the brief are read to canonical decimals") {
  const std::vector<Accepted> rows = {
      {"73,75", kDecimal, "73.75", {"\"73,75\"", "73.75", "Indonesian decimal comma"}},
      {"2.696.606.251", kDecimal, "2696606251", {"dots grouping thousands"}},
      {"2.696.606.251", kRupiah, "2696606251", {"dots grouping thousands"}},
      {"95%", kDecimal, "95", {"percent"}},
      {"Rp 1.000", kRupiah, "1000", {"\"Rp\"", "dots grouping thousands"}},
      {"Rp1.000.000,00", kRupiah, "1000000", {"\"Rp\"", "zero sen \",00\""}},
      {" 84,12\u00A0", kDecimal, "84.12", {"\"84,12\"", "decimal comma"}},
      {"\u22125,2", kDecimal, "-5.2", {"U+2212"}},
      {"1.234,56", kDecimal, "1234.56", {"dots grouping thousands", "decimal comma"}},
      {"1,234.56", kDecimal, "1234.56", {"English style"}},
  };
  for (const Accepted& row : rows) {
    check_accepted(row);
  }
}

TEST_CASE("blanks around the text are trimmed, including no-break spaces") {
  const std::vector<Accepted> rows = {
      {"  73.75\t", kDecimal, "73.75", {}},
      {"\u00A01000\u202F", kWhole, "1000", {}},
      {"\r\n12\n", kWhole, "12", {}},
      {"\u200984,12", kDecimal, "84.12", {"decimal comma"}},
      {"\u00A0Rp\u00A01.000\u00A0", kRupiah, "1000", {"\"Rp\""}},
  };
  for (const Accepted& row : rows) {
    check_accepted(row);
  }
}

TEST_CASE("canonical text is read without anything to warn about") {
  const std::vector<Accepted> rows = {
      {"73.75", kDecimal, "73.75", {}},
      {"1000", kDecimal, "1000", {}},
      {"1000", kRupiah, "1000", {}},
      {"1000", kWhole, "1000", {}},
      {"-5.2", kDecimal, "-5.2", {}},
      {"0.125", kDecimal, "0.125", {}},
      {"0", kRupiah, "0", {}},
      {"2.5", kDecimal, "2.5", {}},
      {"1234.567", kDecimal, "1234.567", {}},
      {"73.50", kDecimal, "73.50", {}},  // the written decimals are kept
  };
  for (const Accepted& row : rows) {
    check_accepted(row);
  }
}

TEST_CASE("signs: '-', U+2212 and '+' before the digits or after the currency") {
  const std::vector<Accepted> rows = {
      {"-5,2", kDecimal, "-5.2", {"decimal comma"}},
      {"\u22121.234,5", kDecimal, "-1234.5", {"U+2212"}},
      {"- 5", kDecimal, "-5", {"\"- 5\" as -5"}},
      {"+5,5", kDecimal, "5.5", {"plus sign dropped"}},
      {"+1.000", kRupiah, "1000", {"plus sign dropped"}},
      {"-0", kDecimal, "0", {"minus sign of zero"}},
      {"-0,00", kDecimal, "0.00", {"minus sign of zero"}},
      {"-Rp 0", kRupiah, "0", {"minus sign of zero"}},
  };
  for (const Accepted& row : rows) {
    check_accepted(row);
  }
  const std::vector<Refused> refused = {
      {"-5", kWhole, {"has a sign", "count or a year"}},
      {"+5", kWhole, {"has a sign"}},
      {"\u22122024", kWhole, {"has a sign"}},
      {"-1.000", kRupiah, {"negative", "a budget is not negative"}},
      {"-Rp 1.000", kRupiah, {"a budget is not negative"}},
      {"Rp -1.000", kRupiah, {"a budget is not negative"}},
      {"Rp\u22125", kRupiah, {"a budget is not negative"}},
      {"--5", kDecimal, {"\"-\" is neither a digit nor a separator"}},
      {"5-", kDecimal, {"\"-\" is neither a digit nor a separator"}},
      {"\u20135", kDecimal, {"dash", "U+2013", "not a minus sign", "write -5", "5 if it is not"}},
      {"\u20145", kWhole, {"dash", "U+2014", "write 5", "not negative"}},
  };
  for (const Refused& row : refused) {
    check_refused(row);
  }
}

TEST_CASE("a currency prefix is allowed for rupiah only, in any case, with or without a space") {
  const std::vector<Accepted> rows = {
      {"Rp 1.000", kRupiah, "1000", {"\"Rp\""}},
      {"Rp1.000", kRupiah, "1000", {"\"Rp\""}},
      {"Rp. 1.500.000", kRupiah, "1500000", {"\"Rp.\""}},
      {"Rp.500", kRupiah, "500", {"\"Rp.\""}},
      {"RP 2.500", kRupiah, "2500", {"\"RP\""}},
      {"rp 75.000", kRupiah, "75000", {"\"rp\""}},
      {"IDR 1,000,000", kRupiah, "1000000", {"\"IDR\"", "English style"}},
      {"idr1000", kRupiah, "1000", {"\"idr\""}},
      {"Rp 1.000,-", kRupiah, "1000", {"\",-\" (no sen)"}},
      {"1.000.000,-", kRupiah, "1000000", {"\",-\" (no sen)"}},
      {"Rp 1.000.-", kRupiah, "1000", {"\".-\" (no sen)"}},
  };
  for (const Accepted& row : rows) {
    check_accepted(row);
  }
  const std::vector<Refused> refused = {
      {"Rp 1.000", kDecimal, {"currency prefix \"Rp\"", "not rupiah", "write the number alone"}},
      {"IDR 5", kWhole, {"currency prefix \"IDR\"", "a count or a year"}},
      {"1.000,-", kDecimal, {"ends with \",-\"", "marks whole rupiah"}},
      {"Rp", kRupiah, {"holds no digits"}},
      {"Rp -", kRupiah, {"holds no digits", "write 0 when the value is zero"}},
      {"1.000 Rp", kRupiah, {"\"R\" is neither a digit nor a separator"}},
      {"USD 5", kRupiah, {"\"U\" is neither a digit nor a separator"}},
  };
  for (const Refused& row : refused) {
    check_refused(row);
  }
}

TEST_CASE("a percent sign is allowed for decimals only, the value kept as written") {
  const std::vector<Accepted> rows = {
      {"95%", kDecimal, "95", {"percent figure"}},
      {"95 %", kDecimal, "95", {"percent figure"}},
      {"84,12%", kDecimal, "84.12", {"percent figure", "decimal comma"}},
      {"-5,2%", kDecimal, "-5.2", {"percent figure"}},
      {"0,5\u00A0%", kDecimal, "0.5", {"percent figure"}},
      {"12.345.678,9%", kDecimal, "12345678.9", {"percent figure"}},
  };
  for (const Accepted& row : rows) {
    check_accepted(row);
  }
  const std::vector<Refused> refused = {
      {"95%", kRupiah, {"percent sign", "whole rupiah"}},
      {"95%", kWhole, {"percent sign", "a count or a year"}},
      {"%", kDecimal, {"holds no digits"}},
      {"95%%", kDecimal, {"\"%\" is neither a digit nor a separator"}},
      {"%95", kDecimal, {"\"%\" is neither a digit nor a separator"}},
  };
  for (const Refused& row : refused) {
    check_refused(row);
  }
}

TEST_CASE("spaces group thousands between groups of 3") {
  const std::vector<Accepted> rows = {
      {"1 234,5", kDecimal, "1234.5", {"spaces grouping thousands", "decimal comma"}},
      {"1 234 567", kWhole, "1234567", {"spaces grouping thousands"}},
      {"1\u00A0234", kDecimal, "1234", {"spaces grouping thousands"}},
      {"1\u2009234\u2009567,25", kDecimal, "1234567.25", {"spaces grouping thousands"}},
      {"Rp 1\u202F500\u202F000", kRupiah, "1500000", {"spaces grouping thousands"}},
      {"1 234.567", kDecimal, "1234.567", {"spaces grouping thousands and a decimal point"}},
  };
  for (const Accepted& row : rows) {
    check_accepted(row);
  }
  const std::vector<Refused> refused = {
      {"12 5", kDecimal, {"spaces grouping thousands", "groups of exactly 3"}},
      {"1 2345", kWhole, {"spaces grouping thousands", "such as 1.250"}},
      {"1  234", kDecimal, {"two separators in a row"}},
      {"1\t234", kDecimal, {"U+0009 is neither a digit nor a separator"}},
      {"1,5 000", kDecimal, {"mixes separators"}},
      {"1 234,5,6", kDecimal, {"mixes separators"}},
      {"1 234.567,8", kDecimal, {"mixes separators"}},
  };
  for (const Refused& row : refused) {
    check_refused(row);
  }
}

TEST_CASE("with both '.' and ',' the last one is the decimal mark and the other groups") {
  const std::vector<Accepted> rows = {
      {"1.234,56", kDecimal, "1234.56", {"dots grouping thousands", "Indonesian decimal comma"}},
      {"1,234.56",
       kDecimal,
       "1234.56",
       {"commas grouping thousands and a decimal point", "English"}},
      {"2.696.606.251,5", kDecimal, "2696606251.5", {"dots grouping thousands"}},
      {"2,696,606,251.5", kDecimal, "2696606251.5", {"English style"}},
      {"1.000,00", kRupiah, "1000", {"zero sen \",00\""}},
      {"1,000.00", kRupiah, "1000", {"English style", "zero sen \".00\""}},
      {"1.000,00", kWhole, "1000", {"zero decimals \",00\""}},
      {"1.000,000", kRupiah, "1000", {"zero sen"}},
  };
  for (const Accepted& row : rows) {
    check_accepted(row);
  }
  const std::vector<Refused> refused = {
      {"1.234,56,7", kDecimal, {"mixes separators", "1.234.567,89"}},
      {"1,234.567,89", kDecimal, {"mixes separators"}},
      {"1,2.5", kDecimal, {"\",\" grouping thousands", "groups of exactly 3"}},
      {"12.34,5", kDecimal, {"\".\" grouping thousands"}},
      {"1234.567,8", kDecimal, {"\".\" grouping thousands", "first group of 1 to 3 digits"}},
      {"01.234,5", kDecimal, {"not starting with 0"}},
  };
  for (const Refused& row : refused) {
    check_refused(row);
  }
}

TEST_CASE("one kind of mark more than once groups thousands, in valid groups only") {
  const std::vector<Accepted> rows = {
      {"2.696.606.251", kDecimal, "2696606251", {"dots grouping thousands"}},
      {"2,696,606,251", kDecimal, "2696606251", {"commas grouping thousands, English style"}},
      {"1.000.000", kRupiah, "1000000", {"dots grouping thousands"}},
      {"1,000,000", kWhole, "1000000", {"commas grouping"}},
  };
  for (const Accepted& row : rows) {
    check_accepted(row);
  }
  const std::vector<Refused> refused = {
      {"1.23.456", kDecimal, {"\".\" grouping thousands", "groups of exactly 3"}},
      {"12,34,567", kRupiah, {"\",\" grouping thousands", "such as 1.500.000", "1500000"}},
      {"1.234.5", kDecimal, {"grouping thousands"}},
      {"1.000.00", kRupiah, {"grouping thousands"}},
      {"0.000.001", kDecimal, {"not starting with 0"}},
      {"1234.567.890", kWhole, {"first group of 1 to 3 digits"}},
  };
  for (const Refused& row : refused) {
    check_refused(row);
  }
}

TEST_CASE("a single comma is the Indonesian decimal comma in a decimal column") {
  const std::vector<Accepted> rows = {
      {"73,75", kDecimal, "73.75", {"Indonesian decimal comma"}},
      {"0,125", kDecimal, "0.125", {"Indonesian decimal comma"}},
      {"73,50", kDecimal, "73.50", {"decimal comma"}},
      {"1234,5678", kDecimal, "1234.5678", {"decimal comma"}},
      // Could be grouping the English way: read the Indonesian way, and say how to write 1234.
      {"1,234",
       kDecimal,
       "1.234",
       {"Indonesian decimal comma", "if the comma groups thousands, write 1234"}},
      {"-12,500", kDecimal, "-12.500", {"write -12500"}},
  };
  for (const Accepted& row : rows) {
    check_accepted(row);
  }
  // No other reading to mention when the comma cannot group thousands.
  const auto outcome = read_number_text("0,125", kDecimal);
  CHECK(std::get<NumberReading>(outcome).understood.english.find("groups thousands") ==
        std::string::npos);
}

TEST_CASE("a single dot is a decimal point unless it could group thousands") {
  const std::vector<Accepted> rows = {
      {"2.5", kDecimal, "2.5", {}},           {"73.75", kDecimal, "73.75", {}},
      {"0.696", kDecimal, "0.696", {}},        // 0 cannot start a group
      {"1234.567", kDecimal, "1234.567", {}},  // nor can 4 digits
      {"2.5%", kDecimal, "2.5", {"percent"}}, {"2.6960", kDecimal, "2.6960", {}},
  };
  for (const Accepted& row : rows) {
    check_accepted(row);
  }
  const std::vector<Refused> refused = {
      {"2.696", kDecimal, {"could be 2696", "2.696", "write 2696", "write 2,696"}},
      {"12.500", kDecimal, {"12500", "12.500", "write 12,500", "enter the value as a number"}},
      {"-123.456", kDecimal, {"-123456", "-123.456", "write -123,456"}},
      {"2.696%", kDecimal, {"could be 2696"}},
  };
  for (const Refused& row : refused) {
    check_refused(row);
  }
}

TEST_CASE("in whole columns a single mark before 3 digits groups thousands") {
  const std::vector<Accepted> rows = {
      {"2.696", kRupiah, "2696", {"dots grouping thousands"}},
      {"2.696", kWhole, "2696", {"dots grouping thousands"}},
      {"2.024", kWhole, "2024", {"dots grouping thousands"}},
      {"1,000", kRupiah, "1000", {"commas grouping thousands, English style"}},
      {"1,000", kWhole, "1000", {"commas grouping"}},
      {"1000,00", kRupiah, "1000", {"zero sen \",00\""}},
      {"1000.00", kRupiah, "1000", {"zero sen \".00\""}},
      {"1234,000", kRupiah, "1234", {"zero sen"}},  // 4 digits cannot start a group
      {"2024,0", kWhole, "2024", {"zero decimals \",0\""}},
      {"Rp 1.00", kRupiah, "1", {"zero sen"}},
  };
  for (const Accepted& row : rows) {
    check_accepted(row);
  }
}

TEST_CASE("rupiah and counts are whole: other decimals are refused with both neighbours") {
  const std::vector<Refused> refused = {
      {"1.000,50", kRupiah, {"reads as 1000.50", "rupiah are whole", "write 1000 or 1001"}},
      {"Rp 1.999,99", kRupiah, {"rupiah are whole", "write 1999 or 2000"}},
      {"73,75", kRupiah, {"rupiah are whole", "write 73 or 74"}},
      {"0.500", kRupiah, {"reads as 0.500", "write 0 or 1"}},
      {"12,5", kWhole, {"a count or a year is whole", "write 12 or 13"}},
      {"99.9", kWhole, {"write 99 or 100"}},
  };
  for (const Refused& row : refused) {
    check_refused(row);
  }
}

TEST_CASE("text that is not a number is refused, naming what was found") {
  const std::vector<Refused> refused = {
      {"", kDecimal, {"\"\"", "holds no digits", "missing is not zero"}},
      {"   ", kDecimal, {"holds no digits"}},
      {"\u00A0", kRupiah, {"holds no digits"}},
      {"-", kDecimal, {"\"-\" holds no digits", "write 0 when the value is zero"}},
      {"abc", kDecimal, {"\"abc\" is not a number", "\"a\"", "such as 73,75"}},
      {"n/a", kWhole, {"\"n\"", "such as 120 or 2024"}},
      {"12 orang", kWhole, {"\"o\" is neither a digit nor a separator"}},
      {"(1.000)", kRupiah, {"\"(\"", "such as 1.500.000"}},
      {"1/2", kDecimal, {"\"/\""}},
      {"1\x07", kDecimal, {"\\x07", "U+0007"}},
      {"\xFF"
       "1",
       kDecimal,
       {"\\xFF", "not UTF-8"}},
      {"\u0661\u0662", kWhole, {"U+0661"}},  // Arabic-Indic digits are not read
      {"1e", kDecimal, {"\"e\" is neither a digit"}},
      {"e5", kDecimal, {"\"e\" is neither a digit"}},
  };
  for (const Refused& row : refused) {
    check_refused(row);
  }
}

TEST_CASE("scientific notation is refused: a spreadsheet may have cut the digits") {
  const std::vector<Refused> refused = {
      {"1e5", kDecimal, {"scientific notation", "all its digits"}},
      {"1E5", kWhole, {"scientific notation"}},
      {"2,69661E+09", kRupiah, {"scientific notation", "may have lost digits"}},
      {"1.5e-3", kDecimal, {"scientific notation"}},
  };
  for (const Refused& row : refused) {
    check_refused(row);
  }
}

TEST_CASE("misplaced separators are refused with the text to write instead") {
  const std::vector<Refused> refused = {
      {",5", kDecimal, {"starts with \",\"", "write 0,5"}},
      {".5", kDecimal, {"starts with \".\"", "write 0.5"}},
      {",5", kRupiah, {"starts with \",\"", "such as 1.500.000"}},
      {"5,", kDecimal, {"ends with \",\"", "write 5"}},
      {"1.000.", kRupiah, {"ends with \".\"", "write 1.000"}},
      {"1.000.", kDecimal, {"ends with \".\"", "such as 73,75"}},  // "1.000" would be ambiguous
      {"1..5", kDecimal, {"two separators in a row", "\".\" and \".\""}},
      {"1,.5", kDecimal, {"two separators in a row"}},
  };
  for (const Refused& row : refused) {
    check_refused(row);
  }
}

TEST_CASE("the project's limits: 18 digits before the decimal mark (19 for rupiah), 12 after") {
  const std::string eighteen = "123456789012345678";
  const std::vector<Accepted> rows = {
      {eighteen, kWhole, eighteen, {}},
      {"123.456.789.012.345.678", kRupiah, eighteen, {"dots grouping"}},
      {"0,123456789012", kDecimal, "0.123456789012", {"decimal comma"}},
      {"000" + eighteen, kDecimal, eighteen, {"leading zeros dropped"}},
      // The 64-bit range of rupiah; the largest is checked where the amount is converted.
      {"9.223.372.036.854.775.807", kRupiah, "9223372036854775807", {"dots grouping"}},
  };
  for (const Accepted& row : rows) {
    check_accepted(row);
  }
  const std::vector<Refused> refused = {
      {eighteen + "9", kDecimal, {"19 digits before the decimal mark", "at most 18"}},
      {"12.345.678.901.234.567.890", kRupiah, {"20 digits", "at most 19"}},
      {"0,1234567890123", kDecimal, {"13 decimals", "at most 12", "round it"}},
  };
  for (const Refused& row : refused) {
    check_refused(row);
  }
}

TEST_CASE("leading zeros are dropped and noted") {
  const std::vector<Accepted> rows = {
      {"007", kWhole, "7", {"leading zeros dropped"}},
      {"00,5", kDecimal, "0.5", {"leading zeros dropped"}},
      {"0,5", kDecimal, "0.5", {"decimal comma"}},
  };
  for (const Accepted& row : rows) {
    check_accepted(row);
  }
  const auto outcome = read_number_text("0,5", kDecimal);
  CHECK(std::get<NumberReading>(outcome).understood.english.find("leading zeros") ==
        std::string::npos);
}

TEST_CASE("an echoed text is clipped to 60 bytes, never inside a character") {
  const std::string long_text = std::string(70, 'x');
  const std::string message = message_of(long_text, kDecimal);
  CHECK(message.find("\"" + std::string(60, 'x') + "...\"") != std::string::npos);
  CHECK(message.find(std::string(61, 'x')) == std::string::npos);

  const std::string multibyte = std::string(59, '1') + "\u2212" + "1";  // U+2212 is 3 bytes
  const std::string clipped = message_of(multibyte, kDecimal);
  CHECK(clipped.find("\"" + std::string(59, '1') + "...\"") != std::string::npos);
}

TEST_CASE("a JSON string that holds a number gets a hint to write the JSON number") {
  CHECK(json_number_hint("84,12", kDecimal).english ==
        "write it as the JSON number 84.12 (no quotes, a point as decimal mark)");
  CHECK(json_number_hint("73.75", kDecimal).english ==
        "write it as the JSON number 73.75 (no quotes)");
  CHECK(json_number_hint("2.696.606.251", kRupiah).english ==
        "write it as the JSON number 2696606251 (no quotes, no thousands separators)");
  CHECK(json_number_hint("Rp 1.000", kRupiah).english ==
        "write it as the JSON number 1000 (no quotes, no thousands separators, no currency)");
  CHECK(json_number_hint("95%", kDecimal).english ==
        "write it as the JSON number 95 (no quotes, no percent sign)");
  CHECK(json_number_hint("1,234", kDecimal).english ==
        "write it as the JSON number 1.234 (no quotes, a point as decimal mark), or 1234 if the "
        "comma groups thousands");
  CHECK(json_number_hint("2.696", kDecimal).english ==
        "it could be 2696 or 2.696: write the JSON number 2696 or 2.696, without quotes");
  CHECK(json_number_hint("1.000,50", kRupiah).english ==
        "rupiah are whole: write the JSON number 1000 or 1001, without quotes");
  CHECK_THAT(json_number_hint("-1.000", kRupiah).english,
             Catch::Contains("a budget is not negative"));
  CHECK_THAT(json_number_hint("2,69661E+09", kRupiah).english, Catch::Contains("lost digits"));
  CHECK_THAT(json_number_hint("1.23.456", kDecimal).english, Catch::Contains("JSON number"));
  CHECK_THAT(json_number_hint("Rp 5", kDecimal).english,
             Catch::Contains("a currency does not belong"));
}

TEST_CASE("a JSON string that is not a number at all gets no hint") {
  for (const char* text : {"", "   ", "-", "n/a", "abc", "12 orang", "Rp", "%"}) {
    INFO(text);
    CHECK(json_number_hint(text, kDecimal).english.empty());
    CHECK(json_number_hint(text, kRupiah).english.empty());
    CHECK(json_number_hint(text, kWhole).english.empty());
  }
}

// ---- Property: numbers written the Indonesian way read back to their canonical text ----------

namespace {

struct Written {
  std::string text;
  std::string canonical;
};

class NumberWriter {
 public:
  explicit NumberWriter(std::uint64_t seed) : random_(seed) {}

  // Digits of a whole number: "0", or 1 to `max_digits` digits not starting with 0.
  std::string integer_digits(int max_digits) {
    if (chance(10)) return "0";
    std::string digits(1, digit(1));
    const int length = between(1, max_digits);
    while (static_cast<int>(digits.size()) < length)
      digits += digit(0);
    return digits;
  }

  std::string fraction_digits(int max_digits) {
    std::string digits;
    const int length = between(1, max_digits);
    while (static_cast<int>(digits.size()) < length)
      digits += digit(0);
    return digits;
  }

  // "2696606251" -> "2.696.606.251" with `mark` between groups of 3.
  static std::string grouped(const std::string& digits, std::string_view mark) {
    std::string out;
    for (std::size_t i = 0; i < digits.size(); ++i) {
      if (i > 0 && (digits.size() - i) % 3 == 0) out += mark;
      out += digits[i];
    }
    return out;
  }

  std::string_view group_mark() {
    constexpr std::string_view kMarks[] = {".", ".", ".", " ", "\u00A0", "\u2009", "\u202F"};
    return kMarks[pick(std::size(kMarks))];
  }

  std::string blanks() {
    constexpr std::string_view kBlanks[] = {"", "", "", " ", "\u00A0", "\t", "\u202F"};
    return std::string(kBlanks[pick(std::size(kBlanks))]);
  }

  bool chance(int percent) { return between(1, 100) <= percent; }

  std::string_view pick_of(std::initializer_list<std::string_view> options) {
    return options.begin()[pick(options.size())];
  }

  std::size_t pick(std::size_t count) {
    return static_cast<std::size_t>(between(0, static_cast<int>(count) - 1));
  }

 private:
  int between(int low, int high) { return std::uniform_int_distribution<int>(low, high)(random_); }
  char digit(int low) { return static_cast<char>('0' + between(low, 9)); }

  std::mt19937_64 random_;
};

bool all_zeros(const std::string& digits) {
  return digits.find_first_not_of("0.") == std::string::npos;
}

// A decimal written the Indonesian way: optional sign, dot (or space) grouping, decimal comma,
// optional "%", blanks around.
Written indonesian_decimal(NumberWriter& writer) {
  const std::string integer = writer.integer_digits(18);
  const std::string fraction = writer.chance(70) ? writer.fraction_digits(12) : "";
  const bool negative = writer.chance(30);
  const bool group = writer.chance(60);
  std::string body = group ? NumberWriter::grouped(integer, writer.group_mark()) : integer;
  if (!fraction.empty()) body += "," + fraction;
  std::string text = std::string(negative ? writer.pick_of({"-", "\u2212"}) : "") + body;
  if (writer.chance(30)) text += writer.pick_of({"%", " %"});
  std::string canonical = integer + (fraction.empty() ? "" : "." + fraction);
  if (negative && !all_zeros(canonical)) canonical = "-" + canonical;
  return {writer.blanks() + text + writer.blanks(), canonical};
}

// An amount of rupiah: optional prefix, dot (or space) grouping, optional ",00" or ",-".
Written indonesian_rupiah(NumberWriter& writer) {
  const std::string integer = writer.integer_digits(18);
  std::string text =
      std::string(writer.chance(50) ? writer.pick_of({"Rp ", "Rp", "Rp. ", "IDR "}) : "");
  text += writer.chance(70) ? NumberWriter::grouped(integer, writer.group_mark()) : integer;
  if (writer.chance(40)) text += writer.pick_of({",00", ",-", ",0", ".-"});
  return {writer.blanks() + text + writer.blanks(), integer};
}

// The same, the English way: comma grouping and a decimal point.
Written english_decimal(NumberWriter& writer) {
  const std::string integer = writer.integer_digits(18);
  const std::string fraction = writer.fraction_digits(12);
  const std::string text = NumberWriter::grouped(integer, ",") + "." + fraction;
  return {text, integer + "." + fraction};
}

// The only shape refused as ambiguous in a decimal column: one dot, no comma, 1 to 3 digits
// not starting with 0 before it and exactly 3 after it ("2.696", "-123.456%").
bool ambiguous_in_decimal_column(const std::string& text) {
  const auto dot = text.find('.');
  if (dot == std::string::npos || dot != text.rfind('.') || text.find(',') != std::string::npos) {
    return false;
  }
  const auto is_digit = [](char c) { return c >= '0' && c <= '9'; };
  std::size_t head = dot;
  while (head > 0 && is_digit(text[head - 1]))
    --head;
  std::size_t tail = dot + 1;
  while (tail < text.size() && is_digit(text[tail]))
    ++tail;
  const std::size_t head_digits = dot - head;
  return head_digits >= 1 && head_digits <= 3 && text[head] != '0' && tail - dot - 1 == 3;
}

}  // namespace

TEST_CASE("property: decimals written the Indonesian way read back exactly") {
  NumberWriter writer(20240917);
  for (int i = 0; i < 20000; ++i) {
    const Written written = indonesian_decimal(writer);
    INFO("text: [" << written.text << "]");
    if (ambiguous_in_decimal_column(written.text)) {
      CHECK_THAT(message_of(written.text, kDecimal), Catch::Contains("could be"));
      continue;
    }
    REQUIRE(decimal_of(written.text, kDecimal) == written.canonical);
  }
}

TEST_CASE("property: amounts of rupiah and counts written the Indonesian way read back exactly") {
  NumberWriter writer(1945);
  for (int i = 0; i < 20000; ++i) {
    const Written written = indonesian_rupiah(writer);
    INFO("text: [" << written.text << "]");
    REQUIRE(decimal_of(written.text, kRupiah) == written.canonical);
    const bool decorated = written.text.find_first_of("RI-") != std::string::npos;
    if (!decorated) REQUIRE(decimal_of(written.text, kWhole) == written.canonical);
  }
}

TEST_CASE("property: decimals written the English way with a fraction read back exactly") {
  NumberWriter writer(17081945);
  for (int i = 0; i < 20000; ++i) {
    const Written written = english_decimal(writer);
    INFO("text: [" << written.text << "]");
    if (ambiguous_in_decimal_column(written.text)) {  // "123.456": no comma grouping to tell
      CHECK_THAT(message_of(written.text, kDecimal), Catch::Contains("could be"));
      continue;
    }
    REQUIRE(decimal_of(written.text, kDecimal) == written.canonical);
  }
}

TEST_CASE("property: any text is read or refused with a message, never anything else") {
  NumberWriter writer(7);
  constexpr std::string_view kPieces[] = {"1", "23", "456", "0",      ".",      ",", " ",  "-",
                                          "%", "Rp", "e",   "\u00A0", "\u2212", "x", ",-", "\xE2"};
  for (int i = 0; i < 20000; ++i) {
    std::string text;
    for (std::size_t p = writer.pick(8); p > 0; --p)
      text += kPieces[writer.pick(std::size(kPieces))];
    INFO("text: [" << text << "]");
    for (const NumberColumn column : {kDecimal, kRupiah, kWhole}) {
      const auto outcome = read_number_text(text, column);
      if (const auto* reading = std::get_if<NumberReading>(&outcome)) {
        const std::string& decimal = reading->decimal;
        CHECK(decimal.find_first_not_of("-0123456789.") == std::string::npos);
        // Canonical text reads as itself, but for "2.696" (refused as ambiguous in decimals).
        if (!(column == kDecimal && ambiguous_in_decimal_column(decimal))) {
          CHECK(decimal_of(decimal, column) == decimal);
        }
      } else {
        CHECK_THAT(std::get<NumberRefusal>(outcome).message.english,
                   Catch::StartsWith("the text \""));
      }
    }
  }
}

// ---- A printed figure's text: the report's own notation ----------------------------------------

namespace {

using lkjip::PrintedNumberText;
using lkjip::PrintedWords;
using lkjip::read_printed_text;

struct PrintedAccepted {
  std::string text;
  std::string decimal;
  int decimals;
};

struct PrintedRefused {
  std::string text;
  std::vector<std::string> message_words;
};

}  // namespace

TEST_CASE("a printed text in the report's notation is a number with the decimals it shows") {
  const std::vector<PrintedAccepted> rows = {
      {"95,30", "95.30", 2},
      {"73,75", "73.75", 2},
      {"2.696.606.251", "2696606251", 0},
      {"2696606251", "2696606251", 0},
      {"100%", "100", 0},
      {"100 %", "100", 0},
      {"97,09 %", "97.09", 2},
      {"Rp 2.696.606.251", "2696606251", 0},
      {"Rp2.696.606.251", "2696606251", 0},
      {"Rp. 2.696.606.251,00", "2696606251.00", 2},
      {"RP 1.000", "1000", 0},
      {"rp. 500", "500", 0},
      {"Rp 1.000,-", "1000", 0},
      {"-1,57", "-1.57", 2},
      {"\u22121,57", "-1.57", 2},
      {"+0,52", "0.52", 2},
      {"-Rp 1.000", "-1000", 0},
      {"Rp -1.000", "-1000", 0},
      {"-0,00", "0.00", 2},
      {"1.000", "1000", 0},  // one thousand: a dot groups thousands, never a decimal point
      {"1.234,5", "1234.5", 1},
      {"0", "0", 0},
      {"0,5", "0.5", 1},
      {"999", "999", 0},
      {"  95,30\u00A0", "95.30", 2},
      {"\u00A0Rp\u00A02.696\u00A0", "2696", 0},
      {"0,123456", "0.123456", 6},
  };
  for (const PrintedAccepted& row : rows) {
    INFO("text: [" << row.text << "]");
    const auto outcome = read_printed_text(row.text);
    const auto* number = std::get_if<PrintedNumberText>(&outcome);
    if (number == nullptr) {
      const auto* refusal = std::get_if<NumberRefusal>(&outcome);
      FAIL((refusal ? "refused: " + refusal->message.english : std::string("read as words")));
    }
    CHECK(number->decimal == row.decimal);
    CHECK(number->decimals == row.decimals);
  }
}

TEST_CASE("a printed text that does not look like a number is words: a rating, a predicate") {
  for (const std::string text :
       {"BB", "Sangat Baik", "Baik", "A", "AA", "CC", "Butuh Perbaikan (Cukup)", "t.d.", "-", "%",
        "Rp", "12 orang", "Triwulan 4", "31-12-2024", "2022\u20132026", "", " "}) {
    INFO("text: [" << text << "]");
    CHECK(std::holds_alternative<PrintedWords>(read_printed_text(text)));
  }
}

TEST_CASE("a printed text that looks like a number but is not one is refused, saying why and how") {
  const std::vector<PrintedRefused> rows = {
      {"2.69.606", {"\"2.69.606\"", "exactly 3 digits follow each dot", "found \"69\""}},
      {"95,3,0", {"\"95,3,0\"", "more than one comma"}},
      {"1.000.00", {"exactly 3 digits follow each dot", "found \"00\"", "write 1.000,00"}},
      {"95.3", {"found \"3\"", "write 95,3"}},
      {"95.30", {"found \"30\"", "write 95,30"}},
      {"0.5", {"1 to 3, not starting with 0", "write 0,5"}},
      {"2696.606", {"digits before the first dot are 1 to 3", "found \"2696\""}},
      {"1,234.56", {"a dot follows the decimal comma"}},
      {"(1,57)", {"parentheses", "write -1,57 for a negative figure, 1,57 for a positive one"}},
      {"\u20131,57", {"U+2013", "a dash, not a minus sign", "write -1,57"}},
      {"2,69661E+09", {"scientific notation"}},
      {"1e5", {"scientific notation"}},
      {"2 696 606 251", {"blanks do not group thousands"}},
      {"- 1,57", {"a blank follows the sign"}},
      {"--5", {"two signs"}},
      {"+-5", {"two signs"}},
      {"5-", {"\"-\" stands inside the number"}},
      {"95%,3", {"\"%\" stands inside the number"}},
      {"Rp 100%", {"both a currency and \"%\""}},
      {"IDR 1.000", {"\"IDR\"", "write Rp"}},
      {",5", {"no digit comes before the decimal comma", "write 0,5"}},
      {"95,", {"ends with a comma"}},
      {"05", {"starts with 0", "write 5"}},
      {"1..000", {"a dot stands where a digit belongs"}},
      {".5", {"a dot stands where a digit belongs"}},
      {"1,000,-", {"\",-\" marks whole rupiah and follows no decimals"}},
      {"0,1234567", {"7 decimals", "at most 6"}},
      {"1234567890123456789", {"19 digits", "at most 18"}},
  };
  for (const PrintedRefused& row : rows) {
    INFO("text: [" << row.text << "]");
    const auto outcome = read_printed_text(row.text);
    const auto* refusal = std::get_if<NumberRefusal>(&outcome);
    if (refusal == nullptr) FAIL("not refused");
    INFO("message: " << refusal->message.english);
    CHECK(refusal->message.english.rfind("the text \"", 0) == 0);
    CHECK(refusal->message.english.find("looks like a number but is not one") != std::string::npos);
    // The expected form, every time.
    CHECK(refusal->message.english.find(
              "expected a number as the report prints it: digits grouped in "
              "threes by dots, a comma before any decimals") != std::string::npos);
    for (const std::string& word : row.message_words) {
      CHECK(refusal->message.english.find(word) != std::string::npos);
    }
  }
}

TEST_CASE("every number as lkjip prints it in the report's notation reads back exactly") {
  // Random magnitudes up to 18 digits, both signs, 0 to 6 decimals: the text check prints for a
  // figure ("2.696.606.251", "-1,57") is a text the grammar reads to the same value and decimals.
  std::mt19937_64 random(20241203);
  std::uniform_int_distribution<std::int64_t> magnitude(-999'999'999'999'999'999LL,
                                                        999'999'999'999'999'999LL);
  std::uniform_int_distribution<int> decimals_of(0, lkjip::kMaxPrintedTextDecimals);
  std::uniform_int_distribution<int> digits_of(1, 18);
  for (int i = 0; i < 20000; ++i) {
    const int decimals = decimals_of(random);
    std::int64_t scaled = magnitude(random);
    for (int cut = digits_of(random); cut < 18; ++cut)
      scaled /= 10;  // short numbers as often as long ones
    std::string digits = std::to_string(scaled < 0 ? -scaled : scaled);
    if (static_cast<int>(digits.size()) <= decimals)
      digits.insert(0, static_cast<std::size_t>(decimals) + 1 - digits.size(), '0');
    std::string canonical = (scaled < 0 ? "-" : "") + digits;
    if (decimals > 0) canonical.insert(canonical.size() - static_cast<std::size_t>(decimals), ".");
    const auto value = lkjip::Rational::parse_decimal(canonical);
    REQUIRE(value);
    const std::string printed = value->round_half_up(decimals).render(',', '.');
    for (const std::string& text : {printed, printed + " %", "Rp " + printed}) {
      INFO("text: [" << text << "] from " << canonical);
      const auto outcome = read_printed_text(text);
      const auto* number = std::get_if<PrintedNumberText>(&outcome);
      REQUIRE(number != nullptr);
      CHECK(number->decimals == decimals);
      CHECK(*lkjip::Rational::parse_decimal(number->decimal) == *value);
    }
  }
}
