// SPDX-License-Identifier: MIT
#include "replylint/glob.hpp"

#include <re2/re2.h>

namespace replylint {
namespace {

// Translates glob syntax into an RE2 pattern for the whole relative path.
std::string glob_to_regex(std::string_view glob, bool anchored) {
  std::string out = anchored ? "" : "(?:.*/)?";
  for (std::size_t i = 0; i < glob.size(); ++i) {
    const char c = glob[i];
    if (c == '*' && i + 1 < glob.size() && glob[i + 1] == '*') {
      const bool segment_start = i == 0 || glob[i - 1] == '/';
      if (segment_start && i + 2 < glob.size() && glob[i + 2] == '/') {
        out += "(?:.*/)?";  // "**/": zero or more folders
        i += 2;
      } else {
        out += ".*";  // "/**" at the end, or "**" inside a segment
        ++i;
      }
    } else if (c == '*') {
      out += "[^/]*";
    } else if (c == '?') {
      out += "[^/]";
    } else if (c == '[' && glob.find(']', i + 2) != std::string_view::npos) {
      const std::size_t close = glob.find(']', i + 2);
      std::string_view inside = glob.substr(i + 1, close - i - 1);
      out += '[';
      if (!inside.empty() && (inside[0] == '!' || inside[0] == '^')) {
        out += '^';
        inside.remove_prefix(1);
      }
      for (char member : inside) {
        if (member == '\\' || member == '[' || member == ']') out += '\\';
        out += member;
      }
      out += ']';
      i = close;
    } else if (c == '\\' && i + 1 < glob.size()) {
      out += RE2::QuoteMeta(std::string(1, glob[++i]));
    } else {
      out += RE2::QuoteMeta(std::string(1, c));
    }
  }
  return out;
}

}  // namespace

PathGlob::PathGlob(std::string_view pattern) : pattern_(pattern) {
  std::string_view glob = pattern;
  if (!glob.empty() && glob.front() == '!') {
    negated_ = true;
    glob.remove_prefix(1);
  }
  if (!glob.empty() && glob.back() == '/') {
    directory_only_ = true;
    glob.remove_suffix(1);
  }
  bool anchored = glob.find('/') != std::string_view::npos;
  while (glob.substr(0, 2) == "./") glob.remove_prefix(2);  // paths are compared normalised
  if (!glob.empty() && glob.front() == '/') glob.remove_prefix(1);
  if (glob.substr(0, 3) == "**/") anchored = true;  // already matches at any depth
  RE2::Options options(RE2::Quiet);
  regex_ = std::make_unique<re2::RE2>(glob_to_regex(glob, anchored), options);
}

PathGlob::~PathGlob() = default;
PathGlob::PathGlob(PathGlob&&) noexcept = default;
PathGlob& PathGlob::operator=(PathGlob&&) noexcept = default;

bool PathGlob::valid() const {
  return regex_->ok();
}

bool PathGlob::matches(std::string_view relative_path, bool is_directory) const {
  if (directory_only_ && !is_directory) return false;
  return RE2::FullMatch(re2::StringPiece(relative_path.data(), relative_path.size()), *regex_);
}

bool PathFilter::add(std::string_view pattern) {
  while (!pattern.empty() && (pattern.back() == '\r' || pattern.back() == ' ')) {
    pattern.remove_suffix(1);
  }
  if (pattern.empty() || pattern.front() == '#') return true;
  PathGlob glob(pattern);
  if (!glob.valid()) return false;
  globs_.push_back(std::move(glob));
  return true;
}

void PathFilter::add_lines(std::string_view content) {
  for (std::size_t begin = 0; begin < content.size();) {
    std::size_t end = content.find('\n', begin);
    if (end == std::string_view::npos) end = content.size();
    add(content.substr(begin, end - begin));
    begin = end + 1;
  }
}

bool PathFilter::matches(std::string_view relative_path, bool is_directory) const {
  bool matched = false;
  for (const PathGlob& glob : globs_) {
    if (glob.negated() == matched && glob.matches(relative_path, is_directory)) {
      matched = !glob.negated();
    }
  }
  return matched;
}

bool PathFilter::matches_file_or_parent(std::string_view relative_path) const {
  for (std::size_t slash = relative_path.find('/'); slash != std::string_view::npos;
       slash = relative_path.find('/', slash + 1)) {
    if (matches(relative_path.substr(0, slash), true)) return true;
  }
  return matches(relative_path, false);
}

}  // namespace replylint
