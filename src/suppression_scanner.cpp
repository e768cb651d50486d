// SPDX-License-Identifier: MIT
// Finding suppression comments in a document (suppressions.hpp); applying them is in
// suppressions.cpp.
#include <algorithm>
#include <optional>

#include "replylint/ascii.hpp"
#include "replylint/byte_scan.hpp"
#include "replylint/did_you_mean.hpp"
#include "replylint/suppressions.hpp"

namespace replylint {
namespace {

constexpr std::string_view kPrefix = "replylint-";

// The next occurrence of a delimiter, remembered between calls. The scan asks with ever larger
// offsets, so every byte is searched about once, and a file full of unclosed "<!--" or "{%"
// stays linear instead of quadratic.
class NextOccurrence {
 public:
  NextOccurrence(std::string_view text, std::string_view needle) : text_(text), needle_(needle) {}

  std::size_t from(std::size_t offset) {
    // The last answer holds when it was searched from at or before `offset` and lies at or after
    // it (or there was none at all).
    const bool valid = asked_ != std::string_view::npos && asked_ <= offset &&
                       (found_ == std::string_view::npos || found_ >= offset);
    if (!valid) {
      found_ = text_.find(needle_, offset);
      asked_ = offset;
    }
    return found_;
  }

 private:
  std::string_view text_;
  std::string_view needle_;
  std::size_t asked_ = std::string_view::npos;  // the offset `found_` answers; npos: never asked
  std::size_t found_ = std::string_view::npos;
};

// A comment found in the text: the whole of it, and the part between its delimiters.
struct Comment {
  std::size_t begin, end;
  std::size_t body_begin, body_end;
};

struct Keyword {
  std::string_view name;
  DirectiveKind kind;
};

const std::vector<Keyword>& keywords() {
  static const std::vector<Keyword> table = {
      {"replylint-disable-next-line", DirectiveKind::DisableNextLine},
      {"replylint-disable-line", DirectiveKind::DisableLine},
      {"replylint-disable", DirectiveKind::Disable},
      {"replylint-enable", DirectiveKind::Enable},
  };
  return table;
}

std::size_t skip_spaces(std::string_view text, std::size_t i) {
  while (i < text.size() && (text[i] == ' ' || text[i] == '\t')) ++i;
  return i;
}

// `{% … %}` starting at `at`: the tag's word ("comment", "endcomment", "#…") and its end.
struct LiquidTag {
  std::size_t word;  // offset of the first non-space after "{%" and an optional '-'
  std::size_t end;   // one past "%}", npos when unterminated
};

bool tag_word_is(std::string_view text, const LiquidTag& tag, std::string_view word) {
  if (text.compare(tag.word, word.size(), word) != 0) return false;
  const std::size_t after = tag.word + word.size();
  return after < text.size() &&
         (is_ascii_space(text[after]) || text[after] == '-' || text[after] == '%');
}

// Finds the comments of one text in increasing order of their starts (HTML, Jinja, Liquid
// inline or block).
class CommentFinder {
 public:
  explicit CommentFinder(std::string_view text) : text_(text) {}

  // The comment that starts at `at`, if one does; `at` must not decrease between calls.
  std::optional<Comment> at(std::size_t at) {
    if (text_.compare(at, 4, "<!--") == 0) {
      const std::size_t close = html_close_.from(at + 4);
      if (close == std::string_view::npos) return std::nullopt;
      return Comment{at, close + 3, at + 4, close};
    }
    if (text_.compare(at, 2, "{#") == 0) return jinja_comment(at);
    if (text_.compare(at, 2, "{%") == 0) {
      const LiquidTag tag = liquid_tag(at, tag_close_);
      if (tag.end == std::string_view::npos || tag.word >= text_.size()) return std::nullopt;
      if (text_[tag.word] == '#') {
        std::size_t body_end = tag.end - 2;
        if (body_end > tag.word + 1 && text_[body_end - 1] == '-') --body_end;
        return Comment{at, tag.end, tag.word + 1, body_end};
      }
      if (tag_word_is(text_, tag, "comment")) return liquid_block(at, tag);
    }
    return std::nullopt;
  }

 private:
  std::optional<Comment> jinja_comment(std::size_t at) {
    const std::size_t close = jinja_close_.from(at + 2);
    if (close == std::string_view::npos) return std::nullopt;
    std::size_t body_begin = at + 2, body_end = close;
    if (body_begin < body_end && (text_[body_begin] == '-' || text_[body_begin] == '+')) {
      ++body_begin;
    }
    if (body_end > body_begin && (text_[body_end - 1] == '-' || text_[body_end - 1] == '+')) {
      --body_end;
    }
    return Comment{at, close + 2, body_begin, body_end};
  }

  LiquidTag liquid_tag(std::size_t at, NextOccurrence& close_finder) {
    std::size_t i = at + 2;
    if (i < text_.size() && text_[i] == '-') ++i;
    i = skip_spaces(text_, i);
    const std::size_t close = close_finder.from(i);
    return {i, close == std::string_view::npos ? close : close + 2};
  }

  // `{% comment %} … {% endcomment %}`; nullopt when unterminated. Its own finders: these
  // searches run ahead of the main scan.
  std::optional<Comment> liquid_block(std::size_t at, const LiquidTag& open) {
    for (std::size_t from = open.end; (from = inner_open_.from(from)) != std::string_view::npos;
         from += 2) {
      const LiquidTag close = liquid_tag(from, inner_close_);
      if (close.end != std::string_view::npos && tag_word_is(text_, close, "endcomment")) {
        return Comment{at, close.end, open.end, from};
      }
    }
    return std::nullopt;
  }

