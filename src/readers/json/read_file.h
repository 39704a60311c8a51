// Reads a data file, turning every failure (missing, a directory, no permission) into an
// InputError. Internal to the loader.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace lkjip {

// A data file's text. A large regular file is mapped: its pages are read as the parser reaches
// them and may be let go once it is past them, so that a large file and its model are not both
// held in memory. Anything else (a small file, a pipe) is read whole.
class FileText {
 public:
  explicit FileText(const std::string& path);
  ~FileText();
  FileText(const FileText&) = delete;
  FileText& operator=(const FileText&) = delete;

  std::string_view text() const { return {data_, size_}; }
  // The text before `offset` is not needed again soon: its pages may leave memory (read again
  // from the file if it is). Acts once enough has been passed to be worth a system call. An
  // offset before the last one starts a new pass over the text (locating findings makes two).
  void release_before(std::size_t offset);

 private:
  const char* data_ = nullptr;
  std::size_t size_ = 0;
  bool mapped_ = false;
  std::size_t released_ = 0;  // pages before this offset have been let go
  std::string read_;          // the text when it could not be mapped
};

}  // namespace lkjip
