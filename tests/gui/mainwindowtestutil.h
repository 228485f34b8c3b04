#pragma once

// What the MainWindow test executables share: the console fixture (consolefixture.h) with flowLogsPerSource flow logs
// a source, under the names their tests use, and helpers for the sources tree.
#include "consolefixture.h"
#include "flowlogtablemodel.h"
#include "mainwindow.h"
#include "sourcetreemodel.h"

#include <QObject>
#include <QTableView>
#include <QTest>

#include <memory>

namespace flowlog::test {

inline constexpr int flowLogsPerSource = 30;

// The nodes of the sources tree under parent whose NameColumn text is text.
inline QModelIndex childNamed(const QAbstractItemModel *model, const QModelIndex &parent, const QString &text)
{
    for (int r = 0; r < model->rowCount(parent); ++r) {
        if (model->index(r, 0, parent).data().toString() == text)
            return model->index(r, 0, parent);
    }
    return {};
}

// Every source node (leaf) under parent, depth first.
inline void collectSources(const QAbstractItemModel *model, const QModelIndex &parent, QModelIndexList &out)
{
    for (int r = 0; r < model->rowCount(parent); ++r) {
        const QModelIndex i = model->index(r, 0, parent);
        if (i.data(SourceTreeModel::SourceIdRole).isValid())
            out << i;
        collectSources(model, i, out);
    }
}

inline int rowsShown(const QModelIndex &node)
{
    return node.siblingAtColumn(SourceTreeModel::RowsColumn).data().toString().remove(QLatin1Char(',')).toInt();
}

// The base of the MainWindow test classes: the real sandbox, its Alibaba Cloud profiles with their secrets in memory,
// a private settings file, and windows over VPC. Qt Test runs its initTestCase(), init() and cleanup() for a derived
// class.
class MainWindowTestBase : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_sandbox.start({QStringLiteral("--flowlogs"), QString::number(flowLogsPerSource)}, &error),
                 qPrintable(error));
        m_aliyun = m_sandbox.profiles(Provider::Aliyun);
        QVERIFY(m_aliyun.size() >= 2);
    }

    void init() { m_console.init(this); }
    void cleanup() { m_console.cleanup(); }

protected:
    [[nodiscard]] std::unique_ptr<MainWindow> makeWindow() const { return m_console.makeWindow(); }
    static bool sweep(MainWindow &window) { return ConsoleFixture::sweep(window); }

    // The ids of the rows the table shows, in view order.
    [[nodiscard]] static QStringList visibleIds(const MainWindow &window)
    {
        const auto *table = window.findChild<QTableView *>(QStringLiteral("flowLogTable"));
        QStringList ids;
        for (int i = 0; i < table->model()->rowCount(); ++i)
            ids << table->model()->index(i, FlowLogTableModel::Id).data().toString();
        return ids;
    }

    ConsoleFixture m_console;
    // Its parts under the names the tests use.
    SandboxFixture &m_sandbox = m_console.sandbox;
    QList<Profile> &m_aliyun = m_console.aliyun;
    std::unique_ptr<ProfileStore> &m_profiles = m_console.profiles;
    std::unique_ptr<MemoryCredentialStore> &m_credentials = m_console.credentials;
    std::unique_ptr<Settings> &m_settings = m_console.settings;
};

} // namespace flowlog::test
