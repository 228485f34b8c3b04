#pragma once

#include "flowlog.h"
#include "validation.h"

#include <QList>
#include <QWidget>

class QLabel;
class QPushButton;
class QTableWidget;

namespace flowlog {

// Edits a flow log's tags: add and remove rows, paste "key=value" lines, per-row messages from the rule table,
// and at most maxTags rows. Blank rows (no key, no value) are ignored. changed() fires on every edit.
class TagEditor final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TagEditor)

public:
    explicit TagEditor(QWidget *parent = nullptr);
    ~TagEditor() override;

    [[nodiscard]] QList<Tag> tags() const;
    void setTags(const QList<Tag> &tags);

    // Adds one row per "key=value" (or "key<TAB>value") line, up to the limit; returns how many were added.
    int pasteText(const QString &text);
    void addRow(const QString &key = {}, const QString &value = {});

    // Shows the tag violations of a draft: tagIndex counts the rows tags() returned.
    void setViolations(const QList<Violation> &violations);
    // A provider error naming the tags as a whole (empty clears it).
    void setListError(const QString &message);

    [[nodiscard]] int rowCount() const;
    [[nodiscard]] QString rowError(int row) const; // the message shown for a table row, for tests
    // The first message shown: the list's own, else the first row's ("" when none).
    [[nodiscard]] QString message() const;

Q_SIGNALS:
    void changed();

private:
    void removeSelected();
    void pasteClipboard();
    void updateControls();
    [[nodiscard]] bool isBlank(int row) const;

    QTableWidget *m_table;
    QPushButton *m_add;
    QPushButton *m_remove;
    QPushButton *m_paste;
    QLabel *m_count;
    QLabel *m_error;
    QString m_listError;
    QString m_validationListError;
    bool m_updating = false;
};

} // namespace flowlog
