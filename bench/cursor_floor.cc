// The floor of lkjip's own JSON cursor (src/readers/json/json_cursor.h), to set beside
// simdjson's (bench/simdjson_floor.cc): the same walk, every object and its keys, every array,
// every number parsed (as a double), every string read (unescaped), every literal, building
// nothing. What the cursor costs before the reader makes a model of what it reads: issue 18's
// choice between simdjson and the own cursor is measured with it. With --simd, the same walk
// through SimdCursor (the reader's fast path: the cursor's interface over simdjson On-Demand),
// to tell what the interface costs over simdjson's own floor.
//   lkjip_cursor_floor [--simd] FILE_OR_DIR...
#include <charconv>
#include <filesystem>
#include <fstream>
#include <string>
#include <string_view>
#include <vector>

#include "floor.h"
#include "json_cursor.h"
#include "simd_cursor.h"

namespace {

using lkjip::JsonCursor;
using lkjip::SimdCursor;
using Kind = JsonCursor::Kind;

using bench::Tally;

// A number's text, as each cursor returns it.
std::string_view text_of(std::string_view number) {
  return number;
}
std::string_view text_of(const lkjip::JsonNumber& number) {
  return number.text;
}

template <class Cursor>
void visit(Cursor& cursor, Tally& tally) {
  switch (cursor.peek()) {
    case Kind::kObject: {
      ++tally.objects;
      cursor.begin_object();
      std::string_view key;
      while (cursor.next_member(&key)) {
        ++tally.keys;
        tally.text_bytes += key.size();
        visit(cursor, tally);
      }
      break;
    }
    case Kind::kArray:
      ++tally.arrays;
      cursor.begin_array();
      while (cursor.next_item())
        visit(cursor, tally);
      break;
    case Kind::kNumber: {
      ++tally.numbers;
      const std::string_view text = text_of(cursor.read_number());
      double value = 0;
      std::from_chars(text.data(), text.data() + text.size(), value);
      tally.sum += value;
      break;
    }
    case Kind::kString:
      ++tally.strings;
      tally.text_bytes += cursor.read_string().size();
      break;
    case Kind::kBoolean:
      ++tally.literals;
      if (cursor.read_boolean()) ++tally.trues;
      break;
    case Kind::kNull:
      cursor.read_null();
      ++tally.literals;
      break;
  }
}

}  // namespace

int main(int argc, char** argv) {
  const bool simd = argc > 1 && std::string_view(argv[1]) == "--simd";
  if (simd) {
    --argc;
    ++argv;
  }
  const std::vector<std::filesystem::path> files = bench::json_files(argc, argv);
  Tally tally;
  std::size_t bytes = 0;
  std::string text;
  for (const auto& file : files) {
    // Read as simdjson's floor reads (padded_string::load: one read of the whole file), not
    // through a stream iterator, which cost more than the walk.
    std::ifstream in(file, std::ios::binary);
    text.resize(static_cast<std::size_t>(std::filesystem::file_size(file)));
    in.read(text.data(), static_cast<std::streamsize>(text.size()));
    bytes += text.size();
    text.reserve(text.size() + 64);  // simdjson's padding
    try {
      if (simd) {
        SimdCursor cursor(text, text.capacity());
        visit(cursor, tally);
        cursor.finish();
      } else {
        JsonCursor cursor(text);
        visit(cursor, tally);
        cursor.finish();
      }
    } catch (const SimdCursor::GiveUp&) {
      std::fprintf(stderr, "%s: the fast path gave up\n", file.c_str());
      return 1;
    } catch (const lkjip::JsonSyntaxError& error) {
      std::fprintf(stderr, "%s: not JSON at byte %zu\n", file.c_str(), error.offset);
      return 1;
    }
  }
  tally.print(files.size(), bytes);
  return 0;
}
