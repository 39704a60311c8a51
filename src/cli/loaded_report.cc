#include "loaded_report.h"

#include <iostream>
#include <new>

#include "lkjip/error.h"

namespace lkjip {

std::unique_ptr<LoadedReport> load_or_report(const std::string& file, SourceMap* positions) {
  try {
    return std::make_unique<LoadedReport>(file, positions);
  } catch (const InputError& error) {
    std::cerr << render(error) << '\n';
  } catch (const std::bad_alloc&) {
    std::cerr << file << ": error: not enough memory to read this file\n";
  }
  return nullptr;
}

}  // namespace lkjip
