// Why a text is not strict JSON, in nlohmann's own words, at the offending position. Internal to
// the loader, which streams files through JsonCursor and asks this only of a text it could not
// read (rare, and never for good files).
#pragma once

#include <string>
#include <string_view>

#include "lkjip/error.h"

namespace lkjip {

// Objects and arrays nested deeper than this are refused (a file of `[[[[...` stays harmless).
constexpr int kMaxJsonDepth = 64;

// Checks strict JSON (RFC 8259, UTF-8; a duplicate key is an error): throws the InputError that
// says where and why the text is not, returns when it is.
void diagnose_json(std::string_view content, const std::string& file);

// JSON Pointer (RFC 6901) of a member: append_pointer("/programs/2", "budget").
std::string append_pointer(const std::string& parent, std::string_view key);
std::string append_pointer(const std::string& parent, std::size_t index);

}  // namespace lkjip
