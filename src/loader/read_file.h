// Reads a whole file, turning every failure (missing, a directory, no permission) into an
// InputError. Internal to the loader.
#pragma once

#include <string>

namespace lkjip {

std::string read_whole_file(const std::string& path);

}  // namespace lkjip
