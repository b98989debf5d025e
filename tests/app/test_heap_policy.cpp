#include "app/heap_policy.h"

#include <cstdlib>
#include <gtest/gtest.h>
#include <vector>

#if defined(__GLIBC__)
#include <malloc.h>
#endif

// AddressSanitizer (gcc says so with __SANITIZE_ADDRESS__, clang with __has_feature) brings its own malloc.
#if defined(__SANITIZE_ADDRESS__)
#define REGVIZ_TEST_UNDER_ASAN
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define REGVIZ_TEST_UNDER_ASAN
#endif
#endif

namespace {

using regviz::HeapSetting;

#if defined(__GLIBC__)
// The policy itself, checked in every configuration (AddressSanitizer replaces malloc and ignores
// mallopt, so the behaviour test below cannot run there).
TEST(HeapPolicy, KeepsTheHeapTopAndServesDrawSizedBlocksFromTheHeap)
{
    const std::vector<HeapSetting> expected{{M_TRIM_THRESHOLD, 64 * 1024 * 1024},
                                            {M_MMAP_THRESHOLD, 32 * 1024 * 1024}};
    EXPECT_EQ(regviz::heapPolicy(), expected);
}

TEST(HeapPolicy, AppliesEverySettingThroughTheAllocator)
{
    std::vector<HeapSetting> applied;
    const bool accepted = regviz::applyHeapPolicy([&applied](int parameter, int value) {
        applied.push_back({parameter, value});
        return 1;
    });
    EXPECT_TRUE(accepted);
    EXPECT_EQ(applied, regviz::heapPolicy());
}

TEST(HeapPolicy, SaysSoWhenTheAllocatorRefusesASetting)
{
    int calls = 0;
    const bool accepted = regviz::applyHeapPolicy([&calls](int, int) { return ++calls == 1 ? 1 : 0; });
    EXPECT_FALSE(accepted);
    EXPECT_EQ(calls, 2); // a refused setting does not stop the others
}

#if !defined(REGVIZ_TEST_UNDER_ASAN)
TEST(HeapPolicy, LargeBlocksComeFromTheReusedHeapAfterKeepFreedMemory)
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
#endif
#else
TEST(HeapPolicy, IsEmptyWhereTheAllocatorIsNotGlibcs)
{
    EXPECT_TRUE(regviz::heapPolicy().empty());
}
#endif

} // namespace
