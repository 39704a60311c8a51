// An option's value from a fixed set, and for a misspelt one the nearest ("did you mean").
// Internal to the command line.
#pragma once

#include <CLI/CLI.hpp>
#include <string>
#include <vector>

#include "lkjip/language.h"

namespace lkjip {

// Accepts one of `names`; another value's error, in `language`, names the nearest of them,
// then all of them. Help shows the set as CLI::IsMember does ("{a,b,c}").
CLI::Validator one_of(std::vector<std::string> names, Language language);

}  // namespace lkjip
