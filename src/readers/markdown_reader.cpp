// SPDX-License-Identifier: MIT
// Markdown macro libraries: every ATX heading ("## Refund delay") starts a macro whose reply is
// the text up to the next heading, named by the heading. A heading with deeper headings under
// it ("# Billing" over "## Refund delay") names a group: its own text introduces the group and
// is no macro. Fenced code blocks and HTML comments are notes for humans, not text sent to
// customers: they are blanked in place.
#include <optional>

#include "readers.hpp"
#include "reply_builder.hpp"
#include "replylint/ascii.hpp"
#include "replylint/placeholders.hpp"

namespace replylint::readers {
namespace {

struct Line {
  std::size_t begin = 0;
  std::size_t end = 0;   // without the line break
  std::size_t next = 0;  // start of the next line
};

std::size_t indent_of(std::string_view line) {
  std::size_t i = 0;
  while (i < line.size() && line[i] == ' ') ++i;
  return i;
}

struct Fence {
  char marker = '`';
  std::size_t length = 0;
};

// "```lang" or "~~~" indented at most three spaces.
std::optional<Fence> fence_of(std::string_view line) {
  const std::size_t i = indent_of(line);
  if (i > 3 || i >= line.size() || (line[i] != '`' && line[i] != '~')) return std::nullopt;
  std::size_t j = i;
  while (j < line.size() && line[j] == line[i]) ++j;
  if (j - i < 3) return std::nullopt;
  return Fence{line[i], j - i};
}

bool closes(std::string_view line, const Fence& open) {
  const std::optional<Fence> fence = fence_of(line);
  if (!fence || fence->marker != open.marker || fence->length < open.length) return false;
  for (std::size_t i = indent_of(line) + fence->length; i < line.size(); ++i) {
    if (!is_ascii_space(line[i])) return false;
  }
  return true;
}

struct Heading {
  int level = 0;
  std::string title;
};

// An ATX heading ("## Title ##" gives level 2, "Title"), or nullopt.
std::optional<Heading> heading_of(std::string_view line) {
  std::size_t i = indent_of(line);
  if (i > 3) return std::nullopt;
  std::size_t level = 0;
  while (i + level < line.size() && line[i + level] == '#') ++level;
  if (level == 0 || level > 6) return std::nullopt;
  i += level;
  if (i < line.size() && line[i] != ' ' && line[i] != '\t') return std::nullopt;
  std::string_view title = trim_ascii_space(line.substr(i));
  // An optional closing run of '#' after a blank.
  std::size_t hashes = title.size();
  while (hashes > 0 && title[hashes - 1] == '#') --hashes;
  if (hashes == 0 || title[hashes - 1] == ' ' || title[hashes - 1] == '\t') {
    title = title.substr(0, hashes);
    while (!title.empty() && is_ascii_space(title.back())) title.remove_suffix(1);
  }
  return Heading{static_cast<int>(level), std::string(title)};
}

// Blanks HTML comments in view[from, to), continuing one left open by an earlier line.
void blank_comments(std::string& view, std::size_t from, std::size_t to, bool* in_comment) {
  const std::string_view line = std::string_view(view).substr(0, to);
  for (std::size_t i = from; i < to;) {
    std::size_t comment_begin = i;
    if (!*in_comment) {
      const std::size_t open = line.find("<!--", i);
      if (open == std::string_view::npos) return;
      comment_begin = open;
      i = open + 4;
      *in_comment = true;
    }
    const std::size_t close = line.find("-->", i);
    if (close == std::string_view::npos) {
      blank_range(view, comment_begin, to);
      return;
    }
    blank_range(view, comment_begin, close + 3);
    *in_comment = false;
    i = close + 3;
  }
}

// YAML front matter ("---" … "---" or "...") at the very start: metadata, never a reply.
std::size_t front_matter_end(std::string_view text) {
  if (text.substr(0, 3) != "---") return 0;
  std::size_t line = text.find('\n');
  if (line == std::string_view::npos || text.substr(0, line).find_first_not_of("-\r") != 3) {
    return 0;
  }
  for (std::size_t begin = line + 1; begin < text.size();) {
    std::size_t end = text.find('\n', begin);
    const std::size_t next = end == std::string_view::npos ? text.size() : end + 1;
    std::string_view content = text.substr(begin, next - begin);
    while (!content.empty() && is_ascii_space(content.back())) content.remove_suffix(1);
    if (content == "---" || content == "...") return next;
    begin = next;
  }
  return 0;
}

struct Section {
  std::size_t begin = 0;
  std::size_t end = 0;
  Heading heading;
};

}  // namespace

std::vector<ReplySpan> read_markdown(const ReaderInput& input, const InputOptions& /*options*/,
                                     Diagnostics& /*diagnostics*/) {
  const std::string_view text = input.text;
  std::string view(text);
  std::vector<Section> sections;
  std::optional<Section> preamble;
  std::optional<Fence> fence;
  bool in_comment = false;
  const std::size_t start = front_matter_end(text);
  blank_range(view, 0, start);
  preamble = Section{start, text.size(), {}};
  auto close_section = [&](std::size_t at) {
    if (preamble) {
      preamble->end = at;
    } else if (!sections.empty()) {
      sections.back().end = at;
    }
  };
  for (std::size_t begin = start; begin < text.size();) {
    std::size_t end = text.find('\n', begin);
    const std::size_t next = end == std::string_view::npos ? text.size() : end + 1;
    if (end == std::string_view::npos) end = text.size();
    const std::string_view line = text.substr(begin, end - begin);
    std::optional<Heading> heading;
    if (fence) {
      if (closes(line, *fence)) fence.reset();
      blank_range(view, begin, end);
    } else if (!in_comment && (fence = fence_of(line))) {
      blank_range(view, begin, end);
    } else if (!in_comment && (heading = heading_of(line))) {
      close_section(begin);
      preamble.reset();
      sections.push_back({next, text.size(), *heading});
    } else {
      blank_comments(view, begin, end, &in_comment);
    }
    begin = next;
  }
  close_section(text.size());
  std::vector<ReplySpan> out;
  // With no heading the file is one reply; otherwise text before the first heading introduces
  // the library and is no macro.
  if (preamble) sections.push_back(*preamble);
  for (std::size_t i = 0; i < sections.size(); ++i) {
    const bool group =
        i + 1 < sections.size() && sections[i + 1].heading.level > sections[i].heading.level;
    if (group) continue;
    if (auto reply = make_reply(input, sections[i].begin, sections[i].end,
                                std::move(sections[i].heading.title), view)) {
      out.push_back(std::move(*reply));
    }
  }
  return out;
}

}  // namespace replylint::readers
