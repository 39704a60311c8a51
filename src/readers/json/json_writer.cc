#include "json_writer.h"

#include <nlohmann/json.hpp>
#include <string_view>
#include <vector>

#include "lkjip/input_writers.h"
#include "lkjip/loader.h"

namespace lkjip {
namespace {

std::string quoted(const std::string& text) {
  return nlohmann::json(text).dump();
}

// A number with the decimals it was written with: 8.40 stays 8.40.
std::string number(const Quantity& quantity) {
  return quantity.value.round_half_up(quantity.decimals).render('.', '\0');
}

std::string number_or_null(const std::optional<Quantity>& quantity) {
  return quantity ? number(*quantity) : "null";
}

std::string bound(const Rational& value) {
  return *value.to_exact_decimal(18);  // bounds are read with at most 2 decimals
}

// The members of one object on one line: {"a": 1, "b": "x"}.
class Inline {
 public:
  Inline& add(std::string_view key, const std::string& value) {
    text_ += text_.empty() ? "{" : ", ";
    text_ += '"';
    text_ += key;
    text_ += "\": ";
    text_ += value;
    return *this;
  }
  std::string done() const { return text_.empty() ? "{}" : text_ + "}"; }

 private:
  std::string text_;
};

// A JSON text laid out as data/2024.json is: an object or array with nested ones on their own
// lines, small objects on one line.
class Writer {
 public:
  std::string write(const PerformanceReport& report) {
    open_object();
    member("format", quoted(std::string(kFormatVersion)));
    member("unit", Inline()
                       .add("name", quoted(report.unit.name))
                       .add("region", quoted(report.unit.region))
                       .done());
    member("year", std::to_string(report.year));
    member("renstra_period", Inline()
                                 .add("from", std::to_string(report.renstra_from))
                                 .add("to", std::to_string(report.renstra_to))
                                 .done());
    write_settings(report.settings);
    open_array("objectives");
    for (const Objective& objective : report.objectives)
      write_objective(objective);
    close_array();
    open_array("programs");
    for (const Program& program : report.programs)
      write_program(program);
    close_array();
    if (!report.facilities.empty()) {
      open_array("facilities");
      for (const Facility& facility : report.facilities) {
        item(Inline()
                 .add("name", quoted(facility.name))
                 .add("available", number(facility.available))
                 .add("needed", number(facility.needed))
                 .done());
      }
      close_array();
    }
    if (report.sakip) write_sakip(*report.sakip);
    if (!report.printed.empty()) {
      open_array("printed");
      for (const PrintedFigure& printed : report.printed)
        item(printed_figure(printed));
      close_array();
    }
    close_object();
    return out_ + "\n";
  }

 private:
  void write_settings(const Settings& settings) {
    if (!settings.score_floor_given && !settings.score_cap_given && !settings.rating_scale_given) {
      return;
    }
    open_object("settings");
    if (settings.score_floor_given) member("score_floor", number(settings.score_floor));
    if (settings.score_cap_given) member("score_cap", number(settings.score_cap));
    if (settings.rating_scale_given) write_scale("rating_scale", settings.rating_scale);
    close_object();
  }

  void write_scale(std::string_view name, const std::vector<RatingBand>& bands) {
    open_array(name);
    for (const RatingBand& band : bands) {
      item(Inline()
               .add("label", quoted(band.label))
               .add("min", bound(band.min))
               .add("max", bound(band.max))
               .add("include_min", band.include_min ? "true" : "false")
               .add("include_max", band.include_max ? "true" : "false")
               .done());
    }
    close_array();
  }

  void write_sakip(const SakipEvaluation& sakip) {
    open_object("sakip_evaluation");
    open_array("components");
    for (const SakipComponent& component : sakip.components) {
      item(Inline()
               .add("name", quoted(component.name))
               .add("weight", number(component.weight))
               .add("score", number(component.score))
               .done());
    }
    close_array();
    if (sakip.stated_total) member("stated_total", number(*sakip.stated_total));
    if (sakip.stated_predicate) member("stated_predicate", quoted(*sakip.stated_predicate));
    if (sakip.predicate_scale_given) write_scale("predicate_scale", sakip.predicate_scale);
    close_object();
  }

  static std::string printed_figure(const PrintedFigure& printed) {
    Inline line;
    line.add("figure", quoted(printed.figure));
    line.add("value", printed.number ? number(*printed.number) : quoted(printed.text));
    if (!printed.where.empty()) line.add("where", quoted(printed.where));
    if (printed.capped) line.add("capped", "true");
    if (!printed.note.empty()) line.add("note", quoted(printed.note));
    return line.done();
  }

  void write_objective(const Objective& objective) {
    open_object();
    member("id", quoted(objective.id));
    member("name", quoted(objective.name));
    if (objective.staff) member("staff", staff(*objective.staff));
    write_indicators(objective.indicators);
    close_object();
  }

