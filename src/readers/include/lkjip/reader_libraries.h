// The libraries the readers and writers of data files are built with, for `lkjip --version`.
#pragma once

#include <string>

namespace lkjip {

// "libxlsxwriter 1.1.4, libzip 1.7.3, expat 2.5.0, nlohmann/json 3.11.2": the versions of the
// libraries it runs with (libzip and expat say theirs at run time).
std::string reader_libraries();

}  // namespace lkjip
