// Writing a finished output to stdout or to a file. Internal to the command line.
#pragma once

#include <string>

namespace lkjip {

// Writes everything at once, once it is complete: never half a report on stdout.
// Returns the exit code: success, or a usage/input error when stdout cannot be written.
int write_output(const std::string& output);

// Writes `output` to `path` through a temporary file beside it renamed into place, so that a
// failure leaves no half-written file. Returns the exit code.
int write_output_file(const std::string& output, const std::string& path);

// Whether colour may be used on stdout: `always`, or `auto` on a terminal without NO_COLOR and
// with a TERM other than dumb.
bool stdout_wants_color(const std::string& choice);
bool stdout_is_terminal();

}  // namespace lkjip
