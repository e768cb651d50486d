// SPDX-License-Identifier: MIT
#include "replylint/atomic_file.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <climits>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <utility>

namespace replylint {
namespace {

// "dir/.name.tmp-" for "dir/name": hidden, in the same folder, and clearly ours.
std::string temp_prefix(const std::string& path) {
  const std::size_t slash = path.rfind('/');
  const std::size_t name = slash == std::string::npos ? 0 : slash + 1;
  return path.substr(0, name) + "." + path.substr(name) + ".tmp-";
}

}  // namespace

AtomicFile::AtomicFile(std::string path) : path_(std::move(path)), replaced_(path_) {
  struct stat info {};
  if (::stat(path_.c_str(), &info) == 0) {
    if (!S_ISREG(info.st_mode)) {
      // A device or FIFO has no content to protect, and rename() would put a regular file in
      // its place (as root, even /dev/null): write to it as a shell redirection would.
      direct_ = true;
      stream_.open(path_, std::ios::binary | std::ios::out);
      if (!stream_) fail("cannot open it", errno);
      return;
    }
    if (char* resolved = ::realpath(path_.c_str(), nullptr)) {
      replaced_ = resolved;  // renaming over a symlink would replace the link, not its file
      std::free(resolved);
    }
  }
  // O_EXCL with a fresh name instead of mkstemp: mkstemp forces mode 0600, and the report should
  // get the permissions any new file gets.
  const std::string prefix = temp_prefix(replaced_);
  for (int attempt = 0; attempt < 100; ++attempt) {
    std::string candidate = prefix + std::to_string(getpid()) + "-" + std::to_string(attempt);
    const int fd = ::open(candidate.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0666);
    if (fd >= 0) {
      ::close(fd);
      temp_path_ = std::move(candidate);
      break;
    }
    if (errno != EEXIST) break;
  }
  if (temp_path_.empty()) {
    fail("cannot create a temporary file next to it", errno);
    return;
  }
  stream_.open(temp_path_, std::ios::binary | std::ios::trunc);
  if (!stream_) fail("cannot open the temporary file " + temp_path_, errno);
}

AtomicFile::~AtomicFile() {
  if (!committed_) discard();
}

bool AtomicFile::commit() {
  if (!ok()) return false;
  // Close before checking: buffered output reaches the disk only then, and ENOSPC shows late.
  errno = 0;
  stream_.close();
  if (stream_.fail()) {
    fail("write error", errno);
    return false;
  }
  if (direct_) {
    committed_ = true;
    return true;
  }
  if (std::rename(temp_path_.c_str(), replaced_.c_str()) != 0) {
    fail("cannot replace it with the temporary file", errno);
    return false;
  }
  committed_ = true;
  return true;
}

void AtomicFile::fail(const std::string& what, int error_number) {
  if (error_.empty()) {
    error_ = "cannot write " + path_ + ": " + what;
    if (error_number != 0) error_ += ": " + std::string(std::strerror(error_number));
  }
  discard();
  stream_.setstate(std::ios::badbit);  // later output is dropped, never half-written
}

void AtomicFile::discard() {
  if (stream_.is_open()) stream_.close();
  if (!temp_path_.empty()) ::unlink(temp_path_.c_str());
  temp_path_.clear();
}

}  // namespace replylint
