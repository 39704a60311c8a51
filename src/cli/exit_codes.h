// The process exit codes, as hledger and bean-check use them.
#pragma once

namespace lkjip {

enum ExitCode : int {
  kExitSuccess = 0,       // done; for `check`, the data passed every check
  kExitCheckFailed = 1,   // the data failed a check
  kExitUsageOrInput = 2,  // bad command line, or input that cannot be read or understood
};

}  // namespace lkjip
