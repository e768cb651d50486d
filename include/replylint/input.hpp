// SPDX-License-Identifier: MIT
#pragma once

#include <istream>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "replylint/diagnostic.hpp"
#include "replylint/document.hpp"

namespace replylint {

/// One input to lint, as resolved from the command line.
struct InputRef {
  bool is_stdin = false;
  std::string path;  ///< file path (empty for stdin)
};

/// File extensions (lowercase, with dot) a directory walk picks up.
const std::vector<std::string>& default_text_extensions();

/// Which files a folder walk picks up (docs/input-formats.md, "Folders").
struct WalkOptions {
  /// Globs (glob.hpp); when any is given, a file is walked when it or a folder above it
  /// matches one, whatever its extension. Without, files with a known extension are walked.
  std::vector<std::string> include;
  /// Globs; matching files and folders are skipped, and so are those a `.replylintignore` at the
  /// root of the walked folder matches.
  std::vector<std::string> exclude;
};

/// Expands command-line paths: "-" is stdin, files are kept as given (whatever their extension,
/// and whatever the globs say), folders are walked recursively in sorted order (see
/// WalkOptions), skipping hidden entries and never following directory symlinks (so loops are
/// safe). Missing or unreadable paths and invalid globs are reported and skipped.
std::vector<InputRef> expand_inputs(const std::vector<std::string>& paths, const WalkOptions& walk,
                                    Diagnostics& diagnostics);

/// The same with default WalkOptions.
std::vector<InputRef> expand_inputs(const std::vector<std::string>& paths,
                                    Diagnostics& diagnostics);

/// What reading an input gave.
enum class ReadStatus { Ok, Binary, Failed };

/// Reads a file or stdin whole. A NUL byte in the first 8 KiB marks a binary file (ReadStatus::
/// Binary, with a notice); I/O errors are reported. `stdin_name` names stdin in output.
ReadStatus read_input(const InputRef& ref, const std::optional<std::string>& stdin_filename,
                      Document* document, Diagnostics& diagnostics);

/// What read_input() decides from a file's first bytes (at least its first 8 KiB, or all of
/// it): UTF-16 and binary files are skipped with a notice.
ReadStatus check_head(std::string_view content, const std::string& display_name,
                      Diagnostics& diagnostics);

/// True when the text looks binary (a NUL byte early on).
bool looks_binary(const std::string& content);

}  // namespace replylint
