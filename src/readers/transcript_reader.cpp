// SPDX-License-Identifier: MIT
// Speaker transcripts: "Agent: …" / "Customer: …" lines, optionally timestamped; lines that do
// not start with a speaker label continue the previous turn. Only agent turns are replies.
#include <re2/re2.h>

#include <cctype>

#include "readers.hpp"
#include "reply_builder.hpp"

namespace replylint::readers {
namespace {

constexpr std::size_t kMaxLabelBytes = 40;
constexpr int kMaxLabelWords = 4;
constexpr std::size_t kMaxBracketedTimestamp = 40;

bool is_blank(char c) {
  return c == ' ' || c == '\t';
}
bool is_digit(char c) {
  return c >= '0' && c <= '9';
}

std::size_t skip_blanks(std::string_view line, std::size_t i) {
  while (i < line.size() && is_blank(line[i])) ++i;
  return i;
}

// "[10:02]", "(2024-01-02 10:02)": brackets around something that starts with a digit.
std::size_t bracketed_timestamp_end(std::string_view line, std::size_t i) {
  if (i + 1 >= line.size() || (line[i] != '[' && line[i] != '(') || !is_digit(line[i + 1])) {
    return i;
  }
  const std::size_t close = line.find(line[i] == '[' ? ']' : ')', i);
  if (close == std::string_view::npos || close - i > kMaxBracketedTimestamp) return i;
  return close + 1;
}

bool is_date_or_time(std::string_view word) {
  bool digit = false;
  for (char c : word) {
    if (is_digit(c)) {
      digit = true;
    } else if (c != ':' && c != '-' && c != '/' && c != '.' && c != ',' && c != 'T' && c != 'Z' &&
               c != '+') {
      return false;
    }
  }
  return digit;
}

bool is_meridiem(std::string_view word) {
  return word.size() == 2 &&
         (word[0] == 'a' || word[0] == 'A' || word[0] == 'p' || word[0] == 'P') &&
         (word[1] == 'm' || word[1] == 'M');
}

// "10:02:11", "2024-01-02 10:02", "10:02 AM", "2024-01-02T10:02:11Z": blank-separated words of
// digits and date/time punctuation, at least one with a ':' (a time of day).
std::size_t bare_timestamp_end(std::string_view line, std::size_t i) {
  std::size_t end = i;
  bool has_time = false;
  for (std::size_t word_begin = i; word_begin < line.size(); word_begin = skip_blanks(line, end)) {
    std::size_t word_end = word_begin;
    while (word_end < line.size() && !is_blank(line[word_end])) ++word_end;
    const std::string_view word = line.substr(word_begin, word_end - word_begin);
    if (is_date_or_time(word)) {
      has_time = has_time || word.find(':') != std::string_view::npos;
    } else if (!has_time || !is_meridiem(word)) {
      break;
    }
    end = word_end;
  }
  return has_time ? end : i;
}

// After a timestamp: "-", "–", "—" or "|" between blanks.
std::size_t skip_separator(std::string_view line, std::size_t i) {
  i = skip_blanks(line, i);
  if (line.substr(i, 1) == "-" || line.substr(i, 1) == "|") return skip_blanks(line, i + 1);
  if (line.substr(i, 3) == "\u2013" || line.substr(i, 3) == "\u2014") {
    return skip_blanks(line, i + 3);
  }
  return i;
}

bool label_char(char c) {
  return std::isalnum(static_cast<unsigned char>(c)) != 0 || c == ' ' || c == '.' || c == '\'' ||
         c == '-' || c == '_' || c == '(' || c == ')' || c == '@' || c == '&' || c == '#' ||
         static_cast<unsigned char>(c) >= 0x80;
}

struct SpeakerLine {
  bool timestamped = false;
  std::string_view label;
  std::size_t text_begin = 0;  // offset in the line where the turn's text starts
};

// A speaker line is "[timestamp] Label: text" where Label has at most four words.
std::optional<SpeakerLine> parse_speaker_line(std::string_view line) {
  SpeakerLine out;
  std::size_t i = skip_blanks(line, 0);
  std::size_t after = bracketed_timestamp_end(line, i);
  if (after == i) after = bare_timestamp_end(line, i);
  if (after != i) {
    out.timestamped = true;
    i = skip_separator(line, after);
  }
  const std::size_t label_begin = i;
  if (i >= line.size()) return std::nullopt;
  const unsigned char first = static_cast<unsigned char>(line[i]);
  if (std::isalpha(first) == 0 && first < 0x80 && first != '@') return std::nullopt;
  int words = 1;
  while (i < line.size() && line[i] != ':' && i - label_begin <= kMaxLabelBytes) {
    if (!label_char(line[i])) return std::nullopt;
    if (line[i] == ' ' && i + 1 < line.size() && line[i + 1] != ' ' && line[i + 1] != ':') ++words;
    ++i;
  }
  if (i >= line.size() || line[i] != ':' || words > kMaxLabelWords) return std::nullopt;
  // "Label:" then a blank or the end of the line; "https://…" is no label.
  if (i + 1 < line.size() && !is_blank(line[i + 1])) return std::nullopt;
  std::size_t label_end = i;
  while (label_end > label_begin && line[label_end - 1] == ' ') --label_end;
  out.label = line.substr(label_begin, label_end - label_begin);
  out.text_begin = skip_blanks(line, i + 1);
  return out;
}

const re2::RE2& default_agent_pattern() {
  static const re2::RE2 pattern = [] {
    re2::RE2::Options options(re2::RE2::Quiet);
    options.set_case_sensitive(false);
    return re2::RE2(re2::StringPiece(kDefaultAgentPattern.data(), kDefaultAgentPattern.size()),
                    options);
  }();
  return pattern;
}

struct Turn {
  bool agent = false;
  std::size_t text_begin = 0;  // offsets in the chunk
  std::size_t end = 0;
};

}  // namespace

std::vector<ReplySpan> read_transcript(const ReaderInput& input, const InputOptions& options,
                                       Diagnostics& /*diagnostics*/) {
  const re2::RE2& agent = options.agent_speaker ? *options.agent_speaker : default_agent_pattern();
  const std::string_view text = input.text;
  std::vector<ReplySpan> out;
  std::optional<Turn> turn;
  int turn_number = input.transcript.turns;
  std::optional<bool> timestamped_log = input.transcript.timestamped;  // first speaker line's
  auto close_turn = [&] {
    if (turn && turn->agent) {
      auto reply =
          make_reply(input, turn->text_begin, turn->end, "turn " + std::to_string(turn_number));
      if (reply) out.push_back(std::move(*reply));
    }
  };
  for (std::size_t line_begin = 0; line_begin < text.size();) {
    std::size_t line_end = text.find('\n', line_begin);
    const std::size_t next = line_end == std::string_view::npos ? text.size() : line_end + 1;
    if (line_end == std::string_view::npos) line_end = text.size();
    std::string_view line = text.substr(line_begin, line_end - line_begin);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    std::optional<SpeakerLine> speaker = parse_speaker_line(line);
    // In a timestamped log every turn carries a timestamp, so an untimed "Note: …" line is
    // the previous speaker's text, not a new speaker.
    if (speaker && timestamped_log && *timestamped_log && !speaker->timestamped) speaker.reset();
    if (speaker) {
      if (!timestamped_log) timestamped_log = speaker->timestamped;
      close_turn();
      ++turn_number;
      turn = Turn{re2::RE2::PartialMatch(speaker->label, agent), line_begin + speaker->text_begin,
                  line_begin + line.size()};
    } else if (turn) {
      turn->end = line_begin + line.size();
    }
    line_begin = next;
  }
  close_turn();
  return out;
}

}  // namespace replylint::readers

namespace replylint {

bool transcript_turn_starts(std::string_view line, TranscriptState* state) {
  if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
  const std::optional<readers::SpeakerLine> speaker = readers::parse_speaker_line(line);
  // Same rule as read_transcript(): in a timestamped log only timestamped lines start turns.
  if (!speaker || (state->timestamped.value_or(false) && !speaker->timestamped)) return false;
  if (!state->timestamped) state->timestamped = speaker->timestamped;
  ++state->turns;
  return true;
}

}  // namespace replylint
