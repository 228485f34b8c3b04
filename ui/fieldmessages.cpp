#include "fieldmessages.h"

#include "uistyle.h"

#include <QEvent>
#include <QFormLayout>
#include <QLabel>

namespace flowlog {

namespace {

// A message line keeps its room while empty, so the form does not move under the pointer as messages come and
// go (QFormLayout drops hidden rows, whatever their size policy); the line of an input hidden on purpose (a row this
// service does not use) is hidden with it, so it leaves no gap.
class InputVisibilityWatcher final : public QObject
{
public:
    InputVisibilityWatcher(QWidget *input, QLabel *line)
        : QObject(line)
        , m_input(input)
        , m_line(line)
    {
        input->installEventFilter(this);
        m_line->setVisible(!m_input->isHidden());
    }

    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (watched == m_input && (event->type() == QEvent::ShowToParent || event->type() == QEvent::HideToParent))
            m_line->setVisible(!m_input->isHidden());
        return false;
    }

private:
    QWidget *m_input;
    QLabel *m_line;
};

} // namespace

void FieldMessages::attach(QFormLayout *form, QWidget *owner)
{
    QList<QWidget *> inputs;
    for (int row = 0; row < form->rowCount(); ++row) {
        QLayoutItem *labelItem = form->itemAt(row, QFormLayout::LabelRole);
        QLayoutItem *fieldItem = form->itemAt(row, QFormLayout::FieldRole);
        if (!fieldItem || !fieldItem->widget())
            continue;
        if (auto *label = labelItem ? qobject_cast<QLabel *>(labelItem->widget()) : nullptr; label && !label->buddy())
            label->setBuddy(fieldItem->widget());
        inputs << fieldItem->widget();
    }
    for (QWidget *input : std::as_const(inputs)) {
        int row = -1;
        QFormLayout::ItemRole role;
        form->getWidgetPosition(input, &row, &role);
        auto *line = new QLabel(owner);
        line->setObjectName(input->objectName() + QStringLiteral("Error"));
        line->setWordWrap(true);
        line->setTextFormat(Qt::PlainText); // may show the provider's message
        uistyle::setTone(line, uistyle::Tone::Error);
        line->setMinimumHeight(line->fontMetrics().height());
        new InputVisibilityWatcher(input, line);
        form->insertRow(row + 1, static_cast<QWidget *>(nullptr), line);
        m_labels.insert(input, line);
    }
}

void FieldMessages::set(QWidget *input, const QString &message)
{
    QLabel *line = m_labels.value(input);
    if (!line)
        return;
    line->setText(message);
}

QString FieldMessages::message(const QWidget *input) const
{
    const QLabel *line = m_labels.value(input);
    return line ? line->text() : QString();
}

void FieldMessages::clearAll()
{
    for (QLabel *line : std::as_const(m_labels))
        line->clear();
}

} // namespace flowlog
