// SPDX-License-Identifier: MIT
// One JSON object standing for a message (a JSON Lines record or a conversation turn): who wrote
// it, where its text is, what its id is. Shared by the jsonl and json readers.
#pragma once

#include <optional>
#include <string>

#include "reply_builder.hpp"

namespace replylint::readers {

/// Who wrote a message, as far as its fields tell.
enum class Speaker { Agent, Other, Unknown };

/// The speaker of the object at text[object]: by the value at --role-field when present
/// (compared with --agent-role), else Agent when the object has a member named like an agent
/// role (`{"agent": "@handle", "message": …}`), else Unknown.
Speaker json_speaker(std::string_view text, std::size_t object, const InputOptions& options);

/// Where the text of the object at text[object] is: the offset of the first text-field candidate
/// present. `field` gets its name. nullopt when none is present.
std::optional<std::size_t> find_json_text(std::string_view text, std::size_t object,
                                          const InputOptions& options, std::string* field);

/// The value at --id-field as text ("" when absent or not a scalar).
std::string json_record_id(std::string_view text, std::size_t object, const InputOptions& options);

/// The reply held by the string value at input.text[offset], mapped through its escapes.
/// nullopt when the value is blank.
std::optional<ReplySpan> json_string_reply(const ReaderInput& input, std::size_t offset,
                                           std::string id);

/// Counts messages whose text could not be read and reports them once, at the first one, so a
/// file of a million such records gives one warning rather than a million.
class SkippedTexts {
 public:
  void add(std::size_t offset, std::string reason);
  void report(const ReaderInput& input, Diagnostics& diagnostics) const;

 private:
  std::size_t count_ = 0;
  std::size_t first_offset_ = 0;
  std::string first_reason_;
};

}  // namespace replylint::readers
