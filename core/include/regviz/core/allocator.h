#pragma once

namespace regviz {

/// Tells glibc's allocator to keep freed memory in the process instead of returning it to the system at
/// once. Each slider event frees and allocates a few hundred KiB (curves, plot data) and each new draw
/// 16 MB at n = 1,000,000; returned memory comes back as fresh pages, and every first touch is a page
/// fault that costs more than the drawing (about 9 us each on this virtual machine).
/// Call once at start-up; a no-op where the allocator is not glibc's.
void keepFreedMemory();

} // namespace regviz
