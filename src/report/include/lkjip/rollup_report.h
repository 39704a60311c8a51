// The roll-up and the years of one unit as tables, like build_document does for one report.
#pragma once

#include <string>
#include <vector>

#include "lkjip/report.h"
#include "lkjip/rollup.h"

namespace lkjip {

// One table, "rekap": a row per unit in rank order, then the totals. The table owns the roll-up
// and produces its rows as they are written (Table::produce).
Document build_rollup_document(RollupResult rollup, Language language);

// When the units are of different years: the warning that names the years and, for each, its
// files (the first three, then how many more), in `language`; otherwise empty. Without "warning:",
// which the caller writes in every language.
std::string mixed_years_warning(const std::vector<UnitSummary>& units, Language language);

// Two tables: "tren-tahunan" (each indicator's actual and capaian per year, and the changes) and
// "tren-unit" (the key indicators' mean score and the absorption per year).
Document build_years_document(const UnitAcrossYears& years, const std::string& unit_name,
                              const std::string& region, Language language);

}  // namespace lkjip
