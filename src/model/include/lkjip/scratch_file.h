// Temporary files: one for a library that writes only to a path (libxlsxwriter), made in TMPDIR
// (or /tmp) and removed when done; and the removal of every temporary file still there when a
// signal ends the process.
#pragma once

#include <stdexcept>
#include <string>

namespace lkjip {

// A temporary file that could not be made or written (no room, a file-size limit): its path and
// the system's errno.
class ScratchFileError : public std::runtime_error {
 public:
  ScratchFileError(std::string path, int error_number);
  const std::string& path() const { return path_; }
  int error_number() const { return error_number_; }

 private:
  std::string path_;
  int error_number_;
};

// The directory for temporary files: TMPDIR, or /tmp when it is unset or empty.
std::string temporary_directory();

class ScratchFile {
 public:
  // Throws ScratchFileError when no file can be made.
  explicit ScratchFile(const std::string& stem);
  ~ScratchFile();
  ScratchFile(const ScratchFile&) = delete;
  ScratchFile& operator=(const ScratchFile&) = delete;

  const std::string& path() const { return path_; }
  // What was written to it.
  std::string contents() const;

 private:
  std::string path_;
  int registered_;
};

// Called once, first thing, by main: from then on SIGHUP, SIGINT, SIGQUIT, SIGTERM and SIGPIPE
// (those not ignored) remove every registered temporary file, then end the process as they would
// have; and SIGXFSZ is ignored, so that writing past a file-size limit (ulimit -f) fails with
// EFBIG, an error the writer reports and cleans up after.
void remove_temporaries_on_signals();

// A new file made from `name` (its last six characters, XXXXXX, replaced by random letters in
// place) with `mode` less the umask, open for writing, and registered as a temporary (with no
// moment at which a signal could leave it behind unregistered). fd is -1 (errno says why) when
// no file could be made.
struct TemporaryFile {
  int fd = -1;
  int slot = -1;  // for forget_temporary
};
TemporaryFile create_temporary(std::string& name, unsigned mode);

// `path` is removed if a signal ends the process before forget_temporary(the returned slot).
// -1 (nothing registered) when the table is full or the path too long; forget_temporary(-1) does
// nothing. Thread-safe.
int register_temporary(const std::string& path);
void forget_temporary(int slot);

}  // namespace lkjip
