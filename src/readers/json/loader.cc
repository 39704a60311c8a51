#include "lkjip/loader.h"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <charconv>
#include <functional>
#include <memory>
#include <optional>
#include <span>

#include "json_cursor.h"
#include "json_document.h"
#include "json_source_map.h"
#include "lkjip/suggest.h"
#include "read_file.h"

namespace lkjip {
namespace {

using Kind = JsonCursor::Kind;
using Keys = std::span<const std::string_view>;

constexpr int kMaxIntegerDigits = 18;
constexpr int kMaxDecimals = 12;

// The fields each object of the format allows.
constexpr std::string_view kRootKeys[] = {
    "$schema",        "format",           "unit",       "year",
    "renstra_period", "settings",         "objectives", "programs",
    "facilities",     "sakip_evaluation", "printed"};
constexpr std::string_view kIndicatorKeys[] = {"id",       "name",   "unit", "target",    "actual",
                                               "polarity", "method", "note", "components"};
constexpr std::string_view kViewIndicatorKeys[] = {"id",         "name",     "unit",    "target",
                                                   "actual",     "polarity", "method",  "note",
                                                   "components", "history",  "renstra", "regional"};
constexpr std::string_view kComponentKeys[] = {"name", "weight", "value"};
constexpr std::string_view kPastYearKeys[] = {"year", "target", "actual"};
constexpr std::string_view kRenstraKeys[] = {"end_target", "kind"};
constexpr std::string_view kRegionalKeys[] = {"kabupaten", "provinsi", "nasional"};
constexpr std::string_view kStaffKeys[] = {"needed", "available"};
constexpr std::string_view kFacilityKeys[] = {"name", "available", "needed"};
constexpr std::string_view kPrintedKeys[] = {"figure", "value", "where", "capped", "note"};
constexpr std::string_view kSakipKeys[] = {"components", "stated_total", "stated_predicate",
                                           "predicate_scale"};
constexpr std::string_view kSakipComponentKeys[] = {"name", "weight", "score"};
constexpr std::string_view kBudgetKeys[] = {"pagu", "spending"};
constexpr std::string_view kSubActivityKeys[] = {"id", "name", "aim", "budget", "indicators"};
constexpr std::string_view kActivityKeys[] = {"id",     "name",       "aim",
                                              "budget", "indicators", "sub_activities"};
constexpr std::string_view kProgramKeys[] = {"id",     "name",  "aim",        "objective",
                                             "budget", "staff", "indicators", "activities"};
constexpr std::string_view kObjectiveKeys[] = {"id", "name", "staff", "indicators"};
constexpr std::string_view kBandKeys[] = {"label", "min", "max", "include_min", "include_max"};
constexpr std::string_view kSettingsKeys[] = {"score_floor", "score_cap", "rating_scale"};
constexpr std::string_view kUnitKeys[] = {"name", "region"};
constexpr std::string_view kPeriodKeys[] = {"from", "to"};

constexpr std::string_view kNullHint =
    "use null when the report gives no value; missing is not zero";

// Bounds an echoed value so that one error stays one readable line.
std::string clipped(std::string_view text) {
  constexpr std::size_t kMaxEcho = 60;
  if (text.size() <= kMaxEcho) return std::string(text);
  return std::string(text.substr(0, kMaxEcho)) + "...";
}

std::string join(Keys words) {
  std::string out;
  for (std::string_view word : words) {
    if (!out.empty()) out += ", ";
    out += word;
  }
  return out;
}

int written_decimals(std::string_view text) {
  const auto exponent_at = text.find_first_of("eE");
  const std::string_view mantissa = text.substr(0, exponent_at);
  const auto dot = mantissa.find('.');
  long decimals = dot == std::string_view::npos ? 0 : static_cast<long>(mantissa.size() - dot - 1);
  if (exponent_at != std::string_view::npos) {
    const std::string exponent(text.substr(exponent_at + 1));
    if (exponent.size() > 6) return kMaxDecimals + 1;
    decimals -= std::stol(exponent);
  }
  return static_cast<int>(std::clamp<long>(decimals, 0, kMaxDecimals + 1));
}

// More than kMaxIntegerDigits digits before the decimal mark.
bool too_large(const Rational& value) {
  static const Rational kLimit = *Rational::parse_decimal("1e" + std::to_string(kMaxIntegerDigits));
  return value >= kLimit || value <= -kLimit;
}

bool is_whole(std::string_view number) {
  return number.find_first_of(".eE") == std::string_view::npos;
}

// A past year read before the report's own year was known: checked once the whole file is read.
struct PendingPastYear {
  std::string path;
  int year;
};

// Streams a JSON text into the model, value by value in file order, failing with the position
// and path of the first error. Positions are looked up only when an error is reported.
class ReportReader {
 public:
  // `passed(offset)`: told, now and then, that the text before `offset` is read.
  ReportReader(std::string_view text, const std::string& file,
               std::function<void(std::size_t)> passed = nullptr)
      : text_(text), file_(file), cursor_(text), passed_(std::move(passed)) {}

