// SPDX-License-Identifier: MIT
#include "record_chunker.hpp"

#include <algorithm>
#include <catch2/catch.hpp>
#include <cstring>
#include <string>
#include <vector>

using namespace replylint;

namespace {

// Feeds `text` in reads of at most `step` bytes, as a pipe would.
ReadBytes reader_of(const std::string& text, std::size_t step = 7) {
  auto at = std::make_shared<std::size_t>(0);
  return [text, at, step](char* buffer, std::size_t size) -> long {
    const std::size_t n = std::min({size, step, text.size() - *at});
    std::memcpy(buffer, text.data() + *at, n);
    *at += n;
    return static_cast<long>(n);
  };
}

std::vector<Chunk> chunks_of(const std::string& text, RecordKind kind, std::size_t block) {
  RecordChunker chunker(reader_of(text), kind, block);
  std::vector<Chunk> out;
  for (Chunk chunk; chunker.next(&chunk);) out.push_back(chunk);
  return out;
}

std::string joined(const std::vector<Chunk>& chunks) {
  std::string out;
  for (const Chunk& chunk : chunks) out += chunk.text;
  return out;
}

// The chunks give back `text`, none ends inside a suppression region, and one chunk holds the
// whole region: from its "disable" to its closing `enable_mark`.
void check_region_kept_whole(const std::vector<Chunk>& chunks, const std::string& text,
                             const std::string& enable_mark) {
  CHECK(joined(chunks) == text);
  for (const Chunk& chunk : chunks) {
    INFO(chunk.text);
    CHECK_FALSE(suppression_open_at_end(chunk.text));
  }
  CHECK(std::any_of(chunks.begin(), chunks.end(), [&](const Chunk& c) {
    return c.text.find("disable") != std::string::npos &&
           c.text.find(enable_mark) != std::string::npos;
  }));
}

}  // namespace

TEST_CASE("chunker: records crossing a block boundary stay whole") {
  const std::string text = "{\"text\": \"one\"}\n{\"text\": \"two two\"}\n{\"text\": \"three\"}\n";
  const std::vector<Chunk> chunks = chunks_of(text, RecordKind::Line, 20);
  REQUIRE(chunks.size() > 1);
  CHECK(joined(chunks) == text);
  std::size_t offset = 0;
  int line = 1;
  for (const Chunk& chunk : chunks) {
    CHECK(chunk.base_offset == offset);
    CHECK(chunk.base_line == line);
    CHECK(chunk.text.back() == '\n');  // ends after a record
    offset += chunk.text.size();
    line += static_cast<int>(std::count(chunk.text.begin(), chunk.text.end(), '\n'));
  }
}

TEST_CASE("chunker: CRLF and a multibyte character are never split") {
  // Blocks of 5 bytes would fall inside "\r\n" and inside the 3-byte U+2019.
  const std::string text =
      "a\xE2\x80\x99"
      "b\r\nc\xE2\x80\x99"
      "d\r\n\r\ne\r\n";
  const std::vector<Chunk> chunks = chunks_of(text, RecordKind::Line, 5);
  CHECK(joined(chunks) == text);
  for (const Chunk& chunk : chunks) {
    CHECK(chunk.text.substr(chunk.text.size() - 2) == "\r\n");
  }
  REQUIRE(chunks.size() > 1);
  int line = 1;
  for (const Chunk& chunk : chunks) {
    CHECK(chunk.base_line == line);
    line += static_cast<int>(std::count(chunk.text.begin(), chunk.text.end(), '\n'));
  }
}

TEST_CASE("chunker: lone CR counts as a line like LineIndex does") {
  const std::string text = "a\rb\nc\n";
  const std::vector<Chunk> chunks = chunks_of(text, RecordKind::Line, 2);
  REQUIRE(chunks.size() == 2);
  CHECK(chunks[1].base_line == 3);          // "a", "b" before it
  CHECK(chunks[1].base_newline_line == 2);  // one '\n' before it
}

TEST_CASE("chunker: a record longer than a block makes its chunk longer") {
  const std::string big(100, 'x');
  const std::string text = "short\n" + big + "\nend\n";
  const std::vector<Chunk> chunks = chunks_of(text, RecordKind::Line, 8);
  CHECK(joined(chunks) == text);
  // The long record is whole in one chunk, and that chunk is longer than a block.
  CHECK(std::any_of(chunks.begin(), chunks.end(), [&](const Chunk& c) {
    return c.text.find(big + "\n") != std::string::npos && c.text.size() > 8;
  }));
  CHECK(chunks.back().text == "end\n");
}

