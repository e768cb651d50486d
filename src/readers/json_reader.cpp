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
    for_each_json_element(text_, turns, [&](std::size_t turn) {
      ++number;
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
    });
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

}  // namespace

std::vector<ReplySpan> read_json(const ReaderInput& input, const InputOptions& options,
                                 Diagnostics& diagnostics) {
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
