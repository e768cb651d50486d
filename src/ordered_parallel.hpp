// SPDX-License-Identifier: MIT
#pragma once

#include <algorithm>
#include <condition_variable>
#include <cstddef>
#include <exception>
#include <functional>
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
/// calling thread in task order.
///
/// A worker claims tasks in batches: consecutive tasks until their `weigh(task)` adds up to
/// `batch_weight` (or 64 tasks), so many small tasks (small files) cost one hand-off per batch
/// instead of one each, while a heavy task (a 512 KiB chunk) is a batch of its own. At most
/// `window` batches are in flight (claimed and not yet consumed), which bounds memory. Consumed
/// results go back to the worker that made them to be destroyed there: freeing memory another
/// thread allocated makes malloc lock that thread's arena, and the two threads then wait on each
/// other. With jobs <= 1 everything runs inline, in order.
///
/// `idle()`, when given, runs on the calling thread whenever it is about to wait for the next
/// result (the place to flush output that was held back to save system calls). `setup()`, when
/// given, runs on the first worker before it claims any task (with jobs <= 1, on the calling
/// thread before the first task): work that thread should do first, holding back no task and so
/// no output while the other workers start.
template <typename Task, typename Result, typename Next, typename Work, typename Consume,
          typename Weigh>
void ordered_parallel_pull(unsigned jobs, std::size_t window, std::size_t batch_weight, Weigh weigh,
                           Next next, Work work, Consume consume,
                           const std::function<void()>& idle = {},
                           const std::function<void()>& setup = {}) {
  if (jobs <= 1) {
    if (setup) setup();
    for (Task task; next(task);) {
      Result result = work(std::move(task));
      consume(result);
      task = Task();
    }
    return;
  }
  constexpr std::size_t kMaxBatch = 64;
  window = std::max<std::size_t>(window, jobs);
  struct Batch {
    std::vector<Result> results;
    unsigned worker = 0;
  };
  std::vector<std::optional<Batch>> slots(window);
  std::vector<std::vector<std::vector<Result>>> spent(jobs);  // consumed, per worker, to free
  std::mutex mutex;                                           // guards everything below
  std::mutex producer_mutex;      // serialises next() and numbers its batches
  std::condition_variable room;   // workers wait for in_flight < window
  std::condition_variable ready;  // the consumer waits for its next batch
  std::size_t in_flight = 0;      // batches reserved by a worker and not yet consumed
  std::size_t claimed = 0;        // batches numbered so far (under producer_mutex)
  std::size_t total = 0;          // set with `done`
  bool done = false;
  std::exception_ptr failure;
  const auto wake_all = [&] {
    room.notify_all();
    ready.notify_all();
  };
  const auto fail = [&] {
    std::lock_guard lock(mutex);
    if (!failure) failure = std::current_exception();
    wake_all();
  };
  const auto worker = [&](unsigned self) {
    if (self == 0 && setup) {
      try {
        setup();
      } catch (...) {
        fail();
        return;
      }
    }
    while (true) {
      std::vector<std::vector<Result>> to_free;
      {
        std::unique_lock lock(mutex);
        to_free.swap(spent[self]);
      }
      to_free.clear();  // outside the lock, on the thread that allocated them
      {
        std::unique_lock lock(mutex);
        room.wait(lock, [&] { return done || failure || in_flight < window; });
        if (done || failure) return;
        ++in_flight;  // a reservation: the batch this worker claims fits in the window
      }
      std::vector<Task> tasks;
      std::size_t index = 0;
      try {
        std::lock_guard producer(producer_mutex);
        std::size_t weight = 0;
        bool more = true;
        while (tasks.size() < kMaxBatch && weight < batch_weight) {
          Task task;
          if (!next(task)) {
            more = false;
            break;
          }
          weight += weigh(task);
          tasks.push_back(std::move(task));
        }
        if (!tasks.empty()) index = claimed++;
        if (!more) {
          std::lock_guard lock(mutex);
          done = true;
          total = claimed;
          if (tasks.empty()) --in_flight;
          wake_all();
        }
      } catch (...) {
        fail();
        return;
      }
      if (tasks.empty()) return;
      std::vector<Result> results;
      results.reserve(tasks.size());
      try {
        for (Task& task : tasks) results.push_back(work(std::move(task)));
      } catch (...) {
        fail();
        return;
      }
      std::lock_guard lock(mutex);
      slots[index % window] = Batch{std::move(results), self};
      ready.notify_one();
    }
  };
  std::vector<std::thread> threads;
  for (unsigned t = 0; t < jobs; ++t) threads.emplace_back(worker, t);
  for (std::size_t next_consume = 0;; ++next_consume) {
    std::optional<Batch> batch;
    {
      std::unique_lock lock(mutex);
      const auto available = [&] {
        return failure || slots[next_consume % window].has_value() ||
               (done && next_consume >= total);
      };
      if (idle && !available()) {
        lock.unlock();
        idle();
        lock.lock();
      }
      ready.wait(lock, available);
      if (failure || (done && next_consume >= total && !slots[next_consume % window])) break;
      batch = std::move(slots[next_consume % window]);
      slots[next_consume % window].reset();
    }
    try {
      for (Result& result : batch->results) consume(result);
    } catch (...) {
      fail();  // stop the workers and join them before the exception leaves
      break;
    }
    {
      std::lock_guard lock(mutex);
      --in_flight;
      spent[batch->worker].push_back(std::move(batch->results));
    }
    room.notify_one();
  }
  {
    std::lock_guard lock(mutex);
    done = true;  // stop workers that are waiting for room
  }
  wake_all();
  for (auto& thread : threads) thread.join();
  if (failure) std::rethrow_exception(failure);
}

/// ordered_parallel_pull() with every task a batch of its own.
template <typename Task, typename Result, typename Next, typename Work, typename Consume>
void ordered_parallel_pull(unsigned jobs, std::size_t window, Next next, Work work,
                           Consume consume) {
  ordered_parallel_pull<Task, Result>(
      jobs, window, 1, [](const Task&) { return std::size_t{1}; }, std::move(next), std::move(work),
      std::move(consume));
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
