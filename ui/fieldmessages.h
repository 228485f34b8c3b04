#pragma once

#include <QHash>
#include <QString>

class QFormLayout;
class QLabel;
class QWidget;

namespace flowlog {

// A message line right under every input of some form layouts (a field's rule or the provider's complaint), in the
// error colour. It keeps one line of room while empty, so the form never jumps while the user types, and is hidden
// with its input. Each line is named after its input plus "Error" ("nameEditError").
class FieldMessages final
{
    Q_DISABLE_COPY_MOVE(FieldMessages)

public:
    FieldMessages() = default;

    // Adds a message line under each input of form (and makes each label's mnemonic go to its input). The lines
    // are children of owner.
    void attach(QFormLayout *form, QWidget *owner);
    void set(QWidget *input, const QString &message);
    // The message shown under input ("" when none).
    [[nodiscard]] QString message(const QWidget *input) const;
    void clearAll();

private:
    QHash<const QWidget *, QLabel *> m_labels;
};

} // namespace flowlog
