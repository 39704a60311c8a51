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
#include "json_loader.h"
#include "json_source_map.h"
#include "lkjip/suggest.h"
#include "lkjip/validate.h"
#include "number_text.h"
#include "quantity_text.h"
#include "read_file.h"

namespace lkjip {
namespace {

using Kind = JsonCursor::Kind;
using Keys = std::span<const std::string_view>;

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

std::string join(Keys words) {
  std::string out;
  for (std::string_view word : words) {
    if (!out.empty()) out += ", ";
    out += word;
  }
  return out;
}

bool is_whole(std::string_view number) {
  return number.find_first_of(".eE") == std::string_view::npos;
}

// What the file says that the model cannot hold: at the JSON Pointer `path`, or at the key that
// starts at `key_offset` (an unknown or repeated field).
struct ReadProblem {
  std::string path;
  std::string message;
  std::size_t key_offset = std::string_view::npos;
};

// Streams a JSON text into the model, value by value in file order. A value that is not what the
// format allows is a problem, passed over so that the reading goes on: every problem of the file
// is found in one reading. Whether the model's rules hold is validate()'s to say, after.
// Positions are looked up only when there are problems to report.
class ReportReader {
 public:
  // `passed(offset)`: told, now and then, that the text before `offset` is read.
  ReportReader(std::string_view text, std::function<void(std::size_t)> passed = nullptr)
      : text_(text), cursor_(text), passed_(std::move(passed)) {}

  // The model of what could be read; problems() says what could not.
  PerformanceReport read();
  const std::vector<ReadProblem>& problems() const { return problems_; }

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

  void problem_at(std::string path, std::string message,
                  std::size_t key_offset = std::string_view::npos) {
    problems_.push_back(ReadProblem{std::move(path), std::move(message), key_offset});
  }
  // A problem with the value being read (path_).
  void problem(std::string message) { problem_at(path_, std::move(message)); }

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

  // Whether the next value is of `kind`; if not, a problem, and the value is passed over.
  bool expect(Kind kind, std::string_view expected) {
    const Kind found = cursor_.peek();
    if (found == kind) return true;
    problem("expected " + std::string(expected) + ", found " + describe_next());
    if (found == Kind::kArray || found == Kind::kObject) cursor_.skip_value();
    return false;
  }

  // Whether the next value is a number; a number written as a string the Indonesian way
  // ("84,12", "1.000.000") is a problem that says how to write it for a `column` of that kind.
  bool expect_number(std::string_view expected, NumberColumn column) {
    if (cursor_.peek() != Kind::kString) return expect(Kind::kNumber, expected);
    const std::string_view text = cursor_.read_string();
    std::string message =
        "expected " + std::string(expected) + ", found the string \"" + clipped(text) + "\"";
    if (const std::string hint = json_number_hint(text, column); !hint.empty()) {
      message += "; " + hint;
    }
    problem(std::move(message));
    return false;
  }

  bool take_null() {
    if (cursor_.peek() != Kind::kNull) return false;
    cursor_.read_null();
    return true;
  }

  // Each reads the next value; one that is not what is expected is a problem and reads as
  // nothing (an empty text, zero, nullopt), which no model is computed from: the file is
  // refused once it is read.
  std::string read_text();
  bool read_boolean();
  std::optional<long long> read_whole_number(long long min, long long max, std::string_view what);
  int read_year(int earliest, int latest);
  std::optional<Rupiah> read_rupiah();
  Quantity read_count();
  Quantity read_quantity();
  Quantity quantity_from(std::string_view text);
  std::optional<Quantity> read_nullable_quantity();
  Quantity read_bound();
  // A text that must be one of `choices` (quoted and joined by "or" in a problem); nullopt, and
  // a problem, for anything else. `not_text`: what a problem says was expected when the value
  // is no text at all.
  std::optional<std::string_view> read_choice(std::initializer_list<std::string_view> choices,
                                              std::string_view not_text = "a string");

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
  void read_root_member(std::string_view key, PerformanceReport& report);

