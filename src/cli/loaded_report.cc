#include "loaded_report.h"

#include <iostream>
#include <new>

#include "lkjip/error.h"

namespace lkjip {

std::unique_ptr<LoadedReport> load_or_error(const std::string& file, SourceIndex* sources,
                                            std::string& error, TracesFor traces) {
  try {
    return std::make_unique<LoadedReport>(file, sources, traces);
  } catch (const InputError& input) {
    error = render(input);
  } catch (const std::bad_alloc&) {
    error = printable(file) + ": error: not enough memory to read this file";
  }
  return nullptr;
}

std::unique_ptr<LoadedReport> load_or_report(const std::string& file, SourceIndex* sources,
                                             TracesFor traces) {
  std::string error;
  std::unique_ptr<LoadedReport> loaded = load_or_error(file, sources, error, traces);
  if (!loaded) std::cerr << error << '\n';
  return loaded;
}

}  // namespace lkjip
