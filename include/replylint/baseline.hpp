// SPDX-License-Identifier: MIT
#pragma once

#include <cstddef>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <tuple>
#include <unordered_set>
#include <vector>

#include "replylint/diagnostic.hpp"
#include "replylint/report.hpp"

namespace replylint {

/// The baseline file format this replylint reads and writes (docs/configuration.md, "Baseline").
inline constexpr int kBaselineVersion = 1;

/// One known finding. Only the fingerprint decides; the other fields are there so a person can
/// review the file and its diffs.
struct BaselineEntry {
  std::string fingerprint;  ///< 16 lowercase hex digits
  std::string rule;
  std::string path;   ///< relative to the baseline file's folder
  std::string reply;  ///< the reply id, empty when the input format gives none
  std::string match;
};

/// A finding with what identifies it across edits.
struct FingerprintedFinding {
  const Finding* finding;
  BaselineEntry entry;
};

/// The matched text as fingerprints see it: typography folded (curly quotes, dashes), ASCII
/// lowercased, whitespace runs collapsed to one space, ends trimmed.
std::string normalize_match(std::string_view match);

/// hash(rule id, normalised match, path, reply id, occurrence) as 16 hex digits (64-bit FNV-1a).
/// `occurrence` counts earlier findings of the same file with the same other four parts. Line
/// numbers and the reply's text are deliberately left out, so edits elsewhere in a file, even in
/// the same reply, keep a finding's fingerprint.
std::string finding_fingerprint(std::string_view rule_id, std::string_view normalized_match,
                                std::string_view path, std::string_view reply_id, int occurrence);

/// Occurrence counts of one file so far, by (rule id, normalised match, reply id).
using OccurrenceCounts = std::map<std::tuple<std::string, std::string, std::string>, int>;

/// The problem findings of `report` in file order, fingerprinted with paths relative to
/// `folder` (the baseline file's folder). Input without a path (stdin) is named by its display
/// name. A streamed file comes in several reports: pass the same `occurrences` for all of them
/// so that occurrences count over the whole file.
std::vector<FingerprintedFinding> fingerprint_findings(const FileReport& report,
                                                       const std::string& folder,
                                                       OccurrenceCounts* occurrences = nullptr);

/// A baseline as read from a file: findings known before, to be hidden from a run. filter()
/// keeps count of what it matched, so call it from one thread, in input order.
class Baseline {
 public:
  /// Parses and validates baseline text (`path:line:col: error: /pointer: message`, as for rule
  /// files). nullopt when it has errors.
  static std::optional<Baseline> parse(std::string_view text, const std::string& path,
                                       Diagnostics& diagnostics);
  /// Reads and parses `path`; a missing file is an error.
  static std::optional<Baseline> load(const std::string& path, Diagnostics& diagnostics);

  /// Removes the findings the baseline knows from `report` (counted in ReplyReport::baselined)
  /// and returns how many.
  std::size_t filter(FileReport& report);

  /// Entries for files filtered so far that matched no finding: fixed since the baseline was
  /// written (entries of files not linted in this run are not counted).
  std::size_t stale() const;

  std::size_t size() const { return entries_.size(); }
  const std::string& path() const { return path_; }

 private:
  std::string path_;
  std::string folder_;
  std::vector<BaselineEntry> entries_;
  std::unordered_set<std::string> fingerprints_;
  std::unordered_set<std::string> matched_;
  std::set<std::string> files_seen_;
  OccurrenceCounts occurrences_;  ///< of the current file (kept for its continued reports)
};

/// Collects the findings of a run and writes them as a baseline file. Not thread-safe: add()
/// reports from one thread.
class BaselineWriter {
 public:
  /// Paths are recorded relative to the folder of `path`.
  explicit BaselineWriter(std::string path);

  /// Records the problem findings of `report`.
  void add(const FileReport& report);

  /// The file's text: version 1 JSON, entries sorted by path, rule, match and fingerprint, so
  /// rewriting an unchanged baseline gives an identical file.
  std::string text() const;

  /// Writes text() atomically (temporary file + rename). False with `error` set on failure.
  bool write(std::string* error) const;

  std::size_t size() const { return entries_.size(); }
  const std::string& path() const { return path_; }

 private:
  std::string path_;
  std::string folder_;
  std::vector<BaselineEntry> entries_;
  OccurrenceCounts occurrences_;  ///< of the current file (kept for its continued reports)
};

}  // namespace replylint
