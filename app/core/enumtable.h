#pragma once

#include <array>
#include <cstddef>

namespace flowlog {

// A pure enum -> value mapping (a key, a display name, a format) written once as data, instead of one switch per
// mapping (issue 14). The table holds one value per enumerator in the enum's order, numbered from 0 without gaps;
// Last is the enum's last enumerator, and the constructor takes exactly Last + 1 values, so a table that misses
// one does not compile. Whoever appends an enumerator moves Last along in the tables that name it (grep
// EnumTable<Enum::Old). Code that branches on a service or provider stays a switch without default (-Wswitch).
// Translated names are stored marked (QT_TRANSLATE_NOOP) and translated where they are read.
template<auto Last, typename T> class EnumTable
{
public:
    using Enum = decltype(Last);
    static constexpr std::size_t count = static_cast<std::size_t>(Last) + 1;

    template<typename... Values>
    requires(sizeof...(Values) == count) constexpr EnumTable(Values... values)
        : m_values{T(values)...}
    {}

    [[nodiscard]] constexpr const T &operator[](Enum e) const { return m_values[static_cast<std::size_t>(e)]; }

private:
    std::array<T, count> m_values;
};

} // namespace flowlog
