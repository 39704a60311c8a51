// Where the values of a report were read: each reader gives one for the file it read, and errors,
// findings, `explain` and `check` ask it to spell a key's place. Nothing else knows a format.
#pragma once

#include <string>
#include <vector>

#include "lkjip/error.h"
#include "lkjip/key.h"

namespace lkjip {

class SourceMap {
 public:
  virtual ~SourceMap() = default;

  // How the file names the key's value, without reading the file again: a JSON Pointer
  // ("/programs/2/budget/pagu"), a workbook's cell ("Anggaran!E7").
  virtual std::string name(const Key& key) const = 0;
  // Where each key's value is in the file, all found at once (a JSON file is read again for
  // their lines and columns); the nearest enclosing value's place for a key the file lacks.
  virtual std::vector<Location> locate(const std::vector<Key>& keys) const = 0;
};

}  // namespace lkjip
