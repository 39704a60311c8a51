// RFC 4180 CSV (and TSV): one header row of column keys, no digit grouping, every row as wide
// as its header. The default writes `,` between fields and `.` in numbers; Indonesian Excel
// wants `;` and `,`. The form for people adds a UTF-8 BOM, a title row per table, the columns'
// labels, and marks a figure that cannot be computed with a footnote under its table.
#include "lkjip/format.h"
#include "pieces.h"

namespace lkjip {
namespace {

struct DelimitedOptions {
  char separator = ',';
  char decimal_mark = '.';
  bool for_people = false;
};

// CSV (`,`) or TSV (`\t`); `indonesian`: `,` decimal mark and, for CSV, `;` between fields, as
// Excel set to Indonesian opens directly; `for_people`: the form for people.
DelimitedOptions delimited_options(char separator, const WriterOptions& writer) {
  DelimitedOptions options;
  options.separator = separator;
  options.decimal_mark = '.';
  options.for_people = writer.for_people;
  if (writer.indonesian) {
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

// A figure that cannot be computed is an empty field (--format json says why); for people, the
// document's mark and the number of its footnote: t.d.[1].
std::string field(const Document& document, const Cell& cell, const DelimitedOptions& options,
                  Footnotes& footnotes) {
  switch (cell.state) {
    case Cell::State::kText:
      return neutralised(cell.text);
    case Cell::State::kNumber:
      return cell.value.round_half_up(cell.decimals).render(options.decimal_mark, '\0');
    case Cell::State::kEmpty:
      return "";
    case Cell::State::kUnavailable:
      if (!options.for_people) return "";
      return neutralised(document.unavailable_mark + "[" +
                         std::to_string(footnotes.number_of(cell.text)) + "]");
  }
  return "";
}

// The title row of a table for people: its title, then the document's heading (the unit and the
// year), since a table may be cut out of the file or written alone with --table.
std::string title_of(const Document& document, const Table& table) {
  if (document.heading.empty()) return table.title;
  return table.title + " \u2014 " + document.heading;
}

void append_record(std::string& out, const std::vector<std::string>& fields, char separator) {
  for (std::size_t i = 0; i < fields.size(); ++i) {
    if (i > 0) out += separator;
    out += quoted(fields[i], separator);
  }
  out += "\r\n";
}

// For people: a UTF-8 byte order mark first, so that Excel on Windows reads the file as UTF-8
// (once, not per table); per table a title row, the columns' labels in the report's language,
// the rows, then a note row per footnote as the text format writes it. Otherwise (scripts): per
// table one header row of the columns' keys, then the rows.
void write_delimited(const Document& document, const DelimitedOptions& options,
                     const TextSink& sink) {
  std::string out = options.for_people ? "\xEF\xBB\xBF" : "";
  for (std::size_t t = 0; t < document.tables.size(); ++t) {
    const Table& table = document.tables[t];
    if (t > 0) out += "\r\n";
    if (options.for_people)
      append_record(out, {neutralised(title_of(document, table))}, options.separator);
    std::vector<std::string> header;
    for (const Column& column : table.columns)
      header.push_back(options.for_people ? neutralised(column.label) : column.key);
    append_record(out, header, options.separator);
    Footnotes footnotes;
    table.for_each_row([&](const Row& row) {
      std::vector<std::string> fields;
      for (const Cell& cell : row.cells)
        fields.push_back(field(document, cell, options, footnotes));
      append_record(out, fields, options.separator);
      pieces::pass_on_if_large(out, sink);
    });
    for (std::size_t i = 0; i < footnotes.reasons().size(); ++i) {
      append_record(out,
                    {"[" + std::to_string(i + 1) + "] " + document.unavailable_mark + " = " +
                     document.unavailable_note + ": " + footnotes.reasons()[i]},
                    options.separator);
    }
  }
  pieces::pass_on(out, sink);
}

}  // namespace

void write_csv(const Document& document, const WriterOptions& options, const TextSink& sink) {
  write_delimited(document, delimited_options(',', options), sink);
}

void write_tsv(const Document& document, const WriterOptions& options, const TextSink& sink) {
  write_delimited(document, delimited_options('\t', options), sink);
}

std::string format_csv(const Document& document) {
  return pieces::collected([&](const TextSink& sink) { write_csv(document, {}, sink); });
}

}  // namespace lkjip
