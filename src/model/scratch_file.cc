#include "lkjip/scratch_file.h"

#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iterator>
#include <stdexcept>

namespace lkjip {

ScratchFile::ScratchFile(const std::string& stem) {
  const char* directory = std::getenv("TMPDIR");
  path_ = std::string(directory != nullptr && *directory != '\0' ? directory : "/tmp") + "/" +
          stem + "-XXXXXX";
  const int fd = ::mkstemp(path_.data());
  if (fd < 0) throw std::runtime_error("cannot create a temporary file in " + path_);
  ::close(fd);
}

ScratchFile::~ScratchFile() {
  std::remove(path_.c_str());
}

std::string ScratchFile::contents() const {
  std::ifstream in(path_, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

}  // namespace lkjip
