#pragma once

#include <QList>
#include <QString>

namespace flowlog::sandbox {

struct Fault
{
    QString kind;           // throttle, error5xx, reset, reset-after-commit, truncate, html, type-drift, token-loop, slow
    double probability = 1; // fraction of API requests it applies to
};

struct Options
{
    quint16 port = 0;
    quint32 seed = 42;
    int accounts = 3;      // sample accounts (Alibaba and Huawei)
    int flowLogs = 25;     // per source
    int latencyMs = 0;
    double throttleRate = 0;
    double errorRate = 0;
    QList<Fault> faults;
    bool printProfiles = false;
};

} // namespace flowlog::sandbox
