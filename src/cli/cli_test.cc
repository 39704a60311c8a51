// The command line's words: its catalogue, the language it is asked for before parsing, and
// what it says of a mistaken command line, in both languages.
#include <CLI/CLI.hpp>
#include <catch2/catch.hpp>
#include <regex>
#include <set>
#include <string>
#include <vector>

#include "choices.h"
#include "cli_messages.h"
#include "help_words.h"
#include "language_option.h"
#include "lkjip/suggest.h"

namespace lkjip {
namespace {

std::set<int> arguments_of(const std::string& text) {
  std::set<int> numbers;
  const std::regex argument(R"(\{(\d+)\})");
  for (auto it = std::sregex_iterator(text.begin(), text.end(), argument);
       it != std::sregex_iterator(); ++it) {
    numbers.insert(std::stoi((*it)[1].str()));
  }
  return numbers;
}

TEST_CASE("every command-line message is written in both languages with the same arguments",
          "[cli]") {
  for (std::size_t i = 0; i <= static_cast<std::size_t>(CliMessage::kLast); ++i) {
    const auto message = static_cast<CliMessage>(i);
    INFO("message " << i);
    REQUIRE(cli_message_at(i) == message);  // the table is in the enumerators' order
    const std::string indonesian = phrase_of(message).indonesian;
    const std::string english = phrase_of(message).english;
    CHECK_FALSE(indonesian.empty());
    CHECK_FALSE(english.empty());
    CHECK(arguments_of(indonesian) == arguments_of(english));
    CHECK_NOTHROW(say(Language::kIndonesian, message, "a", "b", "c"));
    CHECK_NOTHROW(say(Language::kEnglish, message, "a", "b", "c"));
  }
}

std::vector<const char*> arguments(std::initializer_list<const char*> given) {
  std::vector<const char*> out{"lkjip"};
  out.insert(out.end(), given);
  return out;
}

Language requested(std::initializer_list<const char*> given, const char* environment = nullptr) {
  const std::vector<const char*> argv = arguments(given);
  return requested_language(static_cast<int>(argv.size()), argv.data(), environment);
}

TEST_CASE("the language is the last --lang, else LKJIP_LANG, else Indonesian", "[cli]") {
  CHECK(requested({"compute", "a.json"}) == Language::kIndonesian);
  CHECK(requested({"compute", "--lang", "en", "a.json"}) == Language::kEnglish);
  CHECK(requested({"compute", "--lang=en"}) == Language::kEnglish);
  CHECK(requested({"compute", "--lang=en", "--lang", "id"}) == Language::kIndonesian);
  CHECK(requested({"compute"}, "en") == Language::kEnglish);
  CHECK(requested({"compute", "--lang", "id"}, "en") == Language::kIndonesian);
  // Neither id nor en: parsing refuses it, in Indonesian.
  CHECK(requested({"compute", "--lang", "fr"}, "en") == Language::kIndonesian);
  CHECK(requested({"compute", "--", "--lang", "en"}) == Language::kIndonesian);
  CHECK(requested({"compute", "--lang"}) == Language::kIndonesian);  // no value
}

// A small command line like lkjip's: what parsing `given` says, in `language`.
std::string usage_error_of(std::initializer_list<const char*> given, Language language) {
  CLI::App app{"test", "lkjip"};
  speak_help(app, language, [] { return std::string("lkjip 0"); });
  app.require_subcommand(1);
  CLI::App* compute = add_command(app, "compute", "compute", language);
  std::vector<std::string> files;
  std::string format;
  unsigned jobs = 0;
  compute->add_option("FILE", files, "files")->required();
  compute->add_option("-f,--format", format, "format")->check(one_of({"text", "json"}, language));
  compute->add_option("-j,--jobs", jobs, "jobs");
  std::vector<const char*> argv = arguments(given);
  try {
    app.parse(static_cast<int>(argv.size()), argv.data());
  } catch (const CLI::ParseError& error) {
    return usage_error(error, app, language);
  }
  return "parsed";
}

TEST_CASE("a misspelt option is named with the nearest one, in the command's language", "[cli]") {
  CHECK(usage_error_of({"compute", "a.json", "--formt", "json"}, Language::kEnglish) ==
        "lkjip compute: no option \"--formt\"; did you mean \"--format\"?\n"
        "Help: lkjip compute --help\n");
  CHECK(usage_error_of({"compute", "a.json", "--formt=json"}, Language::kIndonesian) ==
        "lkjip compute: opsi \"--formt\" tidak dikenal; maksud Anda \"--format\"?\n"
        "Bantuan: lkjip compute --help\n");
  CHECK(usage_error_of({"compute", "a.json", "--zzzzzz"}, Language::kEnglish) ==
        "lkjip compute: no option \"--zzzzzz\"\nHelp: lkjip compute --help\n");
}

TEST_CASE("a missing argument, value or command is said in the command's language", "[cli]") {
  CHECK(usage_error_of({"compute"}, Language::kIndonesian) ==
        "lkjip compute: FILE wajib diberikan\nBantuan: lkjip compute --help\n");
  CHECK(usage_error_of({"compute", "a.json", "--format"}, Language::kEnglish) ==
        "lkjip compute: --format needs a value\nHelp: lkjip compute --help\n");
  CHECK(usage_error_of({}, Language::kEnglish) ==
        "lkjip: name a command (compute); lkjip help explains them\n");
  CHECK(usage_error_of({"compute", "a.json", "-j", "banyak"}, Language::kIndonesian) ==
        "lkjip compute: --jobs: diharapkan bilangan bulat positif, ditemukan \"banyak\"\n"
        "Bantuan: lkjip compute --help\n");
}

TEST_CASE("a value outside an option's set names the nearest, in the command's language", "[cli]") {
  CHECK(usage_error_of({"compute", "a.json", "-f", "jsno"}, Language::kIndonesian) ==
        "lkjip compute: --format: jsno: maksud Anda \"json\"? (salah satu dari {text,json})\n"
        "Bantuan: lkjip compute --help\n");
  CHECK(usage_error_of({"compute", "a.json", "-f", "xml"}, Language::kEnglish) ==
        "lkjip compute: --format: xml not in {text,json}\nHelp: lkjip compute --help\n");
}

TEST_CASE("the help's own words are in the command line's language", "[cli]") {
  CLI::App app{"test", "lkjip"};
  speak_help(app, Language::kIndonesian, [] { return std::string("lkjip 0"); });
  CLI::App* compute = add_command(app, "compute", "hitung", Language::kIndonesian);
  std::string format;
  compute->add_option("-f,--format", format, "format");
  name_value_types(app, Language::kIndonesian);
  const std::string help = compute->help("lkjip");
  INFO(help);
  CHECK(help.find("Pemakaian: lkjip compute [OPSI]") != std::string::npos);
  CHECK(help.find("Opsi:\n  -h,--help") != std::string::npos);
  CHECK(help.find("-f,--format TEKS") != std::string::npos);
  CHECK(help.find("Options") == std::string::npos);
  CHECK(help.find("TEXT") == std::string::npos);
}

TEST_CASE("a near name is suggested, an unrelated short one is not", "[cli]") {
  const std::vector<std::string_view> languages{"id", "en"};
  CHECK(closest("eng", languages) == std::optional<std::string_view>("en"));
  CHECK_FALSE(closest("fr", languages).has_value());
  const std::vector<std::string_view> tables{"iku", "tren", "tren-capaian"};
  CHECK(closest("ikuu", tables) == std::optional<std::string_view>("iku"));
  CHECK(closest("tren-capain", tables) == std::optional<std::string_view>("tren-capaian"));
}

}  // namespace
}  // namespace lkjip
