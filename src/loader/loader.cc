#include "lkjip/loader.h"

#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <optional>

#include "json_document.h"
#include "lkjip/suggest.h"
#include "read_file.h"

namespace lkjip {
namespace {

using Kind = JsonNode::Kind;

constexpr int kMaxIntegerDigits = 18;
constexpr int kMaxDecimals = 12;

// Bounds an echoed value so that one error stays one readable line.
std::string clipped(std::string_view text) {
  constexpr std::size_t kMaxEcho = 60;
  if (text.size() <= kMaxEcho) return std::string(text);
  return std::string(text.substr(0, kMaxEcho)) + "...";
}

std::string describe(const JsonNode& node) {
  switch (node.kind) {
    case Kind::kNull:
      return "null";
    case Kind::kBoolean:
      return node.boolean ? "true" : "false";
    case Kind::kNumber:
      return "the number " + clipped(node.text);
    case Kind::kString:
      return "the string \"" + clipped(node.text) + "\"";
    case Kind::kArray:
      return "an array";
    case Kind::kObject:
      return "an object";
  }
  return "a value";
}

std::string join(const std::vector<std::string_view>& words) {
  std::string out;
  for (std::string_view word : words) {
    if (!out.empty()) out += ", ";
    out += word;
  }
  return out;
}

// Turns a JSON document into the model, failing with the position and path of the first error.
class ReportReader {
 public:
  explicit ReportReader(std::string file) : file_(std::move(file)) {}

  PerformanceReport read(const JsonNode& root);

 private:
  // The members of one JSON object, checked against the keys the format allows there.
  class Fields {
   public:
    Fields(const ReportReader& reader, const JsonNode& node, std::string path,
           std::vector<std::string_view> allowed)
        : reader_(reader), node_(node), path_(std::move(path)) {
      reader.expect(node, Kind::kObject, path_, "an object");
      for (const JsonMember& member : node.members) {
        if (std::find(allowed.begin(), allowed.end(), member.key) != allowed.end()) continue;
        std::string message = "unknown field \"" + member.key + "\"";
        if (const auto suggestion = closest(member.key, allowed)) {
          message += "; did you mean \"" + std::string(*suggestion) + "\"?";
        } else {
          message += "; allowed here: " + join(allowed);
        }
        throw InputError(reader.file_, member.key_position, append_pointer(path_, member.key),
                         message);
      }
    }

    const JsonNode* optional(std::string_view key) const {
      for (const JsonMember& member : node_.members) {
        if (member.key == key) return &member.value;
      }
      return nullptr;
    }

    const JsonNode& required(std::string_view key, std::string_view hint = {}) const {
      if (const JsonNode* value = optional(key)) return *value;
      std::string message = "missing required field \"" + std::string(key) + "\"";
      if (!hint.empty()) message += " (" + std::string(hint) + ")";
      throw InputError(reader_.file_, node_.position, path_, message);
    }

    std::string path(std::string_view key) const { return append_pointer(path_, key); }

   private:
    const ReportReader& reader_;
    const JsonNode& node_;
    std::string path_;
  };

  [[noreturn]] void fail(const JsonNode& node, const std::string& path,
                         const std::string& message) const {
    throw InputError(file_, node.position, path, message);
  }

  void expect(const JsonNode& node, Kind kind, const std::string& path,
              std::string_view expected) const {
    if (node.kind != kind) {
      fail(node, path, "expected " + std::string(expected) + ", found " + describe(node));
    }
  }

  std::string read_text(const JsonNode& node, const std::string& path) const {
    expect(node, Kind::kString, path, "a string");
    if (node.text.empty()) fail(node, path, "expected a non-empty string");
    for (char c : node.text) {
      const auto byte = static_cast<unsigned char>(c);
      if (byte < 0x20 || byte == 0x7F) {
        fail(node, path,
             fmt::format("control character U+{:04X} in text; names and units are one line of "
                         "printable text",
                         byte));
      }
    }
    return node.text;
  }

  std::string read_optional_text(const Fields& fields, std::string_view key) const {
    const JsonNode* node = fields.optional(key);
    return node == nullptr ? std::string() : read_text(*node, fields.path(key));
  }

