// SPDX-License-Identifier: MIT
#include "csv_table.hpp"

namespace replylint::readers {
namespace {

char detect_delimiter(std::string_view text) {
  const std::string_view first_line = text.substr(0, text.find('\n'));
  if (first_line.find(',') != std::string_view::npos) return ',';
  if (first_line.find('\t') != std::string_view::npos) return '\t';
  if (first_line.find(';') != std::string_view::npos) return ';';
  return ',';
}

bool line_break_at(std::string_view text, std::size_t i) {
  return text[i] == '\n' || (text[i] == '\r' && i + 1 < text.size() && text[i + 1] == '\n');
}

}  // namespace

CsvTable parse_csv(std::string_view text) {
  CsvTable table;
  table.delimiter = detect_delimiter(text);
  std::size_t i = 0;
  std::size_t line_index = 0;
  while (i < text.size()) {
    CsvRow row;
    row.begin = i;
    row.line_index = line_index;
    while (true) {
      CsvCell cell;
      cell.begin = i;
      if (i < text.size() && text[i] == '"') {
        cell.quoted = true;
        std::size_t j = i + 1;
        for (;; ++j) {
          if (j >= text.size()) {
            if (!table.unterminated) table.unterminated = i;
            break;
          }
          if (text[j] == '\n') ++line_index;
          if (text[j] != '"') continue;
          if (j + 1 < text.size() && text[j + 1] == '"') {
            ++j;  // "" stands for one quote
            continue;
          }
          ++j;
          break;
        }
        i = j;
      }
      // Unquoted text, or stray text after a closing quote (kept, as spreadsheets do).
      while (i < text.size() && text[i] != table.delimiter && !line_break_at(text, i)) ++i;
      cell.end = std::min(i, text.size());
      row.cells.push_back(cell);
      if (i < text.size() && text[i] == table.delimiter) {
        ++i;
        continue;
      }
      break;
    }
    if (i < text.size()) {
      i += text[i] == '\r' ? 2 : 1;
      ++line_index;
    }
    const bool empty_line = row.cells.size() == 1 && row.cells[0].begin == row.cells[0].end;
    if (!empty_line) table.rows.push_back(std::move(row));
  }
  return table;
}

DecodedText decode_csv_cell(std::string_view text, const CsvCell& cell) {
  DecodedText out;
  if (!cell.quoted) {
    out.append_literal(text.substr(cell.begin, cell.end - cell.begin), cell.begin);
    out.finish(cell.end);
    return out;
  }
  std::size_t i = cell.begin + 1;
  std::size_t content_end = cell.end;  // the closing quote, or the end for unterminated cells
  for (std::size_t j = cell.begin + 1; j < cell.end; ++j) {
    if (text[j] == '"') {
      if (j + 1 < cell.end && text[j + 1] == '"') {
        ++j;
        continue;
      }
      content_end = j;
      break;
    }
  }
  while (i < content_end) {
    if (text[i] == '"') {  // the first of a "" pair
      out.append("\"", i);
      i += 2;
      continue;
    }
    std::size_t run_end = i;
    while (run_end < content_end && text[run_end] != '"') ++run_end;
    out.append_literal(text.substr(i, run_end - i), i);
    i = run_end;
  }
  // Text after the closing quote ("abc"def) belongs to the cell too.
  if (content_end + 1 < cell.end) {
    out.append_literal(text.substr(content_end + 1, cell.end - content_end - 1), content_end + 1);
    out.finish(cell.end);
  } else {
    out.finish(content_end);
  }
  return out;
}

}  // namespace replylint::readers
