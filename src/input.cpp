// SPDX-License-Identifier: MIT
#include "replylint/input.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>

#include "replylint/glob.hpp"

namespace replylint {

namespace fs = std::filesystem;

const std::vector<std::string>& default_text_extensions() {
  // Not ".json": most JSON files in a folder are configuration, not conversations; name them or
  // use --include (docs/input-formats.md, "Folders").
  static const std::vector<std::string> extensions = {
      ".txt",   ".text", ".md",  ".markdown", ".eml",        ".html",  ".htm",    ".liquid", ".j2",
      ".jinja", ".tmpl", ".hbs", ".mustache", ".transcript", ".jsonl", ".ndjson", ".csv"};
  return extensions;
}

namespace {

// The file or folder name: what follows the last '/'.
std::string_view name_of(std::string_view path) {
  const std::size_t slash = path.rfind('/');
  return slash == std::string_view::npos ? path : path.substr(slash + 1);
}

bool hidden(std::string_view path) {
  const std::string_view name = name_of(path);
  return name.size() > 1 && name[0] == '.' && name != "..";
}

// Strings, not std::filesystem::path: decomposing each path into components was most of the
// cost of walking a folder of 10,000 files (docs/performance.md, "Fourth round").
bool has_text_extension(std::string_view path) {
  const std::string_view name = name_of(path);
  const std::size_t dot = name.rfind('.');
  if (dot == std::string_view::npos || dot == 0) return false;  // as path::extension()
  const std::string_view extension = name.substr(dot);
  const auto same = [&](const std::string& known) {
    return known.size() == extension.size() &&
           std::equal(known.begin(), known.end(), extension.begin(), [](char k, char c) {
             return k == static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
           });
  };
  return std::ranges::any_of(default_text_extensions(), same);
}

// The globs of one walk. The root's .replylintignore sees paths relative to the root;
// --exclude and --include also see them as shown ("macros/billing/a.md" for the root "macros"),
// so a glob copied from the output works too.
struct WalkFilters {
  PathFilter ignore_file;
  PathFilter exclude;
  PathFilter include;

