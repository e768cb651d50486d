// SPDX-License-Identifier: MIT
// Plain text: the whole file, each paragraph or each line is a reply (--unit).
#include "readers.hpp"
#include "reply_builder.hpp"

namespace replylint::readers {

std::vector<ReplySpan> read_text(const ReaderInput& input, const InputOptions& options,
                                 Diagnostics& /*diagnostics*/) {
  std::vector<ReplySpan> out;
  for (const ReplySpan& piece : split_plain_text(std::string(input.text), options.unit)) {
    if (auto reply = make_reply(input, piece.begin, piece.end, "")) out.push_back(*reply);
  }
  return out;
}

}  // namespace replylint::readers
