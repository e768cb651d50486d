// SPDX-License-Identifier: MIT
#pragma once

#include <fstream>
#include <ostream>
#include <string>

namespace replylint {

/// Writes a file all at once, so readers never see half of it: output goes to a temporary file
/// in the target's folder (same file system, so the final rename is atomic), and commit() renames
/// it over the target. A file that is never committed, or whose commit fails, is removed and the
/// target keeps its old content. Not copyable; one writer per instance.
///
/// A target that exists and is not a regular file (/dev/null, /dev/stdout, a FIFO) is written
/// directly: renaming over it would replace the device with a file. A symlink to a regular file
/// keeps the link: its target is the file replaced.
class AtomicFile {
 public:
  /// Creates the temporary file next to `path` (permissions as for a new file: 0666 minus the
  /// umask). On failure ok() is false and error() says why; stream() then discards output.
  explicit AtomicFile(std::string path);
  /// Removes the temporary file unless commit() succeeded.
  ~AtomicFile();
  AtomicFile(const AtomicFile&) = delete;
  AtomicFile& operator=(const AtomicFile&) = delete;

  bool ok() const { return error_.empty(); }
  /// "cannot write PATH: reason", empty while all is well.
  const std::string& error() const { return error_; }
  const std::string& path() const { return path_; }

  /// Where the content goes. Valid for the lifetime of this object.
  std::ostream& stream() { return stream_; }

  /// Flushes and closes the temporary file and renames it to the target. Returns false (with
  /// error()) when any write failed or the rename did; the temporary is then removed.
  bool commit();

 private:
  void fail(const std::string& what, int error_number);
  void discard();

  std::string path_;
  std::string replaced_;   ///< the file the rename replaces (path_ with symlinks resolved)
  std::string temp_path_;  ///< empty when writing directly
  std::ofstream stream_;
  std::string error_;
  bool committed_ = false;
  bool direct_ = false;  ///< writing straight into a device or FIFO
};

}  // namespace replylint
