// Formatters write their text in pieces: each builds a block in a string and hands it to the
// sink between rows once it has grown, so that a large report's text is never held whole.
// Internal to the formatters.
#pragma once

#include <functional>
#include <string>

#include "lkjip/format.h"

namespace lkjip::pieces {

// Hands `out` to the sink and empties it once it holds at least a block (64 kB).
void pass_on_if_large(std::string& out, const TextSink& sink);
// Hands what is left of `out` to the sink.
void pass_on(std::string& out, const TextSink& sink);
// The whole text a writer writes, in one string.
std::string collected(const std::function<void(const TextSink&)>& write);

}  // namespace lkjip::pieces
