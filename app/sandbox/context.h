#pragma once

#include "dataset.h"

#include <QHash>

namespace flowlog::sandbox {

// The state a provider module's handlers share: the data, what each client token created, and new ids.
class Context
{
public:
    explicit Context(Dataset &dataset)
        : m_dataset(dataset)
    {}

    [[nodiscard]] Dataset &dataset() { return m_dataset; }

    // What an earlier create with this client token (scoped by the caller: account, service) made, or empty.
    [[nodiscard]] QString madeFor(const QString &scopedToken) const { return m_made.value(scopedToken); }
    void remember(const QString &scopedToken, const QString &made) { m_made.insert(scopedToken, made); }

    // A deterministic, real-looking id: prefix plus 17 characters.
    [[nodiscard]] QString newFlowLogId(const QString &prefix);

private:
    Dataset &m_dataset;
    QHash<QString, QString> m_made;
    quint64 m_createCounter = 0;
};

} // namespace flowlog::sandbox
