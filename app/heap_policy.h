#pragma once

#include <functional>
#include <vector>

namespace regviz {

/// One allocator setting: a mallopt() parameter and its value.
struct HeapSetting
{
    int parameter = 0;
    int value = 0;

    friend bool operator==(const HeapSetting &, const HeapSetting &) = default;
};

/// The process's heap policy: keep freed memory in the process instead of returning it to the system at
/// once. Each slider event frees and allocates a few hundred KiB (curves, plot data) and each new draw
/// 16 MB at n = 1,000,000; returned memory comes back as fresh pages, and every first touch is a page
/// fault that costs more than the drawing (about 9 us each on this virtual machine). Empty where the
/// allocator is not glibc's.
[[nodiscard]] std::vector<HeapSetting> heapPolicy();

/// Applies every setting of heapPolicy() through `set` (mallopt's signature: returns 1 on success).
/// Returns whether each one was accepted.
bool applyHeapPolicy(const std::function<int(int, int)> &set);

/// Applies the heap policy to this process with glibc's mallopt(); a no-op elsewhere. Call once at
/// start-up, before the first large allocation.
void keepFreedMemory();

} // namespace regviz
