// SPDX-License-Identifier: MIT
#include "replylint/required_literals.hpp"

#include <algorithm>
#include <cctype>

#include "replylint/ascii.hpp"

namespace replylint {
namespace {

// Bounds that keep the analysis cheap; past them a set is cut, never made unsound. Strings past
// a dozen characters select no better than their first dozen.
constexpr std::size_t kMaxStrings = 256;  // strings in one exact set
constexpr std::size_t kMaxLength = 12;    // characters in one exact string
constexpr std::size_t kMaxClass = 16;     // members of a class still read as alternatives
constexpr std::size_t kMaxSets = 6;       // sets kept per pattern (the most selective)

using Strings = std::vector<std::string>;  // sorted and unique

// What one piece of a pattern can match. `exact`: every string it can match, when that is a
// small finite set. `all_of`: sets such that every match contains a string of each. `repeated`:
// for x+ and x{n,}, the strings one copy of x can match (the first copy ends what precedes it).
struct Info {
  std::optional<Strings> exact;
  std::vector<Strings> all_of;
  std::optional<Strings> repeated;
  std::optional<Strings> prefix;  // every match starts with one of these (none empty)
};

Strings sorted_unique(Strings strings) {
  std::sort(strings.begin(), strings.end());
  strings.erase(std::unique(strings.begin(), strings.end()), strings.end());
  return strings;
}

std::size_t shortest(const Strings& strings) {
  std::size_t length = std::string::npos;
  for (const auto& s : strings) length = std::min(length, s.size());
  return strings.empty() ? 0 : length;
}

// Past six characters a literal is about as selective as it gets; then fewer strings to look
// for is better.
bool more_selective(const Strings& a, const Strings& b) {
  const std::size_t la = std::min<std::size_t>(shortest(a), 6);
  const std::size_t lb = std::min<std::size_t>(shortest(b), 6);
  return la != lb ? la > lb : a.size() < b.size();
}

// A set with "" in it is met by every text: it says nothing.
void require(std::vector<Strings>& all_of, const Strings& set) {
  if (shortest(set) == 0) return;
  if (std::find(all_of.begin(), all_of.end(), set) == all_of.end()) all_of.push_back(set);
}

const Strings* most_selective(const std::vector<Strings>& all_of) {
  const Strings* best = nullptr;
  for (const auto& set : all_of) {
    if (!best || more_selective(set, *best)) best = &set;
  }
  return best;
}

// An exact set says all there is to say about its piece: then `all_of` stays empty.
bool usable_exact(const Info& info) {
  return info.exact && shortest(*info.exact) > 0;
}

// The sets every match of the piece meets.
const std::vector<Strings>& sets_of(const Info& info, std::vector<Strings>& scratch) {
  if (!usable_exact(info)) return info.all_of;
  scratch.assign(1, *info.exact);
  return scratch;
}

Info finished(Info info) {
  if (usable_exact(info)) {
    info.all_of.clear();
    info.prefix = info.exact;
  }
  return info;
}

// The set, if it can serve as a prefix or a requirement (no empty string in it).
std::optional<Strings> if_usable(const std::optional<Strings>& set) {
  if (set && shortest(*set) > 0) return sorted_unique(*set);
  return std::nullopt;
}

Info exactly(Strings strings) {
  Info info;
  info.exact = sorted_unique(std::move(strings));
  return finished(std::move(info));
}

// `squeeze`: the strings are looked for in text whose whitespace runs are one space each
// (squeeze_whitespace), so a space ending `l` and one starting `r` are the same space.
std::optional<Strings> cross(const Strings& left, const Strings& right, bool squeeze) {
  if (left.size() * right.size() > kMaxStrings) return std::nullopt;
  Strings out;
  out.reserve(left.size() * right.size());
  for (const auto& l : left) {
    for (const auto& r : right) {
      // Past kMaxLength a string is cut (what is cut is the start of what every match holds, so
      // still required); a string that long may already be cut, so nothing is joined to it.
      if (l.size() >= kMaxLength) {
        out.push_back(l);
        continue;
      }
      const bool shared_space =
          squeeze && !l.empty() && !r.empty() && l.back() == ' ' && r[0] == ' ';
      const std::string_view rest = std::string_view(r).substr(shared_space ? 1 : 0);
      std::string joined;
      joined.reserve(l.size() + rest.size());
      joined.append(l).append(rest);
      if (joined.size() > kMaxLength) joined.resize(kMaxLength);
      out.push_back(std::move(joined));
    }
  }
  return sorted_unique(std::move(out));
}

bool is_ascii(char c) {
  return static_cast<unsigned char>(c) < 0x80;
}

// A recursive-descent reader of RE2 syntax that computes Info instead of a tree. Anything it
// does not understand sets `failed_`, and the whole pattern gets no literals. `squeeze`: the
// strings are for text with each run of whitespace squeezed to one space, where `\s+` is
// exactly " " and a phrase like `sorry\s+to\s+hear` is one string instead of three.
class Analyzer {
 public:
  Analyzer(std::string_view pattern, bool squeeze) : p_(pattern), squeeze_(squeeze) {}

