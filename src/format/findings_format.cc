#include "lkjip/findings_format.h"

#include <fmt/format.h>

#include "json_text.h"

namespace lkjip {
namespace {

const char* severity_name(Finding::Severity severity) {
  return severity == Finding::Severity::kWarning ? "warning" : "error";
}

std::string location(const FileFindings& file, const Finding& finding) {
  const SourcePosition position = finding.position;
  if (position.line == 0) return file.file;
  return fmt::format("{}:{}:{}", file.file, position.line, position.column);
}

}  // namespace

FindingCounts count_findings(const std::vector<FileFindings>& files) {
  FindingCounts counts;
  for (const FileFindings& file : files) {
    for (const Finding& finding : file.findings) {
      if (finding.severity == Finding::Severity::kWarning) {
        ++counts.warnings;
      } else {
        ++counts.errors;
      }
    }
  }
  return counts;
}

std::string format_findings_text(const std::vector<FileFindings>& files) {
  std::string out;
  for (const FileFindings& file : files) {
    for (const Finding& finding : file.findings) {
      out += fmt::format("{}: {}: {}: {}\n", location(file, finding),
                         severity_name(finding.severity), finding.path, finding.message);
      if (!finding.formula.empty()) out += fmt::format("    rumus: {}\n", finding.formula);
    }
  }
  const FindingCounts counts = count_findings(files);
  out += fmt::format("{} error{}, {} warning{}\n", counts.errors, counts.errors == 1 ? "" : "s",
                     counts.warnings, counts.warnings == 1 ? "" : "s");
  return out;
}

std::string format_findings_json(const std::vector<FileFindings>& files) {
  std::string out = "{\n  \"format\": \"lkjip-findings/1\",\n  \"findings\": [";
  bool first = true;
  for (const FileFindings& file : files) {
    for (const Finding& finding : file.findings) {
      const SourcePosition position = finding.position;
      out += first ? "\n    " : ",\n    ";
      first = false;
      out += fmt::format(
          R"({{"severity": "{}", "file": {}, "line": {}, "column": {}, "path": {}, )"
          R"("figure": {}, "printed": {}, "computed": {}, "where": {}, "formula": {}, )"
          R"("message": {}}})",
          severity_name(finding.severity), json_string(file.file), position.line, position.column,
          json_string(finding.path), json_string(finding.figure), json_string(finding.printed),
          json_string(finding.computed), json_string(finding.where), json_string(finding.formula),
          json_string(finding.message));
    }
  }
  const FindingCounts counts = count_findings(files);
  out += fmt::format("\n  ],\n  \"errors\": {},\n  \"warnings\": {}\n}}\n", counts.errors,
                     counts.warnings);
  return out;
}

}  // namespace lkjip
