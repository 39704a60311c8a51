// The floor of issue 18: simdjson's On-Demand parser (Debian's libsimdjson) visiting every value
// of every file once: every object and its keys, every array, every number parsed (as a double),
// every string read (unescaped), every literal. It builds nothing, so it is the least a reader
// that looks at each value can cost. Prints what it visited, so that the work cannot be skipped.
//   simdjson_floor FILE_OR_DIR...
#include <simdjson.h>

#include <filesystem>
#include <string_view>
#include <vector>

#include "floor.h"

namespace {

using simdjson::ondemand::json_type;

using bench::Tally;

void visit(simdjson::ondemand::value value, Tally& tally) {
  switch (value.type()) {
    case json_type::object:
      ++tally.objects;
      for (auto field : value.get_object()) {
        const std::string_view key = field.unescaped_key();
        ++tally.keys;
        tally.text_bytes += key.size();
        visit(field.value(), tally);
      }
      break;
    case json_type::array:
      ++tally.arrays;
      for (auto element : value.get_array())
        visit(element.value(), tally);
      break;
    case json_type::number:
      ++tally.numbers;
      tally.sum += static_cast<double>(value.get_double());
      break;
    case json_type::string: {
      const std::string_view text = value.get_string();
      ++tally.strings;
      tally.text_bytes += text.size();
      break;
    }
    case json_type::boolean:
      ++tally.literals;
      if (static_cast<bool>(value.get_bool())) ++tally.trues;
      break;
    case json_type::null:
      if (static_cast<bool>(value.is_null())) ++tally.literals;
      break;
  }
}

}  // namespace

int main(int argc, char** argv) {
  const std::vector<std::filesystem::path> files = bench::json_files(argc, argv);
  simdjson::ondemand::parser parser;
  Tally tally;
  std::size_t bytes = 0;
  for (const auto& file : files) {
    const simdjson::padded_string text = simdjson::padded_string::load(file.string());
    bytes += text.size();
    simdjson::ondemand::document document = parser.iterate(text);
    visit(document.get_value(), tally);
  }
  tally.print(files.size(), bytes);
  return 0;
}
