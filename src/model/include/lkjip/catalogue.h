// How every message lkjip writes for people is kept: one catalogue, each message written once
// in Indonesian and once in English with the same positional arguments ({0}, {1}, …), and
// rendered in both at once (a Text) or in one language. Each area names its messages with an
// enumeration and keeps their texts in one table (the model's rules: input_messages.h; the
// readers: reader_messages.h; check's findings: check_messages.h; the command line:
// cli_messages.h); each table's test renders every message in both languages.
#pragma once

#include <fmt/format.h>

#include <string>
#include <type_traits>

#include "lkjip/language.h"

namespace lkjip {

// One message's templates.
struct Phrase {
  const char* indonesian = "";
  const char* english = "";

  const char* in(Language language) const {
    return language == Language::kEnglish ? english : indonesian;
  }
};

namespace catalogue_detail {

// An argument in one language: a Text gives its words in that language, anything else itself.
template <class Arg>
const auto& in_language(const Arg& arg, Language language) {
  if constexpr (std::is_same_v<Arg, Text>) {
    return arg.in(language);
  } else {
    return arg;
  }
}

}  // namespace catalogue_detail

// `phrase` in `language`, its arguments in the same language.
template <class... Args>
std::string say_in(Language language, const Phrase& phrase, const Args&... args) {
  return fmt::vformat(phrase.in(language),
                      fmt::make_format_args(catalogue_detail::in_language(args, language)...));
}

// `phrase` in both languages.
template <class... Args>
Text say_both(const Phrase& phrase, const Args&... args) {
  return Text{say_in(Language::kIndonesian, phrase, args...),
              say_in(Language::kEnglish, phrase, args...)};
}

}  // namespace lkjip