  PerformanceReport read();

 private:
  class Members;

  // Appends one array index to the path for as long as an item is being read.
  class ItemScope {
   public:
    ItemScope(ReportReader& reader, std::size_t index)
        : reader_(reader), length_(reader.path_.size()) {
      reader.path_ += '/';
      reader.path_ += std::to_string(index);
    }
    ~ItemScope() { reader_.path_.resize(length_); }
    ItemScope(const ItemScope&) = delete;
    ItemScope& operator=(const ItemScope&) = delete;

   private:
    ReportReader& reader_;
    std::size_t length_;
  };

  [[noreturn]] void fail_at(const std::string& path, const std::string& message) const {
    throw InputError(file_, position_at(text_, locate(text_, path).value_offset), path, message);
  }
  [[noreturn]] void fail(const std::string& message) const { fail_at(path_, message); }

  // What the next value is, for "expected ..., found ..." (reads it when it is a scalar).
  std::string describe_next() {
    switch (cursor_.peek()) {
      case Kind::kNull:
        return "null";
      case Kind::kBoolean:
        return cursor_.read_boolean() ? "true" : "false";
      case Kind::kNumber:
        return "the number " + clipped(cursor_.read_number());
      case Kind::kString:
        return "the string \"" + clipped(cursor_.read_string()) + "\"";
      case Kind::kArray:
        return "an array";
      case Kind::kObject:
        return "an object";
    }
    return "a value";
  }

  void expect(Kind kind, std::string_view expected) {
    if (cursor_.peek() != kind)
      fail("expected " + std::string(expected) + ", found " + describe_next());
  }

  bool take_null() {
    if (cursor_.peek() != Kind::kNull) return false;
    cursor_.read_null();
    return true;
  }

  std::string read_text();
  bool read_boolean();
  long long read_whole_number(long long min, long long max, std::string_view what);
  Rupiah read_rupiah();
  Quantity read_count();
  Quantity read_quantity();
  Quantity quantity_from(std::string_view text) const;
  std::optional<Quantity> read_nullable_quantity();
  Quantity read_bound();
  std::string read_id();

  // `with_views`: the indicator may give history, Renstra and regional figures (key and
  // program indicators, the ones chapter III compares). `owner`, `place`: where the object
  // that holds them is, where the one being read is.
  Indicator read_indicator(bool with_views, const Place& place);
  std::vector<Indicator> read_indicators(bool with_views, const Place& owner);
  std::vector<IndexComponent> read_components();
  std::vector<PastYear> read_history();
  RenstraTarget read_renstra();
  RegionalFigures read_regional();
  Staff read_staff();
  std::vector<Facility> read_facilities();
  std::vector<PrintedFigure> read_printed();
  SakipEvaluation read_sakip();
  Budget read_budget(bool program_level);
  SubActivity read_sub_activity(const Place& place);
  Activity read_activity(const Place& place);
  Program read_program(const Place& place);
  Objective read_objective(const Place& place);
  Settings read_settings();
  RatingBand read_band();
  std::vector<RatingBand> read_scale();
  void check_bands(const std::vector<RatingBand>& bands) const;
  void check_coverage(const std::string& path, const Settings& settings) const;
  void read_root_member(std::string_view key, PerformanceReport& report);
  void check_references(const PerformanceReport& report) const;
  void check_unique_ids(const PerformanceReport& report) const;

  // Calls read_item(index) for each item of the array that comes next.
  template <typename ReadItem>
  void for_each_item(std::string_view expected, ReadItem read_item) {
    expect(Kind::kArray, expected);
    cursor_.begin_array();
    for (std::size_t i = 0; cursor_.next_item(); ++i) {
      const ItemScope scope(*this, i);
      read_item(i);
      if (passed_) passed_(cursor_.read_up_to());
    }
  }

  template <typename T, typename ReadItem>
  std::vector<T> read_array(std::string_view expected, ReadItem read_item) {
    std::vector<T> items;
    for_each_item(expected, [&](std::size_t i) { items.push_back(read_item(i)); });
    items.shrink_to_fit();  // the model is kept while the report is evaluated and written
    return items;
  }

  std::string_view text_;
  const std::string& file_;
  JsonCursor cursor_;
  std::function<void(std::size_t)> passed_;
  std::string path_;  // JSON Pointer of the value being read
  int year_ = 0;      // the report's year, once read
  std::vector<PendingPastYear> pending_years_;
};

// The members of one JSON object, read in file order and checked against the keys the format
// allows there: an unknown or repeated key fails where it stands.
class ReportReader::Members {
 public:
  Members(ReportReader& reader, Keys allowed)
      : reader_(reader), allowed_(allowed), base_(reader.path_.size()) {
    reader.expect(Kind::kObject, "an object");
    reader.cursor_.begin_object();
  }