  long long read_whole_number(const JsonNode& node, const std::string& path, long long min,
                              long long max, std::string_view what) const {
    const std::string expected = "a whole number " + std::string(what);
    expect(node, Kind::kNumber, path, expected);
    const std::optional<Rational> value = Rational::parse_decimal(node.text);
    const bool whole = node.text.find_first_of(".eE") == std::string::npos;
    if (!value || !whole) fail(node, path, "expected " + expected + ", found " + describe(node));
    if (*value < Rational(min) || *value > Rational(max)) {
      fail(node, path,
           "expected " + expected + " from " + std::to_string(min) + " to " + std::to_string(max) +
               ", found " + clipped(node.text));
    }
    return std::stoll(node.text);
  }

  Rupiah read_rupiah(const JsonNode& node, const std::string& path) const {
    expect(node, Kind::kNumber, path, "a whole number of rupiah");
    const bool whole = node.text.find_first_of(".eE") == std::string::npos;
    if (!whole) {
      fail(node, path, "expected a whole number of rupiah, found " + clipped(node.text));
    }
    if (node.text.front() == '-') {
      fail(node, path, "expected a non-negative amount of rupiah, found " + clipped(node.text));
    }
    const std::optional<Rational> value = Rational::parse_decimal(node.text);
    if (!value || *value > Rational(kMaxRupiah)) {
      fail(node, path,
           "amount exceeds the largest supported (" + std::to_string(kMaxRupiah) + " rupiah)");
    }
    return std::stoll(node.text);
  }

  std::optional<Amount> read_optional_amount(const Fields& fields, std::string_view key,
                                             bool nullable) const {
    const JsonNode* node = fields.optional(key);
    if (node == nullptr) return std::nullopt;
    if (nullable && node->kind == Kind::kNull) return std::nullopt;
    return Amount{read_rupiah(*node, fields.path(key)), fields.path(key)};
  }

  // A count of people or things: a whole number, zero or more.
  Quantity read_count(const JsonNode& node, const std::string& path) const {
    const long long count = read_whole_number(node, path, 0, 1'000'000'000'000LL, "(a count)");
    return Quantity{Rational(count), 0, path};
  }

  std::optional<Quantity> read_optional_quantity(const Fields& fields, std::string_view key) const {
    const JsonNode* node = fields.optional(key);
    if (node == nullptr || node->kind == Kind::kNull) return std::nullopt;
    return read_quantity(*node, fields.path(key));
  }

  Quantity read_quantity(const JsonNode& node, const std::string& path) const {
    expect(node, Kind::kNumber, path, "a number");
    const std::string& text = node.text;
    const std::optional<Rational> value = Rational::parse_decimal(text);
    const int decimals = written_decimals(text);
    if (!value || decimals > kMaxDecimals || too_large(*value)) {
      fail(node, path,
           "expected a number with at most " + std::to_string(kMaxIntegerDigits) +
               " digits before and " + std::to_string(kMaxDecimals) +
               " after the decimal mark, found " + clipped(text));
    }
    return Quantity{*value, decimals, path};
  }

  // A bound of a scale, the floor or the cap: what is rated is a figure as printed, with
  // kPercentDecimals decimals, so a finer bound could leave a printed score without a band.
  Quantity read_bound(const JsonNode& node, const std::string& path) const {
    Quantity bound = read_quantity(node, path);
    if (bound.decimals > kPercentDecimals) {
      fail(node, path,
           "expected at most " + std::to_string(kPercentDecimals) +
               " decimals: scores are rated as printed, found " + clipped(node.text));
    }
    return bound;
  }

  static int written_decimals(const std::string& text) {
    const auto exponent_at = text.find_first_of("eE");
    const std::string mantissa = text.substr(0, exponent_at);
    const auto dot = mantissa.find('.');
    long decimals = dot == std::string::npos ? 0 : static_cast<long>(mantissa.size() - dot - 1);
    if (exponent_at != std::string::npos) {
      const std::string exponent = text.substr(exponent_at + 1);
      if (exponent.size() > 6) return kMaxDecimals + 1;
      decimals -= std::stol(exponent);
    }
    return static_cast<int>(std::clamp<long>(decimals, 0, kMaxDecimals + 1));
  }

