#include "stayopenmenu.h"

#include <QKeyEvent>
#include <QMouseEvent>

namespace flowlog {

namespace {
constexpr char staysOpenProperty[] = "flowlogStaysOpen";
}

void StayOpenMenu::setStaysOpen(QAction *action)
{
    action->setProperty(staysOpenProperty, true);
}

bool StayOpenMenu::staysOpen(const QAction *action)
{
    return action && action->isEnabled() && action->isCheckable() && action->property(staysOpenProperty).toBool();
}

void StayOpenMenu::mouseReleaseEvent(QMouseEvent *event)
{
    QAction *action = actionAt(event->position().toPoint());
    if (event->button() == Qt::LeftButton && staysOpen(action)) {
        action->trigger();
        event->accept();
        return;
    }
    QMenu::mouseReleaseEvent(event);
}

void StayOpenMenu::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Space && event->modifiers() == Qt::NoModifier && staysOpen(activeAction())) {
        activeAction()->trigger();
        event->accept();
        return;
    }
    QMenu::keyPressEvent(event);
}

} // namespace flowlog
