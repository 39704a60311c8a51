#include "lkjip/loader.h"

#include <algorithm>
#include <map>
#include <optional>

#include "json_document.h"
#include "read_file.h"

namespace lkjip {
namespace {

using Kind = JsonNode::Kind;

constexpr int kMaxIntegerDigits = 18;
constexpr int kMaxDecimals = 12;

std::string describe(const JsonNode& node) {
  switch (node.kind) {
    case Kind::kNull:
      return "null";
    case Kind::kBoolean:
      return node.boolean ? "true" : "false";
    case Kind::kNumber:
      return "the number " + node.text;
    case Kind::kString:
      return "the string \"" + node.text + "\"";
    case Kind::kArray:
      return "an array";
    case Kind::kObject:
      return "an object";
  }
  return "a value";
}

std::size_t edit_distance(std::string_view a, std::string_view b) {
  std::vector<std::size_t> row(b.size() + 1);
  for (std::size_t j = 0; j <= b.size(); ++j)
    row[j] = j;
  for (std::size_t i = 1; i <= a.size(); ++i) {
    std::size_t diagonal = row[0];
    row[0] = i;
    for (std::size_t j = 1; j <= b.size(); ++j) {
      const std::size_t above = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
      diagonal = above;
    }
  }
  return row[b.size()];
}

// The allowed key closest to an unknown one, when it is close enough to be a typo.
std::optional<std::string_view> closest(std::string_view key,
                                        const std::vector<std::string_view>& allowed) {
  std::optional<std::string_view> best;
  std::size_t best_distance = std::max<std::size_t>(2, key.size() / 3) + 1;
  for (std::string_view candidate : allowed) {
    const std::size_t distance = edit_distance(key, candidate);
    if (distance < best_distance) {
      best = candidate;
      best_distance = distance;
    }
  }
  return best;
}

std::string join(const std::vector<std::string_view>& words) {
  std::string out;
  for (std::string_view word : words) {
    if (!out.empty())
      out += ", ";
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
        if (std::find(allowed.begin(), allowed.end(), member.key) != allowed.end())
          continue;
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
        if (member.key == key)
          return &member.value;
      }
      return nullptr;
    }

    const JsonNode& required(std::string_view key, std::string_view hint = {}) const {
      if (const JsonNode* value = optional(key))
        return *value;
      std::string message = "missing required field \"" + std::string(key) + "\"";
      if (!hint.empty())
        message += " (" + std::string(hint) + ")";
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
    if (node.text.empty())
      fail(node, path, "expected a non-empty string");
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
    if (!value || !whole)
      fail(node, path, "expected " + expected + ", found " + describe(node));
    if (*value < Rational(min) || *value > Rational(max)) {
      fail(node, path,
           "expected " + expected + " from " + std::to_string(min) + " to " + std::to_string(max) +
               ", found " + node.text);
    }
    return std::stoll(node.text);
  }

  Rupiah read_rupiah(const JsonNode& node, const std::string& path) const {
    expect(node, Kind::kNumber, path, "a whole number of rupiah");
    const bool whole = node.text.find_first_of(".eE") == std::string::npos;
    if (!whole) {
      fail(node, path, "expected a whole number of rupiah, found " + node.text);
    }
    if (node.text.front() == '-') {
      fail(node, path, "expected a non-negative amount of rupiah, found " + node.text);
    }
    const std::optional<Rational> value = Rational::parse_decimal(node.text);
    if (!value || *value > Rational(kMaxRupiah)) {
      fail(node, path,
           "amount exceeds the largest supported (" + std::to_string(kMaxRupiah) + " rupiah)");
    }
    return std::stoll(node.text);
  }

  std::optional<Rupiah> read_optional_rupiah(const Fields& fields, std::string_view key,
                                             bool nullable) const {
    const JsonNode* node = fields.optional(key);
    if (node == nullptr)
      return std::nullopt;
    if (nullable && node->kind == Kind::kNull)
      return std::nullopt;
    return read_rupiah(*node, fields.path(key));
  }

  Quantity read_quantity(const JsonNode& node, const std::string& path) const {
    expect(node, Kind::kNumber, path, "a number");
    const std::string& text = node.text;
    const std::optional<Rational> value = Rational::parse_decimal(text);
    const int decimals = written_decimals(text);
    if (!value || decimals > kMaxDecimals || integer_digits(*value) > kMaxIntegerDigits) {
      fail(node, path,
           "expected a number with at most " + std::to_string(kMaxIntegerDigits) +
               " digits before and " + std::to_string(kMaxDecimals) +
               " after the decimal mark, found " +
               (text.size() > 40 ? text.substr(0, 40) + "..." : text));
    }
    return Quantity{*value, decimals};
  }

