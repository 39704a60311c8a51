// Applies the formulas to a whole report, level by level.
#include <algorithm>

#include "lkjip/engine.h"
#include "trace_builder.h"

namespace lkjip {
namespace {

IndicatorResult evaluate_indicator(const Indicator& indicator, const Settings& settings) {
  Figure target = effective_target(indicator, settings);
  Figure actual = effective_actual(indicator, settings);
  Figure raw = achievement(indicator, target, actual, settings);
  Figure scored = score(raw, settings);
  const RatingBand* band = scored.ok() ? rate(scored.value(), settings.rating_scale) : nullptr;
  return IndicatorResult{&indicator,     std::move(target), std::move(actual),
                         std::move(raw), std::move(scored), band};
}

std::vector<IndicatorResult> indicator_results(const std::vector<Indicator>& indicators,
                                               const Settings& settings) {
  std::vector<IndicatorResult> results;
  results.reserve(indicators.size());
  for (const Indicator& indicator : indicators) {
    results.push_back(evaluate_indicator(indicator, settings));
  }
  return results;
}

BudgetResult budget_result(Money pagu, Money spending, std::string_view subject) {
  Money unspent = silpa(pagu, spending, subject);
  Figure absorbed = absorption(spending, pagu, subject);
  return BudgetResult{std::move(pagu), std::move(spending), std::move(unspent),
                      std::move(absorbed)};
}

// The budget of a group of programs: pagu and spending summed, absorption from the sums.
BudgetResult summed_budget(const std::vector<const ProgramResult*>& programs,
                           std::string_view subject) {
  if (programs.empty()) {
    const Unavailable none{Reason::kNoPrograms, subject};
    return BudgetResult{none, none, none, none};
  }
  std::vector<Money> pagus;
  std::vector<Money> spendings;
  for (const ProgramResult* program : programs) {
    pagus.push_back(program->budget.pagu);
    spendings.push_back(program->budget.spending);
  }
  return budget_result(sum_rupiah(pagus, subject), sum_rupiah(spendings, subject), subject);
}

// The results of a group of indicators, pointed to: a group made of several programs' or
// objectives' indicators is not copied.
using ResultRefs = std::vector<const IndicatorResult*>;

ResultRefs refs_of(const std::vector<IndicatorResult>& indicators) {
  ResultRefs refs;
  refs.reserve(indicators.size());
  for (const IndicatorResult& result : indicators)
    refs.push_back(&result);
  return refs;
}

// One figure of each indicator's result: its capaian or its score.
std::vector<Figure> figures_of(const ResultRefs& indicators, Figure IndicatorResult::*figure) {
  std::vector<Figure> values;
  values.reserve(indicators.size());
  for (const IndicatorResult* result : indicators)
    values.push_back(result->*figure);
  return values;
}

PerformanceResult performance(const ResultRefs& indicators, const Settings& settings,
                              std::string_view subject) {
  Figure mean_raw = mean_as_printed(figures_of(indicators, &IndicatorResult::capaian), subject);
  Figure mean_scored = mean_as_printed(figures_of(indicators, &IndicatorResult::score), subject);
  const RatingBand* band =
      mean_scored.ok() ? rate(mean_scored.value(), settings.rating_scale) : nullptr;
  return PerformanceResult{std::move(mean_raw), std::move(mean_scored), band};
}

PerformanceResult performance(const std::vector<IndicatorResult>& indicators,
                              const Settings& settings, std::string_view subject) {
  return performance(refs_of(indicators), settings, subject);
}

EfficiencyResult efficiency(const PerformanceResult& performance, const Figure& resource_use,
                            std::string_view subject) {
  return EfficiencyResult{efficiency_gap(performance.mean_score, resource_use, subject),
                          efficiency_gap(performance.mean_capaian, resource_use, subject)};
}

StaffResult staff_result(Figure needed, Figure available, const PerformanceResult& performance,
                         std::string_view subject) {
  Figure share_available = availability(available, needed, subject);
  EfficiencyResult gap = efficiency(performance, share_available, subject);
  return StaffResult{std::move(needed), std::move(available), std::move(share_available),
                     std::move(gap)};
}

StaffResult given_staff(const std::optional<Staff>& staff, const PerformanceResult& performance,
                        std::string_view subject, const Place& owner) {
  if (!staff) {
    const Unavailable none{Reason::kNoData, subject};
    return StaffResult{none, none, none, {none, none}};
  }
  return staff_result(trace::given(staff->needed, subject, Key{owner, Field::kStaffNeeded}),
                      trace::given(staff->available, subject, Key{owner, Field::kStaffAvailable}),
                      performance, subject);
}

// Totals of staff rows: counts summed, availability from the sums.
StaffResult staff_sum(const std::vector<const StaffResult*>& rows,
                      const PerformanceResult& performance) {
  std::vector<Figure> needed;
  std::vector<Figure> available;
  for (const StaffResult* row : rows) {
    needed.push_back(row->needed);
    available.push_back(row->available);
  }
  return staff_result(sum(needed, "total"), sum(available, "total"), performance, "total");
}

ProgramResult evaluate_program(const Program& program, const Settings& settings) {
  std::vector<IndicatorResult> indicators = indicator_results(program.indicators, settings);
  BudgetResult budget = evaluate_budget(program, settings);
  PerformanceResult perf = performance(indicators, settings, program.id);
  EfficiencyResult budget_gap = efficiency(perf, budget.absorption, program.id);
  StaffResult staff = given_staff(program.staff, perf, program.id, program.source);
  return ProgramResult{&program,        std::move(indicators), std::move(budget),
                       std::move(perf), std::move(budget_gap), std::move(staff)};
}

// An indicator's actuals over `years`: the years any indicator gives, then this year (`actual`).
TrendResult trend(const Indicator& indicator, const Figure& actual, const std::vector<int>& years) {
  TrendResult result;
  result.indicator = &indicator;
  const std::vector<PastYear>& history = details_of(indicator).history;
  for (std::size_t y = 0; y + 1 < years.size(); ++y) {
    const int past_year = years[y];
    const std::string name = std::to_string(past_year);
    const auto given_year = std::find_if(history.begin(), history.end(), [&](const PastYear& past) {
      return past.year == past_year;
    });
    result.years.push_back(past_year);
    const auto index = static_cast<std::size_t>(given_year - history.begin());
    result.actuals.push_back(given_year == history.end()
                                 ? Figure(Unavailable{Reason::kNoData, name})
                                 : trace::given(given_year->actual, Reason::kActualMissing, name,
                                                Key{indicator.source, Field::kPastActual,
                                                    static_cast<std::uint32_t>(index)}));
  }
  result.years.push_back(years.back());
  result.actuals.push_back(actual);
  for (std::size_t i = 0; i + 1 < result.actuals.size(); ++i) {
    result.changes.push_back(difference(result.actuals[i], result.actuals[i + 1], indicator.id));
  }
  result.overall_change = difference(result.actuals.front(), result.actuals.back(), indicator.id);
  return result;
}

// The results of the key indicators (of every objective, in order) or the programs'.
std::vector<const IndicatorResult*> indicators_of(const Results& results, IndicatorGroup group) {
  std::vector<const IndicatorResult*> indicators;
  const auto add = [&](const std::vector<IndicatorResult>& some) {
    for (const IndicatorResult& result : some)
      indicators.push_back(&result);
  };
  if (group == IndicatorGroup::kKey) {
    for (const ObjectiveResult& objective : results.objectives)
      add(objective.indicators);
  } else {
    for (const ProgramResult& program : results.programs)
      add(program.indicators);
  }
  return indicators;
}

const PerformanceResult& performance_of(const Results& results, IndicatorGroup group) {
  return group == IndicatorGroup::kKey ? results.key_indicators : results.program_indicators;
}

// The key and then the program indicators' results.
std::vector<const IndicatorResult*> compared_indicators(const Results& results) {
  std::vector<const IndicatorResult*> all = indicators_of(results, IndicatorGroup::kKey);
  const std::vector<const IndicatorResult*> programs =
      indicators_of(results, IndicatorGroup::kProgram);
  all.insert(all.end(), programs.begin(), programs.end());
  return all;
}

std::vector<int> past_years_given(const std::vector<const IndicatorResult*>& indicators) {
  std::vector<int> years;
  for (const IndicatorResult* result : indicators) {
    for (const PastYear& past : details_of(*result->indicator).history)
      years.push_back(past.year);
  }
  std::sort(years.begin(), years.end());
  years.erase(std::unique(years.begin(), years.end()), years.end());
  return years;
}

// An indicator's earlier years with their targets, actuals and capaian, then this year's.
CapaianHistory capaian_history(const IndicatorResult& result, int year, const Settings& settings) {
  const Indicator& indicator = *result.indicator;
  const std::vector<PastYear>& history = details_of(indicator).history;
  CapaianHistory out;
  out.indicator = &indicator;
  for (std::size_t i = 0; i < history.size(); ++i) {
    const std::string name = std::to_string(history[i].year);
    const auto item = static_cast<std::uint32_t>(i);
    out.years.push_back(history[i].year);
    out.targets.push_back(trace::given(history[i].target, Reason::kTargetMissing, name,
                                       Key{indicator.source, Field::kPastTarget, item}));
    out.actuals.push_back(trace::given(history[i].actual, Reason::kActualMissing, name,
                                       Key{indicator.source, Field::kPastActual, item}));
    out.capaians.push_back(past_capaian(indicator, i, settings));
  }
  out.years.push_back(year);
  out.targets.push_back(result.target);
  out.actuals.push_back(result.actual);
  out.capaians.push_back(result.capaian);
  out.actual_changes.push_back(Unavailable{Reason::kNoData, indicator.id});
  out.capaian_changes.push_back(Unavailable{Reason::kNoData, indicator.id});
  for (std::size_t i = 1; i < out.years.size(); ++i) {
    out.actual_changes.push_back(difference(out.actuals[i - 1], out.actuals[i], indicator.id));
    out.capaian_changes.push_back(
        difference_as_printed(out.capaians[i - 1], out.capaians[i], indicator.id));
  }
  return out;
}

RegionalResult regional(const IndicatorResult& indicator) {
  const RegionalFigures& figures = *details_of(*indicator.indicator).regional;
  const CompactString& id = indicator.indicator->id;
  const Place& source = indicator.indicator->source;
  Figure kabupaten =
      trace::given(figures.kabupaten, Reason::kNoData, "kabupaten", Key{source, Field::kKabupaten});
  Figure provinsi =
      trace::given(figures.provinsi, Reason::kNoData, "provinsi", Key{source, Field::kProvinsi});
  Figure nasional =
      trace::given(figures.nasional, Reason::kNoData, "nasional", Key{source, Field::kNasional});
  // "no data" stays the reason of a difference with an absent regional figure.
  auto to = [&](const Figure& other) {
    return other.ok() ? difference(other, indicator.actual, id, Role::kComparison, Role::kActual)
                      : other;
  };
  return RegionalResult{indicator.indicator, indicator.actual, kabupaten,   provinsi, nasional,
                        to(kabupaten),       to(provinsi),     to(nasional)};
}

Figure progress_mean(const std::vector<ProgressResult>& progress, std::string_view subject) {
  std::vector<Figure> values;
  for (const ProgressResult& result : progress)
    values.push_back(result.progress);
  return mean_as_printed(values, subject);
}

SakipResult sakip_result(const SakipEvaluation& sakip) {
  SakipResult result;
  result.predicate_scale = &sakip.predicate_scale;
  std::vector<Figure> weights;
  std::vector<Figure> scores_given;
  for (const SakipComponent& component : sakip.components) {
    result.component_percents.push_back(component_percent(component));
    weights.push_back(
        trace::given(component.weight, component.name, Key{component.source, Field::kWeight}));
    scores_given.push_back(
        trace::given(component.score, component.name, Key{component.source, Field::kScore}));
  }
  result.total_weight = sum(weights, "total");
  result.total_score = sum(scores_given, "total");
  if (result.total_score.ok()) {
    result.predicate = rate(result.total_score.value(), sakip.predicate_scale);
    if (sakip.stated_total) {
      result.stated_total_agrees =
          agrees_as_printed(result.total_score.value(), *sakip.stated_total);
    }
    if (sakip.stated_predicate) {
      result.stated_predicate_agrees =
          result.predicate != nullptr && result.predicate->label == *sakip.stated_predicate;
    }
  }
  return result;
}

}  // namespace

Results evaluate(const PerformanceReport& report, Traces traces) {
  const trace::Scope tracing(traces);
  const Settings& settings = report.settings;
  Results results;
  results.traces = traces;
  results.settings = &settings;
  results.programs.reserve(report.programs.size());
  for (const Program& program : report.programs) {
    results.programs.push_back(evaluate_program(program, settings));
  }
  std::vector<const ProgramResult*> all_programs;
  for (const ProgramResult& program : results.programs)
    all_programs.push_back(&program);
  results.total_budget = summed_budget(all_programs, "total");
  results.total_share = share(results.total_budget.pagu, results.total_budget.pagu, "total");

  ResultRefs all_key_indicators;
  for (const Objective& objective : report.objectives) {
    std::vector<const ProgramResult*> supporting;
    for (const ProgramResult& program : results.programs) {
      if (program.program->objective_id == objective.id) supporting.push_back(&program);
    }
    std::vector<IndicatorResult> indicators = indicator_results(objective.indicators, settings);
    BudgetResult budget = summed_budget(supporting, objective.id);
    Figure pagu_share = share(budget.pagu, results.total_budget.pagu, objective.id);
    PerformanceResult perf = performance(indicators, settings, objective.id);
    EfficiencyResult budget_gap = efficiency(perf, budget.absorption, objective.id);
    StaffResult staff = given_staff(objective.staff, perf, objective.id, objective.source);
    results.objectives.push_back(
        ObjectiveResult{&objective, std::move(indicators), std::move(budget), std::move(pagu_share),
                        std::move(perf), std::move(budget_gap), std::move(staff)});
  }

  for (const ObjectiveResult& objective : results.objectives) {
    for (const IndicatorResult& result : objective.indicators)
      all_key_indicators.push_back(&result);
  }
  ResultRefs all_program_indicators;
  for (const ProgramResult& program : results.programs) {
    for (const IndicatorResult& result : program.indicators)
      all_program_indicators.push_back(&result);
  }
  results.key_indicators = performance(all_key_indicators, settings, "total");
  results.program_indicators = performance(all_program_indicators, settings, "total");
  return results;
}

EfficiencyResult budget_efficiency(const Results& results, IndicatorGroup group) {
  const trace::Scope tracing(results.traces);
  return efficiency(performance_of(results, group), results.total_budget.absorption, "total");
}

StaffResult staff_total(const Results& results, IndicatorGroup group) {
  const trace::Scope tracing(results.traces);
  std::vector<const StaffResult*> rows;
  if (group == IndicatorGroup::kKey) {
    for (const ObjectiveResult& objective : results.objectives)
      rows.push_back(&objective.staff);
  } else {
    for (const ProgramResult& program : results.programs)
      rows.push_back(&program.staff);
  }
  return staff_sum(rows, performance_of(results, group));
}

TrendPlan plan_trends(const PerformanceReport& report, const Results& results) {
  TrendPlan plan;
  plan.traces = results.traces;
  const std::vector<const IndicatorResult*> indicators = compared_indicators(results);
  plan.years = past_years_given(indicators);
  plan.years.push_back(report.year);
  for (const IndicatorResult* result : indicators) {
    if (!details_of(*result->indicator).history.empty()) plan.indicators.push_back(result);
  }
  return plan;
}

TrendResult evaluate_trend(const TrendPlan& plan, const IndicatorResult& indicator) {
  const trace::Scope tracing(plan.traces);
  return trend(*indicator.indicator, indicator.actual, plan.years);
}

std::vector<TrendResult> evaluate_trends(const PerformanceReport& report, const Results& results) {
  const TrendPlan plan = plan_trends(report, results);
  std::vector<TrendResult> trends;
  trends.reserve(plan.indicators.size());
  for (const IndicatorResult* indicator : plan.indicators)
    trends.push_back(evaluate_trend(plan, *indicator));
  return trends;
}

ProgressResults evaluate_progress(const PerformanceReport& report, const Results& results,
                                  IndicatorGroup group) {
  const trace::Scope tracing(results.traces);
  const RenstraPeriod period{report.renstra_from, report.renstra_to};
  ProgressResults progress;
  for (const IndicatorResult* result : indicators_of(results, group)) {
    const Indicator& indicator = *result->indicator;
    if (!details_of(indicator).renstra) continue;
    progress.rows.push_back(
        ProgressResult{&indicator, renstra_actual(indicator, report.year, period, report.settings),
                       renstra_progress(indicator, report.year, period, report.settings)});
  }
  progress.mean = progress_mean(progress.rows, "total");
  return progress;
}

std::vector<RenstraYearsResult> evaluate_renstra_years(const PerformanceReport& report,
                                                       const Results& results) {
  const trace::Scope tracing(results.traces);
  const RenstraPeriod period{report.renstra_from, report.renstra_to};
  std::vector<RenstraYearsResult> rows;
  for (const IndicatorResult* result : compared_indicators(results)) {
    const Indicator& indicator = *result->indicator;
    const std::optional<RenstraTarget>& renstra = details_of(indicator).renstra;
    if (!renstra || renstra->targets.empty()) continue;
    RenstraYearsResult row;
    row.indicator = &indicator;
    row.agreement_target = result->target;
    for (int year = period.from; year != 0 && year <= period.to; ++year) {
      row.years.push_back(year);
      row.plan_targets.push_back(renstra_year_target(indicator, year));
    }
    row.year_target = renstra_year_target(indicator, report.year);
    row.actual = result->actual;
    row.capaian = renstra_year_capaian(indicator, report.year, report.settings);
    row.end_target = trace::given(renstra->end_target, indicator.id,
                                  Key{indicator.source, Field::kRenstraEndTarget});
    row.progress = renstra_progress(indicator, report.year, period, report.settings);
    rows.push_back(std::move(row));
  }
  return rows;
}

std::vector<CapaianHistory> evaluate_capaian_history(const PerformanceReport& report,
                                                     const Results& results) {
  const trace::Scope tracing(results.traces);
  std::vector<CapaianHistory> rows;
  for (const IndicatorResult* result : compared_indicators(results)) {
    const std::vector<PastYear>& history = details_of(*result->indicator).history;
    const bool targets_given = std::any_of(history.begin(), history.end(),
                                           [](const PastYear& past) { return past.target; });
    if (targets_given) rows.push_back(capaian_history(*result, report.year, report.settings));
  }
  return rows;
}

Classified classify(const Figure& capaian, const Classification& thresholds) {
  if (!capaian.ok()) return Classified::kNotComputable;
  const Rational printed = capaian.value().rounded(kPercentDecimals);
  if (thresholds.exceeded_above.value < printed) return Classified::kExceeded;
  if (thresholds.met_from.value <= printed) return Classified::kMet;
  return Classified::kNotMet;
}

ClassificationResult classify_group(const Results& results, IndicatorGroup group) {
  const trace::Scope tracing(results.traces);
  ClassificationResult out;
  std::array<std::vector<Term>, 4> members;
  for (const IndicatorResult* result : indicators_of(results, group)) {
    const Classified classified = classify(result->capaian, results.settings->classification);
    const auto c = static_cast<std::size_t>(classified);
    out.groups[c].push_back(result->indicator);
    // A capaian that cannot be computed counts without a term: it has no value.
    if (result->capaian.ok() && trace::keeping()) {
      members[c].push_back(trace::of(result->capaian, Role::kCapaian, result->indicator->id));
    }
    ++out.total;
  }
  for (std::size_t c = 0; c < out.counts.size(); ++c) {
    const std::string subject = group == IndicatorGroup::kKey ? "iku" : "program";
    out.counts[c] = trace::result(Formula::kClassCount, subject, std::move(members[c]),
                                  Rational(static_cast<long long>(out.groups[c].size())));
  }
  return out;
}

std::vector<RegionalResult> evaluate_regional(const Results& results) {
  const trace::Scope tracing(results.traces);
  std::vector<RegionalResult> rows;
  for (const IndicatorResult* result : compared_indicators(results)) {
    if (details_of(*result->indicator).regional) rows.push_back(regional(*result));
  }
  return rows;
}

FacilitiesResult evaluate_facilities(const PerformanceReport& report, const Results& results) {
  const trace::Scope tracing(results.traces);
  const std::vector<Facility>& facilities = report.facilities;
  FacilitiesResult result;
  if (facilities.empty()) return result;
  std::vector<Figure> available;
  for (const Facility& facility : facilities) {
    result.items.push_back(capped_availability(facility));
    result.counted_items.push_back(counted_available(std::span(&facility, 1)));
    available.push_back(
        trace::given(facility.available, facility.id, Key{facility.source, Field::kAvailable}));
  }
  result.available = sum(available, "total");
  result.counted = counted_available(facilities);
  result.needed = total_needed(facilities);
  result.availability = availability(result.counted, result.needed, "total");
  result.efficiency = efficiency(results.key_indicators, result.availability, "total");
  return result;
}

std::vector<IndicatorResult> evaluate_indicators(const std::vector<Indicator>& indicators,
                                                 const Settings& settings, Traces traces) {
  const trace::Scope tracing(traces);
  return indicator_results(indicators, settings);
}

SakipResult evaluate_sakip(const SakipEvaluation& sakip, Traces traces) {
  const trace::Scope tracing(traces);
  return sakip_result(sakip);
}

}  // namespace lkjip