  // Calls read_item(index) for each item of the array that comes next.
  template <typename ReadItem>
  void for_each_item(std::string_view expected, ReadItem read_item) {
    if (!expect(Kind::kArray, expected)) return;
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
  JsonCursor cursor_;
  std::function<void(std::size_t)> passed_;
  std::string path_;  // JSON Pointer of the value being read
  std::vector<ReadProblem> problems_;
};

// The members of one JSON object, read in file order and checked against the keys the format
// allows there: an unknown or repeated key is a problem where it stands, and its value is passed
// over. A value that is no object at all is a problem and has no members.
class ReportReader::Members {
 public:
  Members(ReportReader& reader, Keys allowed)
      : reader_(reader), allowed_(allowed), base_(reader.path_.size()) {
    is_object_ = reader.expect(Kind::kObject, "an object");
    if (is_object_) reader.cursor_.begin_object();
  }

  // Moves to the next member the format allows and makes the reader's path name it; false after
  // the last one.
  bool next() {
    if (!is_object_) return false;
    for (;;) {
      reader_.path_.resize(base_);
      std::string_view key;
      if (!reader_.cursor_.next_member(&key)) return false;
      const std::size_t key_offset = reader_.cursor_.key_offset();
      const auto found = std::find(allowed_.begin(), allowed_.end(), key);
      if (found == allowed_.end()) {
        unknown(key, key_offset);
        reader_.cursor_.skip_value();
        continue;
      }
      current_ = static_cast<std::size_t>(found - allowed_.begin());
      if (seen_[current_]) {
        const int first_line = position_at(reader_.text_, key_offsets_[current_]).line;
        reader_.problem_at(append_pointer(object_path(), key),
                           "duplicate key \"" + std::string(key) + "\" (first at line " +
                               std::to_string(first_line) + ")",
                           key_offset);
        reader_.cursor_.skip_value();
        continue;
      }
      seen_[current_] = true;
      key_offsets_[current_] = key_offset;
      reader_.path_ += '/';  // no allowed key holds '~' or '/', which a pointer would escape
      reader_.path_ += allowed_[current_];
      return true;
    }
  }

  std::string_view key() const { return allowed_[current_]; }

  bool seen(std::string_view key) const {
    const auto found = std::find(allowed_.begin(), allowed_.end(), key);
    return found != allowed_.end() && seen_[static_cast<std::size_t>(found - allowed_.begin())];
  }

  // A required field the object lacks is a problem: none when the value was no object, nor when
  // an unknown field was taken for a misspelling of it ("targte": did you mean "target"?).
  void require(std::string_view key, std::string_view hint = {}) const {
    if (!is_object_ || seen(key)) return;
    if (std::find(suggested_.begin(), suggested_.end(), key) != suggested_.end()) return;
    std::string message = "missing required field \"" + std::string(key) + "\"";
    if (!hint.empty()) message += " (" + std::string(hint) + ")";
    reader_.problem_at(object_path(), message);
  }

  std::string object_path() const { return reader_.path_.substr(0, base_); }
  std::string path(std::string_view key) const { return append_pointer(object_path(), key); }

 private:
  void unknown(std::string_view key, std::size_t key_offset) {
    std::string message = "unknown field \"" + std::string(key) + "\"";
    const std::vector<std::string_view> candidates(allowed_.begin(), allowed_.end());
    if (const auto suggestion = closest(key, candidates)) {
      message += "; did you mean \"" + std::string(*suggestion) + "\"?";
      suggested_.push_back(*suggestion);
    } else {
      message += "; allowed here: " + join(allowed_);
    }
    reader_.problem_at(path(key), message, key_offset);
  }

  static constexpr std::size_t kMaxKeys = 16;

