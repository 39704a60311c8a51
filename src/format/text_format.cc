// Aligned tables for people, with Indonesian number format and footnotes for figures that
// cannot be computed.
#include <algorithm>
#include <map>

#include "for_people.h"
#include "lkjip/error.h"
#include "lkjip/format.h"
#include "pieces.h"
#include "text_width.h"

namespace lkjip {
namespace {

constexpr std::size_t kMaxTextWidth = 40;
constexpr std::size_t kMinHeaderWidth = 11;  // "Capaian (%)" on one line
constexpr const char* kGap = "  ";

std::string cell_text(const Document& document, const Cell& cell, ColumnType type,
                      Footnotes& footnotes) {
  switch (cell.state) {
    case Cell::State::kEmpty:
      return "";
    case Cell::State::kText:
      return printable(cell.text);
    case Cell::State::kNumber:
      return number_for_people(document, cell, type);
    case Cell::State::kUnavailable:
      return document.unavailable_mark + "[" + std::to_string(footnotes.number_of(cell.text)) + "]";
  }
  return "";
}

std::string pad(const std::string& text, std::size_t width, bool right_align) {
  const std::size_t used = display_width(text);
  const std::string fill(width > used ? width - used : 0, ' ');
  return right_align ? fill + text : text + fill;
}

std::size_t longest_word_width(std::string_view text) {
  std::size_t longest = 0;
  for (std::size_t start = 0; start <= text.size();) {
    std::size_t end = text.find(' ', start);
    if (end == std::string_view::npos) end = text.size();
    longest = std::max(longest, display_width(text.substr(start, end - start)));
    start = end + 1;
  }
  return longest;
}

// ANSI bold for titles and total rows, only when colour is wanted (a terminal, no NO_COLOR).
struct TextStyle {
  bool color = false;
  std::string title(const std::string& text) const {
    return color ? "\x1b[1m" + text + "\x1b[0m" : text;
  }
  // Bolds each line of a block, keeping the line breaks outside the escape codes.
  std::string total(const std::string& block) const {
    if (!color) return block;
    std::string out;
    for (std::size_t start = 0; start < block.size();) {
      const std::size_t end = block.find('\n', start);
      out += "\x1b[1m" + block.substr(start, end - start) + "\x1b[0m\n";
      start = end == std::string::npos ? block.size() : end + 1;
    }
    return out;
  }
};

// The column widths of a table and its wrapped header, from a first pass over its rows (which
// also numbers the footnotes); the rows are laid out again as they are printed.
struct LaidOutTable {
  std::vector<std::size_t> widths;
  std::vector<std::vector<std::string>> header;  // per column, wrapped lines
};

std::vector<std::string> row_texts(const Document& document, const Table& table, const Row& row,
                                   Footnotes& footnotes) {
  std::vector<std::string> texts;
  for (std::size_t c = 0; c < table.columns.size(); ++c)
    texts.push_back(cell_text(document, row.cells[c], table.columns[c].type, footnotes));
  // A tree's rows indented by their depth, with no-break spaces (U+00A0) that wrapping keeps.
  if (table.tree && !texts.empty()) {
    for (int d = 0; d < row.depth; ++d)
      texts.front().insert(0, "\u00a0\u00a0");
  }
  return texts;
}

LaidOutTable lay_out(const Document& document, const Table& table, Footnotes& footnotes) {
  const std::size_t count = table.columns.size();
  LaidOutTable out;
  out.widths.assign(count, 0);
  table.for_each_row([&](const Row& row) {
    const std::vector<std::string> texts = row_texts(document, table, row, footnotes);
    for (std::size_t c = 0; c < count; ++c) {
      const std::size_t width = display_width(texts[c]);
      const bool is_text = table.columns[c].type == ColumnType::kText;
      out.widths[c] = std::max(out.widths[c], is_text ? std::min(width, kMaxTextWidth) : width);
    }
  });
  for (std::size_t c = 0; c < count; ++c) {
    // A header wraps at spaces but never inside a word.
    const std::string label = printable(table.columns[c].label);
    out.widths[c] = std::max(out.widths[c], longest_word_width(label));
    out.widths[c] = std::max(out.widths[c], std::min(kMinHeaderWidth, display_width(label)));
    out.header.push_back(wrap(label, out.widths[c]));
  }
  return out;
}

std::vector<std::vector<std::string>> wrapped_cells(const std::vector<std::string>& texts,
                                                    const std::vector<std::size_t>& widths) {
  std::vector<std::vector<std::string>> cells;
  for (std::size_t c = 0; c < texts.size(); ++c)
    cells.push_back(wrap(texts[c], widths[c]));
  return cells;
}

// Prints one logical row whose cells may span several lines.
void print_lines(std::string& out, const std::vector<std::vector<std::string>>& cells,
                 const std::vector<std::size_t>& widths, const Table& table) {
  std::size_t height = 0;
  for (const auto& lines : cells)
    height = std::max(height, lines.size());
  for (std::size_t l = 0; l < height; ++l) {
    std::string line;
    for (std::size_t c = 0; c < cells.size(); ++c) {
      if (c > 0) line += kGap;
      const std::string text = l < cells[c].size() ? cells[c][l] : "";
      line += pad(text, widths[c], table.columns[c].type != ColumnType::kText);
    }
    line.erase(line.find_last_not_of(' ') + 1);
    out += line + '\n';
  }
}

std::string rule(const std::vector<std::size_t>& widths) {
  std::string line;
  for (std::size_t c = 0; c < widths.size(); ++c) {
    if (c > 0) line += kGap;
    line += std::string(widths[c], '-');
  }
  return line + '\n';
}

void print_table(std::string& out, const Document& document, const Table& table,
                 const TextStyle& style, const TextSink& sink) {
  Footnotes footnotes;
  const LaidOutTable laid = lay_out(document, table, footnotes);
  out += style.title(printable(table.title + " [" + table.name + "]")) + "\n\n";
  print_lines(out, laid.header, laid.widths, table);
  out += rule(laid.widths);
  bool below_rule = true;  // a total right below the header's rule needs no rule of its own
  table.for_each_row([&](const Row& row) {
    const auto cells = wrapped_cells(row_texts(document, table, row, footnotes), laid.widths);
    if (row.is_total) {
      if (!below_rule) out += rule(laid.widths);
      std::string total;
      print_lines(total, cells, laid.widths, table);
      out += style.total(total);
    } else {
      print_lines(out, cells, laid.widths, table);
    }
    below_rule = false;
    pieces::pass_on_if_large(out, sink);
  });
  if (!footnotes.reasons().empty()) {
    out += '\n';
    for (std::size_t i = 0; i < footnotes.reasons().size(); ++i) {
      out += "[" + std::to_string(i + 1) + "] " + document.unavailable_mark + " = " +
             document.unavailable_note + ": " + printable(footnotes.reasons()[i]) + '\n';
    }
  }
}

}  // namespace

void write_text(const Document& document, const WriterOptions& options, const TextSink& sink) {
  const TextStyle style{options.color};
  std::string out = style.title(printable(document.heading)) + "\n";
  for (const Table& table : document.tables) {
    out += '\n';
    print_table(out, document, table, style, sink);
  }
  pieces::pass_on(out, sink);
}

std::string format_text(const Document& document) {
  return pieces::collected([&](const TextSink& sink) { write_text(document, {}, sink); });
}

}  // namespace lkjip
