// Labels and messages of the tables, in the report's language: Indonesian (the reports'
// language, the default) or English. Internal to the report.
#pragma once

#include <string>

#include "lkjip/engine.h"
#include "lkjip/report.h"

namespace lkjip {

struct Labels {
  Language language;
  char decimal_mark;     // of numbers for people: 97,09 or 97.09
  char group_separator;  // 2.696.606.251 or 2,696,606,251
  const char* no;
  const char* code;
  const char* level;
  const char* objective;
  const char* indicator;
  const char* unit;
  const char* target;
  const char* actual;
  const char* capaian;
  const char* score;
  const char* rating;
  const char* name;
  const char* program;
  const char* pagu;
  const char* spending;
  const char* absorption;
  const char* silpa;
  const char* share;
  const char* gap_score;
  const char* gap_raw;
  const char* level_program;
  const char* level_activity;
  const char* level_sub_activity;
  const char* mean_key_indicators;
  const char* mean_program_indicators;
  const char* total;
  const char* title_key_indicators;
  const char* title_measurement;
  const char* title_spending;
  const char* title_performance_by_objective;
  const char* title_performance_by_program;
  const char* title_efficiency_by_objective;
  const char* title_efficiency_by_program;
  const char* regional_actual;
  const char* kabupaten;
  const char* provinsi;
  const char* nasional;
  const char* to_kabupaten;
  const char* to_provinsi;
  const char* to_nasional;
  const char* end_target;
  const char* progress;
  const char* mean_progress;
  const char* staff_needed;
  const char* staff_available;
  const char* staff_share;
  const char* resource_gap;
  const char* item;
  const char* item_available;
  const char* item_needed;
  const char* item_share;
  const char* item_counted;
  const char* facilities_share;
  const char* component;
  const char* weight;
  const char* component_score;
  const char* component_percent;
  const char* agreement;
  const char* agrees;
  const char* disagrees;
  const char* stated_total;
  const char* stated_predicate;
  const char* key_indicators_row;
  const char* allocation_pagu;
  const char* allocation_share;
  const char* title_trend;
  const char* title_key_progress;
  const char* title_program_progress;
  const char* title_regional;
  const char* title_allocation;
  const char* title_staff_by_objective;
  const char* title_staff_by_program;
  const char* title_facilities;
  const char* title_facilities_efficiency;
  const char* title_sakip;
  const char* out_of_scale;
  const char* year;
  const char* unavailable_mark;
  const char* unavailable_note;
  const char* chart_capaian;
  const char* chart_absorption;
  const char* chart_efficiency;
  const char* title_rollup;
  const char* title_years;
  const char* title_unit_years;
  const char* rank;
  const char* unit_name;
  const char* region;
  const char* rollup_heading;
  const char* mean_of_units;
  // Indicators through the year, earlier years' capaian, the classification.
  const char* title_periods;
  const char* period;
  const char* target_to_date;
  const char* actual_to_date;
  const char* capaian_to_date;
  const char* quarter;     // "Triwulan"
  const char* months[12];  // "Januari" ...
  const char* title_spending_periods;
  const char* spending_to_date;
  const char* absorption_to_date;
  const char* title_capaian_history;
  const char* actual_change;
  const char* capaian_change;  // in points, from the capaian as printed
  const char* title_classification;
  const char* group;
  const char* group_key;      // "IKU"
  const char* group_program;  // "Program"
  const char* category;
  const char* classes[4];  // by Classified
  const char* count;
  const char* indicators;
  // Original and revised budgets and targets, the cash plan.
  const char* title_budget_revision;
  const char* original_pagu;
  const char* revised_pagu;
  const char* absorption_original;
  const char* absorption_revised;
  const char* title_target_revision;
  const char* original_target;
  const char* revised_target;
  const char* capaian_original;
  const char* capaian_revised;
  const char* title_cash_plan;
  const char* plan;
  const char* of_plan;
  const char* plan_to_date;
  const char* of_plan_to_date;
  const char* deviation_to_date;
  // The strategic plan's targets per year.
  const char* title_renstra_years;
  const char* agreement_target;  // "Target PK", followed by the year
  const char* renstra_target;    // "Target Renstra", followed by the year
  const char* capaian_renstra;   // capaian against the plan's target of the year
  // The performance tree (pohon kinerja).
  const char* title_tree;
  const char* parent_code;
  const char* level_objective;
  const char* level_key;
  const char* tree_name;
  // The roll-up of files of different years: how many years ({0}), each with its files ({1}).
  const char* mixed_years;
  const char* and_more;  // files past the first few of a year: "and {} more"

  // Why a figure cannot be computed, in words a reader of the report understands.
  std::string explain(const Unavailable& why) const;
};

const Labels& labels_for(Language language);

// A period of the year as people name it: "Triwulan II", "Maret".
std::string period_label(const Labels& L, const Period& period);

namespace labels {

// A formula in words and symbols, as its declaration words it (lkjip/formulas.h): in Indonesian,
// as explanations and findings speak, or in `language`.
const std::string& formula_text(Formula formula);
const std::string& formula_text(Formula formula, Language language);
// What a term is to its formula, for explanations.
const char* role_text(Role role, Language language);

}  // namespace labels
}  // namespace lkjip
