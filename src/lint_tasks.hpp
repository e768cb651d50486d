// SPDX-License-Identifier: MIT
// The units of work of a lint run: a whole input, or one chunk of a large one that is streamed
// (docs/input-formats.md, "Large files"). Tasks come from LintTaskSource in input order; any
// thread may lint them; the results go back to one consumer in the same order.
#pragma once

#include <cstddef>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "lint_context.hpp"
#include "record_chunker.hpp"
#include "replylint/diagnostic.hpp"
#include "replylint/input.hpp"
#include "replylint/report.hpp"

namespace replylint {

/// When inputs are streamed, and how.
struct StreamSettings {
  std::size_t block_size = 512 << 10;  ///< bytes read at a time; chunks end at a record boundary
  std::size_t threshold = 4 << 20;     ///< files at least this big are streamed (stdin always)

  /// A linted chunk's report takes about 20 times the chunk's bytes, so blocks shrink as more
  /// chunks are in flight: about 1 MiB of input in flight in all (16 KiB to 512 KiB a block).
  /// The testing override REPLYLINT_STREAM_BLOCK=N sets N-byte blocks and streams every
  /// streamable input, so small fixtures exercise the chunked path.
  static StreamSettings for_run(std::size_t in_flight);
};

/// One unit of work. A whole input is read by the worker; a chunk was read by the source.
struct LintTask {
  std::size_t input = 0;  ///< index into the run's inputs
  enum class Kind { Whole, Chunk, Skip } kind = Kind::Whole;
  bool first = true;  ///< the input's first task (a Chunk after it continues the same file)
  Chunk chunk;
  ReadStatus status = ReadStatus::Ok;  ///< Skip: why (Failed or Binary)
  Diagnostics problems;                ///< Skip: what opening or reading the input said
  std::size_t file_size = 0;           ///< Whole: the file's size when known (0 for stdin)

  /// Roughly how much work the task is, for batching small tasks (ordered_parallel_pull): its
  /// bytes, plus a fixed cost per task.
  std::size_t weight() const {
    return 4096 + (kind == Kind::Chunk ? chunk.text.size() : kind == Kind::Whole ? file_size : 0);
  }
};

/// What linting a task gave, ready for the consumer.
struct LintPiece {
  std::size_t input = 0;
  bool first = true;
  ReadStatus status = ReadStatus::Ok;
  Diagnostics read_problems;               ///< reading the input, before anything else
  std::optional<Diagnostic> invalid_utf8;  ///< where this piece's first invalid UTF-8 is
  Diagnostics reader_problems;             ///< malformed records and the like
  std::unique_ptr<Document> document;      ///< what `report` points to
  FileReport report;
  std::size_t bytes = 0;                ///< input bytes this piece covered, for progress
  std::optional<std::string> rendered;  ///< the printer's text for `report` (Printer::render)
};

/// Hands out the tasks of a run in order, opening streamed inputs and cutting them into chunks.
/// Not thread-safe: call next() from one thread at a time (ordered_parallel_pull does).
class LintTaskSource {
 public:
  /// `inputs`, `contexts` and `stdin_filename` must outlive the source.
  LintTaskSource(const std::vector<InputRef>& inputs, const LintContexts& contexts,
                 const std::optional<std::string>& stdin_filename, StreamSettings settings);
  ~LintTaskSource();

  /// The next task; false when every input is done.
  bool next(LintTask& task);

  /// Whether input number `input` is read in chunks (stdin and big files of a record format)
  /// rather than as one Whole task.
  bool streams(std::size_t input) const;

 private:
  /// How an input is read: its record kind when streamed, and its size when a regular file.
  struct InputPlan {
    std::optional<RecordKind> stream;
    std::optional<std::size_t> file_size;
  };
  InputPlan plan(std::size_t index) const;

  /// Starts input `next_input_`: a Whole task, or opens its stream (a Skip task on failure).
  bool start_input(LintTask& task);

  const std::vector<InputRef>& inputs_;
  const LintContexts& contexts_;
  const std::optional<std::string>& stdin_filename_;
  StreamSettings settings_;
  std::size_t next_input_ = 0;
  // The input being streamed, if any.
  int fd_ = -1;
  std::unique_ptr<RecordChunker> chunker_;
  bool first_chunk_ = true;
};

/// The record kind input `input` streams as under `options`, or nullopt for formats read whole
/// (text by file, csv, markdown, email). A json file that is not an array is read whole too.
std::optional<RecordKind> stream_kind(const InputRef& input, const InputOptions& options,
                                      const std::optional<std::string>& stdin_filename);

/// Lints one task (thread-safe: contexts are only read).
LintPiece lint_task(LintTask task, const std::vector<InputRef>& inputs,
                    const LintContexts& contexts, const std::optional<std::string>& stdin_filename);

}  // namespace replylint
