// Roll-up across units and comparison of one unit across years.
#include "lkjip/rollup.h"

#include <algorithm>
#include <map>
#include <numeric>

#include "lkjip/input_messages.h"
#include "trace_builder.h"

namespace lkjip {
namespace {

// Key and program indicators: what a unit reports on, year after year.
std::vector<const IndicatorResult*> compared_indicators(const Results& results) {
  std::vector<const IndicatorResult*> indicators;
  for (const ObjectiveResult& objective : results.objectives) {
    for (const IndicatorResult& indicator : objective.indicators)
      indicators.push_back(&indicator);
  }
  for (const ProgramResult& program : results.programs) {
    for (const IndicatorResult& indicator : program.indicators)
      indicators.push_back(&indicator);
  }
  return indicators;
}

const char* polarity_name(Polarity polarity) {
  return polarity == Polarity::kLowerIsBetter ? "lower_is_better" : "higher_is_better";
}

}  // namespace

UnitSummary summarize(const std::string& file, const PerformanceReport& report) {
  // A roll-up of thousands of units keeps only what it prints, no trace of any report.
  const trace::Scope no_traces(Traces::kDrop);
  const Settings& settings = report.settings;
  std::vector<Figure> capaians;
  std::vector<Figure> scores;
  for (const Objective& objective : report.objectives) {
    for (const Indicator& indicator : objective.indicators) {
      capaians.push_back(capaian(indicator, settings));
      scores.push_back(score(capaians.back(), settings));
    }
  }
  std::vector<Money> pagus;
  std::vector<Money> spendings;
  for (const Program& program : report.programs) {
    pagus.push_back(level_pagu(program, settings));
    spendings.push_back(level_amount(program, Field::kSpending));
  }
  const Figure mean_capaian = mean_as_printed(capaians, "total");
  const Figure mean_score = mean_as_printed(scores, "total");
  const RatingBand* band =
      mean_score.ok() ? rate(mean_score.value(), settings.rating_scale) : nullptr;
  const Unavailable no_programs{Reason::kNoPrograms, "total"};
  const Money pagu = pagus.empty() ? Money(no_programs) : sum_rupiah(pagus, "total");
  const Money spending = spendings.empty() ? Money(no_programs) : sum_rupiah(spendings, "total");
  const Figure absorbed = pagus.empty() ? Figure(no_programs) : absorption(spending, pagu, "total");
  return UnitSummary{file,
                     report.unit.name,
                     report.unit.region,
                     report.year,
                     mean_capaian,
                     mean_score,
                     band != nullptr ? band->label : std::string(),
                     pagu,
                     spending,
                     absorbed,
                     efficiency_gap(mean_score, absorbed, "total"),
                     efficiency_gap(mean_capaian, absorbed, "total")};
}

RollupResult roll_up(std::vector<UnitSummary> units) {
  const trace::Scope no_traces(Traces::kDrop);  // the totals' traces would name every unit
  RollupResult result;
  std::vector<Money> pagus;
  std::vector<Money> spendings;
  std::vector<Figure> scores;
  for (const UnitSummary& unit : units) {
    pagus.push_back(unit.pagu);
    spendings.push_back(unit.spending);
    scores.push_back(unit.mean_score);
  }
  result.pagu = sum_rupiah(pagus, "total");
  result.spending = sum_rupiah(spendings, "total");
  result.absorption = absorption(result.spending, result.pagu, "total");
  result.mean_score = mean_as_printed(scores, "total");

  // Ranked on the exact means: two units share a rank only when their scores are equal, not
  // when they print alike.
  result.order.resize(units.size());
  std::iota(result.order.begin(), result.order.end(), 0);
  std::stable_sort(result.order.begin(), result.order.end(), [&](std::size_t a, std::size_t b) {
    const Figure& left = units[a].mean_score;
    const Figure& right = units[b].mean_score;
    if (left.ok() != right.ok()) return left.ok();
    if (left.ok() && !(left.value() == right.value())) return right.value() < left.value();
    if (units[a].unit_name != units[b].unit_name) return units[a].unit_name < units[b].unit_name;
    return units[a].year < units[b].year;
  });
  // Standard competition ranking: a unit's rank is one more than the number of units above it.
  result.rank.assign(units.size(), std::nullopt);
  for (std::size_t position = 0; position < result.order.size(); ++position) {
    const std::size_t index = result.order[position];
    if (!units[index].mean_score.ok()) break;  // the rest cannot be ranked either
    const std::size_t before = position == 0 ? index : result.order[position - 1];
    const bool tied =
        position > 0 && units[before].mean_score.value() == units[index].mean_score.value();
    result.rank[index] = tied ? result.rank[before] : position + 1;
  }
  result.units = std::move(units);
  return result;
}

std::vector<UnitsOfYear> years_of(const std::vector<UnitSummary>& units) {
  std::map<int, std::vector<std::size_t>> by_year;
  for (std::size_t i = 0; i < units.size(); ++i)
    by_year[units[i].year].push_back(i);
  std::vector<UnitsOfYear> years;
  for (auto& [year, indexes] : by_year)
    years.push_back(UnitsOfYear{year, std::move(indexes)});
  return years;
}

std::optional<DefinitionConflict> definition_conflict(const std::vector<YearOfUnit>& years) {
  struct Seen {
    const Indicator* indicator;
    int year;
  };
  std::map<std::string, Seen> first;
  for (std::size_t y = 0; y < years.size(); ++y) {
    const YearOfUnit& year = years[y];
    for (const IndicatorResult* result : compared_indicators(*year.results)) {
      const Indicator& indicator = *result->indicator;
      const auto [place, inserted] = first.emplace(indicator.id, Seen{&indicator, year.year});
      if (inserted) continue;
      const Indicator& earlier = *place->second.indicator;
      if (earlier.unit != indicator.unit) {
        return DefinitionConflict{y, Key{indicator.source, Field::kUnit},
                                  say(InputMessage::kUnitDiffersAcrossYears, indicator.id,
                                      earlier.unit, place->second.year, indicator.unit, year.year)};
      }
      if (earlier.polarity != indicator.polarity) {
        return DefinitionConflict{y, Key{indicator.source, Field::kPolarity},
                                  say(InputMessage::kPolarityDiffersAcrossYears, indicator.id,
                                      polarity_name(earlier.polarity), place->second.year,
                                      polarity_name(indicator.polarity), year.year)};
      }
    }
  }
  return std::nullopt;
}

UnitAcrossYears compare_years(const std::vector<YearOfUnit>& years) {
  UnitAcrossYears result;
  std::map<std::string, std::size_t> row_of;
  for (std::size_t y = 0; y < years.size(); ++y) {
    result.years.push_back(years[y].year);
    result.mean_scores.push_back(years[y].results->key_indicators.mean_score);
    result.absorptions.push_back(years[y].results->total_budget.absorption);
    for (const IndicatorResult* indicator : compared_indicators(*years[y].results)) {
      const CompactString& id = indicator->indicator->id;
      auto [place, inserted] = row_of.emplace(id, result.indicators.size());
      if (inserted) {
        IndicatorAcrossYears row{
            id.str(), indicator->indicator->name.str(), indicator->indicator->unit.str(), {}, {},
            {}};
        for (const YearOfUnit& other : years) {
          const Unavailable missing{Reason::kNoData, std::to_string(other.year)};
          row.actuals.push_back(missing);
          row.capaians.push_back(missing);
        }
        result.indicators.push_back(std::move(row));
      }
      IndicatorAcrossYears& row = result.indicators[place->second];
      row.actuals[y] = indicator->actual;
      const OptionalQuantity& written = indicator->indicator->actual;
      row.decimals = std::max(row.decimals, written ? written->decimals : kPercentDecimals);
      row.capaians[y] = indicator->capaian;
    }
  }
  for (IndicatorAcrossYears& row : result.indicators) {
    for (std::size_t y = 0; y + 1 < years.size(); ++y) {
      row.changes.push_back(difference(row.actuals[y], row.actuals[y + 1], row.id));
    }
  }
  return result;
}

}  // namespace lkjip
