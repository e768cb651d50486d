// SPDX-License-Identifier: MIT
#include "ordered_parallel.hpp"

#include <algorithm>
#include <atomic>
#include <catch2/catch.hpp>
#include <chrono>
#include <memory>
#include <mutex>
#include <stdexcept>
#include <string>
#include <thread>
#include <vector>

using replylint::ordered_parallel_for;
using replylint::ordered_parallel_pull;

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

TEST_CASE("ordered_parallel_pull: tasks of unknown count come back in order, bounded") {
  for (const unsigned jobs : {1u, 2u, 4u}) {
    std::size_t produced = 0;
    std::atomic<int> in_flight{0};
    int max_in_flight = 0;
    std::vector<std::size_t> seen;
    ordered_parallel_pull<std::size_t, std::string>(
        jobs, 6,
        [&](std::size_t& task) {
          if (produced == 300) return false;  // asked again after the end: still false
          task = produced++;
          max_in_flight = std::max(max_in_flight, ++in_flight);
          return true;
        },
        [&](std::size_t&& task) {
          if (task % 5 == 0) std::this_thread::sleep_for(std::chrono::microseconds(150));
          return std::to_string(task);
        },
        [&](std::string& result) {
          --in_flight;
          CHECK(result == std::to_string(seen.size()));
          seen.push_back(seen.size());
        });
    CHECK(seen.size() == 300);
    CHECK(max_in_flight <= (jobs <= 1 ? 1 : 6));  // the window bounds claimed, unconsumed tasks
  }
}

TEST_CASE("ordered_parallel_pull: light tasks travel in batches, heavy ones alone, in order") {
  for (const unsigned jobs : {1u, 2u, 3u}) {
    std::size_t produced = 0;
    std::atomic<int> in_flight{0};
    int max_in_flight = 0;
    std::vector<std::size_t> seen;
    // Every tenth task weighs the whole batch budget: it closes the batch it lands in.
    const auto weigh = [](const std::size_t& task) -> std::size_t {
      return task % 10 == 0 ? 100 : 1;
    };
    ordered_parallel_pull<std::size_t, std::size_t>(
        jobs, 3, 100, weigh,
        [&](std::size_t& task) {
          if (produced == 1000) return false;
          task = produced++;
          max_in_flight = std::max(max_in_flight, ++in_flight);
          return true;
        },
        [&](std::size_t&& task) {
          if (task % 7 == 0) std::this_thread::sleep_for(std::chrono::microseconds(50));
          return task;
        },
        [&](std::size_t& result) {
          --in_flight;
          CHECK(result == seen.size());
          seen.push_back(result);
        });
    CHECK(seen.size() == 1000);
    // At most 3 batches in flight, each closed by its tenth task or earlier.
    CHECK(max_in_flight <= (jobs <= 1 ? 1 : 3 * 10));
  }
}

namespace {
// Counts destructions on another thread than the one that made the object.
std::atomic<int> freed_elsewhere{0};
struct Probe {
  std::thread::id made = std::this_thread::get_id();
  ~Probe() {
    if (std::this_thread::get_id() != made) ++freed_elsewhere;
  }
};
}  // namespace

TEST_CASE("ordered_parallel_pull: results are freed by the worker that made them") {
  freed_elsewhere = 0;
  std::size_t produced = 0;
  std::size_t consumed = 0;
  ordered_parallel_pull<std::size_t, std::unique_ptr<Probe>>(
      3, 4, 8, [](const std::size_t&) { return std::size_t{1}; },
      [&](std::size_t& task) {
        if (produced == 5000) return false;
        task = produced++;
        return true;
      },
      [&](std::size_t&&) { return std::make_unique<Probe>(); },
      [&](std::unique_ptr<Probe>& probe) {
        CHECK(probe != nullptr);
        ++consumed;
      });
  CHECK(consumed == 5000);
  // Only batches consumed after a worker's last turn are freed elsewhere (with the pool, on the
  // caller): at most the window plus one batch per worker, 8 results each. Before, all 5,000.
  CHECK(freed_elsewhere <= (4 + 1) * 3 * 8);
}

