#pragma once

// Waiting for the sandbox's flow logs to stop changing state: the seeded transitional ones (VPC Activating, ER
// modifying) settle --transition-ms after start, so a test comparing a sweep with the sandbox's own counts waits for
// them first instead of racing them.
#include "sandboxfixture.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QStringList>
#include <QTest>

namespace flowlog::test {

// The statuses a flow log has while it changes state (byStatus keys, both providers' spellings).
[[nodiscard]] inline bool isTransitional(const QString &status)
{
    static const QStringList changing = {QStringLiteral("Activating"), QStringLiteral("Deactivating"),
                                         QStringLiteral("Modifying"),  QStringLiteral("Deleting"),
                                         QStringLiteral("Creating"),   QStringLiteral("modifying"),
                                         QStringLiteral("deleting"),   QStringLiteral("pending")};
    return changing.contains(status);
}

// Polls /__sandbox/stats until no flow log is in a transitional state; false when timeoutMs passes first.
[[nodiscard]] inline bool waitUntilSettled(SandboxFixture &sandbox, int timeoutMs = 15000)
{
    QElapsedTimer clock;
    clock.start();
    for (;;) {
        const QJsonObject byStatus = sandbox.stats().value(QLatin1String("byStatus")).toObject();
        bool changing = byStatus.isEmpty();
        for (auto it = byStatus.begin(); it != byStatus.end() && !changing; ++it)
            changing = isTransitional(it.key()) && it.value().toInteger() > 0;
        if (!changing)
            return true;
        if (clock.elapsed() > timeoutMs)
            return false;
        QTest::qWait(50); // the sandbox's clock moves on its own: each stats read decides, not this wait
    }
}

} // namespace flowlog::test