  ReportReader& reader_;
  Keys allowed_;
  std::size_t base_;
  bool is_object_ = false;
  std::vector<std::string_view> suggested_;  // allowed keys that unknown ones were taken for
  std::size_t current_ = 0;
  std::array<bool, kMaxKeys> seen_{};
  std::array<std::size_t, kMaxKeys> key_offsets_{};
};

// Whether the text is one line of printable text, and not empty, is validate()'s to say: it is
// a rule of the model whatever file a name comes from.
std::string ReportReader::read_text() {
  if (!expect(Kind::kString, "a string")) return {};
  return std::string(cursor_.read_string());
}

bool ReportReader::read_boolean() {
  if (!expect(Kind::kBoolean, "true or false")) return false;
  return cursor_.read_boolean();
}

std::optional<long long> ReportReader::read_whole_number(long long min, long long max,
                                                         std::string_view what) {
  const std::string expected = "a whole number " + std::string(what);
  if (!expect_number(expected, NumberColumn::kWhole)) return std::nullopt;
  const std::string_view text = cursor_.read_number();
  if (!is_whole(text)) {
    problem("expected " + expected + ", found the number " + clipped(text));
    return std::nullopt;
  }
  long long value = 0;
  const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (error != std::errc() || end != text.data() + text.size() || value < min || value > max) {
    problem("expected " + expected + " from " + std::to_string(min) + " to " + std::to_string(max) +
            ", found " + clipped(text));
    return std::nullopt;
  }
  return value;
}

int ReportReader::read_year(int earliest, int latest) {
  return static_cast<int>(read_whole_number(earliest, latest, "(a year)").value_or(0));
}

std::optional<Rupiah> ReportReader::read_rupiah() {
  if (!expect_number("a whole number of rupiah", NumberColumn::kRupiah)) return std::nullopt;
  const std::string_view text = cursor_.read_number();
  if (!is_whole(text)) {
    problem("expected a whole number of rupiah, found " + clipped(text));
    return std::nullopt;
  }
  if (text.front() == '-') {
    problem("expected a non-negative amount of rupiah, found " + clipped(text));
    return std::nullopt;
  }
  Rupiah value = 0;
  const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (error != std::errc() || end != text.data() + text.size() || value > kMaxRupiah) {
    problem("amount exceeds the largest supported (" + std::to_string(kMaxRupiah) + " rupiah)");
    return std::nullopt;
  }
  return value;
}

// A count of people or things: a whole number, zero or more.
Quantity ReportReader::read_count() {
  const long long count = read_whole_number(0, 1'000'000'000'000LL, "(a count)").value_or(0);
  return Quantity{Rational(count), 0};
}

Quantity ReportReader::read_quantity() {
  if (!expect_number("a number", NumberColumn::kDecimal)) return Quantity{};
  return quantity_from(cursor_.read_number());
}

// The number as written, refused beyond the supported digits rather than rounded.
Quantity ReportReader::quantity_from(std::string_view text) {
  std::optional<Quantity> quantity = exact_quantity(text);
  if (!quantity) {
    problem(quantity_refusal(text));
    return Quantity{};
  }
  return std::move(*quantity);
}

std::optional<Quantity> ReportReader::read_nullable_quantity() {
  if (take_null()) return std::nullopt;
  return read_quantity();
}

// A bound of a scale, the floor or the cap: what is rated is a figure as printed, with
// kPercentDecimals decimals, so a finer bound could leave a printed score without a band.
Quantity ReportReader::read_bound() {
  if (!expect_number("a number", NumberColumn::kDecimal)) return Quantity{};
  const std::string_view text = cursor_.read_number();
  Quantity bound = quantity_from(text);
  if (bound.decimals > kPercentDecimals) {
    problem("expected at most " + std::to_string(kPercentDecimals) +
            " decimals: scores are rated as printed, found " + clipped(text));
  }
  return bound;
}

std::optional<std::string_view> ReportReader::read_choice(
    std::initializer_list<std::string_view> choices, std::string_view not_text) {
  if (!expect(Kind::kString, not_text)) return std::nullopt;
  const std::string_view text = cursor_.read_string();
  std::string expected;
  for (std::string_view choice : choices) {
    if (text == choice) return choice;
    if (!expected.empty()) expected += " or ";
    expected += "\"" + std::string(choice) + "\"";
  }
  problem("expected " + expected + ", found the string \"" + clipped(text) + "\"");
  return std::nullopt;
}

Indicator ReportReader::read_indicator(bool with_views, const Place& place) {
  Members members(*this, with_views ? Keys(kViewIndicatorKeys) : Keys(kIndicatorKeys));
  Indicator indicator;
  indicator.source = place;
  IndicatorDetails details;
  bool details_given = false;
  while (members.next()) {
    const std::string_view key = members.key();
    if (key == "id") {
      indicator.id = read_text();
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
      if (const auto text = read_choice({"higher_is_better", "lower_is_better"})) {
        if (*text == "lower_is_better") indicator.polarity = Polarity::kLowerIsBetter;
      }
    } else if (key == "method") {
      if (read_choice({"target_over_actual"})) {
        indicator.lower_method = LowerIsBetterMethod::kTargetOverActual;
      }
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
  if (components.empty()) problem("a composite index needs at least one component");
  return components;
}

std::vector<PastYear> ReportReader::read_history() {
  std::vector<PastYear> history;
  for_each_item("an array of past years", [&](std::size_t) {
    Members members(*this, kPastYearKeys);
    PastYear past;
    while (members.next()) {
      if (members.key() == "year") {
        past.year = read_year(1945, 2200);  // before the report's year: validate() says
      } else if (members.key() == "target") {
        past.target = read_nullable_quantity();
      } else {
        past.actual = read_nullable_quantity();
      }
    }
    members.require("year");
    members.require("actual", kNullHint);
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
    } else if (const auto kind = read_choice({"level", "cumulative"})) {
      renstra.cumulative = *kind == "cumulative";
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
          // A printed rating or predicate is text; a number in quotes would be checked as a
          // text, and a workbook could not tell it from a number: it is written as a number.
          figure.text = read_text();
          if (const std::string hint = json_number_hint(figure.text, NumberColumn::kDecimal);
              !hint.empty()) {
            problem("expected the number the report prints, found the string \"" +
                    clipped(figure.text) + "\"; " + hint);
          }
        } else if (kind == Kind::kNumber) {
          figure.number = read_quantity();
        } else {
          const bool container = kind == Kind::kArray || kind == Kind::kObject;
          problem("expected the number or the text the report prints, found " + describe_next());
          if (container) cursor_.skip_value();
        }
      } else if (key == "where") {
        figure.where = read_text();
      } else if (key == "note") {
        figure.note = read_text();
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
        return read;
      });
    } else if (key == "stated_total") {
      sakip.stated_total = read_nullable_quantity();
    } else if (key == "stated_predicate") {
      sakip.stated_predicate = read_text();
    } else {
      sakip.predicate_scale = read_scale();
      sakip.predicate_scale_given = true;
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
      if (const auto pagu = read_rupiah()) budget.pagu = Amount{*pagu};
    } else if (!(program_level && take_null())) {  // a program's null: no spending reported
      if (const auto spending = read_rupiah()) budget.spending = Amount{*spending};
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
      sub.id = read_text();
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
      activity.id = read_text();
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
      program.id = read_text();
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
      objective.id = read_text();
    } else if (key == "name") {
      objective.name = read_text();
    } else if (key == "staff") {
      objective.staff = read_staff();
    } else {
      objective.indicators = read_indicators(true, place);
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
  return band;
}

std::vector<RatingBand> ReportReader::read_scale() {
  return read_array<RatingBand>("an array of bands", [&](std::size_t) { return read_band(); });
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
      settings.rating_scale_given = true;
    }
  }
  return settings;
}

void ReportReader::read_root_member(std::string_view key, PerformanceReport& report) {
  if (key == "$schema") {
    expect(Kind::kString, "a string");
    cursor_.read_string();
  } else if (key == "format") {
    read_choice({kFormatVersion}, "\"lkjip/1\"");
  } else if (key == "unit") {
    Members unit(*this, kUnitKeys);
    while (unit.next()) {
      (unit.key() == "name" ? report.unit.name : report.unit.region) = read_text();
    }
    unit.require("name");
    unit.require("region");
  } else if (key == "year") {
    report.year = read_year(1946, 2200);
  } else if (key == "renstra_period") {
    Members period(*this, kPeriodKeys);
    while (period.next()) {
      (period.key() == "from" ? report.renstra_from : report.renstra_to) = read_year(1945, 2200);
    }
    period.require("from");
    period.require("to");
  } else if (key == "settings") {
    report.settings = read_settings();
  } else if (key == "objectives") {
    report.objectives = read_array<Objective>("an array", [&](std::size_t i) {
      return read_objective(Place().item(Place::List::kObjectives, i));
    });
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
  return report;
}

}  // namespace

namespace {

// At most this many problems are listed: a file with thousands says so in a last line.
constexpr std::size_t kMaxProblemsShown = 100;

// A problem of the file, at the offset of its value (or key) once located.
struct PlacedProblem {
  std::string path;
  std::string message;
  std::size_t offset = 0;
};

// The model's rules, checked once the file is read (validate()). A rule broken where the file
// could not be read is a consequence, not a cause: it is left out.
std::vector<ReadProblem> model_problems(const PerformanceReport& report,
                                        const std::vector<ReadProblem>& read_problems,
                                        const SourceMap& names) {
  std::vector<Key> unreadable;
  for (const ReadProblem& problem : read_problems)
    unreadable.push_back(key_of_pointer(problem.path));
  std::vector<ReadProblem> found;
  for (ModelProblem& problem : validate(report, names)) {
    const bool consequence = std::any_of(unreadable.begin(), unreadable.end(),
                                         [&](const Key& k) { return overlapping(k, problem.key); });
    if (!consequence) found.push_back(ReadProblem{json_pointer(problem.key), problem.message});
  }
  return found;
}

// Every problem at its line and column, in the file's order: located in one pass over the text.
[[noreturn]] void refuse(std::string_view text, const std::string& file,
                         std::vector<ReadProblem> problems, const PassedText& passed) {
  std::vector<std::string> paths;
  for (const ReadProblem& problem : problems)
    paths.push_back(problem.path);
  const std::vector<std::size_t> value_offsets = locate_all(text, paths, passed);
  std::vector<PlacedProblem> placed;
  for (std::size_t i = 0; i < problems.size(); ++i) {
    const std::size_t offset = problems[i].key_offset != std::string_view::npos
                                   ? problems[i].key_offset
                                   : value_offsets[i];
    placed.push_back(
        PlacedProblem{std::move(problems[i].path), std::move(problems[i].message), offset});
  }
  std::stable_sort(
      placed.begin(), placed.end(),
      [](const PlacedProblem& a, const PlacedProblem& b) { return a.offset < b.offset; });
  const std::size_t shown = std::min(placed.size(), kMaxProblemsShown);
  std::vector<std::size_t> offsets;
  for (std::size_t i = 0; i < shown; ++i)
    offsets.push_back(placed[i].offset);
  const std::vector<SourcePosition> positions = positions_at(text, offsets, passed);
  std::vector<Problem> all;
  for (std::size_t i = 0; i < shown; ++i) {
    all.push_back(Problem{Location{file, positions[i], {}, std::move(placed[i].path)},
                          std::move(placed[i].message)});
  }
  if (placed.size() > shown) {
    all.push_back(Problem{Location{file, {}, {}, {}},
                          std::to_string(placed.size() - shown) +
                              " more problems not shown; correct these and read the file again"});
  }
  throw InputError(std::move(all));
}

// Reads the whole text, then checks the model; every problem found either way is reported at
// once. A text that is not JSON at all is reported as such, alone, with the parser's diagnosis.
PerformanceReport load_text(std::string_view text, const std::string& file,
                            std::function<void(std::size_t)> passed) {
  ReportReader reader(text, passed);
  PerformanceReport report;
  try {
    report = reader.read();
  } catch (const JsonSyntaxError& error) {
    diagnose_json(text, file);
    throw InputError(file, position_at(text, error.offset), "", "invalid JSON: " + error.message);
  }
  std::vector<ReadProblem> problems = reader.problems();
  if (!problems.empty()) diagnose_json(text, file);
  const JsonSourceMap names(file, SourceIndex());
  for (ReadProblem& problem : model_problems(report, problems, names))
    problems.push_back(std::move(problem));
  if (!problems.empty()) refuse(text, file, std::move(problems), passed);
  return report;
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

PerformanceReport load_json_report_file(const std::string& path,
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
