// One builder per table. Internal to the report; document.cc registers them.
#pragma once

#include "lkjip/engine.h"
#include "lkjip/labels.h"
#include "lkjip/report.h"

namespace lkjip {

// A document without tables yet: its heading, and how its language writes numbers and marks.
Document framed_document(const Labels& L, std::string heading);

// Builds one table of a report: its title, columns and rows (held, or how to produce them). Its
// name is its entry's in the registry (document.cc), which puts it in order.
using TableBuilder = Table (*)(const Labels& L, const Results& results,
                               const PerformanceReport& report);

Table key_indicator_table(const Labels& L, const Results& results, const PerformanceReport& report);
Table measurement_table(const Labels& L, const Results& results, const PerformanceReport& report);
Table trend_table(const Labels& L, const Results& results, const PerformanceReport& report);
Table key_progress_table(const Labels& L, const Results& results, const PerformanceReport& report);
Table program_progress_table(const Labels& L, const Results& results,
                             const PerformanceReport& report);
Table regional_table(const Labels& L, const Results& results, const PerformanceReport& report);
Table spending_table(const Labels& L, const Results& results, const PerformanceReport& report);
Table allocation_table(const Labels& L, const Results& results, const PerformanceReport& report);
Table performance_by_objective_table(const Labels& L, const Results& results,
                                     const PerformanceReport& report);
Table performance_by_program_table(const Labels& L, const Results& results,
                                   const PerformanceReport& report);
Table efficiency_by_objective_table(const Labels& L, const Results& results,
                                    const PerformanceReport& report);
Table efficiency_by_program_table(const Labels& L, const Results& results,
                                  const PerformanceReport& report);
Table staff_by_objective_table(const Labels& L, const Results& results,
                               const PerformanceReport& report);
Table staff_by_program_table(const Labels& L, const Results& results,
                             const PerformanceReport& report);
Table facilities_table(const Labels& L, const Results& results, const PerformanceReport& report);
Table facilities_efficiency_table(const Labels& L, const Results& results,
                                  const PerformanceReport& report);
Table sakip_table(const Labels& L, const Results& results, const PerformanceReport& report);
Table periods_table(const Labels& L, const Results& results, const PerformanceReport& report);
Table capaian_history_table(const Labels& L, const Results& results,
                            const PerformanceReport& report);
Table spending_periods_table(const Labels& L, const Results& results,
                             const PerformanceReport& report);
Table renstra_years_table(const Labels& L, const Results& results, const PerformanceReport& report);
Table tree_table(const Labels& L, const Results& results, const PerformanceReport& report);
Table classification_table(const Labels& L, const Results& results,
                           const PerformanceReport& report);
Table budget_revision_table(const Labels& L, const Results& results,
                            const PerformanceReport& report);
Table target_revision_table(const Labels& L, const Results& results,
                            const PerformanceReport& report);
Table cash_plan_table(const Labels& L, const Results& results, const PerformanceReport& report);

}  // namespace lkjip
