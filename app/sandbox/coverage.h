#pragma once

#include <QJsonObject>

namespace flowlog::sandbox {

class Dataset;

// How many of the sandbox's networks its flow logs watch, by the rules of issue 18 (coverage.cpp).
struct Coverage
{
    qint64 resources = 0; // VPCs, transit-router VPC and VBR attachments, ECR VBRs, ER attachments
    qint64 covered = 0;
    qint64 partial = 0;
    qint64 uncovered = 0;
    qint64 orphans = 0; // flow logs whose resource does not exist

    [[nodiscard]] QJsonObject toJson() const;
};

[[nodiscard]] Coverage computeCoverage(const Dataset &dataset);

} // namespace flowlog::sandbox
