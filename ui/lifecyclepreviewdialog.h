#pragma once

#include "lifecycleplan.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTreeWidget;

namespace flowlog {

// What a lifecycle action will do, before anything is sent (issue 17): every selected flow log grouped by account
// and service, with the rows the action cannot apply to marked and left out (wrong state, a field the service
// cannot modify, a stale row, a removed account). Edit takes the name, description and interval here and judges
// them with the create rule table; Delete is confirmed by typing the number of flow logs it deletes.
class LifecyclePreviewDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LifecyclePreviewDialog)

public:
    LifecyclePreviewDialog(LifecycleAction action, QList<LifecyclePlanRow> rows, QWidget *parent = nullptr);
    ~LifecyclePreviewDialog() override;

    [[nodiscard]] LifecycleAction action() const { return m_action; }
    [[nodiscard]] FlowLogChange change() const;
    [[nodiscard]] const QList<LifecyclePlanRow> &rows() const { return m_rows; }
    [[nodiscard]] int sentCount() const { return LifecyclePlan::sentCount(m_rows); }
    [[nodiscard]] QList<LifecycleTarget> targets() const { return LifecyclePlan::targets(m_rows); }
    [[nodiscard]] QPushButton *confirmButton() const { return m_confirm; }

private:
    void buildEditBox();
    void rejudge();
    void updateConfirm();
    void fillTree();

    LifecycleAction m_action;
    QList<LifecyclePlanRow> m_rows;
    QLabel *m_summary;
    QGroupBox *m_editBox = nullptr;
    QCheckBox *m_nameCheck = nullptr;
    QLineEdit *m_nameEdit = nullptr;
    QCheckBox *m_descriptionCheck = nullptr;
    QLineEdit *m_descriptionEdit = nullptr;
    QCheckBox *m_intervalCheck = nullptr;
    QComboBox *m_intervalCombo = nullptr;
    QLabel *m_errors;
    QTreeWidget *m_tree;
    QLabel *m_typeLabel = nullptr;
    QLineEdit *m_typeEdit = nullptr;
    QDialogButtonBox *m_buttons;
    QPushButton *m_confirm;
};

} // namespace flowlog
