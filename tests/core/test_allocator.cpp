#include "regviz/core/allocator.h"

#include <cstdlib>
#include <gtest/gtest.h>

#if defined(__GLIBC__)
#include <malloc.h>
#endif

#if defined(__GLIBC__)
TEST(Allocator, LargeBlocksComeFromTheReusedHeapAfterKeepFreedMemory)
{
    // The x and e vectors of a n = 1,000,000 draw are 8 MB each. By default glibc maps blocks that large
    // afresh (and unmaps them on free), so every new draw paid a page fault per 4 KiB. Once the policy
    // is set, they must come from the heap, which is not counted as mapped memory.
    regviz::keepFreedMemory();
    const std::size_t mappedBefore = mallinfo2().hblkhd;
    void *block = std::malloc(8'000'000);
    ASSERT_NE(block, nullptr);
    const std::size_t mappedDuring = mallinfo2().hblkhd;
    std::free(block);
    EXPECT_EQ(mappedDuring, mappedBefore);
}
#else
TEST(Allocator, KeepFreedMemoryIsHarmlessElsewhere)
{
    regviz::keepFreedMemory();
    SUCCEED();
}
#endif