  template <class Level>
  void write_level_head(const Level& level) {
    open_object();
    member("id", quoted(level.id));
    member("name", quoted(level.name));
    if (!level.aim.empty()) member("aim", quoted(level.aim));
  }

  static std::string budget(const Budget& budget, bool program) {
    Inline line;
    if (budget.pagu) line.add("pagu", std::to_string(budget.pagu->value));
    if (budget.spending) {
      line.add("spending", std::to_string(budget.spending->value));
    } else if (program) {
      line.add("spending", "null");  // a program states that it reports no spending
    }
    return line.done();
  }

  static std::string staff(const Staff& staff) {
    return Inline()
        .add("needed", number(staff.needed))
        .add("available", number(staff.available))
        .done();
  }

  void write_program(const Program& program) {
    write_level_head(program);
    member("objective", quoted(program.objective_id));
    member("budget", budget(program.budget, true));
    if (program.staff) member("staff", staff(*program.staff));
    write_indicators(program.indicators);
    open_array("activities");
    for (const Activity& activity : program.activities) {
      write_level_head(activity);
      if (activity.budget.pagu || activity.budget.spending) {
        member("budget", budget(activity.budget, false));
      }
      write_indicators(activity.indicators);
      open_array("sub_activities");
      for (const SubActivity& sub : activity.sub_activities) {
        write_level_head(sub);
        if (sub.budget.pagu || sub.budget.spending) member("budget", budget(sub.budget, false));
        write_indicators(sub.indicators);
        close_object();
      }
      close_array();
      close_object();
    }
    close_array();
    close_object();
  }

  void write_indicators(const std::vector<Indicator>& indicators) {
    open_array("indicators");
    for (const Indicator& indicator : indicators)
      write_indicator(indicator);
    close_array();
  }

  void write_indicator(const Indicator& indicator) {
    open_object();
    member("id", quoted(indicator.id));
    member("name", quoted(indicator.name));
    member("unit", quoted(indicator.unit));
    member("target", number_or_null(indicator.target));
    member("actual", number_or_null(indicator.actual));
    if (indicator.polarity == Polarity::kLowerIsBetter) {
      member("polarity", quoted("lower_is_better"));
    }
    if (indicator.lower_method == LowerIsBetterMethod::kTargetOverActual) {
      member("method", quoted("target_over_actual"));
    }
    const IndicatorDetails& details = details_of(indicator);
    if (!details.components.empty()) {
      open_array("components");
      for (const IndexComponent& component : details.components) {
        item(Inline()
                 .add("name", quoted(component.name))
                 .add("weight", number(component.weight))
                 .add("value", number_or_null(component.value))
                 .done());
      }
      close_array();
    }
    if (!details.history.empty()) {
      open_array("history");
      for (const PastYear& past : details.history) {
        Inline line;
        line.add("year", std::to_string(past.year));
        if (past.target) line.add("target", number(*past.target));
        line.add("actual", number_or_null(past.actual));
        item(line.done());
      }
      close_array();
    }
    if (details.renstra) {
      member("renstra",
             Inline()
                 .add("end_target", number(details.renstra->end_target))
                 .add("kind", quoted(details.renstra->cumulative ? "cumulative" : "level"))
                 .done());
    }
    if (details.regional) {
      member("regional", Inline()
                             .add("kabupaten", number_or_null(details.regional->kabupaten))
                             .add("provinsi", number_or_null(details.regional->provinsi))
                             .add("nasional", number_or_null(details.regional->nasional))
                             .done());
    }
    if (!details.note.empty()) member("note", quoted(details.note));
    close_object();
  }

  // ---- Layout ----------------------------------------------------------------------------------
  void next_line() {
    if (!first_.empty() && !first_.back()) out_ += ',';
    if (!first_.empty()) first_.back() = false;
    out_ += '\n';
    out_.append(2 * first_.size(), ' ');
  }
  void key(std::string_view name) {
    next_line();
    out_ += '"';
    out_ += name;
    out_ += "\": ";
  }
  void member(std::string_view name, const std::string& value) {
    key(name);
    out_ += value;
  }
  void item(const std::string& value) {
    next_line();
    out_ += value;
  }
  void open(char bracket) {
    out_ += bracket;
    first_.push_back(true);
  }
  void close(char bracket) {
    const bool empty = first_.back();
    first_.pop_back();
    if (!empty) {
      out_ += '\n';
      out_.append(2 * first_.size(), ' ');
    }
    out_ += bracket;
  }
  void open_object() {
    if (!first_.empty()) next_line();
    open('{');
  }
  void open_object(std::string_view name) {
    key(name);
    open('{');
  }
  void close_object() { close('}'); }
  void open_array(std::string_view name) {
    key(name);
    open('[');
  }
  void close_array() { close(']'); }

  std::string out_;
  std::vector<bool> first_;  // per open object or array: nothing written in it yet
};

}  // namespace

std::string write_report_json(const PerformanceReport& report) {
  return Writer().write(report);
}

std::string input_json(const PerformanceReport& report) {
  return write_report_json(report);
}

}  // namespace lkjip
