// SPDX-License-Identifier: MIT
#include "replylint/sentence.hpp"

#include <algorithm>

#include "replylint/ascii.hpp"

namespace replylint {

Sentences::Sentences(std::string_view text) : size_(text.size()) {
  starts_.push_back(0);
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (c == '\n' || c == '\r') {
      starts_.push_back(i + 1);
    } else if ((c == '.' || c == '!' || c == '?') && i + 1 < text.size() &&
               is_ascii_space(text[i + 1])) {
      starts_.push_back(i + 1);
    }
  }
}

void Sentences::bounds(std::size_t offset, std::size_t* begin, std::size_t* end) const {
  auto it = std::upper_bound(starts_.begin(), starts_.end(), offset);
  *begin = *(it - 1);
  *end = it == starts_.end() ? size_ : *it;
}

}  // namespace replylint
