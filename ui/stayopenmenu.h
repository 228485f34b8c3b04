#pragma once

#include <QMenu>

namespace flowlog {

// A menu of checkable choices that stays open while the user ticks several of them: a click or Space toggles an
// action marked with setStaysOpen(); Return toggles and closes, Esc closes. Other actions behave as in any menu.
class StayOpenMenu final : public QMenu
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StayOpenMenu)

public:
    using QMenu::QMenu;

    static void setStaysOpen(QAction *action);

protected:
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    [[nodiscard]] static bool staysOpen(const QAction *action);
};

} // namespace flowlog
