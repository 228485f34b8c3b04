#pragma once

#include "flowlog.h"

#include <QWidget>

class QAction;
class QLabel;

namespace Ui {
class DetailsPane;
}

namespace flowlog {

// Every field of one flow log, its tags and the provider's JSON (pretty-printed), with copy buttons.
class DetailsPane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DetailsPane)

public:
    explicit DetailsPane(QWidget *parent = nullptr);
    ~DetailsPane() override;

    // staleNote: why the row is not current and when it was last seen (empty: the row is current).
    void setFlowLog(const FlowLog &flowLog, const QString &staleNote = {});
    void clear();
    [[nodiscard]] QString staleNote() const;
    [[nodiscard]] bool hasFlowLog() const { return m_hasFlowLog; }
    [[nodiscard]] QString rawJsonText() const;
    // Buttons for these actions (Activate, Deactivate, Edit, Delete), under the copy buttons.
    void setActions(const QList<QAction *> &actions);

private:
    void addField(const QString &name, const QString &value, bool monospace = false);

    Ui::DetailsPane *m_ui;
    QLabel *m_staleNote;
    FlowLog m_flowLog;
    bool m_hasFlowLog = false;
};

} // namespace flowlog
