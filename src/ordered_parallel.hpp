// SPDX-License-Identifier: MIT
#pragma once

#include <algorithm>
#include <condition_variable>
#include <cstddef>
#include <exception>
#include <mutex>
#include <optional>
#include <thread>
#include <utility>
#include <vector>

namespace replylint {

/// Runs tasks of a sequence whose length need not be known up front, such as the chunks of a
/// stream, keeping output deterministic. `next(Task&)` yields the tasks in order (false at the
/// end); it is called by one thread at a time, on the workers, so it may read sequential input.
/// `work(Task&&)` runs on up to `jobs` threads and `consume(Result&)` gets the results on the
/// calling thread in task order. At most `window` tasks are in flight (claimed and not yet
/// consumed), which bounds memory. With jobs <= 1 everything runs inline, in order.
template <typename Task, typename Result, typename Next, typename Work, typename Consume>
void ordered_parallel_pull(unsigned jobs, std::size_t window, Next next, Work work,
                           Consume consume) {
  if (jobs <= 1) {
    for (Task task; next(task);) {
      Result result = work(std::move(task));
      consume(result);
      task = Task();
    }
    return;
  }
  window = std::max<std::size_t>(window, jobs);
  std::vector<std::optional<Result>> slots(window);
  std::mutex mutex;           // guards everything below but `claimed`
  std::mutex producer_mutex;  // serialises next() and numbers its tasks
  std::condition_variable changed;
  std::size_t in_flight = 0;  // reserved by a worker and not yet consumed
  std::size_t claimed = 0;    // tasks numbered so far (under producer_mutex)
  std::size_t total = 0;      // set with `done`
  bool done = false;
  std::exception_ptr failure;
  const auto fail = [&] {
    std::lock_guard lock(mutex);
    if (!failure) failure = std::current_exception();
    changed.notify_all();
  };
  const auto worker = [&] {
    while (true) {
      {
        std::unique_lock lock(mutex);
        changed.wait(lock, [&] { return done || failure || in_flight < window; });
        if (done || failure) return;
        ++in_flight;  // a reservation: the task this worker claims fits in the window
      }
      Task task;
      std::size_t index = 0;
      bool got = false;
      try {
        std::lock_guard producer(producer_mutex);
        got = next(task);
        if (got) index = claimed++;
        if (!got) {
          std::lock_guard lock(mutex);
          done = true;
          total = claimed;
          --in_flight;
          changed.notify_all();
        }
      } catch (...) {
        fail();
        return;
      }
      if (!got) return;
      std::optional<Result> result;
      try {
        result.emplace(work(std::move(task)));
      } catch (...) {
        fail();
        return;
      }
      std::lock_guard lock(mutex);
      slots[index % window] = std::move(result);
      changed.notify_all();
    }
  };
  std::vector<std::thread> threads;
  for (unsigned t = 0; t < jobs; ++t) threads.emplace_back(worker);
  for (std::size_t next_consume = 0;; ++next_consume) {
    std::optional<Result> result;
    {
      std::unique_lock lock(mutex);
      changed.wait(lock, [&] {
        return failure || slots[next_consume % window].has_value() ||
               (done && next_consume >= total);
      });
      if (failure || (done && next_consume >= total && !slots[next_consume % window])) break;
      result = std::move(slots[next_consume % window]);
      slots[next_consume % window].reset();
    }
    try {
      consume(*result);
    } catch (...) {
      fail();  // stop the workers and join them before the exception leaves
      break;
    }
    {
      std::lock_guard lock(mutex);
      --in_flight;
    }
    changed.notify_all();
  }
  {
    std::lock_guard lock(mutex);
    done = true;  // stop workers that are waiting for room
  }
  changed.notify_all();
  for (auto& thread : threads) thread.join();
  if (failure) std::rethrow_exception(failure);
}

/// Runs `work(i)` for every i in [0, count) on up to `jobs` threads and hands each result to
/// `consume(i, result)` on the calling thread, strictly in index order: ordered_parallel_pull()
/// over the indices.
template <typename Result, typename Work, typename Consume>
void ordered_parallel_for(std::size_t count, unsigned jobs, std::size_t window, Work work,
                          Consume consume) {
  std::size_t claimed = 0;
  ordered_parallel_pull<std::size_t, std::pair<std::size_t, Result>>(
      jobs, window,
      [&](std::size_t& index) {
        if (claimed >= count) return false;
        index = claimed++;
        return true;
      },
      [&](std::size_t&& index) { return std::pair<std::size_t, Result>(index, work(index)); },
      [&](std::pair<std::size_t, Result>& result) { consume(result.first, result.second); });
}

}  // namespace replylint
