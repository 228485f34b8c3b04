#pragma once

#include "catalog.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

// The coverage rules of issue 18 (docs/coverage.md), in one place: which networks the flow logs of one place watch
// fully, partly or not at all, and which flow logs watch something that no longer exists (orphans). Pure: the
// inventory sweep (models) gathers the networks and flow logs, the CLI and the console show the verdicts.
namespace flowlog::coverage {

enum class State
{
    Covered,
    Partial,
    Uncovered
};

// "covered" | "partial" | "uncovered": the CLI's and the exports' spelling.
[[nodiscard]] QString stateName(State state);

// The resource types the rules count, as records name them.
namespace types {
inline constexpr auto vpc = "VPC";
inline constexpr auto vSwitch = "VSwitch";
inline constexpr auto networkInterface = "NetworkInterface";
inline constexpr auto trVpcAttachment = "TransitRouterVpcAttachment";
inline constexpr auto trVbrAttachment = "TransitRouterVbrAttachment";
inline constexpr auto vbr = "VBR";
inline constexpr auto erAttachment = "attachment";
} // namespace types

// A network a flow log can watch, as the inventory lists it.
struct Network
{
    QString type; // types::vpc, trVpcAttachment, trVbrAttachment, vbr, erAttachment
    QString id;
    QString name;
    QStringList memberIds; // a VPC's vSwitches
    QStringList groupIds;  // what a flow log may watch it through as a whole: a CEN attachment's transit router and CEN
};

// One flow log as the rules read it.
struct Watcher
{
    QString flowLogId;
    QString targetType; // FlowLog::resourceType: VPC, VSwitch, NetworkInterface, TransitRouterAttachment,
                        // TransitRouter, CEN, VBR, attachment
    QString targetId;
    bool watching = false; // watchesNow()
};

// Whether a flow log watches now: Alibaba Status "Active"; Huawei ER state "available" and enabled. Inactive,
// changing and failed flow logs watch nothing now.
[[nodiscard]] bool watchesNow(Service service, const QString &status, bool enabled);

// The networks and flow logs of one place a flow-log list covers: an account's region (VPC, CEN), an ECR instance,
// an ER router.
struct Place
{
    Service service = Service::Vpc;
    QList<Network> networks;
    QList<Watcher> flowLogs;
    QHash<QString, QString> vpcOfMember; // VPC: a vSwitch's or network interface's VPC
    QSet<QString> groups;                // CEN: the transit routers (and their CENs) that exist
};

struct Verdict
{
    State state = State::Uncovered;
    QStringList flowLogIds; // the flow logs on it, on a part of it or on its group, whatever their status
};

struct Assessment
{
    QList<Verdict> verdicts;  // one per network, in the place's order
    QList<qsizetype> orphans; // indexes of the place's flow logs whose resource does not exist
};

[[nodiscard]] Assessment assess(const Place &place);

// Totals over any number of places.
struct Counts
{
    qint64 resources = 0;
    qint64 covered = 0;
    qint64 partial = 0;
    qint64 uncovered = 0;
    qint64 orphans = 0;

    void add(const Assessment &assessment);
    friend bool operator==(const Counts &, const Counts &) = default;
};

} // namespace flowlog::coverage
