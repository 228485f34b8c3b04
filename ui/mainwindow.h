#pragma once

#include "inventory.h"

#include <QMainWindow>
#include <QPointer>

class QLabel;

namespace Ui {
class MainWindow;
}

namespace flowlog {

class FlowLogFilterProxy;

// The main screen: every flow log of every enabled profile in one table.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    MainWindow(ProfileStore *profiles, CredentialStore *credentials, Inventory::NamProvider nams,
               QWidget *parent = nullptr);
    ~MainWindow() override;

    [[nodiscard]] FlowLogTableModel *tableModel() const { return m_table; }
    [[nodiscard]] FlowLogFilterProxy *proxyModel() const { return m_proxy; }
    [[nodiscard]] SourceStatusModel *statusModel() const { return m_status; }
    [[nodiscard]] Inventory *inventory() const { return m_inventory; }

    // Shown in the title and the status bar, e.g. "sandbox".
    void setSessionLabel(const QString &label);

public Q_SLOTS:
    void refresh();
    void stop();

private:
    void updateProgress();

    Ui::MainWindow *m_ui;
    ProfileStore *m_profiles;
    CredentialStore *m_credentials;
    FlowLogTableModel *m_table;
    FlowLogFilterProxy *m_proxy;
    SourceStatusModel *m_status;
    Inventory *m_inventory;
    QLabel *m_progressLabel = nullptr;
    QString m_sessionLabel;
};

} // namespace flowlog