  // Moves to the next member and makes the reader's path name it; false after the last one.
  bool next() {
    reader_.path_.resize(base_);
    std::string_view key;
    if (!reader_.cursor_.next_member(&key)) return false;
    const std::size_t key_offset = reader_.cursor_.key_offset();
    const auto found = std::find(allowed_.begin(), allowed_.end(), key);
    if (found == allowed_.end()) unknown(key, key_offset);
    current_ = static_cast<std::size_t>(found - allowed_.begin());
    if (seen_[current_]) {
      const int first_line = position_at(reader_.text_, key_offsets_[current_]).line;
      throw InputError(reader_.file_, position_at(reader_.text_, key_offset),
                       append_pointer(object_path(), key),
                       "duplicate key \"" + std::string(key) + "\" (first at line " +
                           std::to_string(first_line) + ")");
    }
    seen_[current_] = true;
    key_offsets_[current_] = key_offset;
    reader_.path_ += '/';  // no allowed key holds '~' or '/', which a pointer would escape
    reader_.path_ += allowed_[current_];
    return true;
  }

  std::string_view key() const { return allowed_[current_]; }

  bool seen(std::string_view key) const {
    const auto found = std::find(allowed_.begin(), allowed_.end(), key);
    return found != allowed_.end() && seen_[static_cast<std::size_t>(found - allowed_.begin())];
  }

  void require(std::string_view key, std::string_view hint = {}) const {
    if (seen(key)) return;
    std::string message = "missing required field \"" + std::string(key) + "\"";
    if (!hint.empty()) message += " (" + std::string(hint) + ")";
    reader_.fail_at(object_path(), message);
  }

  std::string object_path() const { return reader_.path_.substr(0, base_); }
  std::string path(std::string_view key) const { return append_pointer(object_path(), key); }

 private:
  [[noreturn]] void unknown(std::string_view key, std::size_t key_offset) const {
    std::string message = "unknown field \"" + std::string(key) + "\"";
    const std::vector<std::string_view> candidates(allowed_.begin(), allowed_.end());
    if (const auto suggestion = closest(key, candidates)) {
      message += "; did you mean \"" + std::string(*suggestion) + "\"?";
    } else {
      message += "; allowed here: " + join(allowed_);
    }
    throw InputError(reader_.file_, position_at(reader_.text_, key_offset), path(key), message);
  }

  static constexpr std::size_t kMaxKeys = 16;

