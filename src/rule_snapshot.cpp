// SPDX-License-Identifier: MIT
#include "replylint/rule_snapshot.hpp"

#include <cstdint>
#include <cstring>
#include <type_traits>

namespace replylint {
namespace {

// Bumped whenever the field lists below change.
constexpr std::string_view kMagic = "replylint rule snapshot 1\n";

// The one list of what is stored, shared by writing and reading so they cannot drift apart.
// `T` is const when writing.
template <class A, class T>
void fields(A& a, T& location) requires std::is_same_v<std::remove_const_t<T>, SourceLocation> {
  a(location.path, location.line, location.column, location.pointer, location.line_text);
}

template <class A, class T>
void fields(A& a, T& literals) requires std::is_same_v<std::remove_const_t<T>, RequiredLiterals> {
  a(literals.all_of, literals.starts_with);
}

template <class A, class T>
void fields(A& a, T& pattern) requires std::is_same_v<std::remove_const_t<T>, Pattern> {
  a(pattern.text, pattern.location, pattern.literals_known, pattern.literals);
}

template <class A, class T>
void fields(A& a, T& example) requires std::is_same_v<std::remove_const_t<T>, RuleExample> {
  a(example.text, example.location);
}

template <class A, class T>
void fields(A& a, T& rule) requires std::is_same_v<std::remove_const_t<T>, Rule> {
  a(rule.id, rule.pack, rule.category, rule.dimension, rule.severity, rule.weight, rule.message);
  a(rule.patterns, rule.unless, rule.unless_before, rule.unless_after, rule.window,
    rule.unless_reply_has, rule.case_sensitive);
  a(rule.suggest, rule.explain, rule.source, rule.match_examples, rule.no_match_examples,
    rule.location);
}

template <class A, class T>
void fields(A& a, T& scoring) requires std::is_same_v<std::remove_const_t<T>, ScoringModel> {
  a(scoring.base, scoring.coverage_bonus, scoring.repeat_factor, scoring.softened_categories,
    scoring.repair_factor, scoring.dismissive_categories, scoring.dismissive_ratio,
    scoring.empathetic_min_dimensions, scoring.empathetic_min_score);
}

template <class A, class T>
void fields(A& a, T& pack) requires std::is_same_v<std::remove_const_t<T>, RulePack> {
  a(pack.path, pack.name, pack.rules, pack.has_scoring, pack.scoring);
}

template <class T>
struct is_vector : std::false_type {};
template <class T>
struct is_vector<std::vector<T>> : std::true_type {};
template <class T>
struct is_optional : std::false_type {};
template <class T>
struct is_optional<std::optional<T>> : std::true_type {};

// Fixed-width little-endian-as-the-host numbers: the snapshot never leaves the build that wrote
// it.
class Writer {
 public:
  template <class... Ts>
  void operator()(const Ts&... values) {
    (one(values), ...);
  }
  std::string take() { return std::move(out_); }

 private:
  template <class T>
  void one(const T& value) {
    if constexpr (std::is_same_v<T, std::string>) {
      raw(static_cast<std::uint32_t>(value.size()));
      out_.append(value);
    } else if constexpr (std::is_same_v<T, bool>) {
      out_.push_back(value ? 1 : 0);
    } else if constexpr (std::is_enum_v<T>) {
      raw(static_cast<std::int32_t>(value));
    } else if constexpr (std::is_arithmetic_v<T>) {
      raw(value);
    } else if constexpr (is_vector<T>::value) {
      raw(static_cast<std::uint32_t>(value.size()));
      for (const auto& item : value) one(item);
    } else if constexpr (is_optional<T>::value) {
      one(value.has_value());
      if (value) one(*value);
    } else {
      fields(*this, value);
    }
  }
  template <class T>
  void raw(T value) {
    char bytes[sizeof(T)];
    std::memcpy(bytes, &value, sizeof(T));
    out_.append(bytes, sizeof(T));
  }
  std::string out_;
};

class Reader {
 public:
  explicit Reader(std::string_view in) : in_(in) {}
  template <class... Ts>
  void operator()(Ts&... values) {
    (one(values), ...);
  }
  bool ok() const { return ok_; }
  bool at_end() const { return in_.empty(); }

 private:
  template <class T>
  void one(T& value) {
    if (!ok_) return;
    if constexpr (std::is_same_v<T, std::string>) {
      const auto size = raw<std::uint32_t>();
      if (!take(size)) return;
      value.assign(in_.data() - size, size);
    } else if constexpr (std::is_same_v<T, bool>) {
      value = raw<char>() != 0;
    } else if constexpr (std::is_enum_v<T>) {
      value = static_cast<T>(raw<std::int32_t>());
    } else if constexpr (std::is_arithmetic_v<T>) {
      value = raw<T>();
    } else if constexpr (is_vector<T>::value) {
      const auto size = raw<std::uint32_t>();
      if (size > in_.size()) {  // every item takes at least a byte: a bad count, not a big one
        ok_ = false;
        return;
      }
      value.clear();
      value.resize(size);
      for (auto& item : value) one(item);
    } else if constexpr (is_optional<T>::value) {
      bool present = false;
      one(present);
      value.reset();
      if (present) one(value.emplace());
    } else {
      fields(*this, value);
    }
  }
  template <class T>
  T raw() {
    T value{};
    if (take(sizeof(T))) std::memcpy(&value, in_.data() - sizeof(T), sizeof(T));
    return value;
  }
  bool take(std::size_t size) {
    if (size > in_.size()) ok_ = false;
    if (!ok_) return false;
    in_.remove_prefix(size);
    return true;
  }
  std::string_view in_;
  bool ok_ = true;
};

}  // namespace

std::string write_rule_snapshot(const std::vector<RulePack>& packs) {
  Writer writer;
  writer(std::string(kMagic), packs);
  return writer.take();
}

std::optional<std::vector<RulePack>> read_rule_snapshot(std::string_view bytes) {
  Reader reader(bytes);
  std::string magic;
  std::vector<RulePack> packs;
  reader(magic, packs);
  if (!reader.ok() || magic != kMagic || !reader.at_end()) return std::nullopt;
  return packs;
}

}  // namespace replylint
