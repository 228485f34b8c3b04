#pragma once

#include <QStringView>

namespace flowlog {

// "data-2" before "data-15": runs of digits compare as numbers, the rest case-insensitively. (QCollator's numeric
// mode does nothing in the C locale.)
[[nodiscard]] bool naturalLess(QStringView a, QStringView b);

} // namespace flowlog
