// JSON for machines: every figure with its printed text, its rounded value as a JSON number,
// its exact value as a fraction, and its status.
#include <fmt/format.h>

#include <iterator>
#include <string>
#include <string_view>
#include <vector>

#include "json_text.h"
#include "lkjip/format.h"
#include "pieces.h"

namespace lkjip {
namespace {

const char* type_name(ColumnType type) {
  switch (type) {
    case ColumnType::kText:
      return "text";
    case ColumnType::kNumber:
      return "number";
    case ColumnType::kRupiah:
      return "rupiah";
    case ColumnType::kPercent:
      return "percent";
  }
  return "text";
}

// A figure is an object with its stable name (for `lkjip explain`); plain text is a string.
void append_cell(std::string& out, const Cell& cell, const std::string& name) {
  const auto named = [&](std::string_view status) {
    out += "{\"name\": ";
    append_json_string(out, name);
    out += ", \"status\": \"";
    out += status;
    out += '"';
  };
  switch (cell.state) {
    case Cell::State::kEmpty:
      out += "null";
      return;
    case Cell::State::kText:
      if (cell.scale == nullptr && !cell.category) {
        append_json_string(out, cell.text);
        return;
      }
      named("computed");
      out += ", \"text\": ";
      append_json_string(out, cell.text);
      out += '}';
      return;
    case Cell::State::kNumber: {
      const std::string text = cell.value.round_half_up(cell.decimals).render('.', '\0');
      named("computed");
      out += ", \"value\": ";
      out += text;
      out += ", \"text\": ";
      append_json_string(out, text);
      fmt::format_to(std::back_inserter(out), ", \"decimals\": {}, \"exact\": ", cell.decimals);
      append_json_string(out, cell.value.to_fraction_string());
      out += '}';
      return;
    }
    case Cell::State::kUnavailable:
      named("not_computable");
      out += ", \"reason\": ";
      append_json_string(out, cell.text);
      out += ", \"reason_code\": ";
      append_json_string(out, cell.reason_code);
      out += '}';
      return;
  }
  out += "null";
}

void append_table(std::string& out, const Table& table, const TextSink& sink) {
  out += "    {\n      \"name\": " + json_string(table.name) +
         ",\n      \"title\": " + json_string(table.title) + ",\n      \"columns\": [";
  std::vector<std::string> cell_keys;  // each column's key as a row's cells have it: "key":
  for (std::size_t c = 0; c < table.columns.size(); ++c) {
    const Column& column = table.columns[c];
    out += c > 0 ? ",\n        " : "\n        ";
    out += fmt::format(R"({{"key": {}, "label": {}, "type": "{}"}})", json_string(column.key),
                       json_string(column.label), type_name(column.type));
    cell_keys.push_back((c > 0 ? ", " : "") + json_string(column.key) + ": ");
  }
  out += "\n      ],\n      \"rows\": [";
  bool first = true;
  table.for_each_row([&](const Row& row) {
    out += first ? "\n        " : ",\n        ";
    first = false;
    out += "{\"key\": ";
    append_json_string(out, row.key);
    out += row.is_total ? ", \"total\": true, \"cells\": {" : ", \"total\": false, \"cells\": {";
    for (std::size_t c = 0; c < row.cells.size(); ++c) {
      out += cell_keys[c];
      append_cell(out, row.cells[c], figure_name(table, row, table.columns[c]));
    }
    out += "}}";
    pieces::pass_on_if_large(out, sink);
  });
  out += "\n      ]\n    }";
}

}  // namespace

void write_json(const Document& document, const WriterOptions&, const TextSink& sink) {
  std::string out =
      "{\n  \"format\": \"lkjip-output/1\",\n  \"unit\": " + json_string(document.unit_name) +
      ",\n  \"region\": " + json_string(document.region) +
      ",\n  \"year\": " + std::to_string(document.year) + ",\n  \"tables\": [\n";
  for (std::size_t t = 0; t < document.tables.size(); ++t) {
    if (t > 0) out += ",\n";
    append_table(out, document.tables[t], sink);
  }
  out += "\n  ]\n}\n";
  pieces::pass_on(out, sink);
}

std::string format_json(const Document& document) {
  return pieces::collected([&](const TextSink& sink) { write_json(document, {}, sink); });
}

}  // namespace lkjip
