// SPDX-License-Identifier: MIT
#include "json_record.hpp"

#include "json_scan.hpp"
#include "record_fields.hpp"

namespace replylint::readers {

Speaker json_speaker(std::string_view text, std::size_t object, const InputOptions& options) {
  if (!options.role_field.empty()) {
    if (auto role = find_json_path(text, object, options.role_field)) {
      const std::optional<std::string> value = json_scalar_text(text, *role);
      return value && is_agent_role(*value, options) ? Speaker::Agent : Speaker::Other;
    }
  }
  // Exports such as {"agent": "@handle", "message": …} / {"client": …} name the role by key.
  for (const std::string& role : options.agent_roles) {
    if (find_json_member(text, object, role)) return Speaker::Agent;
  }
  return Speaker::Unknown;
}

std::optional<std::size_t> find_json_text(std::string_view text, std::size_t object,
                                          const InputOptions& options, std::string* field) {
  for (const std::string& candidate : text_field_candidates(options)) {
    if (auto at = find_json_path(text, object, candidate)) {
      *field = candidate;
      return at;
    }
  }
  return std::nullopt;
}

std::string json_record_id(std::string_view text, std::size_t object, const InputOptions& options) {
  if (options.id_field.empty()) return "";
  const auto at = find_json_path(text, object, options.id_field);
  if (!at) return "";
  std::optional<std::string> value = json_scalar_text(text, *at);
  return value && *value != "null" ? *value : "";
}

std::optional<ReplySpan> json_string_reply(const ReaderInput& input, std::size_t offset,
                                           std::string id) {
  DecodedText decoded;
  if (!decode_json_string(input.text, offset, &decoded)) return std::nullopt;
  return make_decoded_reply(input, std::move(decoded), std::move(id));
}

void SkippedTexts::add(std::size_t offset, std::string reason) {
  if (count_++ == 0) {
    first_offset_ = offset;
    first_reason_ = std::move(reason);
  }
}

void SkippedTexts::report(const ReaderInput& input, Diagnostics& diagnostics) const {
  if (count_ == 0) return;
  std::string message = first_reason_;
  if (count_ > 1) message += " (" + std::to_string(count_) + " such messages skipped)";
  report_at(input, first_offset_, DiagnosticLevel::Warning, std::move(message), diagnostics);
}

}  // namespace replylint::readers
