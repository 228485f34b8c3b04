#include "fieldmessages.h"

#include "uistyle.h"

#include <QFormLayout>
#include <QLabel>

namespace flowlog {

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
        line->hide();
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
    line->setVisible(!message.isEmpty());
}

QString FieldMessages::message(const QWidget *input) const
{
    const QLabel *line = m_labels.value(input);
    return line && !line->isHidden() ? line->text() : QString();
}

void FieldMessages::clearAll()
{
    for (QLabel *line : std::as_const(m_labels)) {
        line->clear();
        line->hide();
    }
}

} // namespace flowlog
