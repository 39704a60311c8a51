#include "output.h"

#include <cstdio>
#include <iostream>

#include "lkjip/exit_codes.h"

namespace lkjip {

int write_output(const std::string& output) {
  const std::size_t written = std::fwrite(output.data(), 1, output.size(), stdout);
  if (written != output.size() || std::fflush(stdout) != 0 || std::ferror(stdout) != 0) {
    std::cerr << "lkjip: error: cannot write the output\n";
    return kExitUsageOrInput;
  }
  return kExitSuccess;
}

}  // namespace lkjip
