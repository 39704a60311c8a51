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

struct Bar {
  std::string label;
  Cell cell;  // a copy: produced rows are let go one by one
};

// Horizontal bars from zero, with a reference line (the 100 % target) when given.
std::string bar_chart(const Document& document, const std::string& title,
                      const std::vector<Bar>& bars, double reference) {
  if (bars.empty()) return "";
  double low = 0;
  double high = reference;
  for (const Bar& bar : bars) {
    low = std::min(low, position_of(bar.cell));
    high = std::max(high, position_of(bar.cell));
  }
  if (high - low <= 0) high = low + 1;
  const int label_width = 340;
  const int plot_width = 420;
  const int row_height = 22;
  const int height = static_cast<int>(bars.size()) * row_height + 30;
  auto x_of = [&](double value) {
    return label_width + static_cast<int>((value - low) / (high - low) * plot_width);
  };
  std::string svg =
      fmt::format(R"(<figure><figcaption>{}</figcaption><svg xmlns="http://www.w3.org/2000/svg" )"
                  R"(width="{}" height="{}" role="img" aria-label="{}">)",
                  escaped(title), label_width + plot_width + 80, height, escaped(title));
  for (std::size_t i = 0; i < bars.size(); ++i) {
    const double value = position_of(bars[i].cell);
    const int y = static_cast<int>(i) * row_height + 4;
    const int zero = x_of(0);
    const int end = x_of(value);
    svg += fmt::format(R"(<text x="{}" y="{}" text-anchor="end" class="label">{}</text>)"
                       R"(<rect x="{}" y="{}" width="{}" height="{}" class="{}"/>)"
                       R"(<text x="{}" y="{}" class="value">{}</text>)",
                       label_width - 6, y + 14, escaped(bars[i].label), std::min(zero, end), y + 2,
                       std::max(1, std::abs(end - zero)), row_height - 6,
                       value < 0 ? "bar negative" : "bar", std::max(zero, end) + 4, y + 14,
                       escaped(number_for_people(document, bars[i].cell, ColumnType::kPercent)));
  }
  if (reference != 0) {
    svg += fmt::format(R"(<line x1="{0}" x2="{0}" y1="0" y2="{1}" class="reference"/>)",
                       x_of(reference), height - 24);
  }
  svg += fmt::format(R"(<line x1="{0}" x2="{0}" y1="0" y2="{1}" class="axis"/>)", x_of(0),
                     height - 24);
  return svg + "</svg></figure>\n";
}

std::vector<Bar> bars_of(const Table* table, std::string_view label_key, std::string_view value_key,
                         bool programs_only) {
  std::vector<Bar> bars;
  if (table == nullptr) return bars;
  const std::ptrdiff_t label = column_of(*table, label_key);
  const std::ptrdiff_t value = column_of(*table, value_key);
  if (label < 0 || value < 0) return bars;
  table->for_each_row([&](const Row& row) {
    if (row.is_total || (programs_only && row.depth != 0)) return;
    const Cell& cell = row.cells[static_cast<std::size_t>(value)];
    if (cell.state != Cell::State::kNumber) return;
    std::string name = row.cells[static_cast<std::size_t>(label)].text;
    if (display_width(name) > 40) name = clipped_to_width(name, 37) + "...";
    bars.push_back(Bar{row.key + " " + name, cell});
  });
  return bars;
}

// One small line chart per indicator of the trend table.
std::string trend_charts(const Document& document) {
  const Table* table = table_named(document, "tren");
  if (table == nullptr) table = table_named(document, "tren-tahunan");  // lkjip trend
  if (table == nullptr) return "";
  std::vector<std::size_t> year_columns;
  for (std::size_t c = 0; c < table->columns.size(); ++c) {
    if (table->columns[c].key.rfind("actual_", 0) == 0) year_columns.push_back(c);
  }
  if (year_columns.size() < 2) return "";
  std::string out;
  bool any_row = false;
  table->for_each_row([&](const Row& row) {
    any_row = true;
    std::vector<std::pair<std::size_t, const Cell*>> points;
    for (std::size_t i = 0; i < year_columns.size(); ++i) {
      const Cell& cell = row.cells[year_columns[i]];
      if (cell.state == Cell::State::kNumber) points.emplace_back(i, &cell);
    }
    if (points.size() < 2) return;
    double low = position_of(*points.front().second);
    double high = low;
    for (const auto& point : points) {
      low = std::min(low, position_of(*point.second));
      high = std::max(high, position_of(*point.second));
    }
    if (high - low <= 0) {
      high += 1;
      low -= 1;
    }
    const int width = 260;
    const int height = 120;
    auto x_of = [&](std::size_t i) {
      return 30 + static_cast<int>(i * (width - 60) / (year_columns.size() - 1));
    };
    auto y_of = [&](const Cell& cell) {
      return 20 + static_cast<int>((high - position_of(cell)) / (high - low) * (height - 50));
    };
    std::string path;
    std::string marks;
    for (const auto& [i, cell] : points) {
      path += fmt::format("{}{},{} ", path.empty() ? "M" : "L", x_of(i), y_of(*cell));
      marks += fmt::format(
          R"(<circle cx="{}" cy="{}" r="3" class="point"/><text x="{}" y="{}" class="value" text-anchor="middle">{}</text>)",
          x_of(i), y_of(*cell), x_of(i), y_of(*cell) - 6,
          escaped(number_for_people(document, *cell, ColumnType::kNumber)));
    }
    std::string years;
    for (std::size_t i = 0; i < year_columns.size(); ++i) {
      const std::string& key = table->columns[year_columns[i]].key;
      years += fmt::format(R"(<text x="{}" y="{}" class="label" text-anchor="middle">{}</text>)",
                           x_of(i), height - 8, escaped(key.substr(7)));
    }
    out += fmt::format(
        R"(<figure><figcaption>{}</figcaption><svg xmlns="http://www.w3.org/2000/svg" )"
        R"(width="{}" height="{}" role="img" aria-label="{}"><path d="{}" class="line"/>{}{}</svg></figure>)",
        escaped(row.key), width, height, escaped(row.key), path, marks, years);
  });
  return any_row ? "<div class=\"trends\">" + out + "</div>\n" : "";
}

std::string charts(const Document& document) {
  std::vector<Bar> indicators =
      bars_of(table_named(document, "iku"), "indicator", "capaian", false);
  for (Bar& bar : bars_of(table_named(document, "pengukuran"), "indicator", "capaian", true)) {
    indicators.push_back(bar);
  }
  std::string out;
  out += bar_chart(document, document.chart_capaian, indicators, 100);
  out += bar_chart(document, document.chart_absorption,
                   bars_of(table_named(document, "anggaran"), "name", "absorption", true), 100);
  out += bar_chart(
      document, document.chart_efficiency,
      bars_of(table_named(document, "efisiensi-sasaran"), "objective", "efficiency", false), 0);
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
