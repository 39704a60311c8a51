// The readers' table of the catalogue: every message in both languages, with the same arguments,
// in the enumerators' order; and a reader's problem said in the language asked for.
#include "reader_messages.h"

#include <catch2/catch.hpp>
#include <regex>
#include <set>
#include <string>

#include "json_cursor.h"
#include "lkjip/error.h"
#include "lkjip/loader.h"
#include "number_text.h"
#include "workbook_cells.h"

namespace lkjip {
namespace {

// The argument numbers a template uses: {0}, {3}, …
std::set<int> arguments_of(const std::string& text) {
  std::set<int> numbers;
  const std::regex argument(R"(\{(\d+)\})");
  for (auto it = std::sregex_iterator(text.begin(), text.end(), argument);
       it != std::sregex_iterator(); ++it) {
    numbers.insert(std::stoi((*it)[1].str()));
  }
  return numbers;
}

TEST_CASE("every reader message is written in both languages with the same arguments",
          "[reader-messages]") {
  std::size_t same = 0;
  for (std::size_t i = 0; i < kReaderMessageCount; ++i) {
    const auto message = static_cast<ReaderMessage>(i);
    INFO("reader message " << i << ": " << phrase_of(message).english);
    REQUIRE(reader_message_at(i) == message);  // the table is in the enumerators' order
    const std::string indonesian = phrase_of(message).indonesian;
    const std::string english = phrase_of(message).english;
    CHECK_FALSE(indonesian.empty());
    CHECK_FALSE(english.empty());
    CHECK(arguments_of(indonesian) == arguments_of(english));
    // Each renders with as many arguments as it names (fmt throws on a missing or bad one).
    CHECK_NOTHROW(say(message, "a", "b", "c", "d", "e"));
    if (indonesian == english) ++same;
  }
  // Only words that are the same in both languages: "program", "array", " ({0})".
  CHECK(same == 3);
}

TEST_CASE("a JSON file's problems are said in Indonesian and in English", "[reader-messages]") {
  const std::string text = R"({"format": "lkjip/1", "unit": {"name": "Kecamatan", "region": "X"},
    "year": "2024", "renstra_period": {"from": 2024, "to": 2026}, "objectives": [],
    "programs": []})";
  try {
    load_report_text(text, "f.json");
    FAIL("read");
  } catch (const InputError& error) {
    const Text& message = error.problems().front().message;
    CHECK(message.english ==
          "expected a whole number (a year), found the string \"2024\"; write it as the JSON "
          "number 2024 (no quotes)");
    CHECK(message.indonesian ==
          "diharapkan bilangan bulat (tahun), ditemukan teks \"2024\"; tulis sebagai bilangan "
          "JSON 2024 (tanpa tanda kutip)");
  }
}

TEST_CASE("the JSON parser's diagnosis is said in Indonesian, as it is in English",
          "[reader-messages]") {
  try {
    load_report_text("{\"format\": ", "f.json");
    FAIL("read");
  } catch (const InputError& error) {
    const Text& message = error.problems().front().message;
    CHECK(message.english ==
          "invalid JSON: syntax error while parsing value - unexpected end of input; expected "
          "'[', '{', or a literal");
    CHECK(message.indonesian ==
          "JSON tidak sah: kesalahan sintaks saat membaca nilai - teks berakhir sebelum JSON-nya "
          "lengkap; diharapkan '[', '{', atau literal");
  }
}

TEST_CASE("the JSON reader's own syntax check is said in both languages", "[reader-messages]") {
  JsonCursor cursor("   ");
  try {
    cursor.peek();
    FAIL("a value");
  } catch (const JsonSyntaxError& error) {
    CHECK(error.message.english == "unexpected end of input; expected a value");
    CHECK(error.message.indonesian == "teks berakhir; diharapkan sebuah nilai");
  }
}

TEST_CASE("a number typed as text is explained in both languages", "[reader-messages]") {
  const auto reading = read_number_text("Rp 1.500.000", NumberColumn::kRupiah);
  const Text& understood = std::get<NumberReading>(reading).understood;
  CHECK(understood.english ==
        "read the text \"Rp 1.500.000\" as 1500000 (the prefix \"Rp\" dropped, dots grouping "
        "thousands)");
  CHECK(understood.indonesian ==
        "teks \"Rp 1.500.000\" dibaca sebagai 1500000 (awalan \"Rp\" dibuang, titik sebagai "
        "pemisah ribuan)");
}

TEST_CASE("a file that is no workbook is said in both languages", "[reader-messages]") {
  try {
    xlsx::read_workbook_bytes("not a zip at all");
    FAIL("read");
  } catch (const xlsx::WorkbookError& error) {
    CHECK(error.text.english ==
          "not a zip archive, so not an .xlsx workbook: save it from Excel or LibreOffice as "
          "'Excel 2007-365 (.xlsx)'");
    CHECK(error.text.indonesian ==
          "bukan arsip zip, jadi bukan buku kerja .xlsx: simpan dari Excel atau LibreOffice "
          "sebagai 'Excel 2007-365 (.xlsx)'");
    CHECK(std::string(error.what()) == error.text.english);
  }
}

}  // namespace
}  // namespace lkjip
