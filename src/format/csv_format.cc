// RFC 4180 CSV: one header row of column keys, `.` decimal mark, no digit grouping.
#include "lkjip/format.h"

namespace lkjip {
namespace {

std::string quoted(const std::string& field) {
  if (field.find_first_of(",\"\r\n") == std::string::npos) return field;
  std::string out = "\"";
  for (char c : field) {
    if (c == '"') out += '"';
    out += c;
  }
  return out + '"';
}

// A figure that cannot be computed is an empty field; --format json says why.
std::string field(const Cell& cell) {
  switch (cell.state) {
    case Cell::State::kText:
      return cell.text;
    case Cell::State::kNumber:
      return cell.value.round_half_up(cell.decimals).render('.', '\0');
    case Cell::State::kEmpty:
    case Cell::State::kUnavailable:
      return "";
  }
  return "";
}

void append_record(std::string& out, const std::vector<std::string>& fields) {
  for (std::size_t i = 0; i < fields.size(); ++i) {
    if (i > 0) out += ',';
    out += quoted(fields[i]);
  }
  out += "\r\n";
}

}  // namespace

std::string format_csv(const Document& document) {
  std::string out;
  for (std::size_t t = 0; t < document.tables.size(); ++t) {
    const Table& table = document.tables[t];
    if (t > 0) out += "\r\n";
    std::vector<std::string> header;
    for (const Column& column : table.columns)
      header.push_back(column.key);
    append_record(out, header);
    for (const Row& row : table.rows) {
      std::vector<std::string> fields;
      for (const Cell& cell : row.cells)
        fields.push_back(field(cell));
      append_record(out, fields);
    }
  }
  return out;
}

}  // namespace lkjip
