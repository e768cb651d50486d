// SPDX-License-Identifier: MIT
#include "lint_tasks.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdlib>
#include <cstring>

#include "replylint/reader.hpp"
#include "replylint/text_position.hpp"
#include "report_rebase.hpp"

namespace replylint {
namespace {

std::optional<std::string> path_of(const InputRef& input,
                                   const std::optional<std::string>& stdin_filename) {
  return input.is_stdin ? stdin_filename : std::optional<std::string>(input.path);
}

std::string display_name_of(const InputRef& input,
                            const std::optional<std::string>& stdin_filename) {
  return input.is_stdin ? stdin_filename.value_or("<stdin>") : input.path;
}

std::optional<Diagnostic> find_invalid_utf8_in(const Document& document, std::size_t base_offset,
                                               int base_line) {
  const std::size_t bad = find_invalid_utf8(document.content);
  if (bad == std::string::npos) return std::nullopt;
  const TextPosition position =
      LineIndex(document.content, base_offset, base_line).position(base_offset + bad);
  Diagnostic d;
  d.level = DiagnosticLevel::Warning;
  d.path = document.display_name;
  d.line = position.line;
  d.column = position.column;
  d.message = "invalid UTF-8; such bytes are matched as U+FFFD and positions stay exact";
  return d;
}

void lint_whole(const InputRef& input, const LintContext& context,
                const std::optional<std::string>& stdin_filename, LintPiece& piece) {
  piece.document = std::make_unique<Document>();
  Document& document = *piece.document;
  piece.status = read_input(input, stdin_filename, &document, piece.read_problems);
  piece.bytes = document.content.size();
  if (piece.status != ReadStatus::Ok) return;
  piece.invalid_utf8 = find_invalid_utf8_in(document, 0, 1);
  // Malformed records are reported and skipped; the rest of the file is still linted.
  std::vector<ReplySpan> replies = read_replies(document, context.input, piece.reader_problems);
  piece.report = context.linter->lint(document, std::move(replies));
}

// The chunk is linted as a document of its own (positions local to it), then moved into place.
void lint_chunk(const InputRef& input, Chunk& chunk, const LintContext& context,
                const std::optional<std::string>& stdin_filename, LintPiece& piece) {
  piece.document = std::make_unique<Document>();
  Document& document = *piece.document;
  document.path = path_of(input, stdin_filename);
  document.display_name = display_name_of(input, stdin_filename);
  document.content = std::move(chunk.text);
  // base_line is set now for the messages that quote line numbers (suppressions); offsets and
  // positions become the file's in rebase_report().
  document.base_line = chunk.base_line;
  piece.bytes = document.content.size();
  piece.invalid_utf8 = find_invalid_utf8_in(document, chunk.base_offset, chunk.base_line);
  ReaderInput reader_input;
  reader_input.text = document.content;
  reader_input.base_line = chunk.base_newline_line;
  reader_input.display_name = document.display_name;
  reader_input.transcript = chunk.transcript;
  reader_input.json_first_element = chunk.json_first_element;
  // As read_replies() does: a byte order mark is not part of the first record.
  if (chunk.base_offset == 0 && reader_input.text.substr(0, 3) == "\xEF\xBB\xBF") {
    reader_input.text.remove_prefix(3);
    reader_input.base_offset = 3;
  }
  const InputFormat format = context.input.format.value_or(
      document.path ? format_for_path(*document.path) : InputFormat::Text);
  std::vector<ReplySpan> replies =
      read_chunk(format, reader_input, context.input, piece.reader_problems);
  piece.report = context.linter->lint(document, std::move(replies));
  rebase_report(piece.report, chunk.base_offset, chunk.base_line);
  document.base_offset = chunk.base_offset;
}

// True when `head` (after a byte order mark and whitespace) opens a JSON array.
bool starts_json_array(std::string_view head) {
  if (head.substr(0, 3) == "\xEF\xBB\xBF") head.remove_prefix(3);
  const std::size_t first = head.find_first_not_of(" \t\r\n");
  return first != std::string_view::npos && head[first] == '[';
}

}  // namespace

StreamSettings StreamSettings::for_run(std::size_t in_flight) {
  StreamSettings settings;
  settings.block_size =
      std::clamp<std::size_t>((1 << 20) / std::max<std::size_t>(in_flight, 1), 16 << 10, 512 << 10);
  if (const char* block = std::getenv("REPLYLINT_STREAM_BLOCK")) {
    const long long bytes = std::atoll(block);
    if (bytes > 0) {
      settings.block_size = static_cast<std::size_t>(bytes);
      settings.threshold = 0;
    }
  }
  return settings;
}

std::optional<RecordKind> stream_kind(const InputRef& input, const InputOptions& options,
                                      const std::optional<std::string>& stdin_filename) {
  const std::optional<std::string> path = path_of(input, stdin_filename);
  const InputFormat format =
      options.format.value_or(path ? format_for_path(*path) : InputFormat::Text);
  switch (format) {
    case InputFormat::Jsonl:
      return RecordKind::Line;
    case InputFormat::Transcript:
      return RecordKind::Turn;
    case InputFormat::Json:
      return RecordKind::JsonArray;
    case InputFormat::Text:
      if (options.unit == ReplyUnit::Line) return RecordKind::Line;
      if (options.unit == ReplyUnit::Paragraph) return RecordKind::Paragraph;
      return std::nullopt;
    default:
      return std::nullopt;
  }
}

LintTaskSource::LintTaskSource(const std::vector<InputRef>& inputs, const LintContexts& contexts,
                               const std::optional<std::string>& stdin_filename,
                               StreamSettings settings)
    : inputs_(inputs), contexts_(contexts), stdin_filename_(stdin_filename), settings_(settings) {}

LintTaskSource::~LintTaskSource() {
  if (fd_ > 0) close(fd_);
}

LintTaskSource::InputPlan LintTaskSource::plan(std::size_t index) const {
  const InputRef& input = inputs_[index];
  InputPlan plan;
  struct stat info {};
  if (!input.is_stdin && stat(input.path.c_str(), &info) == 0 && S_ISREG(info.st_mode)) {
    plan.file_size = static_cast<std::size_t>(info.st_size);
  }
  plan.stream = stream_kind(input, contexts_.for_input(index).input, stdin_filename_);
  // Small files and anything but a regular file (a folder, a FIFO) take the whole-file path.
  if (plan.stream && !input.is_stdin &&
      (!plan.file_size || *plan.file_size < settings_.threshold)) {
    plan.stream.reset();
  }
  return plan;
}

bool LintTaskSource::streams(std::size_t input) const {
  return plan(input).stream.has_value();
}

bool LintTaskSource::start_input(LintTask& task) {
  const std::size_t index = next_input_++;
  const InputRef& input = inputs_[index];
  task = LintTask();
  task.input = index;
  const InputPlan how = plan(index);
  if (!how.stream) {  // a Whole task
    task.file_size = how.file_size.value_or(0);
    return true;
  }
  const std::optional<RecordKind> kind = how.stream;
  const std::string name = display_name_of(input, stdin_filename_);
  int fd = STDIN_FILENO;
  if (!input.is_stdin) {
    fd = open(input.path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
      task.kind = LintTask::Kind::Skip;
      task.status = ReadStatus::Failed;
      task.problems.error(name, std::string("cannot open: ") + std::strerror(errno));
      return true;
    }
    fd_ = fd;
  }
  chunker_ = std::make_unique<RecordChunker>(
      [fd](char* buffer, std::size_t size) -> long {
        while (true) {
          const ssize_t got = read(fd, buffer, size);
          if (got >= 0 || errno != EINTR) return static_cast<long>(got);
        }
      },
      *kind, settings_.block_size);
  first_chunk_ = true;
  // Binary and UTF-16 files are skipped from their first 8 KiB, as by read_input().
  const ReadStatus head = check_head(chunker_->peek(8192), name, task.problems);
  if (head != ReadStatus::Ok) {
    task.kind = LintTask::Kind::Skip;
    task.status = head;
    chunker_.reset();
    if (fd_ > 0) close(fd_);
    fd_ = -1;
    return true;
  }
  if (*kind == RecordKind::JsonArray && !input.is_stdin &&
      !starts_json_array(chunker_->peek(8192))) {
    // A single conversation object (or not JSON): nothing to cut, so the whole-file path reads it.
    // Stdin cannot be reread; its chunker hands the whole input out as one chunk instead.
    chunker_.reset();
    close(fd_);
    fd_ = -1;
    return true;
  }
  return next(task);
}

bool LintTaskSource::next(LintTask& task) {
  if (chunker_) {
    const std::size_t input = next_input_ - 1;
    task = LintTask();
    task.input = input;
    if (chunker_->next(&task.chunk)) {
      task.kind = LintTask::Kind::Chunk;
      task.first = first_chunk_;
      first_chunk_ = false;
      return true;
    }
    const bool failed = chunker_->failed();
    const int error = errno;  // before close() can change it
    const bool empty = first_chunk_;
    chunker_.reset();
    if (fd_ > 0) close(fd_);
    fd_ = -1;
    if (failed || empty) {
      // A read error, or an empty input: a task of its own so the file is still counted.
      task.kind = failed ? LintTask::Kind::Skip : LintTask::Kind::Chunk;
      task.status = failed ? ReadStatus::Failed : ReadStatus::Ok;
      task.first = empty;
      if (failed) {
        task.problems.error(display_name_of(inputs_[input], stdin_filename_),
                            std::string("read error: ") + std::strerror(error));
      }
      return true;
    }
  }
  if (next_input_ >= inputs_.size()) return false;
  return start_input(task);
}

LintPiece lint_task(LintTask task, const std::vector<InputRef>& inputs,
                    const LintContexts& contexts,
                    const std::optional<std::string>& stdin_filename) {
  LintPiece piece;
  piece.input = task.input;
  piece.first = task.first;
  const InputRef& input = inputs[task.input];
  const LintContext& context = contexts.for_input(task.input);
  switch (task.kind) {
    case LintTask::Kind::Whole:
      lint_whole(input, context, stdin_filename, piece);
      break;
    case LintTask::Kind::Chunk:
      lint_chunk(input, task.chunk, context, stdin_filename, piece);
      break;
    case LintTask::Kind::Skip:
      piece.status = task.status;
      piece.read_problems = std::move(task.problems);
      break;
  }
  piece.report.document = piece.document.get();
  piece.report.continued = !piece.first;
  return piece;
}

}  // namespace replylint
