// The floor lkjip is measured against: nlohmann::json::parse (a DOM) over every file, nothing
// else. Prints the number of files and bytes parsed.
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "floor.h"

int main(int argc, char** argv) {
  const std::vector<std::filesystem::path> files = bench::json_files(argc, argv);
  std::size_t bytes = 0;
  std::size_t values = 0;
  for (const auto& file : files) {
    std::ifstream in(file, std::ios::binary);
    const std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    bytes += text.size();
    const nlohmann::json document = nlohmann::json::parse(text);
    values += document.size();
  }
  std::printf("%zu files, %zu bytes, %zu top-level members\n", files.size(), bytes, values);
  return 0;
}
