// Findings of `lkjip check` as lines (FILE:LINE:COL: error: PATH: message) or as JSON.
#pragma once

#include <string>
#include <vector>

#include "lkjip/check.h"
#include "lkjip/loader.h"

namespace lkjip {

struct FileFindings {
  std::string file;
  std::vector<Finding> findings;  // located in the file (Finding::position)
};

struct FindingCounts {
  std::size_t errors = 0;
  std::size_t warnings = 0;
};

FindingCounts count_findings(const std::vector<FileFindings>& files);
std::string format_findings_text(const std::vector<FileFindings>& files);
std::string format_findings_json(const std::vector<FileFindings>& files);

}  // namespace lkjip