  std::optional<Info> run() {
    Info info = alternation();
    if (failed_ || i_ != p_.size()) return std::nullopt;
    if (usable_exact(info)) info.all_of = {*info.exact};
    return info;
  }

 private:
  bool at_end() const { return i_ >= p_.size(); }
  char peek(std::size_t ahead = 0) const { return i_ + ahead < p_.size() ? p_[i_ + ahead] : '\0'; }
  Info fail() {
    failed_ = true;
    return {};
  }

  Info alternation() {
    std::vector<Info> branches{concatenation()};
    while (!failed_ && peek() == '|' && !at_end()) {
      ++i_;
      branches.push_back(concatenation());
    }
    if (branches.size() == 1) return branches[0];
    Info out;
    Strings exact, any;
    bool all_exact = true, all_required = true;
    for (const Info& branch : branches) {
      if (branch.exact && all_exact) {
        exact.insert(exact.end(), branch.exact->begin(), branch.exact->end());
      } else {
        all_exact = false;
      }
      // A match takes one branch: it contains a string of that branch's best set.
      const Strings* best = usable_exact(branch) ? &*branch.exact : most_selective(branch.all_of);
      if (best && all_required) {
        any.insert(any.end(), best->begin(), best->end());
      } else {
        all_required = false;
      }
    }
    if (all_exact && exact.size() <= kMaxStrings) out.exact = sorted_unique(std::move(exact));
    if (all_required) require(out.all_of, sorted_unique(std::move(any)));
    // A match starts as its branch does.
    Strings starts;
    for (const Info& branch : branches) {
      const std::optional<Strings>& prefix = usable_exact(branch) ? branch.exact : branch.prefix;
      if (!prefix) {
        starts.clear();
        break;
      }
      starts.insert(starts.end(), prefix->begin(), prefix->end());
    }
    if (!starts.empty()) out.prefix = sorted_unique(std::move(starts));
    return finished(std::move(out));
  }

  Info concatenation() {
    Info out;
    std::optional<Strings> run = Strings{""};  // cross product of the current run of exact items
    bool whole = true;                         // that run still spans every item so far
    auto end_run = [&] {
      if (run) require(out.all_of, sorted_unique(std::move(*run)));
      run.reset();
    };
    // Called once, when the run first stops spanning everything from the start: what every
    // match starts with is then that run (if it is usable) or what the breaking item starts with.
    auto leave_start = [&](std::optional<Strings> starts) {
      if (whole) out.prefix = if_usable(starts);
      whole = false;
    };
    while (!failed_ && !at_end() && peek() != '|' && peek() != ')') {
      // Plain characters (most of a phrase pattern) go straight onto the run.
      if (const char c = peek(); is_plain(c) && !quantifier_at(i_ + 1)) {
        ++i_;
        const char lowered = literal_char(c);
        if (run && all_can_grow(*run)) {
          for (std::string& s : *run) {
            if (!(lowered == ' ' && squeeze_ && !s.empty() && s.back() == ' ')) s += lowered;
          }
        } else {
          if (run) leave_start(run);
          end_run();
          run = Strings{std::string(1, lowered)};
        }
        continue;
      }
      Info item = atom();
      if (failed_) return {};
      item = repeated(std::move(item));
      if (failed_) return {};
      if (item.repeated) {  // x+: the run goes on into the first copy, the last copy starts one
        std::optional<Strings> joined = run ? cross(*run, *item.repeated, squeeze_) : std::nullopt;
        if (joined) require(out.all_of, *joined);
        leave_start(joined ? joined : run);
        end_run();
        run = item.repeated;
        continue;
      }
      if (!item.exact) {
        // Nothing matched yet (only assertions): the match starts as the item does.
        leave_start(run && *run == Strings{""} ? item.prefix : run);
        end_run();
        for (const Strings& set : item.all_of) require(out.all_of, set);  // never exact here
        continue;
      }
      std::optional<Strings> joined = run ? cross(*run, *item.exact, squeeze_) : std::nullopt;
      if (!joined) {  // after a non-exact item, or the product grew too large: start again
        if (run) leave_start(run);
        end_run();
        joined = std::move(item.exact);
      }
      run = std::move(joined);
    }
    if (run && whole) {
      out.exact = sorted_unique(std::move(*run));
      return finished(std::move(out));
    }
    end_run();
    return finished(std::move(out));
  }

