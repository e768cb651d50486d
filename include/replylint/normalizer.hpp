// SPDX-License-Identifier: MIT
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace replylint {

/// Text as rules see it, with a map back to the original bytes. Rule authors write `I'm`, never
/// `I['’]m`: curly quotes, dashes, ellipses, Unicode spaces and common HTML entities are folded
/// to ASCII, and invalid UTF-8 becomes U+FFFD. When nothing needed folding the map is empty and
/// offsets are identical (the common, fast case).
class NormalizedText {
 public:
  /// Normalises `original`; the original must outlive nothing (it is not referenced).
  explicit NormalizedText(std::string_view original);

  const std::string& text() const { return text_; }
  bool identity() const { return begin_.empty(); }

  /// Original offset of the source character that produced normalised byte `i` (i < size).
  std::size_t original_begin(std::size_t i) const { return identity() ? i : begin_[i]; }
  /// Original offset just past the source character that produced normalised byte `i`.
  std::size_t original_end(std::size_t i) const { return identity() ? i + 1 : end_[i]; }

  /// Maps the normalised half-open range [begin, end) to the original bytes it came from.
  void to_original(std::size_t begin, std::size_t end, std::size_t* original_begin,
                   std::size_t* original_end) const;

 private:
  void build_mapped(std::string_view original, std::size_t first_change);

  std::string text_;
  std::vector<std::uint32_t> begin_;
  std::vector<std::uint32_t> end_;
  std::size_t original_size_ = 0;
};

}  // namespace replylint
