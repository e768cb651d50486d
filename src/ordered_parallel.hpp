// SPDX-License-Identifier: MIT
#pragma once

#include <condition_variable>
#include <cstddef>
#include <exception>
#include <mutex>
#include <optional>
#include <thread>
#include <vector>

namespace replylint {

/// Runs `work(i)` for every i in [0, count) on up to `jobs` threads and hands each result to
/// `consume(i, result)` on the calling thread, strictly in index order, so output stays
/// deterministic. At most `window` results wait to be consumed at any time, which bounds memory
/// however many inputs there are. With jobs <= 1 everything runs inline, in order.
template <typename Result, typename Work, typename Consume>
void ordered_parallel_for(std::size_t count, unsigned jobs, std::size_t window, Work work,
                          Consume consume) {
  if (jobs <= 1 || count <= 1) {
    for (std::size_t i = 0; i < count; ++i) {
      Result result = work(i);
      consume(i, result);
    }
    return;
  }
  window = std::max<std::size_t>(window, jobs);
  std::vector<std::optional<Result>> slots(window);
  std::mutex mutex;
  std::condition_variable changed;
  std::size_t next_claim = 0;     // next index a worker takes
  std::size_t next_consume = 0;   // next index the caller hands out
  std::exception_ptr failure;
  const auto worker = [&] {
    while (true) {
      std::size_t index;
      {
        std::unique_lock lock(mutex);
        // Wait until the slot for the next index is free (the window has room).
        changed.wait(lock, [&] { return next_claim >= count || next_claim < next_consume + window; });
        if (next_claim >= count || failure) return;
        index = next_claim++;
      }
      std::optional<Result> result;
      try {
        result.emplace(work(index));
      } catch (...) {
        std::lock_guard lock(mutex);
        if (!failure) failure = std::current_exception();
        changed.notify_all();
        return;
      }
      std::lock_guard lock(mutex);
      slots[index % window] = std::move(result);
      changed.notify_all();
    }
  };
  std::vector<std::thread> threads;
  for (unsigned t = 0; t < jobs; ++t) threads.emplace_back(worker);
  for (; next_consume < count;) {
    std::optional<Result> result;
    {
      std::unique_lock lock(mutex);
      changed.wait(lock, [&] { return failure || slots[next_consume % window].has_value(); });
      if (failure) break;
      result = std::move(slots[next_consume % window]);
      slots[next_consume % window].reset();
    }
    consume(next_consume, *result);
    {
      std::lock_guard lock(mutex);
      ++next_consume;
    }
    changed.notify_all();
  }
  {
    std::lock_guard lock(mutex);
    next_claim = count;  // stop workers that are waiting for room
  }
  changed.notify_all();
  for (auto& thread : threads) thread.join();
  if (failure) std::rethrow_exception(failure);
}

}  // namespace replylint
