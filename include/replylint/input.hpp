// SPDX-License-Identifier: MIT
#pragma once

#include <istream>
#include <optional>
#include <string>
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

/// Expands command-line paths: "-" is stdin, files are kept as given (whatever their extension),
/// folders are walked recursively in sorted order for files with a text extension, skipping
/// hidden entries and never following directory symlinks (so loops are safe). Missing or
/// unreadable paths are reported and skipped.
std::vector<InputRef> expand_inputs(const std::vector<std::string>& paths,
                                    Diagnostics& diagnostics);

/// What reading an input gave.
enum class ReadStatus { Ok, Binary, Failed };

/// Reads a file or stdin whole. A NUL byte in the first 8 KiB marks a binary file (ReadStatus::
/// Binary, with a notice); I/O errors are reported. `stdin_name` names stdin in output.
ReadStatus read_input(const InputRef& ref, const std::optional<std::string>& stdin_filename,
                      Document* document, Diagnostics& diagnostics);

/// True when the text looks binary (a NUL byte early on).
bool looks_binary(const std::string& content);

}  // namespace replylint
