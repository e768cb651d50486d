// SPDX-License-Identifier: MIT
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

namespace replylint {

/// Sentence boundaries of one (normalised) reply, so context rules can look "in the same
/// sentence". A sentence ends after one or more of `.!?` followed by whitespace, at a line
/// break, or at the end of the text. Deliberately simple: rules need a scope, not a parser.
class Sentences {
 public:
  explicit Sentences(std::string_view text);

  /// The [begin, end) byte range of the sentence holding `offset`.
  void bounds(std::size_t offset, std::size_t* begin, std::size_t* end) const;

 private:
  std::vector<std::size_t> starts_;
  std::size_t size_;
};

}  // namespace replylint
