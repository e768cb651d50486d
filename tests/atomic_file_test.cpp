// SPDX-License-Identifier: MIT
#include "replylint/atomic_file.hpp"

#include <sys/stat.h>
#include <unistd.h>

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include "temp_folder.hpp"

using replylint::AtomicFile;
using replylint::testing::TempFolder;
namespace fs = std::filesystem;

namespace {

std::string read(const fs::path& file) {
  std::ifstream in(file);
  std::stringstream text;
  text << in.rdbuf();
  return text.str();
}

std::size_t entries(const fs::path& folder) {
  std::size_t n = 0;
  for ([[maybe_unused]] const auto& entry : fs::directory_iterator(folder)) ++n;
  return n;
}

}  // namespace

TEST_CASE("an atomic file appears whole on commit and not at all without it") {
  const TempFolder folder("atomic");
  const fs::path target = folder.path / "report.json";
  {
    AtomicFile file(target.string());
    REQUIRE(file.ok());
    file.stream() << "first";
    CHECK_FALSE(fs::exists(target));  // only the hidden temporary exists until commit
    CHECK(file.commit());
  }
  CHECK(read(target) == "first");
  {
    AtomicFile file(target.string());
    file.stream() << "second, never committed";
  }
  CHECK(read(target) == "first");
  CHECK(entries(folder.path) == 1);  // the temporary is gone
}

TEST_CASE("a device target is written in place, never replaced by a regular file") {
  AtomicFile file("/dev/null");
  REQUIRE(file.ok());
  file.stream() << "discarded";
  CHECK(file.commit());
  struct stat info {};
  REQUIRE(stat("/dev/null", &info) == 0);
  CHECK(S_ISCHR(info.st_mode));
}

TEST_CASE("a symlink target keeps the link and replaces the file it points to") {
  const TempFolder folder("atomic");
  const fs::path real = folder.path / "real.txt";
  const fs::path link = folder.path / "link.txt";
  std::ofstream(real) << "old";
  fs::create_symlink(real, link);
  AtomicFile file(link.string());
  file.stream() << "new";
  REQUIRE(file.commit());
  CHECK(fs::is_symlink(link));
  CHECK(read(real) == "new");
}

TEST_CASE("a target in a folder that does not exist is reported, nothing written") {
  AtomicFile file("/nonexistent-folder-for-replylint/report.json");
  CHECK_FALSE(file.ok());
  CHECK(file.error().find("cannot write /nonexistent-folder-for-replylint/report.json") == 0);
  file.stream() << "dropped";
  CHECK_FALSE(file.commit());
}