TEST_CASE("chunker: empty input and a missing final newline") {
  CHECK(chunks_of("", RecordKind::Line, 4).empty());
  const std::vector<Chunk> chunks = chunks_of("one\ntwo\nthree", RecordKind::Line, 4);
  CHECK(joined(chunks) == "one\ntwo\nthree");
  CHECK(chunks.back().text == "three");
}

TEST_CASE("chunker: paragraphs end after a blank line") {
  const std::string text = "para one\nstill one\n\npara two\n  \npara three\n";
  const std::vector<Chunk> chunks = chunks_of(text, RecordKind::Paragraph, 4);
  CHECK(joined(chunks) == text);
  REQUIRE(chunks.size() == 3);
  CHECK(chunks[1].text == "para two\n  \n");
}

TEST_CASE("chunker: transcripts are cut before a turn and carry the turn count") {
  const std::string text =
      "[10:00] Customer: hi\nmore\n[10:01] Agent: hello\nNote: not a turn here\n"
      "[10:02] Customer: bye\n";
  const std::vector<Chunk> chunks = chunks_of(text, RecordKind::Turn, 8);
  CHECK(joined(chunks) == text);
  REQUIRE(chunks.size() == 3);
  CHECK(chunks[1].text.rfind("[10:01] Agent", 0) == 0);
  CHECK(chunks[1].transcript.turns == 1);
  CHECK(chunks[1].transcript.timestamped == true);
  CHECK(chunks[2].transcript.turns == 2);  // "Note:" did not start a turn
}

TEST_CASE("chunker: never cuts inside a replylint-disable region") {
  const std::string text = "a\n# replylint-disable all -- test\nb\nc\n# replylint-enable\nd\ne\n";
  check_region_kept_whole(chunks_of(text, RecordKind::Line, 4), text, "enable\n");
}

TEST_CASE("chunker: suppression_open_at_end") {
  CHECK_FALSE(suppression_open_at_end("plain text\n"));
  CHECK(suppression_open_at_end("# replylint-disable sympathy/* -- x\ntext\n"));
  CHECK_FALSE(suppression_open_at_end("# replylint-disable sympathy/* -- x\n# replylint-enable\n"));
  CHECK(suppression_open_at_end("text\n# replylint-disable-next-line all -- x\n\n"));
  CHECK_FALSE(suppression_open_at_end("# replylint-disable-next-line all -- x\nline\n"));
  CHECK(suppression_open_at_end("<!-- replylint-disable-line all -- x\n"));
}

TEST_CASE("chunker: no chunk after the first starts with a byte order mark") {
  const std::string text =
      "\xEF\xBB\xBF"
      "a\nb\n\xEF\xBB\xBF"
      "c\nd\n";
  const std::vector<Chunk> chunks = chunks_of(text, RecordKind::Line, 2);
  CHECK(joined(chunks) == text);
  for (std::size_t i = 1; i < chunks.size(); ++i) {
    CHECK(chunks[i].text.rfind("\xEF\xBB\xBF", 0) == std::string::npos);
  }
}

namespace {

// The text of each chunk of a JSON array cut with `block`-byte blocks.
std::vector<std::string> json_texts(const std::string& text, std::size_t block) {
  std::vector<std::string> out;
  for (const Chunk& chunk : chunks_of(text, RecordKind::JsonArray, block))
    out.push_back(chunk.text);
  return out;
}

}  // namespace

TEST_CASE("chunker: JSON array elements crossing a block boundary stay whole") {
  const std::string text = "[\n  {\"a\": 1},\n  {\"b\": [2, 3]},\n  \"three\"\n]\n";
  const std::vector<Chunk> chunks = chunks_of(text, RecordKind::JsonArray, 5);
  REQUIRE(chunks.size() == 3);
  CHECK(joined(chunks) == text);
  // Cut right before each element after the first; separators stay with the element before.
  CHECK(chunks[0].text == "[\n  {\"a\": 1},\n  ");
  CHECK(chunks[1].text == "{\"b\": [2, 3]},\n  ");
  CHECK(chunks[2].text == "\"three\"\n]\n");
  std::size_t offset = 0;
  int line = 1;
  for (std::size_t i = 0; i < chunks.size(); ++i) {
    CHECK(chunks[i].base_offset == offset);
    CHECK(chunks[i].base_line == line);
    CHECK(chunks[i].json_first_element == i);
    offset += chunks[i].text.size();
    line += static_cast<int>(std::count(chunks[i].text.begin(), chunks[i].text.end(), '\n'));
  }
  // A block bigger than everything: still cut at the last element, as other kinds are at the end.
  CHECK(json_texts(text, 1000).size() == 2);
}

