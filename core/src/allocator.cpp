#include "regviz/core/allocator.h"

#include <cstdlib> // defines __GLIBC__ where the C library is glibc; without a libc header it never is

#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace regviz {

void keepFreedMemory()
{
#if defined(__GLIBC__)
    constexpr int kKeep = 64 * 1024 * 1024;
    mallopt(M_TRIM_THRESHOLD, kKeep); // do not give the top of the heap back below 64 MiB
    // Blocks up to glibc's largest threshold (32 MiB on 64-bit) come from the heap, so they are reused:
    // that covers the x and e vectors of a draw up to n = 4,000,000.
    mallopt(M_MMAP_THRESHOLD, 32 * 1024 * 1024);
#endif
}

} // namespace regviz
