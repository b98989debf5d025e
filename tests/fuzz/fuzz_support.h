#pragma once

#include <cstdio>
#include <cstdlib>

namespace regviz::fuzz {

/// A property every input must keep. libFuzzer treats the abort as a crash and saves the input.
inline void require(bool condition, const char *what)
{
    if (!condition) {
        std::fprintf(stderr, "fuzz property broken: %s\n", what);
        std::abort();
    }
}

} // namespace regviz::fuzz
