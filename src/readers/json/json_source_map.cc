#include "json_source_map.h"

#include <cstdint>
#include <optional>
#include <utility>

#include "json_cursor.h"
#include "json_fields.h"

namespace lkjip {
namespace {

std::string_view list_pointer(Place::List list) {
  switch (list) {
    case Place::List::kObjectives:
      return "/objectives";
    case Place::List::kPrograms:
      return "/programs";
    case Place::List::kActivities:
      return "/activities";
    case Place::List::kSubActivities:
      return "/sub_activities";
    case Place::List::kIndicators:
      return "/indicators";
    case Place::List::kFacilities:
      return "/facilities";
    case Place::List::kSakipComponents:
      return "/sakip_evaluation/components";
    case Place::List::kPrinted:
      return "/printed";
    case Place::List::kClaims:
      return "/claims";
    case Place::List::kStatedScales:
      return "/stated_rating_scales";
  }
  return "";
}

using json::field_path;
using json::FieldPath;

}  // namespace

std::string json_pointer(const Place& place) {
  std::string out;
  for (std::size_t level = 0; level < place.depth(); ++level) {
    out += list_pointer(place.list_at(level));
    out += '/';
    out += std::to_string(place.index_at(level));
  }
  return out;
}

std::string json_pointer(const Key& key) {
  std::string out = json_pointer(key.object);
  const FieldPath path = field_path(key.field);
  out += path.before_item;
  if (is_item_field(key.field)) {
    out += '/';
    out += std::to_string(key.item);
    out += path.after_item;
  }
  return out;
}

namespace {

constexpr Place::List kLists[] = {Place::List::kObjectives,      Place::List::kPrograms,
                                  Place::List::kActivities,      Place::List::kSubActivities,
                                  Place::List::kIndicators,      Place::List::kFacilities,
                                  Place::List::kSakipComponents, Place::List::kPrinted,
                                  Place::List::kClaims,          Place::List::kStatedScales};

// "/12" at the start of `text` (then its end or a '/'): the index, and the length read.
std::optional<std::pair<std::uint32_t, std::size_t>> leading_index(std::string_view text) {
  if (text.size() < 2 || text[0] != '/') return std::nullopt;
  std::size_t end = 1;
  std::uint64_t index = 0;
  while (end < text.size() && text[end] >= '0' && text[end] <= '9' && end < 11) {
    index = index * 10 + static_cast<std::uint64_t>(text[end] - '0');
    ++end;
  }
  if (end == 1 || index > UINT32_MAX || (end < text.size() && text[end] != '/')) {
    return std::nullopt;
  }
  return std::pair{static_cast<std::uint32_t>(index), end};
}

bool starts_segment(std::string_view text, std::string_view prefix) {
  return text.substr(0, prefix.size()) == prefix &&
         (text.size() == prefix.size() || text[prefix.size()] == '/');
}

// The longest field path `rest` starts with: the field, its item, and the length matched.
Key field_of(const Place& place, std::string_view rest) {
  Key best{place};
  std::size_t best_length = 0;
  for (int f = 0; f <= static_cast<int>(Field::kLastField); ++f) {
    const auto field = static_cast<Field>(f);
    const FieldPath path = field_path(field);
    if (path.before_item.empty() || !starts_segment(rest, path.before_item)) continue;
    std::size_t length = path.before_item.size();
    std::uint32_t item = 0;
    if (is_item_field(field)) {
      const auto index = leading_index(rest.substr(length));
      if (!index) continue;
      item = index->first;
      length += index->second;
      if (!path.after_item.empty()) {
        if (!starts_segment(rest.substr(length), path.after_item)) continue;
        length += path.after_item.size();
      }
    }
    if (length > best_length) {
      best = Key{place, field, item};
      best_length = length;
    }
  }
  return best;
}

}  // namespace

Key key_of_pointer(std::string_view pointer) {
  Place place;
  std::string_view rest = pointer;
  bool found = true;
  while (found && place.depth() < Place::kMaxDepth) {
    found = false;
    for (Place::List list : kLists) {
      const std::string_view name = list_pointer(list);
      if (!starts_segment(rest, name)) continue;
      const auto index = leading_index(rest.substr(name.size()));
      if (!index) continue;
      place = place.item(list, index->first);
      rest = rest.substr(name.size() + index->second);
      found = true;
      break;
    }
  }
  return field_of(place, rest);
}

SourceIndex::SourceIndex(std::string text, TextState state) : state_(state) {
  auto owned = std::make_shared<const std::string>(std::move(text));
  text_ = *owned;
  owner_ = std::move(owned);
}

std::vector<SourcePosition> SourceIndex::positions_of(const std::vector<std::string>& paths) const {
  std::vector<SourcePosition> positions =
      positions_at(text_, locate_all(text_, paths, passed_, state_), passed_);
  if (passed_) passed_(text_.size());  // the end of the passes (a mapped file checks it is whole)
  return positions;
}

std::vector<Location> JsonSourceMap::locate(const std::vector<Key>& keys) const {
  std::vector<std::string> paths;
  paths.reserve(keys.size());
  for (const Key& key : keys)
    paths.push_back(json_pointer(key));
  const std::vector<SourcePosition> positions = index_.positions_of(paths);
  std::vector<Location> locations;
  locations.reserve(keys.size());
  for (std::size_t i = 0; i < keys.size(); ++i) {
    locations.push_back(Location{file_, positions[i], {}, std::move(paths[i])});
  }
  return locations;
}

}  // namespace lkjip
