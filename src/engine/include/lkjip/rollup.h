// Many reports at once: the roll-up of a kabupaten's units, and one unit across its yearly
// files. Pure functions, like the rest of the engine.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "lkjip/engine.h"
#include "lkjip/language.h"

namespace lkjip {

// What the roll-up keeps of one unit's report (the report itself can be let go).
struct UnitSummary {
  std::string file;
  std::string unit_name;
  std::string region;
  int year = 0;
  Figure mean_capaian;  // key indicators, raw
  Figure mean_score;    // key indicators, scores
  std::string rating;   // band of the mean score; empty when not computable
  Money pagu;
  Money spending;
  Figure absorption;
  Figure gap_from_score;
  Figure gap_from_raw;
};

// Computes only what the roll-up prints (the key indicators and the total budget) with the same
// formulas as evaluate(), and keeps no trace: a roll-up of thousands of units stays light.
UnitSummary summarize(const std::string& file, const PerformanceReport& report);

struct RollupResult {
  std::vector<UnitSummary> units;  // in the order of the files
  // rank[i]: the rank of units[i] by its exact mean score, highest first; equal scores share a
  // rank and the next one skips (1, 2, 2, 4); none when the score cannot be computed.
  std::vector<std::optional<std::size_t>> rank;
  std::vector<std::size_t> order;  // indexes of units as listed: by rank, then name, then year
  Money pagu;
  Money spending;
  Figure absorption;
  Figure mean_score;  // mean of the units' mean scores, as printed
};

// Ranks by mean score, highest first, comparing the exact means (not as printed): equal means
// exactly equal. Units of one rank, and units whose score cannot be computed (no rank, listed
// last), in order of unit name, then year.
RollupResult roll_up(std::vector<UnitSummary> units);

// The years of a roll-up's units, each with the indexes of its units in order; more than one
// year when files of different years are rolled up together.
struct UnitsOfYear {
  int year = 0;
  std::vector<std::size_t> units;
};
std::vector<UnitsOfYear> years_of(const std::vector<UnitSummary>& units);

// One unit across years: the same indicators, matched by id.
struct YearOfUnit {
  int year = 0;
  const PerformanceReport* report = nullptr;
  const Results* results = nullptr;
};

struct IndicatorAcrossYears {
  std::string id;
  std::string name;
  std::string unit;
  std::vector<Figure> actuals;  // one per year, "tidak ada data" where the year lacks it
  std::vector<Figure> capaians;
  std::vector<Figure> changes;  // actual of year i+1 minus year i
  int decimals = 0;             // the most any year's actual is written with
};

struct UnitAcrossYears {
  std::vector<int> years;
  std::vector<IndicatorAcrossYears> indicators;  // key, then program indicators
  std::vector<Figure> mean_scores;               // per year
  std::vector<Figure> absorptions;
};

// Precondition: years sorted, distinct. Throws nothing: differing definitions are checked by
// `definition_conflict` first.
UnitAcrossYears compare_years(const std::vector<YearOfUnit>& years);

// An indicator whose unit or polarity differs between two years: the later year (an index into
// `years`), the JSON path of the differing field in its file, and what differs, for the user.
struct DefinitionConflict {
  std::size_t year_index = 0;
  Key key;  // the differing value in the later year's file
  Text message;
};

// The first conflict, or nullopt when every id keeps its definition.
std::optional<DefinitionConflict> definition_conflict(const std::vector<YearOfUnit>& years);

}  // namespace lkjip
