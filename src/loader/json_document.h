// A JSON document with the position of every value and key, and numbers kept as their text.
// Internal to the loader, which streams files through JsonCursor and builds this tree only to
// diagnose a text that is not JSON with nlohmann's own messages (rare, and never for good files).
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "lkjip/error.h"

namespace lkjip {

struct JsonMember;

struct JsonNode {
  enum class Kind { kNull, kBoolean, kNumber, kString, kArray, kObject };
  Kind kind = Kind::kNull;
  SourcePosition position;
  std::string text;  // a number's text as written, or a string's value
  bool boolean = false;
  std::vector<JsonNode> items;      // kArray
  std::vector<JsonMember> members;  // kObject, in file order
};

struct JsonMember {
  std::string key;
  SourcePosition key_position;
  JsonNode value;
};

// Objects and arrays nested deeper than this are refused (a file of `[[[[...` stays harmless).
constexpr int kMaxJsonDepth = 64;

// Parses strict JSON (RFC 8259, UTF-8). Duplicate keys are an error. Throws InputError.
JsonNode parse_json_document(std::string_view content, const std::string& file);

// JSON Pointer (RFC 6901) of a member: append_pointer("/programs/2", "budget").
std::string append_pointer(const std::string& parent, std::string_view key);
std::string append_pointer(const std::string& parent, std::size_t index);

}  // namespace lkjip
