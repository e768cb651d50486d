// SPDX-License-Identifier: MIT
// The per-format readers, one file each under src/readers/, registered in src/reader.cpp. Each
// one is a pure function of a chunk of input (see ReaderInput) and the options.
#pragma once

#include <vector>

#include "replylint/reader.hpp"

namespace replylint::readers {

std::vector<ReplySpan> read_text(const ReaderInput& input, const InputOptions& options,
                                 Diagnostics& diagnostics);
std::vector<ReplySpan> read_transcript(const ReaderInput& input, const InputOptions& options,
                                       Diagnostics& diagnostics);
std::vector<ReplySpan> read_jsonl(const ReaderInput& input, const InputOptions& options,
                                  Diagnostics& diagnostics);
std::vector<ReplySpan> read_json(const ReaderInput& input, const InputOptions& options,
                                 Diagnostics& diagnostics);
std::vector<ReplySpan> read_csv(const ReaderInput& input, const InputOptions& options,
                                Diagnostics& diagnostics);
std::vector<ReplySpan> read_markdown(const ReaderInput& input, const InputOptions& options,
                                     Diagnostics& diagnostics);
std::vector<ReplySpan> read_email(const ReaderInput& input, const InputOptions& options,
                                  Diagnostics& diagnostics);

}  // namespace replylint::readers
