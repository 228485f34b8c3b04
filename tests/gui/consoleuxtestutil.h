#pragma once

// What the console UX test executables share: the console fixture (consolefixture.h) on a sandbox whose answers take
// a little while, and windows over VPC or the given services.
#include "consolefixture.h"
#include "mainwindow.h"

#include <QObject>
#include <QTest>

#include <memory>

namespace flowlog::test {

// The base of the console UX test classes. Qt Test runs its initTestCase(), init() and cleanup() for a derived class.
class ConsoleUxTestBase : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        // Answers take a little while, so that a refresh is still running when a key arrives.
        QVERIFY2(m_console.start({QStringLiteral("--flowlogs"), QString::number(flowLogsPerSource),
                                  QStringLiteral("--latency-ms"), QStringLiteral("150")},
                                 &error),
                 qPrintable(error));
    }

    void init() { m_console.init(this); }
    void cleanup() { m_console.cleanup(); }

protected:
    static constexpr int flowLogsPerSource = 6;

    [[nodiscard]] std::unique_ptr<MainWindow> makeWindow(const QSet<Service> &services = {Service::Vpc}) const
    {
        return m_console.makeWindow(services);
    }
    static bool sweep(MainWindow &window) { return ConsoleFixture::sweep(window); }

    ConsoleFixture m_console;
};

} // namespace flowlog::test
