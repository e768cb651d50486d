// SPDX-License-Identifier: MIT
#include "replylint/diagnostic.hpp"

#include <algorithm>

#include "replylint/text_position.hpp"

namespace replylint {

void Diagnostics::error(std::string path, std::string message) {
  add(Diagnostic{DiagnosticLevel::Error, std::move(path), 0, 0, "", std::move(message), ""});
}

void Diagnostics::warning(std::string path, std::string message) {
  add(Diagnostic{DiagnosticLevel::Warning, std::move(path), 0, 0, "", std::move(message), ""});
}

bool Diagnostics::has_errors() const {
  return std::any_of(items_.begin(), items_.end(),
                     [](const Diagnostic& d) { return d.level == DiagnosticLevel::Error; });
}

void Diagnostics::append(const Diagnostics& other) {
  items_.insert(items_.end(), other.items_.begin(), other.items_.end());
}

void Diagnostics::sort_from(std::size_t first) {
  if (first >= items_.size()) return;
  std::stable_sort(items_.begin() + static_cast<std::ptrdiff_t>(first), items_.end(),
                   [](const Diagnostic& a, const Diagnostic& b) {
                     return a.line != b.line ? a.line < b.line : a.column < b.column;
                   });
}

namespace {

std::string_view level_name(DiagnosticLevel level) {
  switch (level) {
    case DiagnosticLevel::Note:
      return "note";
    case DiagnosticLevel::Warning:
      return "warning";
    case DiagnosticLevel::Error:
      return "error";
  }
  return "error";
}

// The caret goes under the column-th code point; tabs are copied so it lines up in terminals.
std::string caret_line(std::string_view line, int column) {
  std::string out;
  std::size_t i = 0;
  for (int c = 1; c < column && i < line.size(); ++c) {
    std::size_t length = 0;
    decode_utf8(line, i, &length);
    out += line[i] == '\t' ? '\t' : ' ';
    i += length;
  }
  out += '^';
  return out;
}

}  // namespace

std::string format_diagnostic(const Diagnostic& d) {
  std::string out = d.path.empty() ? "replylint" : d.path;
  if (d.line > 0) {
    out += ':' + std::to_string(d.line);
    if (d.column > 0) out += ':' + std::to_string(d.column);
  }
  out += ": ";
  out += level_name(d.level);
  out += ": ";
  if (!d.pointer.empty()) out += d.pointer + ": ";
  out += d.message;
  if (!d.source_line.empty() && d.line > 0) {
    out += "\n    " + d.source_line;
    out += "\n    " + caret_line(d.source_line, d.column > 0 ? d.column : 1);
  }
  return out;
}

}  // namespace replylint
