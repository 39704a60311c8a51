// Many data files: the files named by FILE and DIR arguments, and work on them in parallel with
// a progress bar. Internal to the command line.
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "lkjip/language.h"

namespace lkjip {

// The files of the arguments: a file as it is, a directory's *.json and *.xlsx files in name
// order.
struct Inputs {
  // The files listed from one directory argument: files[begin, end).
  struct Listing {
    std::string directory;
    std::size_t begin;
    std::size_t end;
  };
  std::vector<std::string> files;
  std::vector<Listing> listings;  // in the order of their files
};

// nullopt after printing why (a directory without such files, two "-").
std::optional<Inputs> expand_inputs(const std::vector<std::string>& arguments, Language language);

// lkjip's own output written into a directory (check DIR --format json > DIR/check.json) is no
// data file: a roll-up of the directory skips it, so that the same command can run again. It is
// told when the file is read (LkjipOutputError), which opens each file once; a file named by its
// own argument stays an input error.
class OwnOutputSkipper {
 public:
  OwnOutputSkipper(const Inputs& inputs, Language language);
  // File `index` has been read: `kind` is the command that wrote it when it is lkjip's output.
  // Called for every file, in order. True when the file is to be skipped (a note is printed). At
  // the last file of a directory none of whose files is data, its error is printed: failed().
  bool skip(std::size_t index, std::optional<std::string_view> kind);
  bool failed() const { return failed_; }

 private:
  const Inputs& inputs_;
  Language language_;
  std::size_t listing_ = 0;   // the first listing not yet ended
  bool data_listed_ = false;  // the current listing has a data file
  bool failed_ = false;
};

// The same for a command that reads every file before it says anything (compute, trend): the
// notes, then the error of a directory with no data file; which files are skipped, or nullopt
// after such an error.
std::optional<std::vector<bool>> skip_own_output(
    const Inputs& inputs, const std::vector<std::optional<std::string_view>>& own_outputs,
    Language language);

// Whether the arguments name more than one report (several, or a directory).
bool names_many(const std::vector<std::string>& arguments);

// Calls work(i) for every i < count on `jobs` threads (0: one per core). Every result must be
// stored by index, so that the output does not depend on the number of threads. A progress bar
// goes to stderr when stderr is a terminal and the work lasts more than a second.
void for_each_parallel(std::size_t count, unsigned jobs,
                       const std::function<void(std::size_t)>& work, Language language);

}  // namespace lkjip
