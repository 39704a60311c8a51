// Many data files: the files named by FILE and DIR arguments, and work on them in parallel with
// a progress bar. Internal to the command line.
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "lkjip/language.h"

namespace lkjip {

// The files of the arguments: a file as it is, a directory's *.json files in name order.
// nullopt after printing why (a directory without one, a path that does not exist).
std::optional<std::vector<std::string>> expand_inputs(const std::vector<std::string>& arguments,
                                                      Language language);

// Whether the arguments name more than one report (several, or a directory).
bool names_many(const std::vector<std::string>& arguments);

// Calls work(i) for every i < count on `jobs` threads (0: one per core). Every result must be
// stored by index, so that the output does not depend on the number of threads. A progress bar
// goes to stderr when stderr is a terminal and the work lasts more than a second.
void for_each_parallel(std::size_t count, unsigned jobs,
                       const std::function<void(std::size_t)>& work, Language language);

}  // namespace lkjip
