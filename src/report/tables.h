// One builder per table. Internal to the report; document.cc puts them in order.
#pragma once

#include "lkjip/labels.h"
#include "lkjip/engine.h"
#include "lkjip/report.h"

namespace lkjip {

// A document without tables yet: its heading, and how its language writes numbers and marks.
Document framed_document(const Labels& L, std::string heading);

Table key_indicator_table(const Labels& L, const Results& results);
Table measurement_table(const Labels& L, const Results& results);
Table trend_table(const Labels& L, const Results& results, const PerformanceReport& report);
Table key_progress_table(const Labels& L, const Results& results);
Table program_progress_table(const Labels& L, const Results& results);
Table regional_table(const Labels& L, const Results& results);
Table spending_table(const Labels& L, const Results& results);
Table allocation_table(const Labels& L, const Results& results);
Table performance_by_objective_table(const Labels& L, const Results& results);
Table performance_by_program_table(const Labels& L, const Results& results);
Table efficiency_by_objective_table(const Labels& L, const Results& results);
Table efficiency_by_program_table(const Labels& L, const Results& results);
Table staff_by_objective_table(const Labels& L, const Results& results);
Table staff_by_program_table(const Labels& L, const Results& results);
Table facilities_table(const Labels& L, const Results& results, const PerformanceReport& report);
Table facilities_efficiency_table(const Labels& L, const Results& results,
                                  const PerformanceReport& report);
Table sakip_table(const Labels& L, const Results& results, const PerformanceReport& report);

}  // namespace lkjip
