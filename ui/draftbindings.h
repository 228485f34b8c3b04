#pragma once

#include "flowlogdraft.h"

#include <QList>

#include <functional>

class QComboBox;
class QLineEdit;
class QWidget;

namespace flowlog {

// Inputs bound to the draft fields they edit: one table that reads them into a draft, writes a draft into them and
// finds the input of a field, so a form lists its inputs instead of writing three functions over them.
class DraftBindings final
{
public:
    // Text, trimmed.
    void bind(QLatin1StringView field, QLineEdit *edit, QString FlowLogDraft::*member);
    // An editable combo binds its text (trimmed); a fixed one its item data, selecting whenEmpty for an empty value
    // (a value it does not offer leaves it unselected).
    void bind(QLatin1StringView field, QComboBox *combo, QString FlowLogDraft::*member, const QString &whenEmpty = {});
    // An input its owner reads and writes itself; inputFor() still finds it.
    void bindInput(QLatin1StringView field, QWidget *input);

    void read(FlowLogDraft &draft) const;
    void write(const FlowLogDraft &draft) const;
    [[nodiscard]] QWidget *inputFor(QStringView field) const;

private:
    struct Binding
    {
        QLatin1StringView field;
        QWidget *input = nullptr;
        std::function<void(FlowLogDraft &)> read;
        std::function<void(const FlowLogDraft &)> write;
    };
    QList<Binding> m_bindings;
};

} // namespace flowlog
