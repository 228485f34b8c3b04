#pragma once

// What the coverage tests of the CLI and the console share: the sandbox's own counts, and a template every sample
// resource passes with except for CEN's project name, which each test chooses.
#include <QJsonDocument>
#include <QJsonObject>

namespace flowlog::test {

inline QJsonObject coverageOf(const QJsonObject &stats)
{
    return stats.value(QLatin1String("coverage")).toObject();
}

inline QByteArray templateJson(const QString &cenProjectName)
{
    const QJsonObject t{
        {QStringLiteral("tags"), QJsonObject{{QStringLiteral("owner"), QStringLiteral("coverage-${service}")}}},
        {QStringLiteral("vpc"), QJsonObject{{QStringLiteral("projectName"), QStringLiteral("fl-${region}")},
                                            {QStringLiteral("logStoreName"), QStringLiteral("${service}-flowlog")},
                                            {QStringLiteral("trafficType"), QStringLiteral("All")},
                                            {QStringLiteral("interval"), QStringLiteral("600")}}},
        {QStringLiteral("cen"), QJsonObject{{QStringLiteral("projectName"), cenProjectName},
                                            {QStringLiteral("logStoreName"), QStringLiteral("cen-flowlog")},
                                            {QStringLiteral("interval"), QStringLiteral("600")}}},
        {QStringLiteral("ecr"), QJsonObject{{QStringLiteral("projectName"), QStringLiteral("ecr-${accountId}")},
                                            {QStringLiteral("logStoreName"), QStringLiteral("ecr-flowlog")},
                                            {QStringLiteral("interval"), QStringLiteral("60")}}},
        {QStringLiteral("er"),
         QJsonObject{{QStringLiteral("logGroupId"), QStringLiteral("1c0a7a4e-5d2b-4e6f-8a9b-0c1d2e3f4a5b")},
                     {QStringLiteral("logStreamId"), QStringLiteral("2d1b8b5f-6e3c-4f70-9bac-1d2e3f4a5b6c")}}}};
    return QJsonDocument(t).toJson();
}

} // namespace flowlog::test
