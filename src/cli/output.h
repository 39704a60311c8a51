// Writing an output to stdout or to a file, piece by piece or whole. Internal to the command line.
#pragma once

#include <functional>
#include <string>

#include "lkjip/format.h"
#include "lkjip/language.h"

namespace lkjip {

// Writes what `write` hands to its sink, piece by piece as it comes: to stdout, or, when `path`
// is not empty, to that file through a temporary file beside it renamed into place once
// complete, so that a failure leaves no half-written file. Returns the exit code: success, or a
// usage/input error when the output cannot be written.
// Why an output cannot be written is said in `language`.
int write_streamed(const std::function<void(const TextSink&)>& write, const std::string& path,
                   Language language);

// The same for an output made whole beforehand.
int write_output(const std::string& output, Language language);
int write_output_file(const std::string& output, const std::string& path, Language language);

// Whether colour may be used on stdout: `always`, or `auto` on a terminal without NO_COLOR and
// with a TERM other than dumb.
bool stdout_wants_color(const std::string& choice);
bool stdout_is_terminal();

}  // namespace lkjip
