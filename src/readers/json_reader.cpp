// SPDX-License-Identifier: MIT
// JSON conversation exports: an array of conversations (or one conversation), each holding an
// array of turns. Agent turns are replies; so is any string at a --reply-field path of a
// conversation. An array of plain records (no turns anywhere) reads like JSON Lines. The mapping
// is options, not a vendor's schema.
#include "json_record.hpp"
#include "json_scan.hpp"
#include "readers.hpp"
#include "record_fields.hpp"

namespace replylint::readers {
namespace {

class ConversationReader {
 public:
  ConversationReader(const ReaderInput& input, const InputOptions& options,
                     std::vector<ReplySpan>& out)
      : input_(input), text_(input.text), options_(options), out_(out) {}

  /// The turns array of the conversation object at `conversation`, if it has one.
  std::optional<std::size_t> turns_of(std::size_t conversation) const {
    if (text_[conversation] != '{') return std::nullopt;
    const std::vector<std::string> candidates =
        options_.turns_field.empty() ? kDefaultTurnsFields
                                     : std::vector<std::string>{options_.turns_field};
    for (const std::string& candidate : candidates) {
      const auto at = find_json_path(text_, conversation, candidate);
      if (at && text_[*at] == '[') return at;
    }
    return std::nullopt;
  }

  void read_conversation(std::size_t conversation, std::size_t turns, const std::string& name) {
    ++conversations_;
    std::string prefix = json_record_id(text_, conversation, options_);
    if (prefix.empty()) prefix = name;
    read_turns(turns, prefix, Speaker::Other);
    for (const std::string& path : options_.reply_fields) {
      const auto at = find_json_path(text_, conversation, path);
      if (at && text_[*at] == '"') add_reply(*at, prefix.empty() ? path : prefix + " " + path);
    }
  }

  /// Reads the agent turns of the array at `turns`. `unknown` says who wrote a turn that names
  /// no role: in a conversation it is not the agent; in a bare list of records it is.
  void read_turns(std::size_t turns, const std::string& prefix, Speaker unknown) {
    std::size_t number = 0;
    for_each_json_element(text_, turns,
                          [&](std::size_t turn) { read_turn(turn, ++number, prefix, unknown); });
  }

  /// Reads turn number `number` (1-based) at `turn`, as read_turns() does.
  void read_turn(std::size_t turn, std::size_t number, const std::string& prefix, Speaker unknown) {
    if (text_[turn] != '{') return;
    Speaker speaker = json_speaker(text_, turn, options_);
    if (speaker == Speaker::Unknown) speaker = unknown;
    if (speaker != Speaker::Agent) return;
    std::string field;
    const std::optional<std::size_t> value = find_json_text(text_, turn, options_, &field);
    if (!value) {
      skipped_.add(turn, "agent turn has no text field (looked for " +
                             join_names(text_field_candidates(options_)) + ")");
      return;
    }
    if (text_[*value] != '"') {
      skipped_.add(*value, "field \"" + field + "\" is not a string");
      return;
    }
    std::string id = json_record_id(text_, turn, options_);
    if (id.empty() && unknown == Speaker::Other) {
      id = (prefix.empty() ? "" : prefix + " ") + "turn " + std::to_string(number);
    }
    add_reply(*value, std::move(id));
  }

  void finish(Diagnostics& diagnostics, bool found_messages) const {
    skipped_.report(input_, diagnostics);
    if (!found_messages) {
      const std::string looked_for =
          options_.turns_field.empty() ? join_names(kDefaultTurnsFields) : options_.turns_field;
      report_at(input_, skip_json_space(text_, 0), DiagnosticLevel::Warning,
                "no conversation found: no array of turns at " + looked_for +
                    " and no array of records (set --turns-field; docs/input-formats.md)",
                diagnostics);
    }
  }

  std::size_t conversations() const { return conversations_; }

 private:
  void add_reply(std::size_t value, std::string id) {
    if (auto reply = json_string_reply(input_, value, std::move(id))) out_.push_back(*reply);
  }