  bool skipped(const std::string& relative, const std::string& shown, bool directory) const {
    return ignore_file.matches(relative, directory) || exclude.matches(relative, directory) ||
           exclude.matches(shown, directory);
  }
  bool included(const std::string& relative, const std::string& shown) const {
    return include.matches_file_or_parent(relative) || include.matches_file_or_parent(shown);
  }
};

// Invalid globs were reported once by expand_inputs(); here they are skipped.
WalkFilters filters_for(const fs::path& root, const WalkOptions& walk, Diagnostics& diagnostics) {
  WalkFilters filters;
  for (const auto& glob : walk.exclude) filters.exclude.add(glob);
  for (const auto& glob : walk.include) filters.include.add(glob);
  const fs::path ignore_file = root / ".replylintignore";
  std::error_code error;
  if (!fs::is_regular_file(ignore_file, error)) return filters;
  std::ifstream in(ignore_file, std::ios::binary);
  if (!in) {
    diagnostics.error(ignore_file.string(), std::string("cannot open: ") + std::strerror(errno));
    return filters;
  }
  std::string line;
  for (int number = 1; std::getline(in, line); ++number) {
    if (filters.ignore_file.add(line)) continue;
    Diagnostic d;
    d.level = DiagnosticLevel::Warning;
    d.path = ignore_file.string();
    d.line = number;
    d.message = "invalid glob \"" + line + "\"; line ignored";
    diagnostics.add(std::move(d));
  }
  return filters;
}

void walk_directory(const fs::path& root, const WalkOptions& walk, std::vector<InputRef>& out,
                    Diagnostics& diagnostics) {
  const WalkFilters filters = filters_for(root, walk, diagnostics);
  const bool filtered =
      !filters.ignore_file.empty() || !filters.exclude.empty() || !filters.include.empty();
  std::vector<std::string> files;
  std::error_code error;
  // Directory symlinks are not followed, so a symlink loop cannot trap the walk.
  fs::recursive_directory_iterator it(root, fs::directory_options::skip_permission_denied, error);
  if (error) {
    diagnostics.error(root.string(), "cannot read directory: " + error.message());
    return;
  }
  for (; it != fs::recursive_directory_iterator(); it.increment(error)) {
    if (error) {
      diagnostics.error(it->path().string(), "cannot read: " + error.message());
      break;
    }
    const fs::path& path = it->path();
    const bool directory = it->is_directory(error);
    // The paths the globs see, worked out only when there are globs.
    std::string relative;
    std::string shown;
    if (filtered) {
      relative = path.lexically_relative(root).generic_string();
      shown = path.lexically_normal().generic_string();
    }
    if (hidden(path.native()) || (filtered && filters.skipped(relative, shown, directory))) {
      if (directory) it.disable_recursion_pending();
      continue;
    }
    if (directory || !it->is_regular_file(error)) continue;
    const bool wanted = filters.include.empty() ? has_text_extension(path.native())
                                                : filters.included(relative, shown);
    if (wanted) files.push_back(path.native());
  }
  std::sort(files.begin(), files.end());
  for (auto& file : files) out.push_back({false, std::move(file)});
}

}  // namespace

std::vector<InputRef> expand_inputs(const std::vector<std::string>& paths,
                                    Diagnostics& diagnostics) {
  return expand_inputs(paths, WalkOptions{}, diagnostics);
}

std::vector<InputRef> expand_inputs(const std::vector<std::string>& paths, const WalkOptions& walk,
                                    Diagnostics& diagnostics) {
  for (const auto* globs : {&walk.include, &walk.exclude}) {
    for (const auto& glob : *globs) {
      if (!PathGlob(glob).valid()) {
        diagnostics.error(globs == &walk.include ? "--include" : "--exclude",
                          "invalid glob \"" + glob + "\"");
      }
    }
  }
  std::vector<InputRef> out;
  for (const auto& path : paths) {
    if (path == "-") {
      out.push_back({true, ""});
      continue;
    }
    std::error_code error;
    const fs::file_status status = fs::status(path, error);
    if (error || !fs::exists(status)) {
      diagnostics.error(path, error ? error.message() : "no such file or directory");
    } else if (fs::is_directory(status)) {
      walk_directory(path, walk, out, diagnostics);
    } else {
      out.push_back({false, path});  // named explicitly: linted whatever its extension
    }
  }
  return out;
}

bool looks_binary(const std::string& content) {
  const std::size_t limit = std::min<std::size_t>(content.size(), 8192);
  return std::memchr(content.data(), '\0', limit) != nullptr;
}

namespace {

// Appends everything left in `fd` to `out`, in large reads (a character at a time through
// istreambuf_iterator cost 41 instructions per byte: docs/performance.md). `size_hint`: the
// expected size, so a regular file is read into one allocation. False on a read error (errno
// says which).
bool read_all(int fd, std::string& out, std::size_t size_hint) {
  std::size_t used = out.size();
  // One byte more than the hint, so the read that finds the end needs no further room; without
  // a hint (a pipe), 64 KiB to start with. (The room is zero-filled: no more than needed.)
  const std::size_t expected = used + size_hint;
  out.resize(used + (size_hint > 0 ? size_hint + 1 : std::size_t{64} << 10));
  while (true) {
    if (used == out.size()) out.resize(used * 2);
    const std::size_t asked = out.size() - used;
    const ssize_t got = ::read(fd, out.data() + used, asked);
    if (got < 0 && errno == EINTR) continue;
    if (got <= 0) {
      out.resize(used);
      return got == 0;
    }
    used += static_cast<std::size_t>(got);
    // A short read that brings the file to the size fstat gave is its end: the read that would
    // return 0 to say so was a tenth of the system calls of linting a folder of small files.
    if (size_hint > 0 && static_cast<std::size_t>(got) < asked && used == expected) {
      out.resize(used);
      return true;
    }
  }
}

}  // namespace

ReadStatus read_input(const InputRef& ref, const std::optional<std::string>& stdin_filename,
                      Document* document, Diagnostics& diagnostics) {
  document->content.clear();
  if (ref.is_stdin) {
    document->path = stdin_filename;
    document->display_name = stdin_filename.value_or("<stdin>");
    if (!read_all(STDIN_FILENO, document->content, 0)) {
      diagnostics.error("<stdin>", "read error");
      return ReadStatus::Failed;
    }
  } else {
    document->path = ref.path;
    document->display_name = ref.path;
    const int fd = ::open(ref.path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
      diagnostics.error(ref.path, std::string("cannot open: ") + std::strerror(errno));
      return ReadStatus::Failed;
    }
    struct stat status {};
    const bool is_directory = fstat(fd, &status) == 0 && S_ISDIR(status.st_mode);
    const std::size_t size = S_ISREG(status.st_mode) ? static_cast<std::size_t>(status.st_size) : 0;
    const bool read = !is_directory && read_all(fd, document->content, size);
    const int read_errno = errno;
    ::close(fd);
    if (is_directory) {
      diagnostics.error(ref.path, "is a directory");
      return ReadStatus::Failed;
    }
    if (!read) {
      diagnostics.error(ref.path, std::string("read error: ") + std::strerror(read_errno));
      return ReadStatus::Failed;
    }
  }
  return check_head(document->content, document->display_name, diagnostics);
}

ReadStatus check_head(std::string_view content, const std::string& display_name,
                      Diagnostics& diagnostics) {
  // UTF-16 would need transcoding, and then offsets would no longer be the file's bytes: say so
  // plainly instead of calling it binary.
  const std::string_view head = content.substr(0, 2);
  if (head == "\xFF\xFE" || head == "\xFE\xFF") {
    diagnostics.warning(display_name,
                        "skipping UTF-16 text; convert it first: iconv -f UTF-16 -t UTF-8");
    return ReadStatus::Binary;
  }
  if (content.substr(0, 8192).find('\0') != std::string_view::npos) {
    diagnostics.warning(display_name, "skipping binary file (NUL byte found)");
    return ReadStatus::Binary;
  }
  return ReadStatus::Ok;
}

}  // namespace replylint
