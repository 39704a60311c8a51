// JSON for machines: every figure with its printed text, its rounded value as a JSON number,
// its exact value as a fraction, and its status.
#include <fmt/format.h>

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
std::string cell_json(const Cell& cell, const std::string& name) {
  switch (cell.state) {
    case Cell::State::kEmpty:
      return "null";
    case Cell::State::kText:
      if (cell.scale == nullptr && !cell.category) return json_string(cell.text);
      return fmt::format(R"({{"name": {}, "status": "computed", "text": {}}})", json_string(name),
                         json_string(cell.text));
    case Cell::State::kNumber: {
      const std::string text = cell.value.round_half_up(cell.decimals).render('.', '\0');
      return fmt::format(
          R"({{"name": {}, "status": "computed", "value": {}, "text": {}, "decimals": {}, )"
          R"("exact": {}}})",
          json_string(name), text, json_string(text), cell.decimals,
          json_string(cell.value.to_fraction_string()));
    }
    case Cell::State::kUnavailable:
      return fmt::format(
          R"({{"name": {}, "status": "not_computable", "reason": {}, "reason_code": {}}})",
          json_string(name), json_string(cell.text), json_string(std::string(cell.reason_code)));
  }
  return "null";
}

void append_table(std::string& out, const Table& table, const TextSink& sink) {
  out += "    {\n      \"name\": " + json_string(table.name) +
         ",\n      \"title\": " + json_string(table.title) + ",\n      \"columns\": [";
  for (std::size_t c = 0; c < table.columns.size(); ++c) {
    const Column& column = table.columns[c];
    out += c > 0 ? ",\n        " : "\n        ";
    out += fmt::format(R"({{"key": {}, "label": {}, "type": "{}"}})", json_string(column.key),
                       json_string(column.label), type_name(column.type));
  }
  out += "\n      ],\n      \"rows\": [";
  bool first = true;
  table.for_each_row([&](const Row& row) {
    out += first ? "\n        " : ",\n        ";
    first = false;
    out += "{\"key\": " + json_string(row.key) +
           ", \"total\": " + (row.is_total ? "true" : "false") + ", \"cells\": {";
    for (std::size_t c = 0; c < row.cells.size(); ++c) {
      if (c > 0) out += ", ";
      out += json_string(table.columns[c].key) + ": " +
             cell_json(row.cells[c], figure_name(table, row, table.columns[c]));
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
