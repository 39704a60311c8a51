// A value of the report named by its key: read, or changed in a copy of the report (`lkjip
// check`'s corrections try a value in place of another).
#pragma once

#include <optional>

#include "lkjip/fields.h"
#include "lkjip/key.h"
#include "lkjip/model.h"

namespace lkjip {

// The value a key names: a field of the report's root or of an object of its lists (objectives,
// programs, activities, sub-activities, indicators, facilities, SAKIP components). None for a
// key that names no such object or a field that is not a value of it (an item of a list, a
// list, a whole object).
std::optional<FieldValue> value_at(const PerformanceReport& report, const Key& key);

// Sets the value a key names; false (and the report unchanged) where value_at has none.
bool set_value_at(PerformanceReport& report, const Key& key, FieldValue value);

}  // namespace lkjip
