#include "allocator.h"

#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace regviz {

void keepFreedMemory()
{
#if defined(__GLIBC__)
    constexpr int kKeep = 64 * 1024 * 1024;
    mallopt(M_TRIM_THRESHOLD, kKeep);           // do not give the top of the heap back below 64 MiB
    mallopt(M_MMAP_THRESHOLD, 4 * 1024 * 1024); // blocks under 4 MiB come from the heap, so they are reused
#endif
}

} // namespace regviz
