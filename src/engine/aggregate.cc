// A total or a mean over other values of its parts, by the formula that made it.
#include "lkjip/engine.h"

namespace lkjip {

bool is_aggregate(Formula formula) {
  return formula == Formula::kSum || formula == Formula::kSumRupiah ||
         formula == Formula::kMeanAsPrinted;
}

std::optional<Figure> aggregate(Formula formula, std::span<const Figure> parts,
                                std::string_view subject) {
  switch (formula) {
    case Formula::kSum:
    case Formula::kSumRupiah:
      return sum(parts, subject);
    case Formula::kMeanAsPrinted:
      return mean_as_printed(parts, subject);
    default:
      return std::nullopt;
  }
}

}  // namespace lkjip
