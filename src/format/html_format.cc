// One self-contained HTML page: every table, and charts drawn as inline SVG (no external
// request, no script). Charts only place the figures of the tables; they compute nothing.
#include <fmt/format.h>

#include <algorithm>
#include <string>
#include <vector>

#include "for_people.h"
#include "lkjip/format.h"
#include "pieces.h"
#include "text_width.h"

namespace lkjip {
namespace {

std::string escaped(const std::string& text) {
  std::string out;
  for (char c : text) {
    switch (c) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '"':
        out += "&quot;";
        break;
      case '\'':
        out += "&#39;";
        break;
      default:
        out += c;
    }
  }
  return out;
}

// A figure's position on a chart: only for drawing, at a precision no eye can tell apart.
double position_of(const Cell& cell) {
  return std::stod(cell.value.round_half_up(4).render('.', '\0'));
}

const Table* table_named(const Document& document, std::string_view name) {
  for (const Table& table : document.tables) {
    if (table.name == name) return &table;
  }
  return nullptr;
}

std::ptrdiff_t column_of(const Table& table, std::string_view key) {
  for (std::size_t c = 0; c < table.columns.size(); ++c) {
    if (table.columns[c].key == key) return static_cast<std::ptrdiff_t>(c);
  }
  return -1;
}

// The reasons a chart's items cannot be computed, numbered in order of first use, as a table's
// footnotes are.
class ChartNotes {
 public:
  // The mark an item that cannot be computed shows in place of its figure: "t.d." and its note's
  // number, with the reason as the mark's tooltip.
  std::string mark(const Document& document, const std::string& reason) {
    return fmt::format(R"(<title>{}</title>{}<tspan class="ref" baseline-shift="super">{}</tspan>)",
                       escaped(reason), escaped(document.unavailable_mark),
                       notes_.number_of(reason));
  }
  // The notes under the chart: "1 t.d. = tidak dapat dihitung: target nol ...".
  std::string html(const Document& document) const {
    std::string out;
    const std::vector<std::string>& reasons = notes_.reasons();
    for (std::size_t i = 0; i < reasons.size(); ++i) {
      out += fmt::format("<p class=\"note\"><sup>{}</sup> {} = {}: {}</p>", i + 1,
                         escaped(document.unavailable_mark), escaped(document.unavailable_note),
                         escaped(reasons[i]));
    }
    return out;
  }

