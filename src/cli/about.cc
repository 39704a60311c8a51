#include "about.h"

#include <fmt/format.h>
#include <gmp.h>

#include <CLI/Version.hpp>

#include "lkjip/reader_libraries.h"

namespace lkjip {

std::string version_text() {
#if defined(__clang__)
  const std::string compiler = fmt::format("Clang {}", __clang_version__);
#elif defined(__GNUC__)
  const std::string compiler =
      fmt::format("GCC {}.{}.{}", __GNUC__, __GNUC_MINOR__, __GNUC_PATCHLEVEL__);
#else
  const std::string compiler = "unknown";
#endif
  return fmt::format(
      "lkjip {}\n"
      "commit: {}\n"
      "compiler: {}, C++{}\n"
      "libraries: CLI11 {}, fmt {}.{}.{}, GMP {}, {}\n",
      LKJIP_VERSION, LKJIP_COMMIT, compiler, __cplusplus / 100 % 100, CLI11_VERSION,
      FMT_VERSION / 10000, FMT_VERSION / 100 % 100, FMT_VERSION % 100, gmp_version,
      reader_libraries());
}

}  // namespace lkjip