  std::string_view text_;
  NextOccurrence html_close_{text_, "-->"};
  NextOccurrence jinja_close_{text_, "#}"};
  NextOccurrence tag_close_{text_, "%}"};
  NextOccurrence inner_open_{text_, "{%"};
  NextOccurrence inner_close_{text_, "%}"};
};

// A line that is a directive on its own (plain text), optionally after `#` or `//`.
std::optional<Comment> line_directive_at(std::string_view text, std::size_t line_begin) {
  std::size_t end = text.find('\n', line_begin);
  if (end == std::string_view::npos) end = text.size();
  std::size_t i = skip_spaces(text, line_begin);
  if (text.compare(i, 2, "//") == 0) {
    i += 2;
  } else if (i < end && text[i] == '#') {
    ++i;
  }
  i = skip_spaces(text, i);
  if (text.compare(i, kPrefix.size(), kPrefix) != 0) return std::nullopt;
  const std::size_t begin = skip_spaces(text, line_begin);
  std::size_t body_end = end;
  if (body_end > i && text[body_end - 1] == '\r') --body_end;
  return Comment{begin, body_end, i, body_end};
}

// Words of `text` split at commas and whitespace, with offsets relative to `base`.
std::vector<DirectiveRule> split_rules(std::string_view text, std::size_t base) {
  std::vector<DirectiveRule> out;
  for (std::size_t i = 0; i < text.size();) {
    if (is_ascii_space(text[i]) || text[i] == ',') {
      ++i;
      continue;
    }
    std::size_t end = i;
    while (end < text.size() && !is_ascii_space(text[end]) && text[end] != ',') ++end;
    out.push_back({std::string(text.substr(i, end - i)), base + i});
    i = end;
  }
  return out;
}

std::string collapse_spaces(std::string_view text) {
  std::string out;
  for (const char c : text) {
    if (is_ascii_space(c)) {
      if (!out.empty() && out.back() != ' ') out += ' ';
    } else {
      out += c;
    }
  }
  if (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

// Reads the directive in the comment's body, which starts with "replylint-" after spaces.
SuppressionDirective parse_directive(std::string_view text, const Comment& comment) {
  std::size_t begin = comment.body_begin;
  std::size_t end = comment.body_end;
  while (begin < end && is_ascii_space(text[begin])) ++begin;
  while (end > begin && is_ascii_space(text[end - 1])) --end;
  SuppressionDirective directive;
  directive.offset = begin;
  directive.length = end - begin;
  directive.comment_begin = comment.begin;
  directive.comment_end = comment.end;
  std::size_t word_end = begin;
  while (word_end < end && !is_ascii_space(text[word_end])) ++word_end;
  const std::string_view word = text.substr(begin, word_end - begin);
  const auto known = std::find_if(keywords().begin(), keywords().end(),
                                  [&](const Keyword& keyword) { return keyword.name == word; });
  if (known == keywords().end()) {
    std::vector<std::string> names;
    for (const Keyword& keyword : keywords()) names.emplace_back(keyword.name);
    directive.problem = "unknown directive \"" + std::string(word) + "\"" +
                        did_you_mean_suffix(word, names) + "; it suppresses nothing";
    return directive;
  }
  directive.kind = known->kind;
  // The reason follows the first "--" that starts a word, so rule ids may contain hyphens.
  const std::string_view rest = text.substr(word_end, end - word_end);
  std::size_t separator = std::string_view::npos;
  for (std::size_t at = rest.find("--"); at != std::string_view::npos;
       at = rest.find("--", at + 1)) {
    if (at == 0 || is_ascii_space(rest[at - 1])) {
      separator = at;
      break;
    }
  }
  const std::string_view named = rest.substr(0, separator);
  directive.rules = split_rules(named, word_end);
  if (separator != std::string_view::npos) {
    directive.reason = collapse_spaces(rest.substr(separator + 2));
  }
  if (directive.rules.empty() && directive.kind != DirectiveKind::Enable) {
    directive.problem =
        std::string(word) + " names no rule; write a rule id, PACK/* or all before \" -- reason\"";
  }
  return directive;
}

}  // namespace

std::string_view directive_keyword(DirectiveKind kind) {
  for (const Keyword& keyword : keywords()) {
    if (keyword.kind == kind) return keyword.name;
  }
  return "replylint-disable";
}

Suppressions scan_suppressions(std::string_view content) {
  Suppressions out;
  CommentFinder comments(content);
  bool line_start = true;
  for (std::size_t i = 0; i < content.size();) {
    if (line_start) {
      line_start = false;
      if (const std::optional<Comment> line = line_directive_at(content, i)) {
        out.directives.push_back(parse_directive(content, *line));
        i = line->end;
        continue;
      }
    }
    const char c = content[i];
    if (c == '\n') {
      line_start = true;
      ++i;
      continue;
    }
    if (c != '<' && c != '{') {
      i = find_any_of<'\n', '<', '{'>(content, i + 1);  // the next byte this loop acts on
      continue;
    }
    const std::optional<Comment> comment = comments.at(i);
    if (!comment) {
      ++i;
      continue;
    }
    std::size_t body = comment->body_begin;
    while (body < comment->body_end && is_ascii_space(content[body])) ++body;
    if (content.compare(body, kPrefix.size(), kPrefix) == 0) {
      out.directives.push_back(parse_directive(content, *comment));
    }
    i = comment->end;  // a comment's inside is never scanned again
  }
  return out;
}

}  // namespace replylint
