#pragma once

#include <cstdio>
#include <cstdlib>

// A fuzz invariant. abort() so that libFuzzer, the sanitizers and the replay runner all report it as a crash
// with the input that caused it; Q_ASSERT would vanish in release builds.
#define FUZZ_CHECK(cond)                                                                                               \
    do {                                                                                                               \
        if (!(cond)) {                                                                                                 \
            std::fprintf(stderr, "fuzz invariant failed: %s (%s:%d)\n", #cond, __FILE__, __LINE__);                    \
            std::abort();                                                                                              \
        }                                                                                                              \
    } while (false)
