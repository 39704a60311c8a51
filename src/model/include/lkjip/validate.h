// The rules of the model, one place for every reader: what a report must hold to be computed
// (ids unique and usable in figure names, references that resolve, scales without gaps, years
// in order ...). A reader checks only that its file says something the model can hold; then
// validate() checks what it says, and every problem is reported at once.
#pragma once

#include <string>
#include <vector>

#include "lkjip/key.h"
#include "lkjip/language.h"
#include "lkjip/model.h"
#include "lkjip/source_map.h"

namespace lkjip {

struct ModelProblem {
  Key key;  // the value the problem is about
  Text message;
};

// Every problem of the report, in no particular order. `names` spells, in a message, another
// value it refers to ("duplicate id "P1" (first used at /programs/0/id)").
std::vector<ModelProblem> validate(const PerformanceReport& report, const SourceMap& names);

}  // namespace lkjip
