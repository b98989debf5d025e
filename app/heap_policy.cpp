#include "app/heap_policy.h"

#include <cstdlib> // defines __GLIBC__ where the C library is glibc; without a libc header it never is

#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace regviz {

std::vector<HeapSetting> heapPolicy()
{
#if defined(__GLIBC__)
    constexpr int kKeep = 64 * 1024 * 1024;
    constexpr int kLargestHeapBlock = 32 * 1024 * 1024; // glibc's largest mmap threshold on 64-bit
    return {
        {M_TRIM_THRESHOLD, kKeep}, // do not give the top of the heap back below 64 MiB
        // Blocks up to the threshold come from the heap, so they are reused: that covers the x and e
        // vectors of a draw up to n = 4,000,000.
        {M_MMAP_THRESHOLD, kLargestHeapBlock},
    };
#else
    return {};
#endif
}

bool applyHeapPolicy(const std::function<int(int, int)> &set)
{
    bool accepted = true;
    for (const HeapSetting &setting : heapPolicy())
        accepted = set(setting.parameter, setting.value) == 1 && accepted;
    return accepted;
}

void keepFreedMemory()
{
#if defined(__GLIBC__)
    applyHeapPolicy([](int parameter, int value) { return mallopt(parameter, value); });
#endif
}

} // namespace regviz
