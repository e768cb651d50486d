// SPDX-License-Identifier: MIT
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace re2 {
class RE2;
}

namespace replylint {

/// One gitignore-style glob, matched against a path relative to a walked folder with '/'
/// separators ("billing/refunds/late.md"):
/// - `*` matches within one path segment, `?` one character, `[a-z]` / `[!a-z]` a class,
///   `**` any number of segments (`**/drafts`, `drafts/**`, `a/**/b`), `\x` a literal x;
/// - a pattern without a '/' (other than a trailing one) matches a name at any depth; with one,
///   it is anchored to the folder (a leading '/' only anchors);
/// - a trailing '/' matches folders only; a leading '!' negates (see PathFilter).
class PathGlob {
 public:
  explicit PathGlob(std::string_view pattern);
  ~PathGlob();
  PathGlob(PathGlob&&) noexcept;
  PathGlob& operator=(PathGlob&&) noexcept;

  /// True when `relative_path` matches; `is_directory` tells whether it names a folder.
  bool matches(std::string_view relative_path, bool is_directory) const;
  /// False when the pattern cannot be compiled (e.g. the class "[z-a]").
  bool valid() const;
  bool negated() const { return negated_; }
  const std::string& pattern() const { return pattern_; }

 private:
  std::string pattern_;
  bool negated_ = false;
  bool directory_only_ = false;
  std::unique_ptr<re2::RE2> regex_;
};

/// An ordered list of globs with gitignore semantics: the last pattern that matches a path
/// decides, and a '!' pattern makes it not match again.
class PathFilter {
 public:
  /// Adds one pattern; blank lines and '#' comments are ignored. Returns false (adding nothing)
  /// for an invalid pattern.
  bool add(std::string_view pattern);
  /// Adds every line of an ignore file (.replylintignore).
  void add_lines(std::string_view content);

  bool empty() const { return globs_.empty(); }
  /// True when the path itself is matched.
  bool matches(std::string_view relative_path, bool is_directory) const;
  /// True when the file or any folder above it (within the walked folder) is matched.
  bool matches_file_or_parent(std::string_view relative_path) const;

 private:
  std::vector<PathGlob> globs_;
};

}  // namespace replylint
