#pragma once

#include "apirequest.h"
#include "dataset.h"

#include <QHash>
#include <QSet>

#include <algorithm>

namespace flowlog::sandbox {

// The state a provider module's handlers share: the data, what each client token created, and new ids.
class Context
{
public:
    Context(Dataset &dataset, const Options &options)
        : m_dataset(dataset)
        , m_options(options)
    {}

    [[nodiscard]] Dataset &dataset() { return m_dataset; }
    // The run's options: permission hooks (--deny), the STS lifetime cap.
    [[nodiscard]] const Options &options() const { return m_options; }
    // How long credentials asked for durationSeconds live: capped by --sts-max-duration-s.
    [[nodiscard]] qint64 grantedLifetimeMs(qint64 durationSeconds) const
    {
        const qint64 cap = m_options.stsMaxDurationS;
        return 1000 * (cap > 0 ? std::min(durationSeconds, cap) : durationSeconds);
    }

    // What an earlier create with this client token (scoped by the caller: account, service) made, or empty.
    [[nodiscard]] QString madeFor(const QString &scopedToken) const { return m_made.value(scopedToken); }
    void remember(const QString &scopedToken, const QString &made) { m_made.insert(scopedToken, made); }

    // What an earlier call made under a client token (scoped by the caller) answered, and to which request.
    struct Answer
    {
        QString request; // the call's action and parameters, as the caller compares them
        Reply reply;
    };
    [[nodiscard]] const Answer *answerFor(const QString &scopedToken) const
    {
        const auto it = m_answers.constFind(scopedToken);
        return it == m_answers.cend() ? nullptr : &it.value();
    }
    void rememberAnswer(const QString &scopedToken, Answer answer) { m_answers.insert(scopedToken, std::move(answer)); }

    // Pages of a PageNumber listing already served, by the caller's query and page: an API that refuses a page
    // jumped to checks that the one before was asked for.
    [[nodiscard]] bool wasServed(const QString &page) const { return m_served.contains(page); }
    void markServed(const QString &page) { m_served.insert(page); }

    // A deterministic, real-looking id: prefix plus 17 characters.
    [[nodiscard]] QString newFlowLogId(const QString &prefix);

private:
    Dataset &m_dataset;
    const Options &m_options;
    QHash<QString, QString> m_made;
    QHash<QString, Answer> m_answers;
    QSet<QString> m_served;
    quint64 m_createCounter = 0;
};

} // namespace flowlog::sandbox
