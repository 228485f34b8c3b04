#include "uistyle.h"

#include <QFormLayout>
#include <QLabel>
#include <QProgressBar>

#include <algorithm>

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

QColor coverageColor(coverage::State state)
{
    switch (state) {
    case coverage::State::Covered:
        return successColor();
    case coverage::State::Partial:
        return {0xf2, 0xa9, 0x00};
    case coverage::State::Uncovered:
        return errorColor();
    }
    return {};
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

void alignLabels(const QList<QFormLayout *> &forms)
{
    QList<QLabel *> labels;
    for (QFormLayout *form : forms) {
        for (int row = 0; row < form->rowCount(); ++row) {
            QLayoutItem *item = form->itemAt(row, QFormLayout::LabelRole);
            if (auto *label = item ? qobject_cast<QLabel *>(item->widget()) : nullptr)
                labels << label;
        }
    }
    int width = 0;
    for (const QLabel *label : std::as_const(labels))
        width = std::max(width, label->sizeHint().width());
    for (QLabel *label : std::as_const(labels))
        label->setMinimumWidth(width);
}

void setProgress(QProgressBar *bar, int value, int maximum)
{
    // With updates off setValue does not paint; turning them on again schedules the repaint (QWidget::update).
    const bool enabled = bar->updatesEnabled();
    bar->setUpdatesEnabled(false);
    bar->setRange(0, maximum);
    bar->setValue(value);
    bar->setUpdatesEnabled(enabled);
}

} // namespace flowlog::uistyle