TEST_CASE("ordered_parallel_pull: exceptions from next, work or consume reach the caller") {
  const auto run = [](int where) {
    std::size_t produced = 0;
    ordered_parallel_pull<int, int>(
        2, 4,
        [&](int& task) {
          if (where == 0 && produced == 20) throw std::runtime_error("next");
          task = static_cast<int>(produced++);
          return produced <= 100;
        },
        [&](int&& task) {
          if (where == 1 && task == 30) throw std::runtime_error("work");
          return task;
        },
        [&](int& result) {
          if (where == 2 && result == 40) throw std::runtime_error("consume");
        });
  };
  CHECK_THROWS_AS(run(0), std::runtime_error);
  CHECK_THROWS_AS(run(1), std::runtime_error);
  CHECK_THROWS_AS(run(2), std::runtime_error);
}

TEST_CASE("ordered_parallel_pull: idle() runs on the consumer before it waits, never mid-batch") {
  // Slow workers: the consumer has to wait for every batch, so idle() runs before each one.
  std::size_t produced = 0;
  std::size_t consumed = 0;
  std::vector<std::size_t> consumed_at_idle;
  const std::thread::id consumer = std::this_thread::get_id();
  bool idle_elsewhere = false;
  ordered_parallel_pull<std::size_t, std::size_t>(
      2, 4, 3, [](const std::size_t&) { return std::size_t{1}; },
      [&](std::size_t& task) {
        if (produced == 30) return false;
        task = produced++;
        return true;
      },
      [](std::size_t&& task) {
        std::this_thread::sleep_for(std::chrono::milliseconds(2));
        return task;
      },
      [&](std::size_t& result) {
        CHECK(result == consumed);
        ++consumed;
      },
      [&] {
        idle_elsewhere = idle_elsewhere || std::this_thread::get_id() != consumer;
        consumed_at_idle.push_back(consumed);
      });
  CHECK(consumed == 30);
  CHECK_FALSE(idle_elsewhere);
  // Batches of 3 tasks: the consumer waits only between batches, so at multiples of 3.
  REQUIRE_FALSE(consumed_at_idle.empty());
  for (const std::size_t at : consumed_at_idle) CHECK(at % 3 == 0);
}

TEST_CASE("ordered_parallel_pull: setup() runs once, on one worker, before it claims a task") {
  for (const unsigned jobs : {1u, 3u}) {
    std::atomic<int> setups{0};
    std::atomic<bool> setup_done{false};
    std::mutex mutex;
    std::thread::id setup_thread;
    std::vector<std::pair<std::thread::id, bool>> worked;  // by whom, and whether after setup()
    std::size_t produced = 0;
    std::size_t consumed = 0;
    ordered_parallel_pull<std::size_t, std::size_t>(
        jobs, 6, 2, [](const std::size_t&) { return std::size_t{1}; },
        [&](std::size_t& task) {
          if (produced == 200) return false;
          task = produced++;
          return true;
        },
        [&](std::size_t&& task) {
          std::lock_guard lock(mutex);
          worked.emplace_back(std::this_thread::get_id(), setup_done.load());
          return task;
        },
        [&](std::size_t& result) { CHECK(result == consumed++); }, {},
        [&] {
          {
            std::lock_guard lock(mutex);
            setup_thread = std::this_thread::get_id();
          }
          ++setups;
          std::this_thread::sleep_for(std::chrono::milliseconds(20));  // the others go on
          setup_done = true;
        });
    INFO("jobs " << jobs);
    CHECK(setups == 1);
    CHECK(consumed == 200);
    // Nothing ran on the setup thread before setup() returned.
    for (const auto& [thread, after] : worked) {
      if (thread == setup_thread) CHECK(after);
    }
    // Inline with one job; on a worker, not the consumer, with more.
    CHECK((setup_thread == std::this_thread::get_id()) == (jobs == 1));
  }
}