  ReportReader& reader_;
  Keys allowed_;
  std::size_t base_;
  std::size_t current_ = 0;
  std::array<bool, kMaxKeys> seen_{};
  std::array<std::size_t, kMaxKeys> key_offsets_{};
};

std::string ReportReader::read_text() {
  expect(Kind::kString, "a string");
  const std::string_view text = cursor_.read_string();
  if (text.empty()) fail("expected a non-empty string");
  for (char c : text) {
    const auto byte = static_cast<unsigned char>(c);
    if (byte < 0x20 || byte == 0x7F) {
      fail(fmt::format(
          "control character U+{:04X} in text; names and units are one line of printable text",
          byte));
    }
  }
  return std::string(text);
}

bool ReportReader::read_boolean() {
  expect(Kind::kBoolean, "true or false");
  return cursor_.read_boolean();
}

long long ReportReader::read_whole_number(long long min, long long max, std::string_view what) {
  const std::string expected = "a whole number " + std::string(what);
  expect(Kind::kNumber, expected);
  const std::string_view text = cursor_.read_number();
  if (!is_whole(text)) fail("expected " + expected + ", found the number " + clipped(text));
  long long value = 0;
  const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (error != std::errc() || end != text.data() + text.size() || value < min || value > max) {
    fail("expected " + expected + " from " + std::to_string(min) + " to " + std::to_string(max) +
         ", found " + clipped(text));
  }
  return value;
}

Rupiah ReportReader::read_rupiah() {
  expect(Kind::kNumber, "a whole number of rupiah");
  const std::string_view text = cursor_.read_number();
  if (!is_whole(text)) fail("expected a whole number of rupiah, found " + clipped(text));
  if (text.front() == '-') {
    fail("expected a non-negative amount of rupiah, found " + clipped(text));
  }
  Rupiah value = 0;
  const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (error != std::errc() || end != text.data() + text.size() || value > kMaxRupiah) {
    fail("amount exceeds the largest supported (" + std::to_string(kMaxRupiah) + " rupiah)");
  }
  return value;
}

// A count of people or things: a whole number, zero or more.
Quantity ReportReader::read_count() {
  const long long count = read_whole_number(0, 1'000'000'000'000LL, "(a count)");
  return Quantity{Rational(count), 0};
}

Quantity ReportReader::read_quantity() {
  expect(Kind::kNumber, "a number");
  return quantity_from(cursor_.read_number());
}

// The number as written, refused beyond the supported digits rather than rounded.
Quantity ReportReader::quantity_from(std::string_view text) const {
  const int decimals = written_decimals(text);
  std::optional<Rational> value;
  if (decimals <= kMaxDecimals) value = Rational::parse_decimal(text);
  if (!value || too_large(*value)) {
    fail("expected a number with at most " + std::to_string(kMaxIntegerDigits) +
         " digits before and " + std::to_string(kMaxDecimals) + " after the decimal mark, found " +
         clipped(text));
  }
  return Quantity{std::move(*value), decimals};
}

std::optional<Quantity> ReportReader::read_nullable_quantity() {
  if (take_null()) return std::nullopt;
  return read_quantity();
}

// A bound of a scale, the floor or the cap: what is rated is a figure as printed, with
// kPercentDecimals decimals, so a finer bound could leave a printed score without a band.
Quantity ReportReader::read_bound() {
  expect(Kind::kNumber, "a number");
  const std::string_view text = cursor_.read_number();
  Quantity bound = quantity_from(text);
  if (bound.decimals > kPercentDecimals) {
    fail("expected at most " + std::to_string(kPercentDecimals) +
         " decimals: scores are rated as printed, found " + clipped(text));
  }
  return bound;
}

std::string ReportReader::read_id() {
  std::string id = read_text();
  // These name the total and mean rows of the tables: an item with one would share their
  // figure names (anggaran/total/pagu).
  for (const char* reserved : {"total", "mean", "stated_total", "stated_predicate"}) {
    if (id == reserved) fail("the id \"" + id + "\" is reserved for the tables' rows");
  }
  if (id.find('/') != std::string::npos) {
    fail("an id cannot contain \"/\": it separates the parts of a figure's name");
  }
  return id;
}

Indicator ReportReader::read_indicator(bool with_views, const Place& place) {
  Members members(*this, with_views ? Keys(kViewIndicatorKeys) : Keys(kIndicatorKeys));
  Indicator indicator;
  indicator.source = place;
  IndicatorDetails details;
  bool details_given = false;
  bool method_given = false;
  while (members.next()) {
    const std::string_view key = members.key();
    if (key == "id") {
      indicator.id = read_id();
    } else if (key == "name") {
      indicator.name = read_text();
    } else if (key == "unit") {
      indicator.unit = read_text();
    } else if (key == "target") {
      indicator.target = read_nullable_quantity();
    } else if (key == "actual") {
      indicator.actual = read_nullable_quantity();
    } else if (key == "note") {
      details.note = read_text();
      details_given = true;
    } else if (key == "polarity") {
      const std::string text = read_text();
      if (text == "lower_is_better") {
        indicator.polarity = Polarity::kLowerIsBetter;
      } else if (text != "higher_is_better") {
        fail("expected \"higher_is_better\" or \"lower_is_better\", found the string \"" +
             clipped(text) + "\"");
      }
    } else if (key == "method") {
      const std::string text = read_text();
      if (text != "target_over_actual") {
        fail("expected \"target_over_actual\", found the string \"" + clipped(text) + "\"");
      }
      method_given = true;
    } else if (key == "components") {
      details.components = read_components();
      details_given = true;
    } else if (key == "history") {
      details.history = read_history();
      details_given = true;
    } else if (key == "renstra") {
      details.renstra = read_renstra();
      details_given = true;
    } else if (key == "regional") {
      details.regional = read_regional();
      details_given = true;
    }
  }
  if (details_given)
    indicator.details = std::make_shared<const IndicatorDetails>(std::move(details));
  members.require("id");
  members.require("name");
  members.require("unit");
  members.require("target", kNullHint);
  members.require("actual", kNullHint);
  if (method_given) {
    if (indicator.polarity != Polarity::kLowerIsBetter) {
      fail_at(members.path("method"),
              "\"target_over_actual\" applies only to a lower_is_better indicator");
    }
    indicator.lower_method = LowerIsBetterMethod::kTargetOverActual;
  }
  return indicator;
}

std::vector<Indicator> ReportReader::read_indicators(bool with_views, const Place& owner) {
  return read_array<Indicator>("an array", [&](std::size_t i) {
    return read_indicator(with_views, owner.item(Place::List::kIndicators, i));
  });
}

std::vector<IndexComponent> ReportReader::read_components() {
  auto components = read_array<IndexComponent>("an array of components", [&](std::size_t) {
    Members members(*this, kComponentKeys);
    IndexComponent component;
    while (members.next()) {
      if (members.key() == "name") {
        component.name = read_text();
      } else if (members.key() == "weight") {
        component.weight = read_quantity();
      } else {
        component.value = read_nullable_quantity();
      }
    }
    members.require("name");
    members.require("weight");
    members.require("value", kNullHint);
    return component;
  });
  if (components.empty()) fail("a composite index needs at least one component");
  return components;
}

std::vector<PastYear> ReportReader::read_history() {
  std::vector<PastYear> history;
  for_each_item("an array of past years", [&](std::size_t) {
    Members members(*this, kPastYearKeys);
    PastYear past;
    while (members.next()) {
      if (members.key() == "year") {
        // Before the report's year; when that is not read yet, checked at the end.
        const long long latest = year_ != 0 ? year_ - 1 : 2200;
        past.year = static_cast<int>(read_whole_number(
            1945, latest, year_ != 0 ? "(a year before the report's)" : "(a year)"));
        if (year_ == 0) pending_years_.push_back(PendingPastYear{path_, past.year});
      } else if (members.key() == "target") {
        past.target = read_nullable_quantity();
      } else {
        past.actual = read_nullable_quantity();
      }
    }
    members.require("year");
    members.require("actual", kNullHint);
    if (!history.empty() && past.year <= history.back().year) {
      fail_at(members.path("year"), "past years must be listed oldest first, each once");
    }
    history.push_back(std::move(past));
  });
  return history;
}

RenstraTarget ReportReader::read_renstra() {
  Members members(*this, kRenstraKeys);
  RenstraTarget renstra{};
  while (members.next()) {
    if (members.key() == "end_target") {
      renstra.end_target = read_quantity();
    } else {
      const std::string text = read_text();
      if (text != "level" && text != "cumulative") {
        fail("expected \"level\" or \"cumulative\", found the string \"" + clipped(text) + "\"");
      }
      renstra.cumulative = text == "cumulative";
    }
  }
  members.require("end_target");
  return renstra;
}

RegionalFigures ReportReader::read_regional() {
  Members members(*this, kRegionalKeys);
  RegionalFigures figures;
  while (members.next()) {
    std::optional<Quantity> value = read_nullable_quantity();
    if (members.key() == "kabupaten") {
      figures.kabupaten = std::move(value);
    } else if (members.key() == "provinsi") {
      figures.provinsi = std::move(value);
    } else {
      figures.nasional = std::move(value);
    }
  }
  return figures;
}

Staff ReportReader::read_staff() {
  Members members(*this, kStaffKeys);
  Staff staff;
  while (members.next()) {
    (members.key() == "needed" ? staff.needed : staff.available) = read_count();
  }
  members.require("needed");
  members.require("available");
  return staff;
}

std::vector<Facility> ReportReader::read_facilities() {
  return read_array<Facility>("an array of items", [&](std::size_t i) {
    Members members(*this, kFacilityKeys);
    Facility facility;
    facility.id = "F" + std::to_string(i + 1);
    facility.source = Place().item(Place::List::kFacilities, i);
    while (members.next()) {
      if (members.key() == "name") {
        facility.name = read_text();
      } else {
        (members.key() == "available" ? facility.available : facility.needed) = read_count();
      }
    }
    members.require("name");
    members.require("available");
    members.require("needed");
    return facility;
  });
}

std::vector<PrintedFigure> ReportReader::read_printed() {
  return read_array<PrintedFigure>("an array of printed figures", [&](std::size_t i) {
    Members members(*this, kPrintedKeys);
    PrintedFigure figure;
    figure.source = Place().item(Place::List::kPrinted, i);
    while (members.next()) {
      const std::string_view key = members.key();
      if (key == "figure") {
        figure.figure = read_text();
      } else if (key == "value") {
        const Kind kind = cursor_.peek();
        if (kind == Kind::kString) {
          figure.text = read_text();
        } else if (kind == Kind::kNumber) {
          figure.number = read_quantity();
        } else {
          fail("expected the number or the text the report prints, found " + describe_next());
        }
      } else if (key == "where") {
        figure.where = read_text();
      } else if (key == "note") {
        read_text();
      } else {
        figure.capped = read_boolean();
      }
    }
    members.require("figure");
    members.require("value");
    return figure;
  });
}

SakipEvaluation ReportReader::read_sakip() {
  Members members(*this, kSakipKeys);
  SakipEvaluation sakip;
  sakip.predicate_scale = default_sakip_predicate_scale();
  while (members.next()) {
    const std::string_view key = members.key();
    if (key == "components") {
      sakip.components = read_array<SakipComponent>("an array", [&](std::size_t i) {
        Members component(*this, kSakipComponentKeys);
        SakipComponent read;
        read.source = Place().item(Place::List::kSakipComponents, i);
        while (component.next()) {
          if (component.key() == "name") {
            read.name = read_text();
          } else {
            (component.key() == "weight" ? read.weight : read.score) = read_quantity();
          }
        }
        component.require("name");
        component.require("weight");
        component.require("score");
        if (read.weight.value.sign() <= 0) {
          fail_at(component.path("weight"), "a weight must be above zero");
        }
        if (read.score.value.sign() < 0 || read.score.value > read.weight.value) {
          fail_at(component.path("score"), "a component's score must be from 0 to its weight");
        }
        return read;
      });
      if (sakip.components.empty()) fail("an evaluation needs at least one component");
    } else if (key == "stated_total") {
      sakip.stated_total = read_nullable_quantity();
    } else if (key == "stated_predicate") {
      sakip.stated_predicate = read_text();
    } else {
      sakip.predicate_scale = read_scale();
    }
  }
  members.require("components");
  return sakip;
}

Budget ReportReader::read_budget(bool program_level) {
  Members members(*this, kBudgetKeys);
  Budget budget;
  while (members.next()) {
    if (members.key() == "pagu") {
      budget.pagu = Amount{read_rupiah()};
    } else if (!(program_level && take_null())) {  // a program's null: no spending reported
      budget.spending = Amount{read_rupiah()};
    }
  }
  if (program_level) {
    members.require("pagu");
    members.require("spending", "use null when the report gives no spending");
  }
  return budget;
}

SubActivity ReportReader::read_sub_activity(const Place& place) {
  Members members(*this, kSubActivityKeys);
  SubActivity sub;
  sub.source = place;
  while (members.next()) {
    const std::string_view key = members.key();
    if (key == "id") {
      sub.id = read_id();
    } else if (key == "name") {
      sub.name = read_text();
    } else if (key == "aim") {
      sub.aim = read_text();
    } else if (key == "budget") {
      sub.budget = read_budget(false);
    } else {
      sub.indicators = read_indicators(false, place);
    }
  }
  members.require("id");
  members.require("name");
  members.require("indicators");
  return sub;
}

Activity ReportReader::read_activity(const Place& place) {
  Members members(*this, kActivityKeys);
  Activity activity;
  activity.source = place;
  while (members.next()) {
    const std::string_view key = members.key();
    if (key == "id") {
      activity.id = read_id();
    } else if (key == "name") {
      activity.name = read_text();
    } else if (key == "aim") {
      activity.aim = read_text();
    } else if (key == "budget") {
      activity.budget = read_budget(false);
    } else if (key == "indicators") {
      activity.indicators = read_indicators(false, place);
    } else {
      activity.sub_activities = read_array<SubActivity>("an array", [&](std::size_t i) {
        return read_sub_activity(place.item(Place::List::kSubActivities, i));
      });
    }
  }
  members.require("id");
  members.require("name");
  members.require("indicators");
  members.require("sub_activities");
  return activity;
}

Program ReportReader::read_program(const Place& place) {
  Members members(*this, kProgramKeys);
  Program program;
  program.source = place;
  while (members.next()) {
    const std::string_view key = members.key();
    if (key == "id") {
      program.id = read_id();
    } else if (key == "name") {
      program.name = read_text();
    } else if (key == "aim") {
      program.aim = read_text();
    } else if (key == "objective") {
      program.objective_id = read_text();
    } else if (key == "budget") {
      program.budget = read_budget(true);
    } else if (key == "staff") {
      program.staff = read_staff();
    } else if (key == "indicators") {
      program.indicators = read_indicators(true, place);
    } else {
      program.activities = read_array<Activity>("an array", [&](std::size_t i) {
        return read_activity(place.item(Place::List::kActivities, i));
      });
    }
  }
  members.require("id");
  members.require("name");
  members.require("objective");
  members.require("budget");
  members.require("indicators");
  members.require("activities");
  return program;
}

Objective ReportReader::read_objective(const Place& place) {
  Members members(*this, kObjectiveKeys);
  Objective objective;
  objective.source = place;
  while (members.next()) {
    const std::string_view key = members.key();
    if (key == "id") {
      objective.id = read_id();
    } else if (key == "name") {
      objective.name = read_text();
    } else if (key == "staff") {
      objective.staff = read_staff();
    } else {
      objective.indicators = read_indicators(true, place);
      if (objective.indicators.empty()) {
        fail("a strategic objective needs at least one key indicator");
      }
    }
  }
  members.require("id");
  members.require("name");
  members.require("indicators");
  return objective;
}

RatingBand ReportReader::read_band() {
  Members members(*this, kBandKeys);
  RatingBand band;
  while (members.next()) {
    const std::string_view key = members.key();
    if (key == "label") {
      band.label = read_text();
    } else if (key == "min") {
      band.min = read_bound().value;
    } else if (key == "max") {
      band.max = read_bound().value;
    } else {
      (key == "include_min" ? band.include_min : band.include_max) = read_boolean();
    }
  }
  members.require("label");
  members.require("min");
  members.require("max");
  if (!(band.min < band.max)) fail("a band's min must be below its max");
  return band;
}

// Bands listed lowest first, each touching the next with exactly one of them holding the bound.
void ReportReader::check_bands(const std::vector<RatingBand>& bands) const {
  if (bands.empty()) fail("a rating scale needs at least one band");
  for (std::size_t i = 0; i + 1 < bands.size(); ++i) {
    const RatingBand& low = bands[i];
    const RatingBand& high = bands[i + 1];
    const std::string where = append_pointer(path_, i + 1);
    if (high.min < low.min) fail_at(where, "bands must be listed from the lowest to the highest");
    if (low.max < high.min || (low.max == high.min && !low.include_max && !high.include_min)) {
      fail_at(where, "gap between band \"" + low.label + "\" and band \"" + high.label + "\"");
    }
    if (high.min < low.max || (low.max == high.min && low.include_max && high.include_min)) {
      fail_at(where, "band \"" + high.label + "\" overlaps band \"" + low.label + "\"");
    }
  }
}

// Every score from floor to cap, both included, must have a band.
void ReportReader::check_coverage(const std::string& path, const Settings& settings) const {
  const RatingBand& lowest = settings.rating_scale.front();
  const RatingBand& highest = settings.rating_scale.back();
  const Rational& floor = settings.score_floor.value;
  const Rational& cap = settings.score_cap.value;
  const bool covers_floor = lowest.min < floor || (lowest.min == floor && lowest.include_min);
  const bool covers_cap = cap < highest.max || (highest.max == cap && highest.include_max);
  if (!covers_floor || !covers_cap) {
    fail_at(path, "the rating scale must cover every score from score_floor to score_cap");
  }
}

std::vector<RatingBand> ReportReader::read_scale() {
  std::vector<RatingBand> bands =
      read_array<RatingBand>("an array of bands", [&](std::size_t) { return read_band(); });
  check_bands(bands);
  return bands;
}

Settings ReportReader::read_settings() {
  Members members(*this, kSettingsKeys);
  Settings settings;
  settings.rating_scale = default_rating_scale();
  while (members.next()) {
    const std::string_view key = members.key();
    if (key == "score_floor") {
      settings.score_floor = read_bound();
      settings.score_floor_given = true;
    } else if (key == "score_cap") {
      settings.score_cap = read_bound();
      settings.score_cap_given = true;
    } else {
      settings.rating_scale = read_scale();
    }
  }
  if (!(settings.score_floor.value < settings.score_cap.value)) {
    fail_at(members.seen("score_cap") ? members.path("score_cap") : members.object_path(),
            "score_floor must be below score_cap");
  }
  check_coverage(
      members.seen("rating_scale") ? members.path("rating_scale") : members.object_path(),
      settings);
  return settings;
}

void ReportReader::read_root_member(std::string_view key, PerformanceReport& report) {
  if (key == "$schema") {
    expect(Kind::kString, "a string");
    cursor_.read_string();
  } else if (key == "format") {
    if (cursor_.peek() != Kind::kString) {
      fail("expected \"" + std::string(kFormatVersion) + "\", found " + describe_next());
    }
    if (const std::string_view format = cursor_.read_string(); format != kFormatVersion) {
      fail("expected \"" + std::string(kFormatVersion) + "\", found the string \"" +
           clipped(format) + "\"");
    }
  } else if (key == "unit") {
    Members unit(*this, kUnitKeys);
    while (unit.next()) {
      (unit.key() == "name" ? report.unit.name : report.unit.region) = read_text();
    }
    unit.require("name");
    unit.require("region");
  } else if (key == "year") {
    report.year = static_cast<int>(read_whole_number(1946, 2200, "(a year)"));
    year_ = report.year;
  } else if (key == "renstra_period") {
    Members period(*this, kPeriodKeys);
    while (period.next()) {
      (period.key() == "from" ? report.renstra_from : report.renstra_to) =
          static_cast<int>(read_whole_number(1945, 2200, "(a year)"));
    }
    period.require("from");
    period.require("to");
    if (report.renstra_to < report.renstra_from) {
      fail_at(period.path("to"), "the period ends before it starts");
    }
  } else if (key == "settings") {
    report.settings = read_settings();
  } else if (key == "objectives") {
    report.objectives = read_array<Objective>("an array", [&](std::size_t i) {
      return read_objective(Place().item(Place::List::kObjectives, i));
    });
    if (report.objectives.empty()) fail("at least one strategic objective is needed");
  } else if (key == "programs") {
    report.programs = read_array<Program>("an array", [&](std::size_t i) {
      return read_program(Place().item(Place::List::kPrograms, i));
    });
  } else if (key == "facilities") {
    report.facilities = read_facilities();
  } else if (key == "sakip_evaluation") {
    report.sakip = read_sakip();
  } else {
    report.printed = read_printed();
  }
}

PerformanceReport ReportReader::read() {
  PerformanceReport report;
  report.settings.rating_scale = default_rating_scale();
  Members members(*this, kRootKeys);
  while (members.next()) {
    read_root_member(members.key(), report);
  }
  members.require("format");
  members.require("unit");
  members.require("year");
  members.require("renstra_period");
  members.require("objectives");
  members.require("programs");
  cursor_.finish();
  check_references(report);
  return report;
}

// Every item id once, in the order of the tables (objectives, then programs with their
// activities and sub-activities), each with a way to name where it stands.
template <typename Visit>
void for_each_id(const PerformanceReport& report, Visit visit) {
  const auto visit_object = [&](const auto& object) {
    visit(object.id, [&] { return json_pointer(Key{object.source, Field::kId}); });
  };
  const auto with_indicators = [&](const auto& owner) {
    visit_object(owner);
    for (const Indicator& indicator : owner.indicators)
      visit_object(indicator);
  };
  for (const Objective& objective : report.objectives)
    with_indicators(objective);
  for (const Program& program : report.programs) {
    with_indicators(program);
    for (const Activity& activity : program.activities) {
      with_indicators(activity);
      for (const SubActivity& sub : activity.sub_activities)
        with_indicators(sub);
    }
  }
}

// Ids are unique across the whole file: they name the rows of every table.
void ReportReader::check_unique_ids(const PerformanceReport& report) const {
  std::vector<std::pair<std::string_view, std::size_t>> ids;  // id, order of appearance
  for_each_id(report, [&](const std::string& id, auto) { ids.emplace_back(id, ids.size()); });
  std::sort(ids.begin(), ids.end());
  // The repeated id met first in table order, and where that id was first used.
  std::size_t repeat = ids.size();
  std::size_t original = 0;
  for (std::size_t i = 1; i < ids.size(); ++i) {
    if (ids[i].first != ids[i - 1].first || ids[i - 1].second == repeat) continue;
    std::size_t first = i - 1;
    while (first > 0 && ids[first - 1].first == ids[i].first)
      --first;
    if (ids[i].second < repeat) {
      repeat = ids[i].second;
      original = ids[first].second;
    }
  }
  if (repeat == ids.size()) return;
  std::string repeat_path;
  std::string original_path;
  std::string id;
  std::size_t order = 0;
  for_each_id(report, [&](const std::string& each, auto path) {
    if (order == original) original_path = path();
    if (order == repeat) {
      repeat_path = path();
      id = each;
    }
    ++order;
  });
  fail_at(repeat_path, "duplicate id \"" + id + "\" (first used at " + original_path + ")");
}

// What can only be checked once the whole file is read, whatever the order of its fields.
void ReportReader::check_references(const PerformanceReport& report) const {
  check_unique_ids(report);
  for (const Program& program : report.programs) {
    const std::string& objective_id = program.objective_id;
    const bool known = std::any_of(report.objectives.begin(), report.objectives.end(),
                                   [&](const Objective& o) { return o.id == objective_id; });
    if (known) continue;
    std::vector<std::string_view> ids;
    for (const Objective& objective : report.objectives)
      ids.push_back(objective.id);
    fail_at(
        json_pointer(Key{program.source, Field::kObjective}),
        "no strategic objective has the id \"" + objective_id + "\"; known: " + join(Keys(ids)));
  }
  for (const PendingPastYear& past : pending_years_) {
    if (past.year < report.year) continue;
    fail_at(past.path, "expected a whole number (a year before the report's) from 1945 to " +
                           std::to_string(report.year - 1) + ", found " +
                           std::to_string(past.year));
  }
}

}  // namespace

namespace {

PerformanceReport load_text(std::string_view text, const std::string& file,
                            std::function<void(std::size_t)> passed) {
  try {
    return ReportReader(text, file, std::move(passed)).read();
  } catch (const InputError&) {
    // The reader stops at the first error in file order; a text that is no JSON at all is
    // reported as such first, with the parser's own diagnosis.
    diagnose_json(text, file);
    throw;
  } catch (const JsonSyntaxError& error) {
    diagnose_json(text, file);
    throw InputError(file, position_at(text, error.offset), "", "invalid JSON: " + error.message);
  }
}

}  // namespace

PerformanceReport load_report_text(std::string_view text, const std::string& file,
                                   std::shared_ptr<const SourceMap>* sources) {
  PerformanceReport report = load_text(text, file, nullptr);
  if (sources != nullptr) {
    *sources = std::make_shared<const JsonSourceMap>(file, SourceIndex(std::string(text)));
  }
  return report;
}

PerformanceReport load_report_file(const std::string& path,
                                   std::shared_ptr<const SourceMap>* sources) {
  // The file's pages are let go behind the reader: a large file and its model are not both
  // held. The source map keeps the mapping; locating a finding reads the pages again.
  auto file = std::make_shared<FileText>(path);
  PerformanceReport report =
      load_text(file->text(), path, [&](std::size_t offset) { file->release_before(offset); });
  if (sources != nullptr) {
    *sources = std::make_shared<const JsonSourceMap>(
        path, SourceIndex(file, file->text(),
                          [file](std::size_t offset) { file->release_before(offset); }));
  }
  return report;
}

}  // namespace lkjip