  // A character of the pattern as the analysed text holds it: lowered, and whitespace as the
  // space it is squeezed to.
  char literal_char(char c) const { return squeeze_ && is_ascii_space(c) ? ' ' : ascii_lower(c); }

  // RE2 syntax characters; every other ASCII character matches itself.
  static bool is_plain(char c) {
    return is_ascii(c) && std::string_view("\\()[]{}|.^$*+?").find(c) == std::string_view::npos;
  }

  static bool all_can_grow(const Strings& run) {
    for (const auto& s : run) {
      if (s.size() >= kMaxLength) return false;
    }
    return true;
  }

  bool quantifier_at(std::size_t j) {
    if (j >= p_.size()) return false;
    const char c = p_[j];
    if (c == '?' || c == '*' || c == '+') return true;
    if (c != '{') return false;
    const std::size_t saved = i_;
    i_ = j;
    int min = 0, max = 0;
    const bool counted = counted_repeat(&min, &max);
    i_ = saved;
    return counted;
  }

  // `item` followed by an optional quantifier.
  Info repeated(Info item) {
    int min = 1, max = 1;  // max -1: unbounded
    const char c = peek();
    if (c == '?') {
      min = 0;
    } else if (c == '*') {
      min = 0, max = -1;
    } else if (c == '+') {
      max = -1;
    } else if (c == '{') {
      if (!counted_repeat(&min, &max)) return item;  // a literal '{', read as the next atom
    } else {
      return item;
    }
    if (c != '{') ++i_;
    if (peek() == '?') ++i_;  // non-greedy: the same strings
    if (peek() == '*' || peek() == '+' || peek() == '?' || (peek() == '{' && quantifier_at(i_))) {
      return fail();  // RE2 rejects a repeated repeat
    }
    // Any number of whitespace characters squeezes to one space (or none).
    if (squeeze_ && item.exact == Strings{" "}) {
      if (max == 0) return exactly({""});
      return exactly(min >= 1 ? Strings{" "} : Strings{"", " "});
    }
    if (min >= 1) {  // at least one copy: it still needs what one copy needs
      Info out;
      std::vector<Strings> scratch;
      out.all_of = sets_of(item, scratch);
      out.prefix = usable_exact(item) ? item.exact : item.prefix;
      if (min == 1 && max == 1) out.exact = item.exact;
      if (max != 1 && item.exact && shortest(*item.exact) > 0) out.repeated = item.exact;
      return out;
    }
    Info out;  // may be absent
    if (max == 1 && item.exact) {
      Strings strings = *item.exact;
      strings.push_back("");
      out.exact = sorted_unique(std::move(strings));
    }
    return out;
  }

  // {n}, {n,} or {n,m} at i_; advances past it when it is one.
  bool counted_repeat(int* min, int* max) {
    std::size_t j = i_ + 1;
    auto number = [&](int* value) {
      const std::size_t begin = j;
      long n = 0;
      while (j < p_.size() && std::isdigit(static_cast<unsigned char>(p_[j])) && j - begin < 6) {
        n = n * 10 + (p_[j++] - '0');
      }
      *value = static_cast<int>(n);
      return j > begin;
    };
    if (!number(min)) return false;
    *max = *min;
    if (j < p_.size() && p_[j] == ',') {
      ++j;
      if (!number(max)) *max = -1;
    }
    if (j >= p_.size() || p_[j] != '}') return false;
    i_ = j + 1;
    return true;
  }

  Info atom() {
    const char c = p_[i_++];
    switch (c) {
      case '(':
        return group();
      case '[':
        return char_class();
      case '\\':
        return escape();
      case '.':
        return {};
      case '^':
      case '$':
        return exactly({""});
      case '*':
      case '+':
      case '?':
        return fail();  // nothing to repeat
      default:
        // A byte of a multi-byte character: its case variants are not modelled, so "some byte".
        if (!is_ascii(c)) return {};
        return exactly({std::string(1, literal_char(c))});
    }
  }