 private:
  Footnotes notes_;
};

// A chart's title: the name people know, the id after it in small text.
std::string caption(const std::string& name, const std::string& id) {
  std::string out = "<figcaption>" + escaped(name);
  if (!id.empty() && id != name) out += " <small class=\"id\">" + escaped(id) + "</small>";
  return out + "</figcaption>";
}

struct Bar {
  std::string name;
  std::string id;
  Cell cell;  // a copy: produced rows are let go one by one
};

// Horizontal bars from zero, with a reference line (the 100 % target) when given; an item that
// cannot be computed keeps its row, with no bar but the mark and its reason.
std::string bar_chart(const Document& document, const std::string& title, const std::string& axis,
                      const std::vector<Bar>& bars, int reference) {
  if (bars.empty()) return "";
  double low = 0;
  double high = reference;
  for (const Bar& bar : bars) {
    if (bar.cell.state != Cell::State::kNumber) continue;
    low = std::min(low, position_of(bar.cell));
    high = std::max(high, position_of(bar.cell));
  }
  if (high - low <= 0) high = low + 1;
  const int label_width = 340;
  const int plot_width = 420;
  const int row_height = 22;
  const int plot_height = static_cast<int>(bars.size()) * row_height + 4;
  const int height = plot_height + 40;
  auto x_of = [&](double value) {
    return label_width + static_cast<int>((value - low) / (high - low) * plot_width);
  };
  std::string svg =
      fmt::format(R"(<figure><figcaption>{}</figcaption><svg xmlns="http://www.w3.org/2000/svg" )"
                  R"(width="{}" height="{}" role="img" aria-label="{}">)",
                  escaped(title), label_width + plot_width + 80, height, escaped(title));
  ChartNotes notes;
  const int zero = x_of(0);
  for (std::size_t i = 0; i < bars.size(); ++i) {
    const Bar& bar = bars[i];
    const int y = static_cast<int>(i) * row_height + 4;
    std::string name = bar.name;
    if (display_width(name) > 40) name = clipped_to_width(name, 37) + "...";
    svg += fmt::format(R"(<text x="{}" y="{}" text-anchor="end" class="label">{})", label_width - 6,
                       y + 14, escaped(name));
    if (!bar.id.empty()) svg += R"( <tspan class="id">)" + escaped(bar.id) + "</tspan>";
    svg += "</text>";
    if (bar.cell.state != Cell::State::kNumber) {  // a gap: no bar, the mark and its reason
      svg += fmt::format(R"(<text x="{}" y="{}" class="gap">{}</text>)", zero + 4, y + 14,
                         notes.mark(document, bar.cell.text));
      continue;
    }
    const double value = position_of(bar.cell);
    const int end = x_of(value);
    svg +=
        fmt::format(R"(<rect x="{}" y="{}" width="{}" height="{}" class="{}"/>)"
                    R"(<text x="{}" y="{}" class="value">{}</text>)",
                    std::min(zero, end), y + 2, std::max(1, std::abs(end - zero)), row_height - 6,
                    value < 0 ? "bar negative" : "bar", std::max(zero, end) + 4, y + 14,
                    escaped(number_for_people(document, bar.cell, ColumnType::kPercent)));
  }
  if (reference != 0) {
    svg += fmt::format(R"(<line x1="{0}" x2="{0}" y1="0" y2="{1}" class="reference"/>)",
                       x_of(reference), plot_height);
  }
  // The axes: zero, the value axis with its ticks and what it measures.
  svg +=
      fmt::format(R"(<line x1="{0}" x2="{0}" y1="0" y2="{1}" class="axis"/>)", zero, plot_height);
  svg += fmt::format(R"(<line x1="{0}" x2="{1}" y1="{2}" y2="{2}" class="axis"/>)", label_width,
                     label_width + plot_width, plot_height);
  svg += fmt::format(R"(<text x="{}" y="{}" class="tick" text-anchor="middle">0</text>)", zero,
                     plot_height + 13);
  if (reference != 0) {
    svg += fmt::format(R"(<text x="{}" y="{}" class="tick" text-anchor="middle">{}</text>)",
                       x_of(reference), plot_height + 13, reference);
  }
  svg += fmt::format(R"(<text x="{}" y="{}" class="axis-title" text-anchor="middle">{}</text>)",
                     label_width + plot_width / 2, plot_height + 32, escaped(axis));
  return svg + "</svg>" + notes.html(document) + "</figure>\n";
}

// The bars of a table's column, and what its axis measures: the column's label.
struct Bars {
  std::vector<Bar> bars;
  std::string axis;
};

Bars bars_of(const Table* table, std::string_view label_key, std::string_view value_key,
             bool programs_only) {
  Bars out;
  if (table == nullptr) return out;
  const std::ptrdiff_t label = column_of(*table, label_key);
  const std::ptrdiff_t value = column_of(*table, value_key);
  if (label < 0 || value < 0) return out;
  out.axis = table->columns[static_cast<std::size_t>(value)].label;
  table->for_each_row([&](const Row& row) {
    if (row.is_total || (programs_only && row.depth != 0)) return;
    const Cell& cell = row.cells[static_cast<std::size_t>(value)];
    // A figure, or a figure that cannot be computed (shown as a gap); no figure, no item.
    if (cell.state != Cell::State::kNumber && cell.state != Cell::State::kUnavailable) return;
    out.bars.push_back(Bar{row.cells[static_cast<std::size_t>(label)].text, row.key, cell});
  });
  return out;
}

std::string text_of(const Row& row, std::ptrdiff_t column) {
  if (column < 0) return "";
  const Cell& cell = row.cells[static_cast<std::size_t>(column)];
  return cell.state == Cell::State::kText ? cell.text : "";
}

// One small line chart per indicator of the trend table: titled with the indicator's name, the
// actual in its unit against the years; a year whose actual cannot be computed breaks the line
// and shows the mark and its reason.
std::string trend_charts(const Document& document) {
  const Table* table = table_named(document, "tren");
  if (table == nullptr) table = table_named(document, "tren-tahunan");  // lkjip trend
  if (table == nullptr) return "";
  std::vector<std::size_t> year_columns;
  for (std::size_t c = 0; c < table->columns.size(); ++c) {
    if (table->columns[c].key.rfind("actual_", 0) == 0) year_columns.push_back(c);
  }
  if (year_columns.size() < 2) return "";
  const std::ptrdiff_t name_column = column_of(*table, "indicator");
  const std::ptrdiff_t unit_column = column_of(*table, "unit");
  std::string out;
  bool any_row = false;
  table->for_each_row([&](const Row& row) {
    if (row.is_total) return;
    any_row = true;
    bool first = true;
    double low = 0;
    double high = 0;
    for (std::size_t column : year_columns) {
      const Cell& cell = row.cells[column];
      if (cell.state != Cell::State::kNumber) continue;
      low = first ? position_of(cell) : std::min(low, position_of(cell));
      high = first ? position_of(cell) : std::max(high, position_of(cell));
      first = false;
    }
    if (high - low <= 0) {
      high += 1;
      low -= 1;
    }
    const int left = 46;  // room for the value axis and its title
    const int width = 300;
    const int plot_top = 18;
    const int plot_bottom = 112;
    const int height = 160;
    auto x_of = [&](std::size_t i) {
      return left + 20 + static_cast<int>(i * (width - left - 40) / (year_columns.size() - 1));
    };
    auto y_of = [&](const Cell& cell) {
      return plot_top + 6 +
             static_cast<int>((high - position_of(cell)) / (high - low) *
                              (plot_bottom - plot_top - 12));
    };
    ChartNotes notes;
    std::string path;
    std::string marks;
    bool broken = true;  // the line starts anew after a gap
    for (std::size_t i = 0; i < year_columns.size(); ++i) {
      const Cell& cell = row.cells[year_columns[i]];
      if (cell.state == Cell::State::kNumber) {
        path += fmt::format("{}{},{} ", broken ? "M" : "L", x_of(i), y_of(cell));
        broken = false;
        marks += fmt::format(
            R"(<circle cx="{}" cy="{}" r="3" class="point"/><text x="{}" y="{}" class="value" text-anchor="middle">{}</text>)",
            x_of(i), y_of(cell), x_of(i), y_of(cell) - 6,
            escaped(number_for_people(document, cell, ColumnType::kNumber)));
      } else {
        broken = true;
        if (cell.state == Cell::State::kUnavailable) {
          marks +=
              fmt::format(R"(<line x1="{0}" x2="{0}" y1="{1}" y2="{2}" class="gap-line"/>)"
                          R"(<text x="{0}" y="{3}" class="gap" text-anchor="middle">{4}</text>)",
                          x_of(i), plot_top, plot_bottom, (plot_top + plot_bottom) / 2,
                          notes.mark(document, cell.text));
        }
      }
    }
    std::string axes = fmt::format(R"(<line x1="{0}" x2="{0}" y1="{1}" y2="{2}" class="axis"/>)"
                                   R"(<line x1="{0}" x2="{3}" y1="{2}" y2="{2}" class="axis"/>)",
                                   left, plot_top, plot_bottom, width - 6);
    for (std::size_t i = 0; i < year_columns.size(); ++i) {
      const std::string& key = table->columns[year_columns[i]].key;
      axes += fmt::format(R"(<text x="{}" y="{}" class="tick" text-anchor="middle">{}</text>)",
                          x_of(i), plot_bottom + 14, escaped(key.substr(7)));
    }
    const std::string unit = text_of(row, unit_column);
    const std::string measured = unit.empty()
                                     ? document.chart_axis_actual
                                     : fmt::format("{} ({})", document.chart_axis_actual, unit);
    axes +=
        fmt::format(R"(<text x="{}" y="{}" class="axis-title" text-anchor="middle">{}</text>)"
                    R"(<text x="12" y="{}" class="axis-title" text-anchor="middle" )"
                    R"svg(transform="rotate(-90 12 {})">{}</text>)svg",
                    (left + width) / 2, height - 8, escaped(document.chart_axis_year),
                    (plot_top + plot_bottom) / 2, (plot_top + plot_bottom) / 2, escaped(measured));
    std::string name = text_of(row, name_column);
    if (name.empty()) name = row.key;
    out += fmt::format(
        R"(<figure>{}<svg xmlns="http://www.w3.org/2000/svg" )"
        R"(width="{}" height="{}" role="img" aria-label="{}">{}<path d="{}" class="line"/>{}</svg>{}</figure>)",
        caption(name, row.key), width, height, escaped(name), axes, path, marks,
        notes.html(document));
  });
  return any_row ? "<div class=\"trends\">" + out + "</div>\n" : "";
}

std::string charts(const Document& document) {
  Bars indicators = bars_of(table_named(document, "iku"), "indicator", "capaian", false);
  Bars programs = bars_of(table_named(document, "pengukuran"), "indicator", "capaian", true);
  for (Bar& bar : programs.bars)
    indicators.bars.push_back(std::move(bar));
  if (indicators.axis.empty()) indicators.axis = programs.axis;
  const Bars absorption = bars_of(table_named(document, "anggaran"), "name", "absorption", true);
  const Bars efficiency =
      bars_of(table_named(document, "efisiensi-sasaran"), "objective", "efficiency", false);
  std::string out;
  out += bar_chart(document, document.chart_capaian, indicators.axis, indicators.bars, 100);
  out += bar_chart(document, document.chart_absorption, absorption.axis, absorption.bars, 100);
  out += bar_chart(document, document.chart_efficiency, efficiency.axis, efficiency.bars, 0);
  out += trend_charts(document);
  return out.empty() ? "" : "<section class=\"charts\">\n" + out + "</section>\n";
}

// A tree table drawn as nested lists with lines (CSS only): each row a node under the row
// before it of one depth less, its code, name and capaian as the table prints them.
constexpr const char* kTreeStyle =
    "<style>"
    "ul.tree, ul.tree ul { list-style: none; margin: 0; padding-left: 1.4em; }"
    "ul.tree { padding-left: 0; margin: 1em 0; font-size: 0.85em; }"
    "ul.tree li { position: relative; padding: 2px 0 2px 1em; }"
    "ul.tree ul li { border-left: 1px solid #888; }"
    "ul.tree ul li:last-child { border-left: none; }"
    "ul.tree ul li::before { content: ''; position: absolute; left: 0; top: 0; width: 0.8em;"
    " height: 0.9em; border-left: 1px solid #888; border-bottom: 1px solid #888; }"
    "ul.tree span.node { display: inline-block; border: 1px solid #bbb; border-radius: 3px;"
    " padding: 1px 6px; background: #f7f9fc; }"
    "ul.tree span.capaian { font-weight: bold; margin-left: 0.5em; }"
    "</style>\n";

void append_drawn_tree(std::string& out, const Document& document, const Table& table,
                       const TextSink& sink) {
  const std::ptrdiff_t code = column_of(table, "code");
  const std::ptrdiff_t name = column_of(table, "name");
  const std::ptrdiff_t capaian = column_of(table, "capaian");
  if (code < 0 || name < 0 || capaian < 0) return;
  out += kTreeStyle;
  out += "<ul class=\"tree\">";
  int depth = 0;
  bool open_item = false;
  table.for_each_row([&](const Row& row) {
    const int target = std::max(0, row.depth);
    if (open_item && target > depth) {
      for (; depth < target; ++depth)
        out += "<ul><li>";
    } else {
      for (; depth > target; --depth)
        out += "</li></ul>";
      if (open_item)
        out += "</li><li>";
      else
        out += "<li>";
    }
    open_item = true;
    const Cell& value = row.cells[static_cast<std::size_t>(capaian)];
    std::string figure;
    if (value.state == Cell::State::kNumber) {
      figure = number_for_people(document, value, ColumnType::kPercent) + " %";
    } else if (value.state == Cell::State::kUnavailable) {
      figure = document.unavailable_mark;
    }
    out += fmt::format("<span class=\"node\"><b>{}</b> {}",
                       escaped(row.cells[static_cast<std::size_t>(code)].text),
                       escaped(row.cells[static_cast<std::size_t>(name)].text));
    if (!figure.empty()) out += "<span class=\"capaian\">" + escaped(figure) + "</span>";
    out += "</span>\n";
    pieces::pass_on_if_large(out, sink);
  });
  for (; depth > 0; --depth)
    out += "</li></ul>";
  if (open_item) out += "</li>";
  out += "</ul>\n";
}

void append_table(std::string& out, const Document& document, const Table& table,
                  const TextSink& sink) {
  out += fmt::format("<section id=\"{}\"><h2>{}</h2>\n<table>\n<thead><tr>", escaped(table.name),
                     escaped(table.title));
  for (const Column& column : table.columns) {
    out += fmt::format("<th>{}</th>", escaped(column.label));
  }
  out += "</tr></thead>\n<tbody>\n";
  std::vector<std::string> reasons;
  table.for_each_row([&](const Row& row) {
    out += row.is_total ? "<tr class=\"total\">" : "<tr>";
    for (std::size_t c = 0; c < row.cells.size(); ++c) {
      const Cell& cell = row.cells[c];
      const ColumnType type = table.columns[c].type;
      switch (cell.state) {
        case Cell::State::kEmpty:
          out += "<td></td>";
          break;
        case Cell::State::kText:
          if (table.tree && c == 0) {  // a tree's rows indented by their depth
            out += fmt::format("<td style=\"padding-left:{}em\">", 0.4 + 1.2 * row.depth) +
                   escaped(cell.text) + "</td>";
            break;
          }
          out += "<td>" + escaped(cell.text) + "</td>";
          break;
        case Cell::State::kNumber:
          out +=
              "<td class=\"number\">" + escaped(number_for_people(document, cell, type)) + "</td>";
          break;
        case Cell::State::kUnavailable: {
          auto found = std::find(reasons.begin(), reasons.end(), cell.text);
          if (found == reasons.end()) found = reasons.insert(reasons.end(), cell.text);
          out += fmt::format("<td class=\"number\" title=\"{}\">{}<sup>{}</sup></td>",
                             escaped(cell.text), escaped(document.unavailable_mark),
                             found - reasons.begin() + 1);
          break;
        }
      }
    }
    out += "</tr>\n";
    pieces::pass_on_if_large(out, sink);
  });
  out += "</tbody>\n</table>\n";
  if (table.tree) append_drawn_tree(out, document, table, sink);
  for (std::size_t i = 0; i < reasons.size(); ++i) {
    out += fmt::format("<p class=\"note\"><sup>{}</sup> {} = {}: {}</p>\n", i + 1,
                       escaped(document.unavailable_mark), escaped(document.unavailable_note),
                       escaped(reasons[i]));
  }
  out += "</section>\n";
}

constexpr const char* kStyle = R"(
body { font-family: "DejaVu Sans", Arial, sans-serif; margin: 2em; color: #1a1a1a; }
h1 { font-size: 1.4em; } h2 { font-size: 1.1em; margin-top: 2em; }
table { border-collapse: collapse; font-size: 0.85em; }
th, td { border: 1px solid #bbb; padding: 3px 6px; vertical-align: top; }
th { background: #eef2f7; } td.number { text-align: right; white-space: nowrap; }
tr.total td { font-weight: bold; background: #f7f7f7; }
p.note { font-size: 0.8em; color: #555; margin: 0.3em 0; }
figure { display: inline-block; margin: 1em 2em 1em 0; vertical-align: top; }
figcaption { font-weight: bold; font-size: 0.9em; margin-bottom: 0.3em; }
svg text { font-size: 11px; } svg .label { fill: #333; } svg .value { fill: #111; }
svg .bar { fill: #4c78a8; } svg .bar.negative { fill: #e45756; }
svg .reference { stroke: #e45756; stroke-dasharray: 4 3; } svg .axis { stroke: #666; }
svg .line { fill: none; stroke: #4c78a8; stroke-width: 2; } svg .point { fill: #4c78a8; }
svg .id { fill: #777; font-size: 9px; } svg .tick { fill: #555; font-size: 10px; }
svg .axis-title { fill: #333; font-weight: bold; } svg .gap { fill: #b03030; font-style: italic; }
svg .gap-line { stroke: #b03030; stroke-dasharray: 2 3; } figcaption small.id { color: #777; font-weight: normal; }
)";

}  // namespace

void write_html(const Document& document, const WriterOptions&, const TextSink& sink) {
  std::string out = fmt::format(
      "<!DOCTYPE html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n"
      "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
      "<title>{}</title>\n<style>{}</style>\n</head>\n<body>\n<h1>{}</h1>\n",
      document.decimal_mark == ',' ? "id" : "en", escaped(document.heading), kStyle,
      escaped(document.heading));
  out += charts(document);
  for (const Table& table : document.tables)
    append_table(out, document, table, sink);
  out += "</body>\n</html>\n";
  pieces::pass_on(out, sink);
}

}  // namespace lkjip
