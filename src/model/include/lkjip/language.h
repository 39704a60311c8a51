// The languages lkjip speaks to people, and words written in both. What tools parse (codes,
// JSON keys, FILE:LINE:COL: error:) is the same in every language; only the words change.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace lkjip {

// Indonesian by default, for labels and messages alike; never guessed from the system locale,
// so that one command gives the same bytes on every machine.
enum class Language { kIndonesian, kEnglish };

// "id" or "en", as --lang and LKJIP_LANG spell them; nothing for anything else.
std::optional<Language> language_named(std::string_view name);
std::string_view language_name(Language language);

// Words for people in both languages, chosen when they are written out: a reader or a check
// says what it found without knowing who will read it.
struct Text {
  std::string indonesian;
  std::string english;

  const std::string& in(Language language) const {
    return language == Language::kEnglish ? english : indonesian;
  }
  bool operator==(const Text&) const = default;
};

// The same words in both languages: a name, a number, a quoted value.
inline Text verbatim(std::string words) {
  return Text{words, words};
}

}  // namespace lkjip
