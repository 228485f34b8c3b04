#include "coverage.h"

#include <algorithm>

namespace flowlog::coverage {

using namespace Qt::StringLiterals;

QString stateName(State state)
{
    switch (state) {
    case State::Covered:
        return u"covered"_s;
    case State::Partial:
        return u"partial"_s;
    case State::Uncovered:
        return u"uncovered"_s;
    }
    return {};
}

bool watchesNow(Service service, const QString &status, bool enabled)
{
    switch (service) {
    case Service::Vpc:
    case Service::Cen:
    case Service::Ecr:
        return status == "Active"_L1;
    case Service::Er:
        return enabled && status == "available"_L1;
    }
    return false;
}

namespace {

// What one network's flow logs are, by how they reach it.
struct Reach
{
    QStringList ids;              // every flow log on it, a part of it or its group
    bool whole = false;           // an active one on it or on its group
    bool part = false;            // an active one on one of its vSwitches or network interfaces
    QSet<QString> watchedMembers; // its vSwitches an active flow log is on
};

} // namespace

// The rules (docs/coverage.md):
// - VPC service: a flow log on a VPC reaches it whole; one on a vSwitch or network interface reaches the member's
//   VPC in part (a vSwitch counts toward "every vSwitch"). A target that is not a listed VPC, or a member whose VPC
//   is unknown, is an orphan.
// - Other services: a flow log on a listed network reaches it whole; one on a group (a CEN transit router, or a
//   whole CEN) reaches every network of that group; anything else is an orphan.
// - A network is covered when an active flow log reaches it whole or (VPC) is on every one of its vSwitches; partly
//   covered when, not covered, an active one is on some of its members; otherwise uncovered.
Assessment assess(const Place &place)
{
    QHash<QString, qsizetype> byId;
    QHash<QString, QList<qsizetype>> byGroup;
    for (qsizetype i = 0; i < place.networks.size(); ++i) {
        byId.insert(place.networks.at(i).id, i);
        for (const QString &g : place.networks.at(i).groupIds)
            byGroup[g].append(i);
    }
    QList<Reach> reach(place.networks.size());
    Assessment out;
    for (qsizetype f = 0; f < place.flowLogs.size(); ++f) {
        const Watcher &w = place.flowLogs.at(f);
        const bool member = place.service == Service::Vpc && w.targetType != QLatin1StringView(types::vpc);
        const QString networkId = member ? place.vpcOfMember.value(w.targetId) : w.targetId;
        if (const auto it = byId.constFind(networkId); it != byId.cend()) {
            Reach &r = reach[it.value()];
            r.ids.append(w.flowLogId);
            if (!w.watching)
                continue;
            r.whole = r.whole || !member;
            r.part = r.part || member;
            if (member && w.targetType == QLatin1StringView(types::vSwitch))
                r.watchedMembers.insert(w.targetId);
            continue;
        }
        const auto group = byGroup.constFind(w.targetId);
        if (place.service == Service::Vpc || (group == byGroup.cend() && !place.groups.contains(w.targetId))) {
            out.orphans.append(f);
            continue;
        }
        if (group == byGroup.cend())
            continue; // a transit router with nothing attached: nothing to watch, but it exists
        for (const qsizetype n : group.value()) {
            reach[n].ids.append(w.flowLogId);
            reach[n].whole = reach[n].whole || w.watching;
        }
    }
    out.verdicts.reserve(place.networks.size());
    for (qsizetype i = 0; i < place.networks.size(); ++i) {
        const Network &n = place.networks.at(i);
        const Reach &r = reach.at(i);
        const bool everyMember =
            !n.memberIds.isEmpty() && std::all_of(n.memberIds.cbegin(), n.memberIds.cend(),
                                                  [&r](const QString &m) { return r.watchedMembers.contains(m); });
        Verdict v;
        v.state = r.whole || everyMember ? State::Covered : r.part ? State::Partial : State::Uncovered;
        v.flowLogIds = r.ids;
        out.verdicts.append(v);
    }
    return out;
}

void Counts::add(const Assessment &assessment)
{
    for (const Verdict &v : assessment.verdicts) {
        ++resources;
        switch (v.state) {
        case State::Covered:
            ++covered;
            break;
        case State::Partial:
            ++partial;
            break;
        case State::Uncovered:
            ++uncovered;
            break;
        }
    }
    orphans += assessment.orphans.size();
}

} // namespace flowlog::coverage
