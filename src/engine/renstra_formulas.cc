// The strategic plan's target for a year of its period, and this year's capaian against it.
#include <string>

#include "lkjip/engine.h"
#include "trace_builder.h"

namespace lkjip {

Figure renstra_year_target(const Indicator& indicator, int year) {
  const std::optional<RenstraTarget>& renstra = details_of(indicator).renstra;
  if (!renstra) return Unavailable{Reason::kNoData, indicator.id};
  for (std::size_t i = 0; i < renstra->targets.size(); ++i) {
    const RenstraYearTarget& target = renstra->targets[i];
    if (target.year != year) continue;
    return trace::given(
        target.target, std::to_string(year),
        Key{indicator.source, Field::kRenstraYearTarget, static_cast<std::uint32_t>(i)});
  }
  return Unavailable{Reason::kNoRenstraYearTarget, std::to_string(year)};
}

Figure renstra_year_capaian(const Indicator& indicator, int year, const Settings& settings) {
  // The capaian formula of the indicator's polarity, as against the agreement's target.
  return achievement(indicator, renstra_year_target(indicator, year),
                     effective_actual(indicator, settings), settings, Role::kRenstraYearTarget);
}

}  // namespace lkjip
