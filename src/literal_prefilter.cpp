// SPDX-License-Identifier: MIT
#include "replylint/literal_prefilter.hpp"

#include <algorithm>
#include <cstring>
#include <map>

namespace replylint {

LiteralPrefilter::LiteralPrefilter(const std::vector<std::optional<RequiredLiterals>>& literals)
    : all_sets_(literals.size(), 0) {
  // Each distinct string once, whatever role it plays.
  std::map<std::string, std::uint32_t> ids;
  auto usable = [](const std::optional<RequiredLiterals>& required) {
    if (!required) return false;  // the table is keyed by two bytes: shorter strings never match
    for (const auto& set : required->all_of) {
      for (const auto& literal : set) {
        if (literal.size() < 2) return false;
      }
    }
    return true;
  };
  for (const auto& required : literals) {
    if (!usable(required)) continue;
    for (const auto& set : required->all_of) {
      for (const auto& literal : set) ids.emplace(literal, 0);
    }
  }
  for (auto& [literal, id] : ids) {
    id = static_cast<std::uint32_t>(literals_.size());
    literals_.push_back(literal);
  }

  // literal -> (pattern, set) pairs it satisfies
  std::vector<std::vector<std::uint32_t>> needers(literals_.size());
  for (std::size_t p = 0; p < literals.size(); ++p) {
    const std::size_t sets =
        usable(literals[p]) ? std::min<std::size_t>(literals[p]->all_of.size(), 8) : 0;
    if (sets == 0) {
      always_.push_back(static_cast<int>(p));
      continue;
    }
    for (std::size_t s = 0; s < sets; ++s) {
      all_sets_[p] |= static_cast<std::uint8_t>(1u << s);
      for (const std::string& literal : literals[p]->all_of[s]) {
        needers[ids.at(literal)].push_back(static_cast<std::uint32_t>(p << 3 | s));
      }
    }
  }
  literal_begin_.reserve(literals_.size() + 1);
  for (const auto& patterns : needers) {
    literal_begin_.push_back(static_cast<std::uint32_t>(needed_by_.size()));
    needed_by_.insert(needed_by_.end(), patterns.begin(), patterns.end());
  }
  literal_begin_.push_back(static_cast<std::uint32_t>(needed_by_.size()));

  // Bucket table in two counting passes (a flat array: no allocation per bucket).
  bucket_begin_.assign(kBuckets + 1, 0);
  auto bucket_of = [](const std::string& literal) {
    return bucket(static_cast<unsigned char>(literal[0]), static_cast<unsigned char>(literal[1]));
  };
  for (const std::string& literal : literals_) ++bucket_begin_[bucket_of(literal) + 1];
  for (std::size_t b = 0; b < kBuckets; ++b) bucket_begin_[b + 1] += bucket_begin_[b];
  bucket_literals_.resize(literals_.size());
  std::vector<std::uint32_t> fill(bucket_begin_.begin(), bucket_begin_.end() - 1);
  for (std::size_t l = 0; l < literals_.size(); ++l) {
    bucket_literals_[fill[bucket_of(literals_[l])]++] = static_cast<std::uint32_t>(l);
  }
}

void LiteralPrefilter::candidates(std::string_view lowered, std::vector<int>* out) const {
  out->assign(always_.begin(), always_.end());
  thread_local std::vector<unsigned char> literal_seen;
  thread_local std::vector<std::uint8_t> sets_met;  // per pattern
  thread_local std::vector<std::uint32_t> seen_literals;
  thread_local std::vector<std::uint32_t> touched;
  literal_seen.resize(std::max(literal_seen.size(), literals_.size()));
  sets_met.resize(std::max(sets_met.size(), all_sets_.size()));
  seen_literals.clear();
  touched.clear();
  const char* text = lowered.data();
  const std::size_t size = lowered.size();
  for (std::size_t i = 0; i + 1 < size; ++i) {
    const std::size_t b =
        bucket(static_cast<unsigned char>(text[i]), static_cast<unsigned char>(text[i + 1]));
    for (std::uint32_t k = bucket_begin_[b]; k < bucket_begin_[b + 1]; ++k) {
      const std::uint32_t l = bucket_literals_[k];
      if (literal_seen[l]) continue;
      const std::string& literal = literals_[l];
      if (literal.size() <= size - i &&
          std::memcmp(text + i, literal.data(), literal.size()) == 0) {
        literal_seen[l] = 1;
        seen_literals.push_back(l);
      }
    }
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
