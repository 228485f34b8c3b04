#pragma once

#include "coverageenable.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace flowlog {

// "Enable Flow Logs" for uncovered resources (issue 18): a template (the JSON of `flowlog-cli coverage --enable
// --template`, opened from a file or written here), a preview of every draft it makes, each judged by the rule table
// with its errors, and Create only when every draft passes; then one line per resource with its outcome. Creates are
// idempotent as in flowlog-cli: a rerun after a lost answer reuses the client token (pending). Nothing is owned.
class CoverageEnableDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CoverageEnableDialog)

public:
    enum Column
    {
        AccountColumn,
        ServiceColumn,
        RegionColumn,
        ResourceColumn,
        CheckColumn, // the rule table's verdict, then the create's outcome
        NameColumn,
        StorageColumn,
        ColumnCount
    };

    CoverageEnableDialog(const QList<CoverageRecord> &records, const CoverageSweep *sweep, ProfileStore *profiles,
                         Inventory::NamProvider nams, PendingCreates *pending, QWidget *parent = nullptr);
    ~CoverageEnableDialog() override;

    // Reads the template from a file into the editor and previews it.
    bool loadTemplate(const QString &path);
    // Judges every draft the editor's template makes; true when all pass (Create is then enabled).
    bool preview();
    // One line per draft, those that break a rule first.
    [[nodiscard]] QTreeWidget *draftTree() const { return m_tree; }
    [[nodiscard]] int invalidCount() const { return m_invalid; }
    // A template every sandbox resource passes with, and a real account needs only its names changed in.
    [[nodiscard]] static QByteArray defaultTemplate();

Q_SIGNALS:
    // Every create has an outcome: count created.
    void created(int count);

private:
    void create();
    void onItemFinished(int index, const CreateResult &result, const QString &note);
    void onFinished(int failures);

    QList<CoverageRecord> m_records;
    CoverageEnabler *m_enabler;
    QList<CoverageDraft> m_drafts;
    QList<QTreeWidgetItem *> m_lines; // of each draft
    int m_invalid = 0;
    int m_done = 0;
    int m_createdCount = 0;
    QLineEdit *m_path;
    QPlainTextEdit *m_template;
    QLabel *m_message;
    QTreeWidget *m_tree;
    QProgressBar *m_bar;
    QPushButton *m_preview;
    QPushButton *m_create;
    QPushButton *m_close;
};

} // namespace flowlog
