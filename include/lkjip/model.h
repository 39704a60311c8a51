// The core model: what one LKjIP says, as plain data. No I/O, no JSON, no formulas.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "lkjip/money.h"
#include "lkjip/rational.h"

namespace lkjip {

// An indicator value exactly as written in the data file, with the number of decimals it was
// written with (8.4 has 1), so that it is shown as the report shows it.
struct Quantity {
  Rational value;
  int decimals = 0;
};

enum class Polarity { kHigherIsBetter, kLowerIsBetter };

// How capaian is computed for a lower-is-better indicator (PermenPANRB 8/2021 by default).
enum class LowerIsBetterMethod {
  kReflected,         // (2T - R) / T x 100
  kTargetOverActual,  // T / R x 100, only when the indicator names it
};

struct Indicator {
  std::string id;
  std::string name;
  std::string unit;  // "%", "dokumen", "paket", "nilai", ...
  Polarity polarity = Polarity::kHigherIsBetter;
  LowerIsBetterMethod lower_method = LowerIsBetterMethod::kReflected;
  std::optional<Quantity> target;  // absent: not reported (never zero)
  std::optional<Quantity> actual;
  std::string note;
};

struct Budget {
  std::optional<Rupiah> pagu;      // budget ceiling; absent where the report prints none
  std::optional<Rupiah> spending;  // realisasi anggaran
};

struct SubActivity {
  std::string id;
  std::string name;
  std::string aim;
  Budget budget;
  std::vector<Indicator> indicators;
};

struct Activity {
  std::string id;
  std::string name;
  std::string aim;
  Budget budget;
  std::vector<Indicator> indicators;
  std::vector<SubActivity> sub_activities;
};

struct Program {
  std::string id;
  std::string name;
  std::string aim;
  std::string objective_id;
  Budget budget;
  std::vector<Indicator> indicators;
  std::vector<Activity> activities;
};

// A strategic objective (sasaran strategis) with its key indicators (IKU).
struct Objective {
  std::string id;
  std::string name;
  std::vector<Indicator> indicators;
};

// One band of a rating scale: label for scores between min and max, each bound in or out.
struct RatingBand {
  std::string label;
  Rational min;
  Rational max;
  bool include_min = false;
  bool include_max = true;
};

struct Settings {
  Rational score_floor{0};
  Rational score_cap{100};
  std::vector<RatingBand> rating_scale;
};

struct Unit {
  std::string name;
  std::string region;
};

struct PerformanceReport {
  Unit unit;
  int year = 0;
  int renstra_from = 0;
  int renstra_to = 0;
  Settings settings;
  std::vector<Objective> objectives;
  std::vector<Program> programs;
};

// The seed report's scale (Bab III) with its gap between 80 and 90 closed: 70-90 is one band.
std::vector<RatingBand> default_rating_scale();

}  // namespace lkjip
