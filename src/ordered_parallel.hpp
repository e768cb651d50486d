// SPDX-License-Identifier: MIT
#pragma once

#include <algorithm>
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
  std::size_t next_claim = 0;    // next index a worker takes
  std::size_t next_consume = 0;  // next index the caller hands out
  std::exception_ptr failure;
  const auto worker = [&] {
    while (true) {
      std::size_t index;
      {
        std::unique_lock lock(mutex);
        // Wait until the slot for the next index is free (the window has room).
        changed.wait(lock,
                     [&] { return next_claim >= count || next_claim < next_consume + window; });
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

/// Like ordered_parallel_for() for a sequence whose length is not known up front, such as the
/// chunks of a stream. `next(Task&)` yields the tasks in order (false at the end); it is called
/// by one thread at a time, on the workers, so it may read sequential input. `work(Task&&)`
/// runs on up to `jobs` threads and `consume(Result&)` gets the results on the calling thread in
/// task order. At most `window` tasks are in flight (claimed and not yet consumed), which
/// bounds memory. With jobs <= 1 everything runs inline, in order.
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

}  // namespace replylint
