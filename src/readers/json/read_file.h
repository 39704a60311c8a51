// Reads a data file, turning every failure (missing, a directory, no permission) into an
// InputError. Internal to the loader.
#pragma once

#include <cstddef>
#include <ctime>
#include <memory>
#include <string>
#include <string_view>

namespace lkjip {

// A data file's text. A large regular file is mapped: its pages are read as the parser reaches
// them and may be let go once it is past them, so that a large file and its model are not both
// held in memory. Anything else (a small file, a pipe) is read whole.
//
// A mapped file cut short while it is read would kill the process with SIGBUS on the first page
// past its new end. A handler for SIGBUS (installed with the first mapping, passing on faults
// outside lkjip's mappings) puts a page of zeros there instead and marks the mapping: the text
// read is then wrong, and check_unchanged() (called by release_before at the end of each pass)
// says so as an InputError, as it does when the file's size or time of change differ from when
// it was opened (cut inside its last page, or written over).
class FileText {
 public:
  explicit FileText(const std::string& path);
  ~FileText();
  FileText(const FileText&) = delete;
  FileText& operator=(const FileText&) = delete;

  std::string_view text() const { return {data_, size_}; }
  // Whether it is a regular file (which can be opened again), not a pipe or a device.
  bool regular() const { return regular_; }
  // Whether it is mapped (a large regular file), not read whole: only then are its pages let go
  // (release_before) and is it checked unchanged.
  bool mapped() const { return mapped_; }
  // The text before `offset` is not needed again soon: its pages may leave memory (read again
  // from the file if it is). Acts once enough has been passed to be worth a system call. An
  // offset before the last one starts a new pass over the text (locating findings makes two).
  // Throws what check_unchanged throws, at the end of a pass or once a page was lost.
  void release_before(std::size_t offset);
  // Throws the InputError "the file changed while it was read" when a mapped file is found
  // changed, or lost a page; otherwise nothing. release_before also throws it.
  void check_unchanged() const;

  // A text read whole (not mapped): its bytes and how many.
  struct Bytes {
    std::unique_ptr<char[]> data;
    std::size_t size = 0;
  };

 private:
  std::string path_;
  const char* data_ = nullptr;
  std::size_t size_ = 0;
  bool mapped_ = false;
  bool regular_ = false;
  int guard_ = -1;              // the slot of the SIGBUS handler's table that guards the mapping
  struct timespec changed_ {};  // the file's time of change when opened
  unsigned long device_ = 0;
  unsigned long inode_ = 0;
  std::size_t released_ = 0;  // pages before this offset have been let go
  Bytes read_;                // the text when it could not be mapped
};

}  // namespace lkjip
