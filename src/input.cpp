// SPDX-License-Identifier: MIT
#include "replylint/input.hpp"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>

namespace replylint {

namespace fs = std::filesystem;

const std::vector<std::string>& default_text_extensions() {
  static const std::vector<std::string> extensions = {
      ".txt", ".text", ".md", ".markdown", ".eml", ".html", ".htm", ".liquid", ".j2", ".jinja",
      ".tmpl", ".hbs", ".mustache"};
  return extensions;
}

namespace {

bool hidden(const fs::path& path) {
  const std::string name = path.filename().string();
  return name.size() > 1 && name[0] == '.' && name != "..";
}

bool has_text_extension(const fs::path& path) {
  std::string extension = path.extension().string();
  std::transform(extension.begin(), extension.end(), extension.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  const auto& known = default_text_extensions();
  return std::find(known.begin(), known.end(), extension) != known.end();
}

void walk_directory(const fs::path& root, std::vector<InputRef>& out, Diagnostics& diagnostics) {
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
    if (hidden(path)) {
      if (it->is_directory(error)) it.disable_recursion_pending();
      continue;
    }
    if (it->is_regular_file(error) && has_text_extension(path)) files.push_back(path.string());
  }
  std::sort(files.begin(), files.end());
  for (auto& file : files) out.push_back({false, std::move(file)});
}

}  // namespace

std::vector<InputRef> expand_inputs(const std::vector<std::string>& paths,
                                    Diagnostics& diagnostics) {
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
      walk_directory(path, out, diagnostics);
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

ReadStatus read_input(const InputRef& ref, const std::optional<std::string>& stdin_filename,
                      Document* document, Diagnostics& diagnostics) {
  if (ref.is_stdin) {
    document->path = stdin_filename;
    document->display_name = stdin_filename.value_or("<stdin>");
    document->content.assign(std::istreambuf_iterator<char>(std::cin),
                             std::istreambuf_iterator<char>());
    if (std::cin.bad()) {
      diagnostics.error("<stdin>", "read error");
      return ReadStatus::Failed;
    }
  } else {
    document->path = ref.path;
    document->display_name = ref.path;
    std::error_code error;
    if (fs::is_directory(ref.path, error)) {
      diagnostics.error(ref.path, "is a directory");
      return ReadStatus::Failed;
    }
    std::ifstream in(ref.path, std::ios::binary);
    if (!in) {
      diagnostics.error(ref.path, std::string("cannot open: ") + std::strerror(errno));
      return ReadStatus::Failed;
    }
    document->content.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
    if (in.bad()) {
      diagnostics.error(ref.path, std::string("read error: ") + std::strerror(errno));
      return ReadStatus::Failed;
    }
  }
  if (looks_binary(document->content)) {
    diagnostics.warning(document->display_name, "skipping binary file (NUL byte found)");
    return ReadStatus::Binary;
  }
  return ReadStatus::Ok;
}

}  // namespace replylint
