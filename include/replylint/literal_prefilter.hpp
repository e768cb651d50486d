// SPDX-License-Identifier: MIT
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "replylint/required_literals.hpp"

namespace replylint {

/// `text` with each run of whitespace (is_ascii_space, RE2's \s) replaced by one space, in
/// `buffer`: the text the literal prefilter reads, so that `sorry\s+to\s+hear` can need the one
/// string "sorry to hear" (required_literals).
std::string_view squeeze_whitespace(std::string_view text, std::string& buffer);

/// Which patterns may occur in a text, judged by the literal strings each pattern needs
/// (required_literals): one pass over the ASCII-lowered, whitespace-squeezed text checks, at
/// each position, three 8 KiB filters keyed by the next two, four and eight bytes, and where one
/// lets it through compares the next eight bytes with each literal of that bucket, masked to
/// its length. It compiles nothing, so it is what a short run uses instead of a RE2::Set, whose
/// compilation costs more than linting a few replies (per byte the Set is faster). Like the Set
/// it only says "maybe": each candidate is confirmed by its RE2.
class LiteralPrefilter {
 public:
  /// `literals[i]`: what pattern i needs (its first 8 sets of lowercase strings count), or
  /// nullptr when pattern i must always be tried (also when a string is under two bytes).
  explicit LiteralPrefilter(const std::vector<const RequiredLiterals*>& literals);

  /// Replaces `out` with the patterns, ascending, all of whose literal sets occur in `lowered`
  /// (the text with A-Z lowered) once its whitespace is squeezed, and those without literals.
  void candidates(std::string_view lowered, std::vector<int>* out) const;

 private:
  static constexpr std::size_t kBuckets = 4096;
  // Literals under four bytes, by their first two (`pair`: the first byte's value times 256
  // plus the second's).
  static std::size_t short_bucket(unsigned pair) {
    return ((pair >> 8) * 67u + (pair & 0xFFu)) & (kBuckets - 1);
  }
  // Fibonacci hashing to 16 bits, of which a filter reads all and a bucket the top 12.
  static std::uint32_t hash_of_four(std::uint32_t first_four) {
    return (first_four * 2654435761u) >> 16;
  }
  static std::uint32_t hash_of_eight(std::uint64_t first_eight) {
    return static_cast<std::uint32_t>((first_eight * 0x9E3779B97F4A7C15ull) >> 48);
  }
  // Three tiers of kBuckets buckets, by length: two or three bytes keyed by their pair, four to
  // seven by their first four, eight or more by their first eight. A cross product gives dozens
  // of literals that share their first bytes ("that is so f", "that is very"), and keyed by
  // four they all sat in the bucket every "that" of a text probed.
  enum Tier : std::size_t { kShort = 0, kMiddle = 1, kLong = 2 };
  // Where a tier's key (a pair, or a 16-bit hash) files its literals: the constructor and the
  // scan must agree.
  static std::size_t bucket_of(Tier tier, std::uint32_t key) {
    return tier * kBuckets + (tier == kShort ? short_bucket(key) : key >> 4);
  }
  static bool has_bit(const std::vector<std::uint64_t>& bits, std::uint32_t index) {
    return (bits[index >> 6] >> (index & 63) & 1) != 0;
  }

  std::string_view literal(std::size_t l) const {
    return std::string_view(literal_bytes_)
        .substr(literal_offset_[l], literal_offset_[l + 1] - literal_offset_[l]);
  }
  std::size_t literal_count() const { return literal_offset_.size() - 1; }

  // The distinct literals, one after the other in one string (one allocation, not one each).
  std::string literal_bytes_;
  std::vector<std::uint32_t> literal_offset_{0};  // literal l is [offset[l], offset[l + 1])
  // A literal's first (up to) eight bytes, as the text's bytes at a position are compared with
  // them: one masked 64-bit comparison instead of a call to memcmp for each literal of a bucket.
  struct Entry {
    std::uint64_t prefix;
    std::uint64_t mask;
    std::uint32_t literal;
  };
  std::vector<std::uint32_t> bucket_begin_;  // 3 * kBuckets + 1 offsets into bucket_entries_
  std::vector<Entry> bucket_entries_;        // the literals, grouped by bucket
  // Per tier, a 8 KiB filter of 16-bit keys (the pair; a hash of four or of eight bytes): most
  // positions stop at these.
  std::vector<std::uint64_t> filters_[3];
  std::vector<std::uint32_t> literal_begin_;  // literal_count() + 1 offsets into needed_by_
  std::vector<std::uint32_t> needed_by_;      // pattern << 3 | its set, grouped by literal
  std::vector<std::uint8_t> all_sets_;        // per pattern: one bit per set it needs
  std::vector<int> always_;                   // patterns without literals
};

}  // namespace replylint
