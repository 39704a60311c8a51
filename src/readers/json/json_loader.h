// The JSON reader's entry for a file; load_report_file() (lkjip/loader.h) chooses it for a file
// that is not a workbook. Internal to the readers.
#pragma once

#include <memory>
#include <string>

#include "lkjip/model.h"
#include "lkjip/source_map.h"

namespace lkjip {

class FileText;

// The data file `path`, opened as `file` (whose first bytes said it is no workbook).
PerformanceReport load_json_report_file(std::shared_ptr<FileText> file, const std::string& path,
                                        std::shared_ptr<const SourceMap>* sources);

}  // namespace lkjip
