// SPDX-License-Identifier: MIT
#pragma once

#include <bit>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string_view>

namespace replylint {

/// Scanning text for a few interesting bytes eight at a time ("SIMD within a register"): the
/// readers, the suppression scanner and the JSON writer skip plain text this way instead of
/// testing every byte (docs/performance.md).
namespace swar {

inline constexpr std::uint64_t kOnes = 0x0101010101010101ull;
inline constexpr std::uint64_t kHigh = 0x8080808080808080ull;
/// Byte scanning works from the lowest address up, which is the lowest bits on little endian.
inline constexpr bool kAvailable = std::endian::native == std::endian::little;

/// The eight bytes at `p` as one word.
inline std::uint64_t load(const char* p) {
  std::uint64_t word;
  std::memcpy(&word, p, sizeof word);
  return word;
}

/// The high bit set in every byte of `word` that is zero. Exact for the lowest such byte; a
/// byte above it may be flagged wrongly (the borrow), so callers act on the lowest only.
constexpr std::uint64_t zero_bytes(std::uint64_t word) {
  return (word - kOnes) & ~word & kHigh;
}

/// The high bit set in every byte of `word` equal to `c` (exact for the lowest, as above).
constexpr std::uint64_t bytes_equal(std::uint64_t word, char c) {
  return zero_bytes(word ^ (kOnes * static_cast<unsigned char>(c)));
}

/// Index, within the word, of the lowest flagged byte (`mask` not zero).
constexpr std::size_t first_flagged(std::uint64_t mask) {
  return static_cast<std::size_t>(std::countr_zero(mask)) / 8;
}

}  // namespace swar

/// The first position at or after `from` holding one of `stops`, or text.size() when none does
/// (text.find_first_of, without its per-byte search of the set).
template <char... Stops>
std::size_t find_any_of(std::string_view text, std::size_t from) {
  std::size_t i = from;
  if constexpr (swar::kAvailable) {
    for (; i + 8 <= text.size(); i += 8) {
      const std::uint64_t word = swar::load(text.data() + i);
      const std::uint64_t mask = (swar::bytes_equal(word, Stops) | ...);
      if (mask != 0) return i + swar::first_flagged(mask);
    }
  }
  for (; i < text.size(); ++i) {
    if (((text[i] == Stops) || ...)) return i;
  }
  return text.size();
}

/// The first position at or after `from` holding a byte of 0x80 or above (UTF-8 beyond ASCII),
/// or text.size() when none does.
inline std::size_t find_non_ascii(std::string_view text, std::size_t from) {
  std::size_t i = from;
  if constexpr (swar::kAvailable) {
    for (; i + 8 <= text.size(); i += 8) {
      const std::uint64_t mask = swar::load(text.data() + i) & swar::kHigh;
      if (mask != 0) return i + swar::first_flagged(mask);
    }
  }
  while (i < text.size() && static_cast<unsigned char>(text[i]) < 0x80) ++i;
  return i;
}

}  // namespace replylint