  // More than kMaxIntegerDigits digits before the decimal mark.
  static bool too_large(const Rational& value) {
    static const Rational kLimit =
        *Rational::parse_decimal("1e" + std::to_string(kMaxIntegerDigits));
    return value >= kLimit || value <= -kLimit;
  }

  std::optional<Quantity> read_nullable_quantity(const Fields& fields, std::string_view key) const {
    const JsonNode& node =
        fields.required(key, "use null when the report gives no value; missing is not zero");
    if (node.kind == Kind::kNull) return std::nullopt;
    return read_quantity(node, fields.path(key));
  }

  const JsonNode& read_array(const Fields& fields, std::string_view key) const {
    const JsonNode& node = fields.required(key);
    expect(node, Kind::kArray, fields.path(key), "an array");
    return node;
  }

  std::string read_id(const Fields& fields) {
    const JsonNode& node = fields.required("id");
    const std::string path = fields.path("id");
    std::string id = read_text(node, path);
    // These name the total and mean rows of the tables: an item with one would share their
    // figure names (anggaran/total/pagu).
    for (const char* reserved : {"total", "mean", "stated_total", "stated_predicate"}) {
      if (id == reserved)
        fail(node, path, "the id \"" + id + "\" is reserved for the tables' rows");
    }
    if (id.find('/') != std::string::npos) {
      fail(node, path, "an id cannot contain \"/\": it separates the parts of a figure's name");
    }
    const auto [place, inserted] = ids_.emplace(id, path);
    if (!inserted)
      fail(node, path, "duplicate id \"" + id + "\" (first used at " + place->second + ")");
    return id;
  }

  // `with_views`: the indicator may give history, Renstra and regional figures (key and
  // program indicators, the ones chapter III compares).
  Indicator read_indicator(const JsonNode& node, const std::string& path, bool with_views);
  std::vector<IndexComponent> read_components(const Fields& fields) const;
  std::vector<PastYear> read_history(const Fields& fields) const;
  RenstraTarget read_renstra(const JsonNode& node, const std::string& path) const;
  std::optional<Staff> read_staff(const Fields& owner) const;
  std::vector<Facility> read_facilities(const Fields& fields) const;
  SakipEvaluation read_sakip(const JsonNode& node, const std::string& path) const;
  std::vector<PrintedFigure> read_printed(const Fields& fields) const;
  std::vector<RatingBand> read_scale(const JsonNode& node, const std::string& path) const;
  std::vector<Indicator> read_indicators(const Fields& fields, bool with_views);
  Budget read_budget(const Fields& fields, bool program_level);
  SubActivity read_sub_activity(const JsonNode& node, const std::string& path);
  Activity read_activity(const JsonNode& node, const std::string& path);
  Program read_program(const JsonNode& node, const std::string& path);
  Objective read_objective(const JsonNode& node, const std::string& path);
  Settings read_settings(const JsonNode& node, const std::string& path) const;
  RatingBand read_band(const JsonNode& node, const std::string& path) const;
  void check_bands(const JsonNode& scale_node, const std::string& path,
                   const std::vector<RatingBand>& bands) const;
  void check_coverage(const JsonNode& at, const std::string& path, const Settings& settings) const;

