// SPDX-License-Identifier: MIT
// CSV macro exports: the first record is the header; the text column is found by name, an `id`
// column names each reply, and a role column (when the header has one) keeps only agent rows.
#include <algorithm>
#include <cctype>

#include "csv_table.hpp"
#include "readers.hpp"
#include "record_fields.hpp"
#include "replylint/ascii.hpp"
#include "replylint/did_you_mean.hpp"

namespace replylint::readers {
namespace {

std::string lowercase_trimmed(std::string_view text) {
  std::string out(trim_ascii_space(text));
  std::transform(out.begin(), out.end(), out.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return out;
}

// Column index of the first of `names` in the header (case-insensitive), or npos.
std::size_t find_column(const std::vector<std::string>& header,
                        const std::vector<std::string>& names) {
  for (const std::string& name : names) {
    const auto it = std::find(header.begin(), header.end(), lowercase_trimmed(name));
    if (it != header.end()) return static_cast<std::size_t>(it - header.begin());
  }
  return std::string::npos;
}

std::string cell_text(std::string_view text, const CsvRow& row, std::size_t column) {
  if (column >= row.cells.size()) return "";
  return decode_csv_cell(text, row.cells[column]).text;
}

}  // namespace

std::vector<ReplySpan> read_csv(const ReaderInput& input, const InputOptions& options,
                                Diagnostics& diagnostics) {
  std::vector<ReplySpan> out;
  const std::string_view text = input.text;
  const CsvTable table = parse_csv(text);
  if (table.unterminated) {
    report_at(input, *table.unterminated, DiagnosticLevel::Error,
              "quoted cell is never closed (a \" inside a quoted cell is written \"\")",
              diagnostics);
  }
  if (table.rows.empty()) return out;
  std::vector<std::string> header;
  for (std::size_t c = 0; c < table.rows[0].cells.size(); ++c) {
    header.push_back(lowercase_trimmed(cell_text(text, table.rows[0], c)));
  }
  const std::vector<std::string> candidates = text_field_candidates(options);
  const std::size_t text_column = find_column(header, candidates);
  if (text_column == std::string::npos) {
    std::string message = "skipped: no text column: looked for " + join_names(candidates) +
                          "; the header has " + join_names(header) +
                          " (choose one with --text-field)";
    if (!options.text_field.empty()) {
      message += did_you_mean_suffix(lowercase_trimmed(options.text_field), header);
    }
    // A table of something else (walked along with the macros): skipped, like a binary file.
    report_at(input, table.rows[0].begin, DiagnosticLevel::Warning, std::move(message),
              diagnostics);
    return out;
  }
  const std::size_t id_column = find_column(header, {options.id_field});
  const std::size_t role_column =
      options.role_field.empty() ? std::string::npos : find_column(header, {options.role_field});
  for (std::size_t r = 1; r < table.rows.size(); ++r) {
    const CsvRow& row = table.rows[r];
    if (role_column != std::string::npos &&
        !is_agent_role(cell_text(text, row, role_column), options)) {
      continue;
    }
    if (text_column >= row.cells.size()) continue;
    std::string id = id_column == std::string::npos ? "" : cell_text(text, row, id_column);
    if (id.empty()) id = "row " + std::to_string(r);
    if (auto reply = make_decoded_reply(input, decode_csv_cell(text, row.cells[text_column]),
                                        std::move(id))) {
      out.push_back(std::move(*reply));
    }
  }
  return out;
}

}  // namespace replylint::readers
