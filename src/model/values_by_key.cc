#include "lkjip/values_by_key.h"

#include <stdexcept>
#include <utility>

namespace lkjip {
namespace {

using List = Place::List;

// The item `index` of `items`, or nullptr.
template <class Items>
auto* item(Items& items, std::uint32_t index) {
  return index < items.size() ? &items[index] : nullptr;
}

// Calls `visit` with the record the place names (the report itself for the root); false when
// the place names none. Const-ness follows the report's.
template <class Report, class Visit>
bool visit_record(Report& report, const Place& place, Visit&& visit) {
  if (place.depth() == 0) return visit(report);
  const List first = place.list_at(0);
  const std::uint32_t i = place.index_at(0);
  auto indicators_of = [&](auto& owner, std::size_t level) {
    if (place.depth() != level + 1 || place.list_at(level) != List::kIndicators) return false;
    auto* indicator = item(owner.indicators, place.index_at(level));
    return indicator != nullptr && visit(*indicator);
  };
  switch (first) {
    case List::kObjectives: {
      auto* objective = item(report.objectives, i);
      if (objective == nullptr) return false;
      return place.depth() == 1 ? visit(*objective) : indicators_of(*objective, 1);
    }
    case List::kPrograms: {
      auto* program = item(report.programs, i);
      if (program == nullptr) return false;
      if (place.depth() == 1) return visit(*program);
      if (place.list_at(1) == List::kIndicators) return indicators_of(*program, 1);
      auto* activity = item(program->activities, place.index_at(1));
      if (activity == nullptr || place.list_at(1) != List::kActivities) return false;
      if (place.depth() == 2) return visit(*activity);
      if (place.list_at(2) == List::kIndicators) return indicators_of(*activity, 2);
      auto* sub = item(activity->sub_activities, place.index_at(2));
      if (sub == nullptr || place.list_at(2) != List::kSubActivities) return false;
      return place.depth() == 3 ? visit(*sub) : indicators_of(*sub, 3);
    }
    case List::kFacilities: {
      auto* facility = item(report.facilities, i);
      return place.depth() == 1 && facility != nullptr && visit(*facility);
    }
    case List::kSakipComponents: {
      if (!report.sakip || place.depth() != 1) return false;
      auto* component = item(report.sakip->components, i);
      return component != nullptr && visit(*component);
    }
    default:
      return false;
  }
}

}  // namespace

std::optional<FieldValue> value_at(const PerformanceReport& report, const Key& key) {
  if (!is_value_field(key.field) || is_item_field(key.field)) return std::nullopt;
  std::optional<FieldValue> value;
  visit_record(report, key.object, [&](const auto& record) {
    try {
      value = get(record, key.field);
    } catch (const std::logic_error&) {  // not a field of this record
    }
    return true;
  });
  return value;
}

bool set_value_at(PerformanceReport& report, const Key& key, FieldValue value) {
  if (!value_at(report, key)) return false;
  return visit_record(report, key.object, [&](auto& record) {
    set(record, key.field, std::move(value));
    return true;
  });
}

}  // namespace lkjip
