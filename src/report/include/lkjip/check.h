// `lkjip check`: the figures a report prints against the computed ones, and the consistency of
// the data (parts that must add up, spending above pagu, the same indicator given twice).
#pragma once

#include <string>
#include <vector>

#include "lkjip/error.h"
#include "lkjip/model.h"

namespace lkjip {

struct Finding {
  enum class Severity {
    kError,       // the report or the data is wrong
    kWarning,     // suspicious; fails the check only with --strict
    kInputError,  // the check itself cannot be made (an unknown figure name): exit 2
  };
  Severity severity = Severity::kError;
  std::string path;     // JSON Pointer of what the finding is about in the data file
  std::string figure;   // the figure's name, when it is about one
  std::string printed;  // as the report prints it (Indonesian format)
  std::string computed;
  std::string where;        // where the report prints it
  std::string formula;      // how the computed figure is made, in words
  std::string message;      // one line, in the report's language
  SourcePosition position;  // in the data file, once located (0 when not)
};

// The data checks read the model alone and the SAKIP statements its evaluation alone; the report
// is evaluated, with traces, and laid out in tables only when it states printed figures, which
// are looked up in them.
std::vector<Finding> check_report(const PerformanceReport& report);

}  // namespace lkjip
