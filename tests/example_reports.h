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

inline PerformanceReport example(const std::string& name) {
  const std::string path = example_path(name);
  std::ifstream in(path);
  const std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  return load_report_text(text, path);
}

}  // namespace lkjip::test_support