  std::string file_;
  int year_ = 0;                            // the report's year, once read
  std::map<std::string, std::string> ids_;  // id -> JSON path where it was first used
};

Indicator ReportReader::read_indicator(const JsonNode& node, const std::string& path,
                                       bool with_views) {
  std::vector<std::string_view> allowed = {"id",       "name",   "unit", "target",    "actual",
                                           "polarity", "method", "note", "components"};
  if (with_views) allowed.insert(allowed.end(), {"history", "renstra", "regional"});
  const Fields fields(*this, node, path, allowed);
  Indicator indicator;
  indicator.source = path;
  indicator.id = read_id(fields);
  indicator.name = read_text(fields.required("name"), fields.path("name"));
  indicator.unit = read_text(fields.required("unit"), fields.path("unit"));
  indicator.target = read_nullable_quantity(fields, "target");
  indicator.actual = read_nullable_quantity(fields, "actual");
  indicator.note = read_optional_text(fields, "note");
  if (const JsonNode* polarity = fields.optional("polarity")) {
    const std::string text = read_text(*polarity, fields.path("polarity"));
    if (text == "lower_is_better") {
      indicator.polarity = Polarity::kLowerIsBetter;
    } else if (text != "higher_is_better") {
      fail(*polarity, fields.path("polarity"),
           "expected \"higher_is_better\" or \"lower_is_better\", found " + describe(*polarity));
    }
  }
  if (const JsonNode* method = fields.optional("method")) {
    const std::string text = read_text(*method, fields.path("method"));
    if (text != "target_over_actual") {
      fail(*method, fields.path("method"),
           "expected \"target_over_actual\", found " + describe(*method));
    }
    if (indicator.polarity != Polarity::kLowerIsBetter) {
      fail(*method, fields.path("method"),
           "\"target_over_actual\" applies only to a lower_is_better indicator");
    }
    indicator.lower_method = LowerIsBetterMethod::kTargetOverActual;
  }
  indicator.components = read_components(fields);
  indicator.history = read_history(fields);
  if (const JsonNode* renstra = fields.optional("renstra")) {
    indicator.renstra = read_renstra(*renstra, fields.path("renstra"));
  }
  if (const JsonNode* regional = fields.optional("regional")) {
    const Fields figures(*this, *regional, fields.path("regional"),
                         {"kabupaten", "provinsi", "nasional"});
    indicator.regional = RegionalFigures{read_optional_quantity(figures, "kabupaten"),
                                         read_optional_quantity(figures, "provinsi"),
                                         read_optional_quantity(figures, "nasional")};
  }
  return indicator;
}

std::vector<IndexComponent> ReportReader::read_components(const Fields& fields) const {
  std::vector<IndexComponent> components;
  const JsonNode* array = fields.optional("components");
  if (array == nullptr) return components;
  expect(*array, Kind::kArray, fields.path("components"), "an array of components");
  if (array->items.empty()) {
    fail(*array, fields.path("components"), "a composite index needs at least one component");
  }
  for (std::size_t i = 0; i < array->items.size(); ++i) {
    const Fields component(*this, array->items[i], append_pointer(fields.path("components"), i),
                           {"name", "weight", "value"});
    components.push_back(
        IndexComponent{read_text(component.required("name"), component.path("name")),
                       read_quantity(component.required("weight"), component.path("weight")),
                       read_nullable_quantity(component, "value")});
  }
  return components;
}

std::vector<PastYear> ReportReader::read_history(const Fields& fields) const {
  std::vector<PastYear> history;
  const JsonNode* array = fields.optional("history");
  if (array == nullptr) return history;
  expect(*array, Kind::kArray, fields.path("history"), "an array of past years");
  for (std::size_t i = 0; i < array->items.size(); ++i) {
    const std::string path = append_pointer(fields.path("history"), i);
    const Fields past(*this, array->items[i], path, {"year", "target", "actual"});
    const JsonNode& year_node = past.required("year");
    const int year = static_cast<int>(read_whole_number(year_node, past.path("year"), 1945,
                                                        year_ - 1, "(a year before the report's)"));
    if (!history.empty() && year <= history.back().year) {
      fail(year_node, past.path("year"), "past years must be listed oldest first, each once");
    }
    history.push_back(PastYear{year, read_optional_quantity(past, "target"),
                               read_nullable_quantity(past, "actual")});
  }
  return history;
}

RenstraTarget ReportReader::read_renstra(const JsonNode& node, const std::string& path) const {
  const Fields fields(*this, node, path, {"end_target", "kind"});
  RenstraTarget renstra{read_quantity(fields.required("end_target"), fields.path("end_target")),
                        false};
  if (const JsonNode* kind = fields.optional("kind")) {
    const std::string text = read_text(*kind, fields.path("kind"));
    if (text != "level" && text != "cumulative") {
      fail(*kind, fields.path("kind"),
           "expected \"level\" or \"cumulative\", found " + describe(*kind));
    }
    renstra.cumulative = text == "cumulative";
  }
  return renstra;
}

std::optional<Staff> ReportReader::read_staff(const Fields& owner) const {
  const JsonNode* node = owner.optional("staff");
  if (node == nullptr) return std::nullopt;
  const Fields fields(*this, *node, owner.path("staff"), {"needed", "available"});
  return Staff{read_count(fields.required("needed"), fields.path("needed")),
               read_count(fields.required("available"), fields.path("available"))};
}

std::vector<Facility> ReportReader::read_facilities(const Fields& fields) const {
  std::vector<Facility> facilities;
  const JsonNode* array = fields.optional("facilities");
  if (array == nullptr) return facilities;
  expect(*array, Kind::kArray, fields.path("facilities"), "an array of items");
  for (std::size_t i = 0; i < array->items.size(); ++i) {
    const Fields item(*this, array->items[i], append_pointer(fields.path("facilities"), i),
                      {"name", "available", "needed"});
    facilities.push_back(Facility{"F" + std::to_string(i + 1),
                                  read_text(item.required("name"), item.path("name")),
                                  read_count(item.required("available"), item.path("available")),
                                  read_count(item.required("needed"), item.path("needed"))});
  }
  return facilities;
}

std::vector<PrintedFigure> ReportReader::read_printed(const Fields& fields) const {
  std::vector<PrintedFigure> printed;
  const JsonNode* array = fields.optional("printed");
  if (array == nullptr) return printed;
  expect(*array, Kind::kArray, fields.path("printed"), "an array of printed figures");
  for (std::size_t i = 0; i < array->items.size(); ++i) {
    const std::string path = append_pointer(fields.path("printed"), i);
    const Fields entry(*this, array->items[i], path,
                       {"figure", "value", "where", "capped", "note"});
    PrintedFigure figure;
    figure.source = path;
    figure.figure = read_text(entry.required("figure"), entry.path("figure"));
    const JsonNode& value = entry.required("value");
    if (value.kind == Kind::kString) {
      figure.text = read_text(value, entry.path("value"));
    } else if (value.kind == Kind::kNumber) {
      figure.number = read_quantity(value, entry.path("value"));
    } else {
      fail(value, entry.path("value"),
           "expected the number or the text the report prints, found " + describe(value));
    }
    figure.where = read_optional_text(entry, "where");
    read_optional_text(entry, "note");
    if (const JsonNode* capped = entry.optional("capped")) {
      expect(*capped, Kind::kBoolean, entry.path("capped"), "true or false");
      figure.capped = capped->boolean;
    }
    printed.push_back(std::move(figure));
  }
  return printed;
}

SakipEvaluation ReportReader::read_sakip(const JsonNode& node, const std::string& path) const {
  const Fields fields(*this, node, path,
                      {"components", "stated_total", "stated_predicate", "predicate_scale"});
  SakipEvaluation sakip;
  const JsonNode& components = read_array(fields, "components");
  if (components.items.empty()) {
    fail(components, fields.path("components"), "an evaluation needs at least one component");
  }
  for (std::size_t i = 0; i < components.items.size(); ++i) {
    const Fields component(*this, components.items[i], append_pointer(fields.path("components"), i),
                           {"name", "weight", "score"});
    SakipComponent read{read_text(component.required("name"), component.path("name")),
                        read_quantity(component.required("weight"), component.path("weight")),
                        read_quantity(component.required("score"), component.path("score"))};
    if (read.weight.value.sign() <= 0) {
      fail(component.required("weight"), component.path("weight"), "a weight must be above zero");
    }
    if (read.score.value.sign() < 0 || read.score.value > read.weight.value) {
      fail(component.required("score"), component.path("score"),
           "a component's score must be from 0 to its weight");
    }
    sakip.components.push_back(std::move(read));
  }
  sakip.stated_total = read_optional_quantity(fields, "stated_total");
  if (const JsonNode* predicate = fields.optional("stated_predicate")) {
    sakip.stated_predicate = read_text(*predicate, fields.path("stated_predicate"));
  }
  sakip.predicate_scale = default_sakip_predicate_scale();
  if (const JsonNode* scale = fields.optional("predicate_scale")) {
    sakip.predicate_scale = read_scale(*scale, fields.path("predicate_scale"));
  }
  return sakip;
}

std::vector<Indicator> ReportReader::read_indicators(const Fields& fields, bool with_views) {
  const JsonNode& array = read_array(fields, "indicators");
  std::vector<Indicator> indicators;
  for (std::size_t i = 0; i < array.items.size(); ++i) {
    indicators.push_back(
        read_indicator(array.items[i], append_pointer(fields.path("indicators"), i), with_views));
  }
  return indicators;
}

Budget ReportReader::read_budget(const Fields& owner, bool program_level) {
  const JsonNode* node = program_level ? &owner.required("budget") : owner.optional("budget");
  if (node == nullptr) return {};
  const Fields fields(*this, *node, owner.path("budget"), {"pagu", "spending"});
  Budget budget;
  if (program_level) {
    fields.required("pagu");
    fields.required("spending", "use null when the report gives no spending");
  }
  budget.pagu = read_optional_amount(fields, "pagu", false);
  budget.spending = read_optional_amount(fields, "spending", program_level);
  return budget;
}

SubActivity ReportReader::read_sub_activity(const JsonNode& node, const std::string& path) {
  const Fields fields(*this, node, path, {"id", "name", "aim", "budget", "indicators"});
  SubActivity sub;
  sub.id = read_id(fields);
  sub.name = read_text(fields.required("name"), fields.path("name"));
  sub.aim = read_optional_text(fields, "aim");
  sub.budget = read_budget(fields, false);
  sub.indicators = read_indicators(fields, false);
  return sub;
}

Activity ReportReader::read_activity(const JsonNode& node, const std::string& path) {
  const Fields fields(*this, node, path,
                      {"id", "name", "aim", "budget", "indicators", "sub_activities"});
  Activity activity;
  activity.id = read_id(fields);
  activity.name = read_text(fields.required("name"), fields.path("name"));
  activity.aim = read_optional_text(fields, "aim");
  activity.budget = read_budget(fields, false);
  activity.indicators = read_indicators(fields, false);
  const JsonNode& subs = read_array(fields, "sub_activities");
  for (std::size_t i = 0; i < subs.items.size(); ++i) {
    activity.sub_activities.push_back(
        read_sub_activity(subs.items[i], append_pointer(fields.path("sub_activities"), i)));
  }
  return activity;
}

Program ReportReader::read_program(const JsonNode& node, const std::string& path) {
  const Fields fields(
      *this, node, path,
      {"id", "name", "aim", "objective", "budget", "staff", "indicators", "activities"});
  Program program;
  program.id = read_id(fields);
  program.name = read_text(fields.required("name"), fields.path("name"));
  program.aim = read_optional_text(fields, "aim");
  program.objective_id = read_text(fields.required("objective"), fields.path("objective"));
  program.budget = read_budget(fields, true);
  program.staff = read_staff(fields);
  program.indicators = read_indicators(fields, true);
  const JsonNode& activities = read_array(fields, "activities");
  for (std::size_t i = 0; i < activities.items.size(); ++i) {
    program.activities.push_back(
        read_activity(activities.items[i], append_pointer(fields.path("activities"), i)));
  }
  return program;
}

Objective ReportReader::read_objective(const JsonNode& node, const std::string& path) {
  const Fields fields(*this, node, path, {"id", "name", "staff", "indicators"});
  Objective objective;
  objective.id = read_id(fields);
  objective.name = read_text(fields.required("name"), fields.path("name"));
  objective.staff = read_staff(fields);
  objective.indicators = read_indicators(fields, true);
  if (objective.indicators.empty()) {
    fail(fields.required("indicators"), fields.path("indicators"),
         "a strategic objective needs at least one key indicator");
  }
  return objective;
}

RatingBand ReportReader::read_band(const JsonNode& node, const std::string& path) const {
  const Fields fields(*this, node, path, {"label", "min", "max", "include_min", "include_max"});
  RatingBand band;
  band.label = read_text(fields.required("label"), fields.path("label"));
  band.min = read_bound(fields.required("min"), fields.path("min")).value;
  band.max = read_bound(fields.required("max"), fields.path("max")).value;
  for (const auto& [key, flag] :
       {std::pair{"include_min", &band.include_min}, std::pair{"include_max", &band.include_max}}) {
    if (const JsonNode* value = fields.optional(key)) {
      expect(*value, Kind::kBoolean, fields.path(key), "true or false");
      *flag = value->boolean;
    }
  }
  if (!(band.min < band.max)) fail(node, path, "a band's min must be below its max");
  return band;
}

// Bands listed lowest first, each touching the next with exactly one of them holding the bound.
void ReportReader::check_bands(const JsonNode& scale_node, const std::string& path,
                               const std::vector<RatingBand>& bands) const {
  if (bands.empty()) fail(scale_node, path, "a rating scale needs at least one band");
  for (std::size_t i = 0; i + 1 < bands.size(); ++i) {
    const RatingBand& low = bands[i];
    const RatingBand& high = bands[i + 1];
    const JsonNode& at = scale_node.items[i + 1];
    const std::string where = append_pointer(path, i + 1);
    if (high.min < low.min) fail(at, where, "bands must be listed from the lowest to the highest");
    if (low.max < high.min || (low.max == high.min && !low.include_max && !high.include_min)) {
      fail(at, where, "gap between band \"" + low.label + "\" and band \"" + high.label + "\"");
    }
    if (high.min < low.max || (low.max == high.min && low.include_max && high.include_min)) {
      fail(at, where, "band \"" + high.label + "\" overlaps band \"" + low.label + "\"");
    }
  }
}

// Every score from floor to cap, both included, must have a band.
void ReportReader::check_coverage(const JsonNode& at, const std::string& path,
                                  const Settings& settings) const {
  const RatingBand& lowest = settings.rating_scale.front();
  const RatingBand& highest = settings.rating_scale.back();
  const Rational& floor = settings.score_floor.value;
  const Rational& cap = settings.score_cap.value;
  const bool covers_floor = lowest.min < floor || (lowest.min == floor && lowest.include_min);
  const bool covers_cap = cap < highest.max || (highest.max == cap && highest.include_max);
  if (!covers_floor || !covers_cap) {
    fail(at, path, "the rating scale must cover every score from score_floor to score_cap");
  }
}

std::vector<RatingBand> ReportReader::read_scale(const JsonNode& node,
                                                 const std::string& path) const {
  expect(node, Kind::kArray, path, "an array of bands");
  std::vector<RatingBand> bands;
  for (std::size_t i = 0; i < node.items.size(); ++i) {
    bands.push_back(read_band(node.items[i], append_pointer(path, i)));
  }
  check_bands(node, path, bands);
  return bands;
}

Settings ReportReader::read_settings(const JsonNode& node, const std::string& path) const {
  const Fields fields(*this, node, path, {"score_floor", "score_cap", "rating_scale"});
  Settings settings;
  if (const JsonNode* floor = fields.optional("score_floor")) {
    settings.score_floor = read_bound(*floor, fields.path("score_floor"));
  }
  if (const JsonNode* cap = fields.optional("score_cap")) {
    settings.score_cap = read_bound(*cap, fields.path("score_cap"));
  }
  if (!(settings.score_floor.value < settings.score_cap.value)) {
    const JsonNode* cap = fields.optional("score_cap");
    fail(cap != nullptr ? *cap : node, cap != nullptr ? fields.path("score_cap") : path,
         "score_floor must be below score_cap");
  }
  settings.rating_scale = default_rating_scale();
  if (const JsonNode* scale = fields.optional("rating_scale")) {
    const std::string scale_path = fields.path("rating_scale");
    settings.rating_scale = read_scale(*scale, scale_path);
    check_coverage(*scale, scale_path, settings);
  } else {
    check_coverage(node, path, settings);  // the default scale with another floor or cap
  }
  return settings;
}

PerformanceReport ReportReader::read(const JsonNode& root) {
  const Fields fields(*this, root, "",
                      {"$schema", "format", "unit", "year", "renstra_period", "settings",
                       "objectives", "programs", "facilities", "sakip_evaluation", "printed"});
  const JsonNode& format = fields.required("format");
  if (format.kind != Kind::kString || format.text != kFormatVersion) {
    fail(format, fields.path("format"),
         "expected \"" + std::string(kFormatVersion) + "\", found " + describe(format));
  }
  if (const JsonNode* schema = fields.optional("$schema")) {
    expect(*schema, Kind::kString, fields.path("$schema"), "a string");
  }

  PerformanceReport report;
  const Fields unit(*this, fields.required("unit"), fields.path("unit"), {"name", "region"});
  report.unit.name = read_text(unit.required("name"), unit.path("name"));
  report.unit.region = read_text(unit.required("region"), unit.path("region"));
  report.year = static_cast<int>(
      read_whole_number(fields.required("year"), fields.path("year"), 1946, 2200, "(a year)"));
  year_ = report.year;
  const Fields period(*this, fields.required("renstra_period"), fields.path("renstra_period"),
                      {"from", "to"});
  report.renstra_from = static_cast<int>(
      read_whole_number(period.required("from"), period.path("from"), 1945, 2200, "(a year)"));
  report.renstra_to = static_cast<int>(
      read_whole_number(period.required("to"), period.path("to"), 1945, 2200, "(a year)"));
  if (report.renstra_to < report.renstra_from) {
    fail(period.required("to"), period.path("to"), "the period ends before it starts");
  }

  if (const JsonNode* settings = fields.optional("settings")) {
    report.settings = read_settings(*settings, fields.path("settings"));
  } else {
    report.settings.rating_scale = default_rating_scale();
  }

  const JsonNode& objectives = read_array(fields, "objectives");
  for (std::size_t i = 0; i < objectives.items.size(); ++i) {
    report.objectives.push_back(
        read_objective(objectives.items[i], append_pointer(fields.path("objectives"), i)));
  }
  if (report.objectives.empty()) {
    fail(objectives, fields.path("objectives"), "at least one strategic objective is needed");
  }

  const JsonNode& programs = read_array(fields, "programs");
  for (std::size_t i = 0; i < programs.items.size(); ++i) {
    const std::string path = append_pointer(fields.path("programs"), i);
    report.programs.push_back(read_program(programs.items[i], path));
    const std::string& objective_id = report.programs.back().objective_id;
    const bool known = std::any_of(report.objectives.begin(), report.objectives.end(),
                                   [&](const Objective& o) { return o.id == objective_id; });
    if (!known) {
      std::vector<std::string_view> ids;
      for (const Objective& objective : report.objectives)
        ids.push_back(objective.id);
      const Fields program(
          *this, programs.items[i], path,
          {"id", "name", "aim", "objective", "budget", "indicators", "activities"});
      fail(program.required("objective"), program.path("objective"),
           "no strategic objective has the id \"" + objective_id + "\"; known: " + join(ids));
    }
  }
  report.facilities = read_facilities(fields);
  report.printed = read_printed(fields);
  if (const JsonNode* sakip = fields.optional("sakip_evaluation")) {
    report.sakip = read_sakip(*sakip, fields.path("sakip_evaluation"));
  }
  return report;
}

void record_positions(const JsonNode& node, const std::string& path, SourceMap& positions) {
  positions.emplace(path, node.position);
  for (std::size_t i = 0; i < node.items.size(); ++i) {
    record_positions(node.items[i], append_pointer(path, i), positions);
  }
  for (const JsonMember& member : node.members) {
    record_positions(member.value, append_pointer(path, member.key), positions);
  }
}

}  // namespace

PerformanceReport load_report_text(std::string_view text, const std::string& file,
                                   SourceMap* positions) {
  const JsonNode root = parse_json_document(text, file);
  PerformanceReport report = ReportReader(file).read(root);
  if (positions != nullptr) record_positions(root, "", *positions);
  return report;
}

SourcePosition position_in(const SourceMap& positions, std::string path) {
  for (;;) {
    if (const auto found = positions.find(path); found != positions.end()) return found->second;
    const auto slash = path.rfind('/');
    if (slash == std::string::npos) return {};
    path.erase(slash);
  }
}

PerformanceReport load_report_file(const std::string& path, SourceMap* positions) {
  return load_report_text(read_whole_file(path), path, positions);
}

}  // namespace lkjip
