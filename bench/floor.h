// What bench/'s floors share: the files they are given (a directory: its *.json) and the tally of
// the values a walk visited, printed so that the work cannot be skipped.
#pragma once

#include <cstdio>
#include <filesystem>
#include <vector>

namespace bench {

inline std::vector<std::filesystem::path> json_files(int argc, char** argv) {
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
  return files;
}

struct Tally {
  std::size_t objects = 0, arrays = 0, keys = 0, numbers = 0, strings = 0, literals = 0, trues = 0;
  std::size_t text_bytes = 0;
  double sum = 0;  // of the numbers: a use of each

  void print(std::size_t files, std::size_t bytes) const {
    std::printf(
        "%zu files, %zu bytes: %zu objects, %zu arrays, %zu keys, %zu numbers (sum %.6g), "
        "%zu strings, %zu literals (%zu true), %zu bytes of text\n",
        files, bytes, objects, arrays, keys, numbers, sum, strings, literals, trues, text_bytes);
  }
};

}  // namespace bench
