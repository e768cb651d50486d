// SPDX-License-Identifier: MIT
#include "replylint/substring_search.hpp"

#include <bit>
#include <cstring>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace replylint {

// Texts are replies of a few hundred bytes and needles a few letters, so setup is what counts:
// string_view::find stops at every occurrence of the needle's first byte ('s' or 't' every few
// bytes of lowered English) and glibc's memmem builds a 256-entry shift table per call. This
// compares the needle's first and last bytes at 16 positions at once and checks the rest only
// where both agree (Wojciech Mula's "SIMD-friendly algorithms for substring searching").
std::size_t find_string(std::string_view text, std::string_view needle, std::size_t from) {
  const std::size_t n = needle.size();
  if (from > text.size() || text.size() - from < n) return std::string_view::npos;
  if (n == 0) return from;
  const char* const at = text.data() + from;
  const std::size_t starts = text.size() - from - n + 1;  // positions a match may start at
  std::size_t i = 0;
#if defined(__SSE2__)
  const __m128i first = _mm_set1_epi8(needle.front());
  const __m128i last = _mm_set1_epi8(needle.back());
  for (; i + 16 <= starts; i += 16) {
    const __m128i heads = _mm_loadu_si128(reinterpret_cast<const __m128i*>(at + i));
    const __m128i tails = _mm_loadu_si128(reinterpret_cast<const __m128i*>(at + i + n - 1));
    auto both = static_cast<unsigned>(_mm_movemask_epi8(
        _mm_and_si128(_mm_cmpeq_epi8(heads, first), _mm_cmpeq_epi8(tails, last))));
    while (both != 0) {
      const std::size_t k = i + static_cast<std::size_t>(std::countr_zero(both));
      if (std::memcmp(at + k, needle.data(), n) == 0) return from + k;
      both &= both - 1;
    }
  }
#endif
  for (; i < starts; ++i) {
    if (at[i] == needle.front() && at[i + n - 1] == needle.back() &&
        std::memcmp(at + i, needle.data(), n) == 0) {
      return from + i;
    }
  }
  return std::string_view::npos;
}

}  // namespace replylint
