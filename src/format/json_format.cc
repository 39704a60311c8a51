// JSON for machines: every figure with its printed text, its rounded value as a JSON number,
// its exact value as a fraction, and its status.
#include <fmt/format.h>

#include "lkjip/format.h"

namespace lkjip {
namespace {

std::string string_literal(std::string_view text) {
  std::string out = "\"";
  for (char c : text) {
    switch (c) {
      case '"':
        out += "\\\"";
        break;
      case '\\':
        out += "\\\\";
        break;
      case '\n':
        out += "\\n";
        break;
      case '\r':
        out += "\\r";
        break;
      case '\t':
        out += "\\t";
        break;
      default:
        if (static_cast<unsigned char>(c) < 0x20) {
          out += fmt::format("\\u{:04x}", static_cast<unsigned char>(c));
        } else {
          out += c;
        }
    }
  }
  return out + '"';
}

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
      if (cell.scale == nullptr) return string_literal(cell.text);
      return fmt::format(R"({{"name": {}, "status": "computed", "text": {}}})",
                         string_literal(name), string_literal(cell.text));
    case Cell::State::kNumber: {
      const std::string text = cell.value.round_half_up(cell.decimals).render('.', '\0');
      return fmt::format(
          R"({{"name": {}, "status": "computed", "value": {}, "text": {}, "decimals": {}, )"
          R"("exact": {}}})",
          string_literal(name), text, string_literal(text), cell.decimals,
          string_literal(cell.value.to_fraction_string()));
    }
    case Cell::State::kUnavailable:
      return fmt::format(R"({{"name": {}, "status": "not_computable", "reason": {}}})",
                         string_literal(name), string_literal(cell.text));
  }
  return "null";
}

void append_table(std::string& out, const Table& table) {
  out += "    {\n      \"name\": " + string_literal(table.name) +
         ",\n      \"title\": " + string_literal(table.title) + ",\n      \"columns\": [";
  for (std::size_t c = 0; c < table.columns.size(); ++c) {
    const Column& column = table.columns[c];
    out += c > 0 ? ",\n        " : "\n        ";
    out += fmt::format(R"({{"key": {}, "label": {}, "type": "{}"}})", string_literal(column.key),
                       string_literal(column.label), type_name(column.type));
  }
  out += "\n      ],\n      \"rows\": [";
  for (std::size_t r = 0; r < table.rows.size(); ++r) {
    const Row& row = table.rows[r];
    out += r > 0 ? ",\n        " : "\n        ";
    out += "{\"key\": " + string_literal(row.key) +
           ", \"total\": " + (row.is_total ? "true" : "false") + ", \"cells\": {";
    for (std::size_t c = 0; c < row.cells.size(); ++c) {
      if (c > 0) out += ", ";
      out += string_literal(table.columns[c].key) + ": " +
             cell_json(row.cells[c], figure_name(table, row, table.columns[c]));
    }
    out += "}}";
  }
  out += "\n      ]\n    }";
}

}  // namespace

std::string format_json(const Document& document) {
  std::string out =
      "{\n  \"format\": \"lkjip-output/1\",\n  \"unit\": " + string_literal(document.unit_name) +
      ",\n  \"region\": " + string_literal(document.region) +
      ",\n  \"year\": " + std::to_string(document.year) + ",\n  \"tables\": [\n";
  for (std::size_t t = 0; t < document.tables.size(); ++t) {
    if (t > 0) out += ",\n";
    append_table(out, document.tables[t]);
  }
  out += "\n  ]\n}\n";
  return out;
}

}  // namespace lkjip
