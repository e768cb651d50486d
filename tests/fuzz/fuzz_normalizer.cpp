// SPDX-License-Identifier: MIT
// libFuzzer target: the normaliser and its offset map. Every normalised range must map to a
// valid, ordered range of the original, and positions must stay inside the text.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>

#include "replylint/normalizer.hpp"
#include "replylint/sentence.hpp"
#include "replylint/text_position.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string original(reinterpret_cast<const char*>(data), size);
  const replylint::NormalizedText normalized(original);
  const std::string& text = normalized.text();
  std::size_t previous_begin = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    std::size_t begin = 0, end = 0;
    normalized.to_original(i, i + 1, &begin, &end);
    if (begin > end || end > original.size() || begin < previous_begin) std::abort();
    previous_begin = begin;
  }
  std::size_t begin = 0, end = 0;
  normalized.to_original(0, text.size(), &begin, &end);
  if (end > original.size()) std::abort();
  const replylint::LineIndex lines(original);
  for (std::size_t i = 0; i <= original.size(); i += 1 + original.size() / 64) {
    const replylint::TextPosition p = lines.position(i);
    if (p.line < 1 || p.column < 1 || p.line > lines.line_count()) std::abort();
  }
  const replylint::Sentences sentences(text);
  if (!text.empty()) {
    sentences.bounds(text.size() - 1, &begin, &end);
    if (begin > end || end > text.size()) std::abort();
  }
  return 0;
}