  const ReaderInput& input_;
  std::string_view text_;
  const InputOptions& options_;
  std::vector<ReplySpan>& out_;
  SkippedTexts skipped_;
  std::size_t conversations_ = 0;
};

/// The offsets of the elements in a streamed chunk (ReaderInput::json_first_element): the
/// optional `[` (first chunk only), elements separated by `,`, and the closing `]` with nothing
/// but whitespace after it (last chunk only). Each element is validated on its own with
/// check_json(), so an error inside one is reported with the whole-file path's message and
/// position; a misplaced separator gets a message of ours. Nothing is copied.
std::optional<JsonSyntaxError> chunk_elements(std::string_view text, bool opens,
                                              std::vector<std::size_t>* elements) {
  std::size_t i = skip_json_space(text, 0);
  if (opens) {
    if (i >= text.size() || text[i] != '[') return JsonSyntaxError{i, "expected '['"};
    i = skip_json_space(text, i + 1);
  }
  bool after_comma = false;
  while (i < text.size()) {
    if (text[i] == ']') {
      if (after_comma) return JsonSyntaxError{i, "expected a value after ','"};
      const std::size_t rest = skip_json_space(text, i + 1);
      if (rest < text.size()) return JsonSyntaxError{rest, "unexpected data after the array"};
      return std::nullopt;
    }
    const std::size_t end = json_value_end(text, i);
    if (end == i) return JsonSyntaxError{i, "expected a value"};
    if (auto error = check_json(text.substr(i, end - i))) {
      error->offset += i;
      return error;
    }
    elements->push_back(i);
    i = skip_json_space(text, end);
    after_comma = i < text.size() && text[i] == ',';
    if (after_comma) {
      i = skip_json_space(text, i + 1);
    } else if (i < text.size() && text[i] != ']') {
      return JsonSyntaxError{i, "expected ',' or ']' after an array element"};
    }
  }
  // The chunk ends inside the array: the next chunk goes on with it. (A file cut short ends
  // here too; the streamed path cannot tell, and reads the elements it has.)
  return std::nullopt;
}

// A streamed chunk of a top-level array. As read_json() does with the whole array, but each
// chunk decides on its own whether its elements are conversations or plain records.
std::vector<ReplySpan> read_json_elements(const ReaderInput& input, const InputOptions& options,
                                          Diagnostics& diagnostics) {
  std::vector<ReplySpan> out;
  const std::size_t first = *input.json_first_element;
  std::vector<std::size_t> elements;
  if (auto error = chunk_elements(input.text, first == 0, &elements)) {
    report_at(input, error->offset, DiagnosticLevel::Error, "malformed JSON: " + error->message,
              diagnostics);
    return out;
  }
  ConversationReader reader(input, options, out);
  for (std::size_t k = 0; k < elements.size(); ++k) {
    if (auto turns = reader.turns_of(elements[k])) {
      reader.read_conversation(elements[k], *turns,
                               "conversation " + std::to_string(first + k + 1));
    }
  }
  if (reader.conversations() == 0) {
    for (std::size_t k = 0; k < elements.size(); ++k) {
      reader.read_turn(elements[k], first + k + 1, "", Speaker::Agent);
    }
  }
  reader.finish(diagnostics, true);  // an array: "no conversation found" does not apply
  return out;
}

}  // namespace

std::vector<ReplySpan> read_json(const ReaderInput& input, const InputOptions& options,
                                 Diagnostics& diagnostics) {
  if (input.json_first_element) return read_json_elements(input, options, diagnostics);
  std::vector<ReplySpan> out;
  if (auto error = check_json(input.text)) {
    report_at(input, error->offset, DiagnosticLevel::Error, "malformed JSON: " + error->message,
              diagnostics);
    return out;
  }
  const std::string_view text = input.text;
  const std::size_t root = skip_json_space(text, 0);
  ConversationReader reader(input, options, out);
  bool records = false;
  if (text[root] == '{') {
    if (auto turns = reader.turns_of(root)) reader.read_conversation(root, *turns, "");
  } else if (text[root] == '[') {
    std::size_t index = 0;
    for_each_json_element(text, root, [&](std::size_t element) {
      ++index;
      if (auto turns = reader.turns_of(element)) {
        reader.read_conversation(element, *turns, "conversation " + std::to_string(index));
      }
    });
    if (reader.conversations() == 0) {
      records = true;
      reader.read_turns(root, "", Speaker::Agent);
    }
  }
  reader.finish(diagnostics, records || reader.conversations() > 0);
  return out;
}

}  // namespace replylint::readers
