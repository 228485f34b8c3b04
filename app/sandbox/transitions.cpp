#include "transitions.h"

#include "dataset.h"
#include "jsonwriter.h"

#include <QMap>

#include <algorithm>

namespace flowlog::sandbox {

QString Transitions::pendingKey(const QString &listKey, const QString &id)
{
    return listKey + QLatin1Char('\n') + id;
}

void Transitions::start(Transition transition)
{
    m_nextDueMs = std::min(m_nextDueMs, transition.settleAtMs);
    const QString key = pendingKey(transition.listKey, transition.id);
    m_pending.insert(key, std::move(transition));
}

void Transitions::startSeeded(const Dataset &dataset, qint64 nowMs)
{
    using namespace Qt::StringLiterals;
    // A transitional status and the one it settles to (a seeded flow log has no earlier state to go back to).
    struct Settles
    {
        QLatin1StringView member;
        QLatin1StringView from;
        QLatin1StringView to;
        QLatin1StringView idMember;
    };
    static constexpr Settles table[] = {
        {"Status"_L1, "Activating"_L1, "Active"_L1, "FlowLogId"_L1},
        {"Status"_L1, "Creating"_L1, "Active"_L1, "FlowLogId"_L1},
        {"Status"_L1, "Deactivating"_L1, "Inactive"_L1, "FlowLogId"_L1},
        {"Status"_L1, "Modifying"_L1, "Active"_L1, "FlowLogId"_L1},
        {"state"_L1, "modifying"_L1, "available"_L1, "id"_L1},
        {"state"_L1, "pending"_L1, "available"_L1, "id"_L1},
    };
    const auto &lists = dataset.allFlowLogs();
    for (auto list = lists.cbegin(); list != lists.cend(); ++list) {
        for (const QJsonObject &o : list.value()) {
            for (const Settles &s : table) {
                if (o.value(s.member).toString() != s.from)
                    continue;
                start({list.key(), QString(s.idMember), o.value(s.idMember).toString(), nowMs + m_durationMs,
                       QJsonObject{{QString(s.member), QString(s.to)}}, false});
                break;
            }
        }
    }
}

void Transitions::settleDue(Dataset &dataset, qint64 nowMs)
{
    if (nowMs < m_nextDueMs)
        return;
    qint64 next = std::numeric_limits<qint64>::max();
    for (auto it = m_pending.begin(); it != m_pending.end();) {
        if (it->settleAtMs > nowMs) {
            next = std::min(next, it->settleAtMs);
            ++it;
            continue;
        }
        apply(dataset, *it);
        it = m_pending.erase(it);
    }
    m_nextDueMs = next;
}

void Transitions::apply(Dataset &dataset, const Transition &transition)
{
    QList<QJsonObject> &list = dataset.flowLogs(transition.listKey);
    const auto it = std::find_if(list.begin(), list.end(), [&transition](const QJsonObject &o) {
        return o.value(transition.idMember).toString() == transition.id;
    });
    if (it == list.end())
        return;
    if (transition.removes) {
        list.erase(it);
        ++m_deleted;
        return;
    }
    for (auto member = transition.settled.begin(); member != transition.settled.end(); ++member)
        it->insert(member.key(), member.value());
}

QJsonObject countByStatus(const Dataset &dataset)
{
    QMap<QString, qint64> counts;
    for (const QList<QJsonObject> &list : dataset.allFlowLogs()) {
        for (const QJsonObject &o : list) {
            QJsonValue status = o.value(QLatin1String("Status"));
            if (status.isUndefined())
                status = o.value(QLatin1String("state"));
            counts[status.toString()] += 1;
        }
    }
    return toJsonObject(counts);
}

} // namespace flowlog::sandbox
