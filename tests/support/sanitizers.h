#pragma once

// Whether this build runs under AddressSanitizer: GCC defines __SANITIZE_ADDRESS__, clang (the sanitizer build's
// compiler) only answers __has_feature(address_sanitizer). Tests whose timing or memory figures ASan changes ask
// this, never the compiler's macros directly.
#if defined(__SANITIZE_ADDRESS__)
#define FLOWLOG_UNDER_ASAN 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define FLOWLOG_UNDER_ASAN 1
#endif
#endif

namespace flowlog::test {
#if defined(FLOWLOG_UNDER_ASAN)
inline constexpr bool kUnderAsan = true;
#else
inline constexpr bool kUnderAsan = false;
#endif
} // namespace flowlog::test
