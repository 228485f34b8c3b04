#pragma once

#include "listpage.h"

#include <QObject>

class QComboBox;
class QCompleter;
class QLineEdit;
class QStandardItemModel;

namespace flowlog {

// Offers what an account has in an id input (issue 20, item 3): a line edit lists the ids (with their names) as the
// user types, matching the id or the name anywhere, and puts the id in; a button at its end lists them all. Free
// text stays allowed for ids the list lacks. Parented to the edit.
class IdPicker final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IdPicker)

public:
    explicit IdPicker(QLineEdit *edit);
    ~IdPicker() override;

    // The ids to offer (each Resource's id, shown with its name and status); replaces what was offered.
    void setChoices(const QList<Resource> &rows);
    [[nodiscard]] int count() const;
    [[nodiscard]] QCompleter *completer() const { return m_completer; }
    // Lists every id under the edit (the button's action).
    void showAll();

private:
    QLineEdit *m_edit;
    QStandardItemModel *m_model;
    QCompleter *m_completer;
};

// Offers ids in an editable combo box: the combo's items become the profile's typed ids plus rows (each once, typed
// first), keeping what the user typed or chose. The name of each row is its item's tool tip.
void offerIds(QComboBox *combo, const QStringList &typed, const QList<Resource> &rows);

// "id — name (status)": how a picked resource is shown in a list.
[[nodiscard]] QString choiceText(const Resource &row);

} // namespace flowlog
