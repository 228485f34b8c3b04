#pragma once

#include <QStringList>

namespace flowlog {

// The arguments to start this console again with: the current ones without --lang (and its value), so that a
// language chosen in Settings is the one the new process applies.
[[nodiscard]] QStringList restartArguments(const QStringList &arguments);

// Starts this executable again with restartArguments(); true when it started (the caller then closes its window).
bool startNewInstance();

} // namespace flowlog
