// SPDX-License-Identifier: MIT
#include "record_chunker.hpp"

#include <algorithm>
#include <cstring>
#include <vector>

#include "replylint/suppressions.hpp"

namespace replylint {
namespace {

bool blank_line(std::string_view line) {
  return std::all_of(line.begin(), line.end(),
                     [](char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\f'; });
}

// A comment opened and not closed before the end: a directive inside it would be cut in two.
bool comment_open_at_end(std::string_view text) {
  const auto open = [&](std::string_view begin, std::string_view end) {
    const std::size_t b = text.rfind(begin);
    if (b == std::string_view::npos) return false;
    const std::size_t e = text.rfind(end);
    return e == std::string_view::npos || e < b;
  };
  return open("<!--", "-->") || open("{% comment", "endcomment") || open("{#", "#}");
}

// Lines as LineIndex counts them ("\n", "\r\n" and a lone "\r"), and '\n' bytes alone.
void count_lines(std::string_view text, int* lines, int* newlines) {
  const char* const first = text.data();
  const char* const last = first + text.size();
  int n = 0;
  for (const char* p = first; (p = static_cast<const char*>(std::memchr(p, '\n', last - p)));) {
    ++p;
    ++n;
  }
  int lone_cr = 0;
  for (const char* p = first; (p = static_cast<const char*>(std::memchr(p, '\r', last - p)));) {
    ++p;
    if (p == last || *p != '\n') ++lone_cr;
  }
  *newlines += n;
  *lines += n + lone_cr;
}

}  // namespace

bool suppression_open_at_end(std::string_view text) {
  if (text.find("replylint-") == std::string_view::npos) return false;  // the usual case
  if (comment_open_at_end(text)) return true;
  const Suppressions suppressions = scan_suppressions(text);
  // Open disable regions, by rule, closed the way replylint-enable closes them.
  std::vector<std::vector<std::string>> open;
  const SuppressionDirective* last_next_line = nullptr;
  for (const SuppressionDirective& d : suppressions.directives) {
    if (!d.problem.empty()) continue;
    if (d.kind == DirectiveKind::Disable) {
      std::vector<std::string> rules;
      for (const DirectiveRule& rule : d.rules) rules.push_back(rule.text);
      open.push_back(std::move(rules));
    } else if (d.kind == DirectiveKind::Enable) {
      if (d.rules.empty()) open.clear();
      for (const DirectiveRule& rule : d.rules) {
        for (auto block = open.rbegin(); block != open.rend(); ++block) {
          const auto it = std::find(block->begin(), block->end(), rule.text);
          if (it != block->end()) {
            block->erase(it);
            break;
          }
        }
      }
      std::erase_if(open, [](const auto& rules) { return rules.empty(); });
    } else if (d.kind == DirectiveKind::DisableNextLine) {
      last_next_line = &d;
    }
  }
  if (!open.empty()) return true;
  if (!last_next_line) return false;
  // Does a line with something besides whitespace and directives follow it?
  for (std::size_t i = last_next_line->comment_end; i < text.size();) {
    const auto inside = std::find_if(
        suppressions.directives.begin(), suppressions.directives.end(),
        [&](const SuppressionDirective& d) { return i >= d.comment_begin && i < d.comment_end; });
    if (inside != suppressions.directives.end()) {
      i = inside->comment_end;
    } else if (std::strchr(" \t\r\n\f", text[i]) != nullptr && text[i] != '\0') {
      ++i;
    } else {
      return false;
    }
  }
  return true;
}

RecordChunker::RecordChunker(ReadBytes read, RecordKind kind, std::size_t block_size)
    : read_(std::move(read)), kind_(kind), block_size_(std::max<std::size_t>(block_size, 1)) {}

void RecordChunker::fill(std::size_t want) {
  while (!eof_ && buffer_.size() < want) {
    const std::size_t old = buffer_.size();
    buffer_.resize(want);
    const long got = read_(buffer_.data() + old, want - old);
    buffer_.resize(old + static_cast<std::size_t>(std::max(got, 0L)));
    if (got <= 0) {
      eof_ = true;
      failed_ = got < 0;
    }
  }
}

void RecordChunker::scan_json() {
  const std::size_t size = buffer_.size();
  std::size_t i = scan_pos_;
  if (json_phase_ == JsonPhase::BeforeArray) {
    // A byte order mark can only come first; next() reads at least 3 bytes before scanning.
    if (offset_ == 0 && i == 0 && std::string_view(buffer_).substr(0, 3) == "\xEF\xBB\xBF") i = 3;
    while (i < size && std::strchr(" \t\r\n", buffer_[i]) != nullptr && buffer_[i] != '\0') ++i;
    if (i == size) {
      scan_pos_ = i;
      return;
    }
    if (buffer_[i] != '[') {
      json_phase_ = JsonPhase::Done;  // one object, or not JSON: read whole
      scan_pos_ = size;
      return;
    }
    json_phase_ = JsonPhase::InArray;
    json_array_ = true;
    json_depth_ = 1;
    json_expect_element_ = true;
    ++i;
  }
  for (; i < size && json_phase_ == JsonPhase::InArray; ++i) {
    // Enough for one chunk: stop, so a buffer that holds much more than a block (read ahead by
    // peek(), or at the end) is still handed out in block-sized chunks.
    if (cut_ > 0 && i >= std::max(block_size_, json_next_check_)) {
      if (cut_allowed(cut_)) break;
      json_next_check_ = i + block_size_;  // an open suppression region: look again a block on
    }
    const char c = buffer_[i];
    if (json_in_string_) {
      if (json_escape_) {
        json_escape_ = false;
      } else if (c == '\\') {
        json_escape_ = true;
      } else if (c == '"') {
        json_in_string_ = false;
      }
      continue;
    }
    if (c == ' ' || c == '\t' || c == '\r' || c == '\n') continue;
    if (json_depth_ == 1 && json_expect_element_ && c != ']') {
      // An element starts here: a chunk may end before it unless it is the first.
      if (json_elements_ > 0) {
        cut_ = i;
        json_cut_elements_ = json_elements_;
      }
      ++json_elements_;
      json_expect_element_ = false;
    }
    if (c == '"') {
      json_in_string_ = true;
    } else if (c == '[' || c == '{') {
      ++json_depth_;
    } else if (c == ']' || c == '}') {
      if (--json_depth_ == 0) json_phase_ = JsonPhase::Done;  // the rest stays in the last chunk
    } else if (c == ',' && json_depth_ == 1) {
      json_expect_element_ = true;
    }
  }
  scan_pos_ = json_phase_ == JsonPhase::InArray ? i : size;
}

void RecordChunker::scan() {
  if (kind_ == RecordKind::JsonArray) {
    scan_json();
    return;
  }
  while (scan_pos_ < buffer_.size()) {
    const std::size_t newline = buffer_.find('\n', scan_pos_);
    // Only complete lines: a transcript line must be seen whole to tell whether it starts a turn.
    if (newline == std::string::npos && !eof_) return;
    const std::size_t end = newline == std::string::npos ? buffer_.size() : newline + 1;
    const std::string_view line(buffer_.data() + scan_pos_, end - scan_pos_);
    const TranscriptState before = scan_state_;
    bool boundary = false;
    if (kind_ == RecordKind::Line) {
      boundary = true;
    } else if (kind_ == RecordKind::Paragraph) {
      boundary = previous_blank_;
      previous_blank_ = blank_line(line.substr(0, line.size() - (newline != std::string::npos)));
    } else {
      boundary = transcript_turn_starts(
          line.substr(0, line.size() - (newline != std::string::npos)), &scan_state_);
    }
    if (boundary && scan_pos_ > 0 && line.substr(0, 3) != "\xEF\xBB\xBF") {
      cut_ = scan_pos_;
      cut_state_ = before;
    }
    scan_pos_ = end;
  }
}

bool RecordChunker::cut_allowed(std::size_t cut) const {
  return !suppression_open_at_end(std::string_view(buffer_).substr(0, cut));
}

void RecordChunker::emit(std::size_t cut, const TranscriptState& state, Chunk* chunk) {
  chunk->text.assign(buffer_, 0, cut);
  chunk->base_offset = offset_;
  chunk->base_line = line_;
  chunk->base_newline_line = newline_line_;
  chunk->transcript = start_state_;
  chunk->json_first_element.reset();
  if (json_array_) chunk->json_first_element = json_handed_;
  json_handed_ = cut == cut_ ? json_cut_elements_ : json_elements_;
  json_next_check_ = 0;
  buffer_.erase(0, cut);
  offset_ += cut;
  count_lines(chunk->text, &line_, &newline_line_);
  start_state_ = state;
  scan_pos_ -= std::min(scan_pos_, cut);
  cut_ = 0;
}

std::string_view RecordChunker::peek(std::size_t size) {
  fill(size);
  return std::string_view(buffer_).substr(0, size);
}

bool RecordChunker::next(Chunk* chunk) {
  std::size_t want = block_size_;
  // JsonArray looks for a byte order mark in the first 3 bytes.
  if (kind_ == RecordKind::JsonArray && offset_ == 0) want = std::max<std::size_t>(want, 3);
  while (true) {
    fill(want);
    scan();
    if (eof_) {
      // The rest is at most one block plus the record that made the buffer grow; a read error
      // ends the input where it happened.
      if (buffer_.empty()) return false;
      // Still cut at the last boundary: the rest may be much more than a block.
      if (cut_ > 0 && cut_allowed(cut_)) {
        emit(cut_, cut_state_, chunk);
      } else {
        emit(buffer_.size(), scan_state_, chunk);
      }
      return true;
    }
    if (cut_ > 0 && cut_allowed(cut_)) {
      emit(cut_, cut_state_, chunk);
      return true;
    }
    // No boundary yet (a record longer than a block, or an open suppression region): read more.
    want = buffer_.size() + block_size_;
  }
}

}  // namespace replylint
