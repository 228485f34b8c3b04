#pragma once

#include "coverage.h"
#include "sourcestatusmodel.h"

#include <QColor>

class QFormLayout;
class QLabel;
class QProgressBar;

namespace flowlog::uistyle {

// The colours of the whole UI, in one place: models carry states and flags, views colour them from here.

// Errors: failed sources, delivery problems, field and dialog messages.
[[nodiscard]] QColor errorColor();
// Success lines (a dry run that passed).
[[nodiscard]] QColor successColor();
// Rows and text shown as not current (cached, stale).
[[nodiscard]] QColor mutedColor();
// The status light of a source or of a group of sources.
[[nodiscard]] QColor stateColor(SourceStatusModel::State state);

// The coverage states in the Coverage view's chart and lists.
[[nodiscard]] QColor coverageColor(coverage::State state);

enum class Tone
{
    Normal,
    Error,
    Success
};
// Colours a label's text (Normal: the style's colour).
void setTone(QLabel *label, Tone tone);

// Gives every label of these form layouts the width of the widest, so forms stacked in one dialog line up.
void alignLabels(const QList<QFormLayout *> &forms);

// Sets a progress bar's range and value with an ordinary deferred repaint. QProgressBar::setValue repaints at once
// (QWidget::repaint), and on X11 a repaint first waits for the server to finish the window's last update: 40 ms a
// time during a 300-account sweep on a busy machine, once per change of the count (issue 19 goal 5).
void setProgress(QProgressBar *bar, int value, int maximum);

} // namespace flowlog::uistyle
