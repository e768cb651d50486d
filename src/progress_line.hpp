// SPDX-License-Identifier: MIT
// The progress line of long lint runs on stderr (README, "Usage"): files and replies done and
// throughput, redrawn in place; never in pipes or CI logs unless forced.
#pragma once

#include <chrono>
#include <cstddef>
#include <iosfwd>
#include <optional>

namespace replylint {

class ProgressLine {
 public:
  /// Shown when `forced` says so, else when stderr is a terminal and the CI variable is unset.
  static bool wanted(std::optional<bool> forced);

  /// `out` must outlive the line; nothing is drawn when `enabled` is false. `total_files` is
  /// how many inputs the run has.
  ProgressLine(std::ostream& out, bool enabled, std::size_t total_files);

  /// Counts a linted piece: `file_done` when it finished an input. Redraws at most ten times a
  /// second, and only once the run has taken a second (short runs show nothing).
  void add(bool file_done, std::size_t replies, std::size_t bytes);

  /// Clears the line, so what follows starts on a clean line.
  void finish();

 private:
  using Clock = std::chrono::steady_clock;
  std::ostream& out_;
  bool enabled_;
  std::size_t total_files_;
  std::size_t files_ = 0, replies_ = 0, bytes_ = 0;
  Clock::time_point start_ = Clock::now();
  Clock::time_point last_draw_{};
  bool drawn_ = false;
};

}  // namespace replylint
