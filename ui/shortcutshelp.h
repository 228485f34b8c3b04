#pragma once

#include <QList>
#include <QString>

class QWidget;

namespace flowlog {

// The console's keys, one (keys, what they do) pair each: the Help > Keyboard Shortcuts text and the README's
// table say the same.
struct ShortcutHelp
{
    QString keys;
    QString action;
};
[[nodiscard]] QList<ShortcutHelp> consoleShortcuts();

// Shows them in a dialog over parent.
void showShortcutsHelp(QWidget *parent);

} // namespace flowlog
