// What `lkjip version` and `lkjip --version` say: the version, and the build (commit, compiler,
// libraries), so that a report of a problem says which lkjip made it. Internal to the command line.
#pragma once

#include <string>

namespace lkjip {

// "lkjip 0.1.0" and a line each for the build's commit, compiler and libraries.
std::string version_text();

}  // namespace lkjip
