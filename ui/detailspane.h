#pragma once

#include "flowlog.h"

#include <QWidget>

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

    void setFlowLog(const FlowLog &flowLog);
    void clear();
    [[nodiscard]] bool hasFlowLog() const { return m_hasFlowLog; }
    [[nodiscard]] QString rawJsonText() const;

private:
    void addField(const QString &name, const QString &value, bool monospace = false);

    Ui::DetailsPane *m_ui;
    FlowLog m_flowLog;
    bool m_hasFlowLog = false;
};

} // namespace flowlog