  Info group() {
    if (peek() == '?') {
      if (peek(1) == ':') {
        i_ += 2;
      } else if (peek(1) == 'P' || peek(1) == '<') {
        const std::size_t close = p_.find('>', i_);
        if (close == std::string_view::npos) return fail();
        i_ = close + 1;
      } else {
        return fail();  // inline flags change how everything after them matches
      }
    }
    Info inside = alternation();
    if (failed_ || peek() != ')' || at_end()) return fail();
    ++i_;
    return inside;
  }

  Info escape() {
    if (at_end()) return fail();
    const char e = p_[i_++];
    switch (e) {
      case 'b':
      case 'B':
      case 'A':
      case 'z':
        return exactly({""});
      case 'd':
      case 'D':
      case 'S':
      case 'w':
      case 'W':
        return {};
      case 's':
        return squeeze_ ? exactly({" "}) : Info{};
      case 'n':
        return exactly({std::string(1, literal_char('\n'))});
      case 't':
        return exactly({std::string(1, literal_char('\t'))});
      case 'r':
        return exactly({std::string(1, literal_char('\r'))});
      case 'f':
        return exactly({std::string(1, literal_char('\f'))});
      case 'v':
        return exactly({"\v"});
      default:
        // Punctuation stands for itself; letters and digits name things not modelled here.
        if (!is_ascii(e) || std::isalnum(static_cast<unsigned char>(e))) return fail();
        return exactly({std::string(1, literal_char(e))});
    }
  }

  // [...] at i_ (after '['): its members as one-character alternatives when it is a short plain
  // list; otherwise "some character".
  Info char_class() {
    bool plain = true;
    if (peek() == '^') {
      plain = false;
      ++i_;
    }
    Strings members;
    bool first = true;
    while (!at_end() && (peek() != ']' || first)) {
      first = false;
      char c = p_[i_++];
      if (c == '[' && peek() == ':') {
        const std::size_t close = p_.find(":]", i_);
        if (close == std::string_view::npos) return fail();
        i_ = close + 2;
        plain = false;
        continue;
      }
      if (c == '\\') {
        if (at_end()) return fail();
        c = p_[i_++];
        if (squeeze_ && c == 's') {
          members.push_back(" ");
          continue;
        }
        if (!is_ascii(c) || std::isalnum(static_cast<unsigned char>(c))) {
          plain = false;  // \d, \s, \x41 …: not a single known character
          if (c == 'x' || c == 'p' || c == 'P') return fail();
          continue;
        }
      } else if (c == '-' && !members.empty() && peek() != ']') {
        plain = false;  // a range
        continue;
      }
      if (!is_ascii(c)) {  // a byte of a multi-byte member: the class is no short plain list
        plain = false;
        continue;
      }
      members.push_back(std::string(1, literal_char(c)));
    }
    if (at_end()) return fail();
    ++i_;  // ']'
    if (!plain || members.empty() || members.size() > kMaxClass) return {};
    return exactly(std::move(members));
  }

  std::string_view p_;
  const bool squeeze_;
  std::size_t i_ = 0;
  bool failed_ = false;
};

}  // namespace

std::optional<RequiredLiterals> required_literals(std::string_view pattern,
                                                  std::size_t min_length) {
  // What every match contains is looked for in squeezed text; where a match starts, in the
  // lowered text itself (the anchored span search reads that).
  std::optional<Info> info = Analyzer(pattern, true).run();
  if (!info) return std::nullopt;
  const std::optional<Info> unsqueezed = Analyzer(pattern, false).run();
  std::vector<Strings>& sets = info->all_of;
  std::erase_if(sets, [&](const Strings& set) { return shortest(set) < min_length; });
  if (sets.empty()) return std::nullopt;
  std::stable_sort(sets.begin(), sets.end(), more_selective);
  if (sets.size() > kMaxSets) sets.resize(kMaxSets);
  RequiredLiterals out{std::move(sets), {}};
  if (unsqueezed && unsqueezed->prefix && shortest(*unsqueezed->prefix) >= min_length) {
    out.starts_with = *unsqueezed->prefix;
  }
  return out;
}

}  // namespace replylint
