#pragma once

#include <QHash>
#include <QJsonObject>
#include <QString>

#include <limits>

namespace flowlog::sandbox {

class Dataset;

// A flow log changing state: the list that holds it, when it settles, and what it becomes then.
struct Transition
{
    QString listKey;       // Dataset::key() of the list that holds it
    QString idMember;      // "FlowLogId" (Alibaba) or "id" (Huawei ER)
    QString id;            // its value
    qint64 settleAtMs = 0; // on the sandbox's clock (ms since the epoch)
    QJsonObject settled;   // members written when it settles ({"Status": "Inactive"}, ...)
    bool removes = false;  // a delete: the flow log is gone once it settles
};

// Every state change of the sandbox's flow logs: creates (Activating, Creating, pending) and the lifecycle
// operations (Deactivating, Modifying, deleting, ...). A record shows its transitional state; the transition itself
// is kept here rather than in the record, so reading a list costs nothing extra, and due transitions are applied
// before every request and every stats read, so each answer sees the state as it is at that moment.
class Transitions
{
public:
    explicit Transitions(int durationMs)
        : m_durationMs(durationMs)
    {}

    // How long a lifecycle transition takes (--transition-ms).
    [[nodiscard]] int durationMs() const { return m_durationMs; }
    // Starts the transition of one flow log, replacing one it may still have.
    void start(Transition transition);
    // Starts the transition of every seeded flow log that is in a transitional state (VPC Activating, ER modifying,
    // ...): it reads so right after start and settles --transition-ms later, like a change the sandbox was asked for.
    void startSeeded(const Dataset &dataset, qint64 nowMs);
    // Applies every transition due at nowMs to the dataset's lists: one comparison when none is due.
    void settleDue(Dataset &dataset, qint64 nowMs);

    // Flow logs deleted (gone, not just Deleting) since start or resetDeleted().
    [[nodiscard]] qint64 deleted() const { return m_deleted; }
    void resetDeleted() { m_deleted = 0; }

private:
    [[nodiscard]] static QString pendingKey(const QString &listKey, const QString &id);
    void apply(Dataset &dataset, const Transition &transition);

    int m_durationMs;
    QHash<QString, Transition> m_pending; // pendingKey() -> transition
    qint64 m_nextDueMs = std::numeric_limits<qint64>::max();
    qint64 m_deleted = 0;
};

// {"Active": n, "Inactive": n, "Modifying": n, "available": n, ...}: every flow log of every account by its status
// as the provider writes it (Alibaba "Status", Huawei ER "state"), transitional states included.
[[nodiscard]] QJsonObject countByStatus(const Dataset &dataset);

} // namespace flowlog::sandbox
