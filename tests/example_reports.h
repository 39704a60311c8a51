// The example reports of data/examples as the unit tests load them: one place that knows where
// they are. Test support, not part of lkjip.
#pragma once

#include <fstream>
#include <iterator>
#include <string>

#include "lkjip/loader.h"

namespace lkjip::test_support {

// data/examples/NAME.json, found beside the seed's data file.
inline std::string example_path(const std::string& name) {
  std::string path = LKJIP_SEED_DATA;
  path.replace(path.rfind("2024.json"), 9, "examples/" + name + ".json");
  return path;
}

// The whole text of a file; empty when it cannot be read.
inline std::string file_text(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  return std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
}

inline PerformanceReport example(const std::string& name) {
  const std::string path = example_path(name);
  return load_report_text(file_text(path), path);
}

}  // namespace lkjip::test_support