TEST_CASE("chunker: JSON strings with brackets, commas and escaped quotes are not cut") {
  const std::string text =
      R"([{"t": "a], [b, {c\"], \\"}, ["x,]", "\"]", {"n": [[1], [2, "]"]]}], 7, "\\"])";
  CHECK(json_texts(text, 1) ==
        std::vector<std::string>{R"([{"t": "a], [b, {c\"], \\"}, )",
                                 R"(["x,]", "\"]", {"n": [[1], [2, "]"]]}], )", R"(7, )",
                                 R"("\\"])"});
}

TEST_CASE("chunker: JSON byte order mark, whitespace and an empty array") {
  const std::string bom = "\xEF\xBB\xBF";
  const std::vector<Chunk> chunks = chunks_of(bom + " \r\n[1,2]", RecordKind::JsonArray, 1);
  REQUIRE(chunks.size() == 2);
  CHECK(chunks[0].text == bom + " \r\n[1,");
  CHECK(chunks[1].text == "2]");
  CHECK(chunks[1].base_offset == 9);
  CHECK(chunks[1].base_line == 2);
  CHECK(chunks[1].json_first_element == 1u);

  const std::vector<Chunk> empty = chunks_of(bom + "[ ]\n", RecordKind::JsonArray, 1);
  REQUIRE(empty.size() == 1);
  CHECK(empty[0].text == bom + "[ ]\n");
  CHECK(empty[0].json_first_element == 0u);
  CHECK(chunks_of("", RecordKind::JsonArray, 1).empty());
}

TEST_CASE("chunker: a single JSON object or non-JSON is one chunk") {
  const std::string object = "\xEF\xBB\xBF {\"turns\": [{\"a\": 1}, {\"b\": 2}, {\"c\": 3}]}\n";
  const std::vector<Chunk> chunks = chunks_of(object, RecordKind::JsonArray, 1);
  REQUIRE(chunks.size() == 1);
  CHECK(chunks[0].text == object);
  CHECK_FALSE(chunks[0].json_first_element.has_value());
  CHECK(json_texts("not json, [1, 2]", 1) == std::vector<std::string>{"not json, [1, 2]"});
}

TEST_CASE("chunker: whatever follows the closing bracket stays in the last chunk") {
  CHECK(json_texts("[1, 2] [3, 4], 5\n", 1) == std::vector<std::string>{"[1, ", "2] [3, 4], 5\n"});
  // An unterminated string keeps the rest of the input in one chunk.
  CHECK(json_texts("[1, \"open, 2, 3]", 1) == std::vector<std::string>{"[1, ", "\"open, 2, 3]"});
}

TEST_CASE("chunker: a JSON array read ahead with peek() is still cut in blocks") {
  std::string text = "[";
  for (int i = 0; i < 100; ++i) text += (i ? ", " : "") + std::string("{\"t\": \"x\"}");
  text += "]";
  RecordChunker chunker(reader_of(text), RecordKind::JsonArray, 40);
  CHECK(chunker.peek(8192).size() == text.size());
  std::vector<Chunk> chunks;
  for (Chunk chunk; chunker.next(&chunk);) chunks.push_back(chunk);
  CHECK(joined(chunks) == text);
  CHECK(chunks.size() > 20);
  for (const Chunk& chunk : chunks) CHECK(chunk.text.size() <= 40 + 14);
  CHECK(chunks.back().json_first_element == 99u);
}

TEST_CASE("chunker: a JSON array never ends a chunk inside a replylint-disable region") {
  std::string text = "[";
  for (int i = 0; i < 40; ++i) {
    if (i == 10) text += "\"<!-- replylint-disable all -- x -->\", ";
    if (i == 20) text += "\"<!-- replylint-enable -->\", ";
    text += "\"reply " + std::to_string(i) + "\"" + (i < 39 ? ", " : "]");
  }
  RecordChunker chunker(reader_of(text), RecordKind::JsonArray, 16);
  chunker.peek(8192);  // all read ahead, as for a streamed file
  std::vector<Chunk> chunks;
  for (Chunk chunk; chunker.next(&chunk);) chunks.push_back(chunk);
  check_region_kept_whole(chunks, text, "-enable");
  // Cut again after the region closes.
  CHECK(chunks.size() > 10);
  CHECK(chunks.back().text == "\"reply 39\"]");
}
