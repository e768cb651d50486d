// SPDX-License-Identifier: MIT
#include "progress_line.hpp"

#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <ostream>

namespace replylint {

bool ProgressLine::wanted(std::optional<bool> forced) {
  if (forced) return *forced;
  // CI logs keep every carriage return as a new line: never draw there.
  const char* ci = std::getenv("CI");
  return isatty(STDERR_FILENO) != 0 && !(ci && *ci);
}

ProgressLine::ProgressLine(std::ostream& out, bool enabled, std::size_t total_files)
    : out_(out), enabled_(enabled), total_files_(total_files) {}

void ProgressLine::add(bool file_done, std::size_t replies, std::size_t bytes) {
  files_ += file_done;
  replies_ += replies;
  bytes_ += bytes;
  if (!enabled_) return;
  const Clock::time_point now = Clock::now();
  if (now - start_ < std::chrono::seconds(1) || now - last_draw_ < std::chrono::milliseconds(100)) {
    return;
  }
  last_draw_ = now;
  const double seconds = std::chrono::duration<double>(now - start_).count();
  char line[160];
  std::snprintf(line, sizeof line, "replylint: %zu/%zu files, %zu replies, %.1f MB/s", files_,
                total_files_, replies_, static_cast<double>(bytes_) / 1e6 / seconds);
  // "\r" back to the start, ESC [K erases what a longer previous line left.
  out_ << '\r' << line << "\x1b[K" << std::flush;
  drawn_ = true;
}

void ProgressLine::finish() {
  if (drawn_) out_ << "\r\x1b[K" << std::flush;
  drawn_ = false;
}

}  // namespace replylint
