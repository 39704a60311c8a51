// The roll-up and the years of one unit as tables, like build_document does for one report.
#pragma once

#include <string>

#include "lkjip/report.h"
#include "lkjip/rollup.h"

namespace lkjip {

// One table, "rekap": a row per unit in rank order, then the totals. The table owns the roll-up
// and produces its rows as they are written (Table::produce).
Document build_rollup_document(RollupResult rollup, Language language);

// Two tables: "tren-tahunan" (each indicator's actual and capaian per year, and the changes) and
// "tren-unit" (the key indicators' mean score and the absorption per year).
Document build_years_document(const UnitAcrossYears& years, const std::string& unit_name,
                              const std::string& region, Language language);

}  // namespace lkjip
