// SPDX-License-Identifier: MIT
// Shared by every reader: turns a region of the input into a ReplySpan, trimmed, with template
// placeholders blanked, and with the cheapest representation that keeps offsets exact.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "replylint/document.hpp"
#include "replylint/reader.hpp"

namespace replylint::readers {

/// Text decoded from an escaped region (a JSON string, a quoted CSV cell): `origin[i]` is the
/// offset in ReaderInput::text of the escape sequence that produced byte i; one extra entry past
/// the end holds the offset just after the last sequence.
struct DecodedText {
  std::string text;
  std::vector<std::uint32_t> origin;

  /// Appends `bytes`, all produced by the escape sequence that starts at `source_offset`.
  void append(std::string_view bytes, std::size_t source_offset);
  /// Appends `bytes` copied verbatim from the source starting at `source_offset`.
  void append_literal(std::string_view bytes, std::size_t source_offset);
  /// Closes the map: `end_offset` is where the region ends (e.g. the closing quote).
  void finish(std::size_t end_offset);
};

/// The reply made of input.text[begin, end): placeholders blanked, surrounding whitespace
/// trimmed. `view`, when given, is a same-length copy of input.text in which a reader already
/// blanked excluded parts (quoted lines, code blocks); the reply's text comes from it. Returns
/// nullopt when nothing but whitespace remains.
std::optional<ReplySpan> make_reply(const ReaderInput& input, std::size_t begin, std::size_t end,
                                    std::string id, std::string_view view = {});

/// The reply made of decoded text (offsets relative to input.text): placeholders blanked,
/// whitespace trimmed, origins shifted to file offsets. A region without escapes becomes a plain
/// span. Returns nullopt when nothing but whitespace remains.
std::optional<ReplySpan> make_decoded_reply(const ReaderInput& input, DecodedText decoded,
                                            std::string id);

/// Reports a problem at input.text[offset] as path:line:col with the source line.
void report_at(const ReaderInput& input, std::size_t offset, DiagnosticLevel level,
               std::string message, Diagnostics& diagnostics);

/// The same, when the caller knows that `offset` lies on the line starting at `line_begin`,
/// which is line `line_index` (0-based) of the chunk: no counting from the start.
void report_on_line(const ReaderInput& input, std::size_t line_index, std::size_t line_begin,
                    std::size_t offset, DiagnosticLevel level, std::string message,
                    Diagnostics& diagnostics);

}  // namespace replylint::readers
