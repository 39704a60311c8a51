// RFC 4180 CSV (and TSV): one header row of column keys, no digit grouping, every row as wide
// as its header. The default writes `,` between fields and `.` in numbers; Indonesian Excel
// wants `;` and `,`.
#include "lkjip/format.h"
#include "pieces.h"

namespace lkjip {
namespace {

struct DelimitedOptions {
  char separator = ',';
  char decimal_mark = '.';
};

// CSV (`,`) or TSV (`\t`); `indonesian`: `,` decimal mark and, for CSV, `;` between fields, as
// Excel set to Indonesian opens directly.
DelimitedOptions delimited_options(char separator, bool indonesian) {
  DelimitedOptions options;
  options.separator = separator;
  options.decimal_mark = '.';
  if (indonesian) {
    options.decimal_mark = ',';
    if (separator == ',') options.separator = ';';
  }
  return options;
}

bool needs_quotes(const std::string& field, char separator) {
  for (char c : field) {
    if (c == separator || c == '"' || c == '\r' || c == '\n') return true;
  }
  return false;
}

std::string quoted(const std::string& field, char separator) {
  if (!needs_quotes(field, separator)) return field;
  std::string out = "\"";
  for (char c : field) {
    if (c == '"') out += '"';
    out += c;
  }
  return out + '"';
}

// A text a spreadsheet would run as a formula (=, +, -, @, tab, carriage return first) is
// prefixed with an apostrophe, which spreadsheets show as text. Numbers are left alone.
std::string neutralised(const std::string& text) {
  if (text.empty()) return text;
  const char first = text.front();
  if (first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' ||
      first == '\r') {
    return "'" + text;
  }
  return text;
}

// A figure that cannot be computed is an empty field; --format json says why.
std::string field(const Cell& cell, const DelimitedOptions& options) {
  switch (cell.state) {
    case Cell::State::kText:
      return neutralised(cell.text);
    case Cell::State::kNumber:
      return cell.value.round_half_up(cell.decimals).render(options.decimal_mark, '\0');
    case Cell::State::kEmpty:
    case Cell::State::kUnavailable:
      return "";
  }
  return "";
}

void append_record(std::string& out, const std::vector<std::string>& fields, char separator) {
  for (std::size_t i = 0; i < fields.size(); ++i) {
    if (i > 0) out += separator;
    out += quoted(fields[i], separator);
  }
  out += "\r\n";
}

void write_delimited(const Document& document, const DelimitedOptions& options,
                     const TextSink& sink) {
  std::string out;
  for (std::size_t t = 0; t < document.tables.size(); ++t) {
    const Table& table = document.tables[t];
    if (t > 0) out += "\r\n";
    std::vector<std::string> header;
    for (const Column& column : table.columns)
      header.push_back(column.key);
    append_record(out, header, options.separator);
    table.for_each_row([&](const Row& row) {
      std::vector<std::string> fields;
      for (const Cell& cell : row.cells)
        fields.push_back(field(cell, options));
      append_record(out, fields, options.separator);
      pieces::pass_on_if_large(out, sink);
    });
  }
  pieces::pass_on(out, sink);
}

}  // namespace

void write_csv(const Document& document, const WriterOptions& options, const TextSink& sink) {
  write_delimited(document, delimited_options(',', options.indonesian), sink);
}

void write_tsv(const Document& document, const WriterOptions& options, const TextSink& sink) {
  write_delimited(document, delimited_options('\t', options.indonesian), sink);
}

std::string format_csv(const Document& document) {
  return pieces::collected([&](const TextSink& sink) { write_csv(document, {}, sink); });
}

}  // namespace lkjip
