// `lkjip check`: the figures a report prints against the computed ones, and the consistency of
// the data (parts that must add up, spending above pagu, the same indicator given twice).
#pragma once

#include <string>
#include <vector>

#include "lkjip/error.h"
#include "lkjip/model.h"
#include "lkjip/source_map.h"

namespace lkjip {

struct Finding {
  enum class Severity {
    kError,       // the report or the data is wrong
    kWarning,     // suspicious; fails the check only with --strict
    kInputError,  // the check itself cannot be made (an unknown figure name): exit 2
  };
  Severity severity = Severity::kError;
  Key key;              // what the finding is about in the data
  std::string figure;   // the figure's name, when it is about one
  std::string printed;  // as the report prints it (Indonesian format)
  std::string computed;
  std::string where;    // where the report prints it
  std::string formula;  // how the computed figure is made, in words
  std::string message;  // one line, in the report's language
  Location location;    // where `key` is in the data file, once located
};

// The data checks read the model alone and the SAKIP statements its evaluation alone; the report
// is evaluated, with traces, and laid out in tables only when it states printed figures, which
// are looked up in them.
// `sources` spells the places of the data file's values in the findings' messages.
std::vector<Finding> check_report(const PerformanceReport& report, const SourceMap& sources);

// Fills each finding's location from its key, all at once (a JSON file is read again for that).
void locate_findings(std::vector<Finding>& findings, const SourceMap& sources);

}  // namespace lkjip
