// SPDX-License-Identifier: MIT
#include "ordered_parallel.hpp"

#include <atomic>
#include <catch2/catch.hpp>
#include <chrono>
#include <stdexcept>
#include <string>

using replylint::ordered_parallel_for;

TEST_CASE("results are consumed in index order whatever order workers finish in") {
  for (unsigned jobs : {1u, 2u, 4u}) {
    std::vector<std::size_t> seen;
    std::atomic<int> alive{0};
    int max_alive = 0;
    ordered_parallel_for<std::string>(
        200, jobs, 8,
        [&](std::size_t i) {
          // Later items finish first now and then, to shuffle completion order.
          if (i % 7 == 0) std::this_thread::sleep_for(std::chrono::microseconds(200));
          ++alive;
          return std::to_string(i);
        },
        [&](std::size_t i, std::string& result) {
          max_alive = std::max(max_alive, alive.load());
          --alive;
          CHECK(result == std::to_string(i));
          seen.push_back(i);
        });
    REQUIRE(seen.size() == 200);
    for (std::size_t i = 0; i < seen.size(); ++i) CHECK(seen[i] == i);
    CHECK(max_alive <= 8 + static_cast<int>(jobs));  // the window bounds what waits
  }
}

TEST_CASE("an exception in a worker reaches the caller") {
  CHECK_THROWS_AS(ordered_parallel_for<int>(
                      50, 2, 4,
                      [](std::size_t i) -> int {
                        if (i == 17) throw std::runtime_error("boom");
                        return static_cast<int>(i);
                      },
                      [](std::size_t, int&) {}),
                  std::runtime_error);
}
