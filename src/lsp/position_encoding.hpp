// SPDX-License-Identifier: MIT
#pragma once

#include <cstddef>
#include <optional>
#include <string_view>

#include "replylint/text_position.hpp"

namespace replylint::lsp {

/// The unit of `Position.character` agreed at initialize. UTF-16 is the LSP default every client
/// supports; UTF-8 is chosen when the client offers it (bytes are what replylint stores).
/// UTF-32 is never needed: a client must always accept UTF-16.
enum class PositionEncoding { Utf8, Utf16 };

/// "utf-8" or "utf-16", the PositionEncodingKind strings.
std::string_view to_string(PositionEncoding encoding);

/// An LSP position: 0-based line and 0-based character in the negotiated unit.
struct Position {
  int line = 0;
  int character = 0;
  bool operator==(const Position&) const = default;
};

/// An LSP range, end exclusive.
struct Range {
  Position start;
  Position end;
  bool operator==(const Range&) const = default;
};

/// The `character` of the point after the first `code_points` code points of `line` (all of it
/// when shorter): for positions known in code points, like those of rule-file diagnostics.
int character_after(std::string_view line, std::size_t code_points, PositionEncoding encoding);

/// Converts between byte offsets into a UTF-8 text and LSP positions. Lines end at `\n`,
/// `\r\n` or a lone `\r`, as LSP defines them (and as LineIndex does). Every character counts,
/// a byte order mark included, because the client's buffer holds it too. The text must outlive
/// the mapper.
class PositionMapper {
 public:
  PositionMapper(std::string_view text, PositionEncoding encoding);

  /// The position of byte `offset` (clamped to the text size).
  Position position(std::size_t offset) const;

  /// The range of bytes [begin, end).
  Range range(std::size_t begin, std::size_t end) const { return {position(begin), position(end)}; }

  /// The byte offset of `position`, or nullopt when its line lies past the end of the text (the
  /// line just after the last one is accepted as the end of the text). Following LSP 3.17, a
  /// character past the end of its line means the end of the line; one that falls inside a
  /// character (half a surrogate pair, a byte inside a UTF-8 sequence) snaps to its start.
  std::optional<std::size_t> offset(Position position) const;

 private:
  /// Byte offset where the content of 0-based `line` ends (before its terminator).
  std::size_t line_end(int line) const;

  std::string_view text_;
  PositionEncoding encoding_;
  LineIndex lines_;
};

}  // namespace replylint::lsp
