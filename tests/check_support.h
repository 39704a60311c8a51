// What the unit tests of `lkjip check` share: a report's text checked as the command checks it.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "lkjip/check.h"
#include "lkjip/loader.h"

namespace lkjip::test_support {

// The first members of a report of Kecamatan Contoh for 2024, one per line as the tests' line
// numbers expect; the rest follows on the same line as "year".
inline const std::string kContohHeader = R"({
  "format": "lkjip/1",
  "unit": {"name": "Kecamatan Contoh", "region": "Kabupaten Contoh"},
  "year": 2024,)";

// The findings of a report given as JSON text, located in it as `lkjip check` locates them.
inline std::vector<Finding> located_findings(const std::string& text,
                                             Language language = Language::kIndonesian) {
  std::shared_ptr<const SourceMap> sources;
  const PerformanceReport report = load_report_text(text, "in.json", &sources);
  std::vector<Finding> findings = check_report(report, *sources, language);
  locate_findings(findings, *sources);
  return findings;
}

// The findings of one code, in order.
inline std::vector<Finding> with_code(const std::vector<Finding>& findings, FindingCode code) {
  std::vector<Finding> out;
  for (const Finding& finding : findings) {
    if (finding.code == code) out.push_back(finding);
  }
  return out;
}

// Less the warning that a report without printed figures or claims has nothing to compare: the
// tests of the data's own checks are about the other findings.
inline std::vector<Finding> without_nothing_to_compare(std::vector<Finding> findings) {
  std::erase_if(findings,
                [](const Finding& f) { return f.code == FindingCode::kNothingToCompare; });
  return findings;
}

}  // namespace lkjip::test_support
