// The floor lkjip is measured against: nlohmann::json::parse (a DOM) over every file, nothing
// else. Prints the number of files and bytes parsed.
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

int main(int argc, char** argv) {
  std::vector<std::filesystem::path> files;
  for (int i = 1; i < argc; ++i) {
    const std::filesystem::path path(argv[i]);
    if (std::filesystem::is_directory(path)) {
      for (const auto& entry : std::filesystem::directory_iterator(path)) {
        if (entry.path().extension() == ".json") files.push_back(entry.path());
      }
    } else {
      files.push_back(path);
    }
  }
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
