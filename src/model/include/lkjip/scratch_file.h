// A temporary file for a library that writes only to a path (libxlsxwriter): made in TMPDIR (or
// /tmp), removed when done.
#pragma once

#include <string>

namespace lkjip {

class ScratchFile {
 public:
  // Throws std::runtime_error when no file can be made.
  explicit ScratchFile(const std::string& stem);
  ~ScratchFile();
  ScratchFile(const ScratchFile&) = delete;
  ScratchFile& operator=(const ScratchFile&) = delete;

  const std::string& path() const { return path_; }
  // What was written to it.
  std::string contents() const;

 private:
  std::string path_;
};

}  // namespace lkjip
