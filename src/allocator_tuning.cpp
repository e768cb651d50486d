// SPDX-License-Identifier: MIT
// Built only when mimalloc is the allocator (CMakeLists.txt).
#include <mimalloc.h>
#include <sys/mman.h>

#include <cstdint>
#include <cstdlib>

namespace {

// mimalloc 2.0 maps memory in segments of this size, aligned to it.
constexpr std::uintptr_t kSegmentSize = std::uintptr_t{32} << 20;

// Asks for 2 MiB pages (transparent huge pages). A run touches 30-50 MB of fresh memory, most of
// it RE2's programs and DFA states: ~7,000 faults in 4 KiB pages, and on a virtual machine each
// costs 3-25 us (a fifth of linting 10,000 small files; docs/performance.md, "Fourth round").
// With large pages a run takes a few hundred. Options the environment sets are left alone.
__attribute__((constructor(101))) void use_large_pages() {
  // Without the delay, a worker thread's first segment is in large pages too.
  if (std::getenv("MIMALLOC_EAGER_COMMIT_DELAY") == nullptr) {
    mi_option_set(mi_option_eager_commit_delay, 0);
  }
  if (std::getenv("MIMALLOC_LARGE_OS_PAGES") != nullptr) return;
  mi_option_enable(mi_option_large_os_pages);
  // The main thread's first segment was mapped before this ran (the C++ runtime allocates while
  // it loads), with small pages; advising it is what linting on one thread gains from. Only
  // advice: where the kernel has no transparent huge pages, or the segment lies elsewhere,
  // nothing changes.
  void* probe = mi_malloc(1);
  const std::uintptr_t segment = reinterpret_cast<std::uintptr_t>(probe) & ~(kSegmentSize - 1);
  madvise(reinterpret_cast<void*>(segment), kSegmentSize, MADV_HUGEPAGE);
  mi_free(probe);
}

}  // namespace
