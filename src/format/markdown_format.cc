// GitHub-flavoured Markdown tables, ready to paste into a report (pandoc makes a .docx of it).
#include "for_people.h"
#include "lkjip/error.h"
#include "lkjip/format.h"
#include "pieces.h"

namespace lkjip {
namespace {

// Pipes, backslashes and line breaks would end a cell; HTML-like text would become markup; and
// Markdown is read on a terminal too: controls as printable() shows them.
std::string escaped(const std::string& text) {
  std::string out;
  for (char c : text) {
    switch (c) {
      case '|':
      case '*':
      case '_':
      case '`':
      case '[':
      case ']':
        out += '\\';
        out += c;
        break;
      case '&':
        out += "&amp;";
        break;
      case '\\':
        out += "\\\\";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '\n':
      case '\r':
        out += ' ';
        break;
      default:
        out += c;
    }
  }
  return printable(out);
}

std::string cell_text(const Document& document, const Cell& cell, ColumnType type) {
  switch (cell.state) {
    case Cell::State::kEmpty:
      return "";
    case Cell::State::kText:
      return escaped(cell.text);
    case Cell::State::kNumber:
      return number_for_people(document, cell, type);
    case Cell::State::kUnavailable:
      return document.unavailable_mark + " (" + escaped(cell.text) + ")";
  }
  return "";
}

}  // namespace

void write_markdown(const Document& document, const WriterOptions&, const TextSink& sink) {
  std::string out = "# " + escaped(document.heading) + "\n";
  for (const Table& table : document.tables) {
    out += "\n## " + escaped(table.title) + "\n\n|";
    for (const Column& column : table.columns)
      out += " " + escaped(column.label) + " |";
    out += "\n|";
    for (const Column& column : table.columns) {
      out += column.type == ColumnType::kText ? " --- |" : " ---: |";
    }
    out += '\n';
    table.for_each_row([&](const Row& row) {
      out += '|';
      for (std::size_t c = 0; c < row.cells.size(); ++c) {
        std::string text = cell_text(document, row.cells[c], table.columns[c].type);
        if (row.is_total && !text.empty()) text = "**" + text + "**";
        // A tree's rows indented by their depth (spaces would be dropped).
        if (table.tree && c == 0) {
          for (int d = 0; d < row.depth; ++d)
            text.insert(0, "&nbsp;&nbsp;&nbsp;&nbsp;");
        }
        out += " " + text + " |";
      }
      out += '\n';
      pieces::pass_on_if_large(out, sink);
    });
  }
  pieces::pass_on(out, sink);
}

}  // namespace lkjip
