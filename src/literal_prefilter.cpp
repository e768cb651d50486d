// SPDX-License-Identifier: MIT
#include "replylint/literal_prefilter.hpp"

#include <algorithm>
#include <cstring>

#include "replylint/ascii.hpp"
#include "replylint/byte_scan.hpp"

namespace replylint {

namespace {

// The first `size` (at most 8) bytes at `bytes`, zero-padded, as a 64-bit word in memory order.
std::uint64_t load_prefix(const char* bytes, std::size_t size) {
  std::uint64_t word = 0;
  std::memcpy(&word, bytes, size);
  return word;
}

// The first four bytes at `bytes`, in memory order.
std::uint32_t load_word(const char* bytes) {
  std::uint32_t word;
  std::memcpy(&word, bytes, 4);
  return word;
}

unsigned pair_of(const char* bytes) {
  return static_cast<unsigned char>(bytes[0]) << 8 | static_cast<unsigned char>(bytes[1]);
}

}  // namespace

LiteralPrefilter::LiteralPrefilter(const std::vector<const RequiredLiterals*>& literals)
    : all_sets_(literals.size(), 0) {
  // The table is keyed by two bytes: a pattern with a shorter string must always be tried.
  auto usable = [](const RequiredLiterals* required) {
    if (!required || required->all_of.empty()) return false;
    for (const auto& set : required->all_of) {
      for (const auto& literal : set) {
        if (literal.size() < 2) return false;
      }
    }
    return true;
  };
  // Each distinct literal gets an id; then (id, pattern << 3 | set) pairs are grouped by id with
  // a counting pass (sorting the strings was the dearest part of a short run's start-up).
  std::size_t strings = 0;
  for (const RequiredLiterals* required : literals) {
    if (!required) continue;
    for (const auto& set : required->all_of) strings += set.size();
  }
  // Literal -> id: open addressing in a flat table at most half full (a node per string in
  // std::unordered_map was most of a short run's prefilter set-up).
  std::size_t slots = 16;
  while (slots < 2 * strings) slots *= 2;
  std::vector<std::uint32_t> ids(slots, 0);  // literal id + 1, 0 for empty
  const auto id_of = [&](std::string_view text) {
    std::uint32_t hash = 2166136261u;  // FNV-1a
    for (const char c : text) hash = (hash ^ static_cast<unsigned char>(c)) * 16777619u;
    for (std::size_t slot = hash & (slots - 1);; slot = (slot + 1) & (slots - 1)) {
      if (ids[slot] == 0) {
        literal_bytes_.append(text);
        literal_offset_.push_back(static_cast<std::uint32_t>(literal_bytes_.size()));
        ids[slot] = static_cast<std::uint32_t>(literal_count());
        return ids[slot] - 1;
      }
      if (literal(ids[slot] - 1) == text) return ids[slot] - 1;
    }
  };
  std::vector<std::pair<std::uint32_t, std::uint32_t>> entries;
  entries.reserve(strings);
  literal_offset_.reserve(strings + 1);
  for (std::size_t p = 0; p < literals.size(); ++p) {
    if (!usable(literals[p])) {
      always_.push_back(static_cast<int>(p));
      continue;
    }
    const std::size_t sets = std::min<std::size_t>(literals[p]->all_of.size(), 8);
    for (std::size_t s = 0; s < sets; ++s) {
      all_sets_[p] |= static_cast<std::uint8_t>(1u << s);
      for (const std::string& literal : literals[p]->all_of[s]) {
        entries.emplace_back(id_of(literal), static_cast<std::uint32_t>(p << 3 | s));
      }
    }
  }
  literal_begin_.assign(literal_count() + 1, 0);
  for (const auto& entry : entries) ++literal_begin_[entry.first + 1];
  for (std::size_t l = 0; l < literal_count(); ++l) literal_begin_[l + 1] += literal_begin_[l];
  needed_by_.resize(entries.size());
  std::vector<std::uint32_t> next(literal_begin_.begin(), literal_begin_.end() - 1);
  for (const auto& entry : entries) needed_by_[next[entry.first]++] = entry.second;

  // Bucket table in two counting passes (a flat array: no allocation per bucket).
  const auto key_of = [](std::string_view literal) -> std::pair<Tier, std::uint32_t> {
    if (literal.size() >= 8) return {kLong, hash_of_eight(load_prefix(literal.data(), 8))};
    if (literal.size() >= 4) return {kMiddle, hash_of_four(load_word(literal.data()))};
    return {kShort, pair_of(literal.data())};
  };
  const auto bucket_of_literal = [&](std::string_view literal) {
    const auto [tier, key] = key_of(literal);
    return bucket_of(tier, key);
  };
  bucket_begin_.assign(3 * kBuckets + 1, 0);
  for (std::size_t l = 0; l < literal_count(); ++l) {
    ++bucket_begin_[bucket_of_literal(literal(l)) + 1];
  }
  for (std::size_t b = 0; b < 3 * kBuckets; ++b) bucket_begin_[b + 1] += bucket_begin_[b];
  bucket_entries_.resize(literal_count());
  for (auto& filter : filters_) filter.assign(std::size_t{1} << 10, 0);
  std::vector<std::uint32_t> fill(bucket_begin_.begin(), bucket_begin_.end() - 1);
  const std::string ones(8, '\xff');
  for (std::size_t l = 0; l < literal_count(); ++l) {
    const std::string_view text = literal(l);
    const std::size_t head = std::min<std::size_t>(text.size(), 8);
    bucket_entries_[fill[bucket_of_literal(text)]++] =
        Entry{load_prefix(text.data(), head), load_prefix(ones.data(), head),
              static_cast<std::uint32_t>(l)};
    const auto [tier, key] = key_of(text);
    filters_[tier][key >> 6] |= std::uint64_t{1} << (key & 63);
  }
}

std::string_view squeeze_whitespace(std::string_view text, std::string& buffer) {
  buffer.resize(text.size());
  std::size_t used = 0;
  bool after_space = false;
  for (const char c : text) {
    const bool space = is_ascii_space(c);
    if (space && after_space) continue;
    buffer[used++] = space ? ' ' : c;
    after_space = space;
  }
  return std::string_view(buffer).substr(0, used);
}

void LiteralPrefilter::candidates(std::string_view lowered, std::vector<int>* out) const {
  out->assign(always_.begin(), always_.end());
  thread_local std::string squeezed_buffer;
  const std::string_view squeezed = squeeze_whitespace(lowered, squeezed_buffer);
  thread_local std::vector<unsigned char> literal_seen;
  thread_local std::vector<std::uint8_t> sets_met;  // per pattern
  thread_local std::vector<std::uint32_t> seen_literals;
  thread_local std::vector<std::uint32_t> touched;
  literal_seen.resize(std::max(literal_seen.size(), literal_count()));
  sets_met.resize(std::max(sets_met.size(), all_sets_.size()));
  seen_literals.clear();
  touched.clear();
  const char* text = squeezed.data();
  const std::size_t size = squeezed.size();
  const auto try_bucket = [&](std::size_t b, std::size_t i, std::uint64_t word) {
    for (std::uint32_t k = bucket_begin_[b]; k < bucket_begin_[b + 1]; ++k) {
      const Entry& entry = bucket_entries_[k];
      if ((word & entry.mask) != entry.prefix) continue;
      const std::uint32_t l = entry.literal;
      if (literal_seen[l]) continue;
      const std::size_t length = literal_offset_[l + 1] - literal_offset_[l];
      if (length > size - i) continue;  // past the end, where `word` was padded with zeros
      if (length > 8 && std::memcmp(text + i + 8, literal_bytes_.data() + literal_offset_[l] + 8,
                                    length - 8) != 0) {
        continue;
      }
      literal_seen[l] = 1;
      seen_literals.push_back(l);
    }
  };
  // Most positions: eight bytes ahead, all three tiers.
  std::size_t i = 0;
  for (; i + 8 <= size; ++i) {
    const std::uint64_t word = swar::load(text + i);
    const unsigned pair = pair_of(text + i);
    const std::uint32_t four = hash_of_four(load_word(text + i));
    const std::uint32_t eight = hash_of_eight(word);
    if (has_bit(filters_[kShort], pair)) try_bucket(bucket_of(kShort, pair), i, word);
    if (has_bit(filters_[kMiddle], four)) try_bucket(bucket_of(kMiddle, four), i, word);
    if (has_bit(filters_[kLong], eight)) try_bucket(bucket_of(kLong, eight), i, word);
  }
  // The last seven: no long literal fits.
  for (; i + 1 < size; ++i) {
    const std::uint64_t word = load_prefix(text + i, size - i);
    const unsigned pair = pair_of(text + i);
    if (has_bit(filters_[kShort], pair)) try_bucket(bucket_of(kShort, pair), i, word);
    if (size - i < 4) continue;
    const std::uint32_t four = hash_of_four(load_word(text + i));
    if (has_bit(filters_[kMiddle], four)) try_bucket(bucket_of(kMiddle, four), i, word);
  }
  for (const std::uint32_t l : seen_literals) {
    literal_seen[l] = 0;
    for (std::uint32_t k = literal_begin_[l]; k < literal_begin_[l + 1]; ++k) {
      const std::uint32_t p = needed_by_[k] >> 3;
      if (!sets_met[p]) touched.push_back(p);
      sets_met[p] |= static_cast<std::uint8_t>(1u << (needed_by_[k] & 7));
    }
  }
  for (const std::uint32_t p : touched) {
    if (sets_met[p] == all_sets_[p]) out->push_back(static_cast<int>(p));
    sets_met[p] = 0;
  }
  std::sort(out->begin(), out->end());
}

}  // namespace replylint
