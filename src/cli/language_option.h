// --lang on every subcommand, one way: id (Indonesian, the default) or en, or LKJIP_LANG when
// the option is not given; never the system locale, so that a command gives the same bytes on
// every machine. Internal to the command line.
#pragma once

#include <CLI/CLI.hpp>
#include <string>

#include "lkjip/language.h"

namespace lkjip {

// Adds --lang to `command`, read into `lang` ("id" unless given or set in LKJIP_LANG).
// `what` says what the language changes for this command.
void add_language_option(CLI::App& command, std::string& lang, const std::string& what);

// The language `lang` names (checked when parsed: id or en).
Language language_of(const std::string& lang);

}  // namespace lkjip
