// Applies the formulas to a whole report, level by level.
#include <algorithm>

#include "lkjip/engine.h"

namespace lkjip {
namespace {

IndicatorResult evaluate_indicator(const Indicator& indicator, const Settings& settings) {
  Computed<Rational> raw = capaian(indicator);
  Computed<Rational> scored = score(raw, settings);
  const RatingBand* band = scored.ok() ? rate(scored.value(), settings.rating_scale) : nullptr;
  return IndicatorResult{&indicator, std::move(raw), std::move(scored), band};
}

std::vector<IndicatorResult> evaluate_indicators(const std::vector<Indicator>& indicators,
                                                 const Settings& settings) {
  std::vector<IndicatorResult> results;
  results.reserve(indicators.size());
  for (const Indicator& indicator : indicators) {
    results.push_back(evaluate_indicator(indicator, settings));
  }
  return results;
}

Computed<Rupiah> given_amount(const std::optional<Rupiah>& amount, Reason if_missing,
                              const std::string& subject) {
  if (!amount)
    return Unavailable{if_missing, subject};
  return *amount;
}

BudgetResult budget_result(Computed<Rupiah> pagu, Computed<Rupiah> spending,
                           const std::string& subject) {
  Computed<Rupiah> unspent = silpa(pagu, spending, subject);
  Computed<Rational> absorbed = absorption(spending, pagu, subject);
  return BudgetResult{std::move(pagu), std::move(spending), std::move(unspent),
                      std::move(absorbed)};
}

BudgetResult given_budget(const Budget& budget, const std::string& subject) {
  return budget_result(given_amount(budget.pagu, Reason::kPaguMissing, subject),
                       given_amount(budget.spending, Reason::kSpendingMissing, subject), subject);
}

// The budget of a group of programs: pagu and spending summed, absorption from the sums.
BudgetResult summed_budget(const std::vector<const ProgramResult*>& programs,
                           const std::string& subject) {
  if (programs.empty()) {
    const Unavailable none{Reason::kNoPrograms, subject};
    return BudgetResult{none, none, none, none};
  }
  std::vector<Computed<Rupiah>> pagus;
  std::vector<Computed<Rupiah>> spendings;
  for (const ProgramResult* program : programs) {
    pagus.push_back(program->budget.pagu);
    spendings.push_back(program->budget.spending);
  }
  return budget_result(sum_rupiah(pagus, subject), sum_rupiah(spendings, subject), subject);
}

std::vector<Computed<Rational>> capaians(const std::vector<IndicatorResult>& indicators) {
  std::vector<Computed<Rational>> values;
  for (const IndicatorResult& result : indicators)
    values.push_back(result.capaian);
  return values;
}

std::vector<Computed<Rational>> scores(const std::vector<IndicatorResult>& indicators) {
  std::vector<Computed<Rational>> values;
  for (const IndicatorResult& result : indicators)
    values.push_back(result.score);
  return values;
}

PerformanceResult performance(const std::vector<IndicatorResult>& indicators,
                              const Computed<Rational>& absorbed, const Settings& settings,
                              const std::string& subject) {
  Computed<Rational> mean_raw = mean_as_printed(capaians(indicators), subject);
  Computed<Rational> mean_scored = mean_as_printed(scores(indicators), subject);
  const RatingBand* band =
      mean_scored.ok() ? rate(mean_scored.value(), settings.rating_scale) : nullptr;
  Computed<Rational> gap_score = efficiency_gap(mean_scored, absorbed);
  Computed<Rational> gap_raw = efficiency_gap(mean_raw, absorbed);
  return PerformanceResult{std::move(mean_raw), std::move(mean_scored), band, std::move(gap_score),
                           std::move(gap_raw)};
}

ActivityResult evaluate_activity(const Activity& activity, const Settings& settings) {
  ActivityResult result{&activity,
                        evaluate_indicators(activity.indicators, settings),
                        given_budget(activity.budget, activity.id),
                        {}};
  for (const SubActivity& sub : activity.sub_activities) {
    result.sub_activities.push_back(SubActivityResult{
        &sub, evaluate_indicators(sub.indicators, settings), given_budget(sub.budget, sub.id)});
  }
  return result;
}

ProgramResult evaluate_program(const Program& program, const Settings& settings) {
  std::vector<IndicatorResult> indicators = evaluate_indicators(program.indicators, settings);
  BudgetResult budget = given_budget(program.budget, program.id);
  PerformanceResult perf = performance(indicators, budget.absorption, settings, program.id);
  ProgramResult result{&program, std::move(indicators), std::move(budget), std::move(perf), {}};
  for (const Activity& activity : program.activities) {
    result.activities.push_back(evaluate_activity(activity, settings));
  }
  return result;
}

}  // namespace

Results evaluate(const PerformanceReport& report) {
  const Settings& settings = report.settings;
  std::vector<ProgramResult> programs;
  for (const Program& program : report.programs) {
    programs.push_back(evaluate_program(program, settings));
  }
  std::vector<const ProgramResult*> all_programs;
  for (const ProgramResult& program : programs)
    all_programs.push_back(&program);
  BudgetResult total = summed_budget(all_programs, "total");

  std::vector<ObjectiveResult> objectives;
  std::vector<IndicatorResult> all_key_indicators;
  for (const Objective& objective : report.objectives) {
    std::vector<const ProgramResult*> supporting;
    for (const ProgramResult& program : programs) {
      if (program.program->objective_id == objective.id)
        supporting.push_back(&program);
    }
    std::vector<IndicatorResult> indicators = evaluate_indicators(objective.indicators, settings);
    all_key_indicators.insert(all_key_indicators.end(), indicators.begin(), indicators.end());
    BudgetResult budget = summed_budget(supporting, objective.id);
    Computed<Rational> pagu_share = share(budget.pagu, total.pagu, objective.id);
    PerformanceResult perf = performance(indicators, budget.absorption, settings, objective.id);
    objectives.push_back(ObjectiveResult{&objective, std::move(indicators), std::move(budget),
                                         std::move(pagu_share), std::move(perf)});
  }

  std::vector<IndicatorResult> all_program_indicators;
  for (const ProgramResult& program : programs) {
    all_program_indicators.insert(all_program_indicators.end(), program.indicators.begin(),
                                  program.indicators.end());
  }
  PerformanceResult key = performance(all_key_indicators, total.absorption, settings, "total");
  PerformanceResult program_level =
      performance(all_program_indicators, total.absorption, settings, "total");
  return Results{std::move(objectives), std::move(programs), std::move(total), std::move(key),
                 std::move(program_level)};
}

}  // namespace lkjip