  static int written_decimals(const std::string& text) {
    const auto exponent_at = text.find_first_of("eE");
    const std::string mantissa = text.substr(0, exponent_at);
    const auto dot = mantissa.find('.');
    long decimals = dot == std::string::npos ? 0 : static_cast<long>(mantissa.size() - dot - 1);
    if (exponent_at != std::string::npos) {
      const std::string exponent = text.substr(exponent_at + 1);
      if (exponent.size() > 6)
        return kMaxDecimals + 1;
      decimals -= std::stol(exponent);
    }
    return static_cast<int>(std::clamp<long>(decimals, 0, kMaxDecimals + 1));
  }

  static int integer_digits(const Rational& value) {
    const RoundedDecimal whole = value.round_half_up(0);
    return static_cast<int>(whole.digits.size());
  }

  std::optional<Quantity> read_nullable_quantity(const Fields& fields, std::string_view key) const {
    const JsonNode& node =
        fields.required(key, "use null when the report gives no value; missing is not zero");
    if (node.kind == Kind::kNull)
      return std::nullopt;
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
    const auto [place, inserted] = ids_.emplace(id, path);
    if (!inserted)
      fail(node, path, "duplicate id \"" + id + "\" (first used at " + place->second + ")");
    return id;
  }

  Indicator read_indicator(const JsonNode& node, const std::string& path);
  std::vector<Indicator> read_indicators(const Fields& fields);
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
  std::map<std::string, std::string> ids_;  // id -> JSON path where it was first used
};

Indicator ReportReader::read_indicator(const JsonNode& node, const std::string& path) {
  const Fields fields(*this, node, path,
                      {"id", "name", "unit", "target", "actual", "polarity", "method", "note"});
  Indicator indicator;
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
  return indicator;
}

std::vector<Indicator> ReportReader::read_indicators(const Fields& fields) {
  const JsonNode& array = read_array(fields, "indicators");
  std::vector<Indicator> indicators;
  for (std::size_t i = 0; i < array.items.size(); ++i) {
    indicators.push_back(
        read_indicator(array.items[i], append_pointer(fields.path("indicators"), i)));
  }
  return indicators;
}

Budget ReportReader::read_budget(const Fields& owner, bool program_level) {
  const JsonNode* node = program_level ? &owner.required("budget") : owner.optional("budget");
  if (node == nullptr)
    return {};
  const Fields fields(*this, *node, owner.path("budget"), {"pagu", "spending"});
  Budget budget;
  if (program_level) {
    budget.pagu = read_rupiah(fields.required("pagu"), fields.path("pagu"));
    fields.required("spending", "use null when the report gives no spending");
  } else {
    budget.pagu = read_optional_rupiah(fields, "pagu", false);
  }
  budget.spending = read_optional_rupiah(fields, "spending", program_level);
  return budget;
}

SubActivity ReportReader::read_sub_activity(const JsonNode& node, const std::string& path) {
  const Fields fields(*this, node, path, {"id", "name", "aim", "budget", "indicators"});
  SubActivity sub;
  sub.id = read_id(fields);
  sub.name = read_text(fields.required("name"), fields.path("name"));
  sub.aim = read_optional_text(fields, "aim");
  sub.budget = read_budget(fields, false);
  sub.indicators = read_indicators(fields);
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
  activity.indicators = read_indicators(fields);
  const JsonNode& subs = read_array(fields, "sub_activities");
  for (std::size_t i = 0; i < subs.items.size(); ++i) {
    activity.sub_activities.push_back(
        read_sub_activity(subs.items[i], append_pointer(fields.path("sub_activities"), i)));
  }
  return activity;
}

Program ReportReader::read_program(const JsonNode& node, const std::string& path) {
  const Fields fields(*this, node, path,
                      {"id", "name", "aim", "objective", "budget", "indicators", "activities"});
  Program program;
  program.id = read_id(fields);
  program.name = read_text(fields.required("name"), fields.path("name"));
  program.aim = read_optional_text(fields, "aim");
  program.objective_id = read_text(fields.required("objective"), fields.path("objective"));
  program.budget = read_budget(fields, true);
  program.indicators = read_indicators(fields);
  const JsonNode& activities = read_array(fields, "activities");
  for (std::size_t i = 0; i < activities.items.size(); ++i) {
    program.activities.push_back(
        read_activity(activities.items[i], append_pointer(fields.path("activities"), i)));
  }
  return program;
}

Objective ReportReader::read_objective(const JsonNode& node, const std::string& path) {
  const Fields fields(*this, node, path, {"id", "name", "indicators"});
  Objective objective;
  objective.id = read_id(fields);
  objective.name = read_text(fields.required("name"), fields.path("name"));
  objective.indicators = read_indicators(fields);
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
  band.min = read_quantity(fields.required("min"), fields.path("min")).value;
  band.max = read_quantity(fields.required("max"), fields.path("max")).value;
  for (const auto& [key, flag] :
       {std::pair{"include_min", &band.include_min}, std::pair{"include_max", &band.include_max}}) {
    if (const JsonNode* value = fields.optional(key)) {
      expect(*value, Kind::kBoolean, fields.path(key), "true or false");
      *flag = value->boolean;
    }
  }
  if (!(band.min < band.max))
    fail(node, path, "a band's min must be below its max");
  return band;
}

// Bands listed lowest first, each touching the next with exactly one of them holding the bound.
void ReportReader::check_bands(const JsonNode& scale_node, const std::string& path,
                               const std::vector<RatingBand>& bands) const {
  if (bands.empty())
    fail(scale_node, path, "a rating scale needs at least one band");
  for (std::size_t i = 0; i + 1 < bands.size(); ++i) {
    const RatingBand& low = bands[i];
    const RatingBand& high = bands[i + 1];
    const JsonNode& at = scale_node.items[i + 1];
    const std::string where = append_pointer(path, i + 1);
    if (high.min < low.min)
      fail(at, where, "bands must be listed from the lowest to the highest");
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
  const bool covers_floor = lowest.min < settings.score_floor ||
                            (lowest.min == settings.score_floor && lowest.include_min);
  const bool covers_cap = settings.score_cap < highest.max ||
                          (highest.max == settings.score_cap && highest.include_max);
  if (!covers_floor || !covers_cap) {
    fail(at, path, "the rating scale must cover every score from score_floor to score_cap");
  }
}

Settings ReportReader::read_settings(const JsonNode& node, const std::string& path) const {
  const Fields fields(*this, node, path, {"score_floor", "score_cap", "rating_scale"});
  Settings settings;
  if (const JsonNode* floor = fields.optional("score_floor")) {
    settings.score_floor = read_quantity(*floor, fields.path("score_floor")).value;
  }
  if (const JsonNode* cap = fields.optional("score_cap")) {
    settings.score_cap = read_quantity(*cap, fields.path("score_cap")).value;
  }
  if (!(settings.score_floor < settings.score_cap)) {
    fail(node, path, "score_floor must be below score_cap");
  }
  settings.rating_scale = default_rating_scale();
  if (const JsonNode* scale = fields.optional("rating_scale")) {
    const std::string scale_path = fields.path("rating_scale");
    expect(*scale, Kind::kArray, scale_path, "an array of bands");
    settings.rating_scale.clear();
    for (std::size_t i = 0; i < scale->items.size(); ++i) {
      settings.rating_scale.push_back(read_band(scale->items[i], append_pointer(scale_path, i)));
    }
    check_bands(*scale, scale_path, settings.rating_scale);
    check_coverage(*scale, scale_path, settings);
  } else {
    check_coverage(node, path, settings);  // the default scale with another floor or cap
  }
  return settings;
}

PerformanceReport ReportReader::read(const JsonNode& root) {
  const Fields fields(*this, root, "",
                      {"$schema", "format", "unit", "year", "renstra_period", "settings",
                       "objectives", "programs"});
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
      read_whole_number(fields.required("year"), fields.path("year"), 1945, 2200, "(a year)"));
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
  return report;
}

}  // namespace

PerformanceReport load_report_text(std::string_view text, const std::string& file) {
  const JsonNode root = parse_json_document(text, file);
  return ReportReader(file).read(root);
}

PerformanceReport load_report_file(const std::string& path) {
  return load_report_text(read_whole_file(path), path);
}

}  // namespace lkjip
