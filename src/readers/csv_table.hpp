// SPDX-License-Identifier: MIT
// RFC 4180 tables with the position of every cell, so that a cell's text can be mapped back to
// the file through its "" escapes.
#pragma once

#include <cstddef>
#include <optional>
#include <string_view>
#include <vector>

#include "reply_builder.hpp"

namespace replylint::readers {

/// One cell: its raw extent in the text (quotes included) and whether it is quoted.
struct CsvCell {
  std::size_t begin = 0;
  std::size_t end = 0;
  bool quoted = false;
};

/// One record: its cells and where it starts (for messages).
struct CsvRow {
  std::size_t begin = 0;
  std::size_t line_index = 0;  ///< 0-based line of `begin` in the text
  std::vector<CsvCell> cells;
};

/// A parsed table. An unterminated quoted cell runs to the end of the text and is reported
/// through `unterminated` (the offset of its opening quote).
struct CsvTable {
  char delimiter = ',';
  std::vector<CsvRow> rows;
  std::optional<std::size_t> unterminated;
};

/// Parses `text`: cells split by the delimiter, records by LF or CRLF; a cell starting with '"'
/// is quoted and may hold delimiters, line breaks and "" for a quote. The delimiter is ','
/// unless the first line has none and has a tab or ';' (exports from spreadsheet locales).
/// Lines holding nothing are skipped.
CsvTable parse_csv(std::string_view text);

/// The cell's text, every byte mapped to its offset in the text ("" maps to its first quote).
DecodedText decode_csv_cell(std::string_view text, const CsvCell& cell);

}  // namespace replylint::readers
