// SPDX-License-Identifier: MIT
// Walking folders and reading inputs: a real folder in the temporary directory.
#include "replylint/input.hpp"

#include <sys/stat.h>

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <string>
#include <thread>
#include <vector>

#include "replylint/diagnostic.hpp"
#include "replylint/document.hpp"
#include "temp_folder.hpp"

using namespace replylint;
using replylint::testing::TempFolder;
namespace fs = std::filesystem;

namespace {

std::vector<std::string> walked(const TempFolder& folder, const WalkOptions& walk = {}) {
  Diagnostics diagnostics;
  std::vector<std::string> paths;
  for (const InputRef& input : expand_inputs({folder.path.string()}, walk, diagnostics)) {
    paths.push_back(fs::path(input.path).lexically_relative(folder.path).generic_string());
  }
  CHECK(diagnostics.empty());
  return paths;
}

std::string read_back(const std::string& path) {
  Document document;
  Diagnostics diagnostics;
  CHECK(read_input(InputRef{false, path}, std::nullopt, &document, diagnostics) == ReadStatus::Ok);
  return document.content;
}

}  // namespace

TEST_CASE("a folder walk keeps text files by extension, any case, in sorted order") {
  const TempFolder folder("input");
  for (const char* name :
       {"b.txt", "a.MD", "c.Eml", "notes.json", "script.sh", "noext", ".txt", ".hidden.txt",
        "x.txt.bak", "sub/d.html", ".git/e.txt", "sub/.cache/f.txt", "sub/deeper/g.Transcript"}) {
    folder.write(name, "Hello.\n");
  }
  CHECK(walked(folder) == std::vector<std::string>{"a.MD", "b.txt", "c.Eml", "sub/d.html",
                                                   "sub/deeper/g.Transcript"});
}

TEST_CASE("globs see paths relative to the walked folder and as shown") {
  const TempFolder folder("input");
  for (const char* name : {"keep/a.txt", "drafts/b.txt", "c.json", "d.txt"}) {
    folder.write(name, "Hello.\n");
  }
  WalkOptions exclude;
  exclude.exclude = {"drafts/**"};
  CHECK(walked(folder, exclude) == std::vector<std::string>{"d.txt", "keep/a.txt"});
  WalkOptions include;
  include.include = {"*.json"};
  CHECK(walked(folder, include) == std::vector<std::string>{"c.json"});
  folder.write(".replylintignore", "keep/\n");
  CHECK(walked(folder) == std::vector<std::string>{"d.txt", "drafts/b.txt"});
}

TEST_CASE("a file is read whole whatever its size, and a pipe to its end") {
  const TempFolder folder("input");
  CHECK(read_back(folder.write("empty.txt", "")).empty());
  CHECK(read_back(folder.write("one.txt", "x")) == "x");
  std::string large;
  for (int i = 0; large.size() < (std::size_t{200} << 10); ++i) {
    large += "Reply " + std::to_string(i) + ": sorry for the wait.\n";
  }
  CHECK(read_back(folder.write("large.txt", large)) == large);

  // A FIFO has no size to go by: read until the writer closes it.
  const std::string fifo = (folder.path / "pipe.txt").string();
  REQUIRE(mkfifo(fifo.c_str(), 0600) == 0);
  std::thread writer([&] {
    std::ofstream out(fifo, std::ios::binary);
    for (int i = 0; i < 4; ++i) out << large.substr(0, 70000) << std::flush;
  });
  const std::string piped = read_back(fifo);
  writer.join();
  CHECK(piped.size() == 4 * 70000);
}
