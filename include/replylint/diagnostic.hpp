// SPDX-License-Identifier: MIT
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace replylint {

/// How bad a user-facing problem is. Errors make the run exit 2.
enum class DiagnosticLevel { Note, Warning, Error };

/// One problem in a user-supplied file (rule pack, config, input), located as precisely as known.
/// A line of 0 means "the whole file"; a column of 0 means "the whole line".
struct Diagnostic {
  DiagnosticLevel level = DiagnosticLevel::Error;
  std::string path;         ///< file as the user named it ("<builtin>/x.json" for embedded packs)
  int line = 0;             ///< 1-based
  int column = 0;           ///< 1-based, in Unicode code points
  std::string pointer;      ///< JSON pointer into the file ("/rules/3/id"), empty when not JSON
  std::string message;      ///< one line, no trailing period needed
  std::string source_line;  ///< the offending line, shown with a caret; empty to omit
};

/// Problems collected while building something. User errors are values, not exceptions:
/// functions append here and return what they could build.
class Diagnostics {
 public:
  void add(Diagnostic diagnostic) { items_.push_back(std::move(diagnostic)); }
  void error(std::string path, std::string message);
  void warning(std::string path, std::string message);

  const std::vector<Diagnostic>& items() const { return items_; }
  bool has_errors() const;
  bool empty() const { return items_.empty(); }
  void append(const Diagnostics& other);
  /// Orders the items from index `first` on by line and column (one file's problems, as a
  /// reader expects them), keeping the order of equal positions.
  void sort_from(std::size_t first);
  std::size_t size() const { return items_.size(); }

 private:
  std::vector<Diagnostic> items_;
};

/// Formats as `path:line:col: error: /pointer: message`, followed by the source line and a caret
/// when known. No trailing newline.
std::string format_diagnostic(const Diagnostic& diagnostic);

}  // namespace replylint
