#include "uistyle.h"

#include <QLabel>

namespace flowlog::uistyle {

QColor errorColor()
{
    return {0xc6, 0x28, 0x28};
}

QColor successColor()
{
    return {0x2e, 0x7d, 0x32};
}

QColor mutedColor()
{
    return {0x80, 0x80, 0x80};
}

QColor stateColor(SourceStatusModel::State state)
{
    switch (state) {
    case SourceStatusModel::State::Queued:
        return {0xb0, 0xb0, 0xb0};
    case SourceStatusModel::State::Running:
        return {0x1e, 0x88, 0xe5};
    case SourceStatusModel::State::Done:
        return successColor();
    case SourceStatusModel::State::Failed:
        return errorColor();
    case SourceStatusModel::State::Cancelled:
        return {0xef, 0x8f, 0x00};
    }
    return {};
}

void setTone(QLabel *label, Tone tone)
{
    switch (tone) {
    case Tone::Normal:
        label->setStyleSheet({});
        return;
    case Tone::Error:
        label->setStyleSheet(QStringLiteral("color: %1;").arg(errorColor().name()));
        return;
    case Tone::Success:
        label->setStyleSheet(QStringLiteral("color: %1;").arg(successColor().name()));
        return;
    }
}

} // namespace flowlog::uistyle
