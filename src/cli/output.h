// Writing a finished output to stdout. Internal to the command line.
#pragma once

#include <string>

namespace lkjip {

// Writes everything at once, once it is complete: never half a report on stdout.
// Returns the exit code: success, or a usage/input error when stdout cannot be written.
int write_output(const std::string& output);

}  // namespace lkjip
