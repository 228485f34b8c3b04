#include "draftbindings.h"

#include <QComboBox>
#include <QLineEdit>

namespace flowlog {

void DraftBindings::bind(QLatin1StringView field, QLineEdit *edit, QString FlowLogDraft::*member)
{
    m_bindings.append({field, edit, [edit, member](FlowLogDraft &d) { d.*member = edit->text().trimmed(); },
                       [edit, member](const FlowLogDraft &d) { edit->setText(d.*member); }});
}

void DraftBindings::bind(QLatin1StringView field, QComboBox *combo, QString FlowLogDraft::*member,
                         const QString &whenEmpty)
{
    if (combo->isEditable()) {
        m_bindings.append({field, combo,
                           [combo, member](FlowLogDraft &d) { d.*member = combo->currentText().trimmed(); },
                           [combo, member](const FlowLogDraft &d) { combo->setEditText(d.*member); }});
        return;
    }
    m_bindings.append({field, combo, [combo, member](FlowLogDraft &d) { d.*member = combo->currentData().toString(); },
                       [combo, member, whenEmpty](const FlowLogDraft &d) {
                           const QString value = (d.*member).isEmpty() ? whenEmpty : d.*member;
                           combo->setCurrentIndex(combo->findData(value));
                       }});
}

void DraftBindings::bindInput(QLatin1StringView field, QWidget *input)
{
    m_bindings.append({field, input, {}, {}});
}

void DraftBindings::read(FlowLogDraft &draft) const
{
    for (const Binding &b : m_bindings) {
        if (b.read)
            b.read(draft);
    }
}

void DraftBindings::write(const FlowLogDraft &draft) const
{
    for (const Binding &b : m_bindings) {
        if (b.write)
            b.write(draft);
    }
}

QWidget *DraftBindings::inputFor(QStringView field) const
{
    for (const Binding &b : m_bindings) {
        if (field == b.field)
            return b.input;
    }
    return nullptr;
}

} // namespace flowlog
