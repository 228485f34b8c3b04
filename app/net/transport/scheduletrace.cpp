#include "scheduletrace.h"

#include <QHash>

#include <algorithm>
#include <functional>
#include <tuple>
#include <vector>

namespace flowlog {

ScheduleRounds analyseRounds(const QList<TracedRequest> &requests, int globalLimit, int groupLimit)
{
    enum Kind
    {
        Queued,
        Granted,
        Released
    };
    std::vector<std::tuple<qint64, Kind, qsizetype>> events; // seq, kind, request
    for (qsizetype i = 0; i < requests.size(); ++i) {
        const TracedRequest &r = requests.at(i);
        if (r.grantedSeq < 0)
            continue; // withdrawn while waiting: never sent
        events.emplace_back(r.queuedSeq, Queued, i);
        events.emplace_back(r.grantedSeq, Granted, i);
        if (r.releasedSeq >= 0)
            events.emplace_back(r.releasedSeq, Released, i);
    }
    std::sort(events.begin(), events.end());
    std::vector<int> round(size_t(requests.size()), 0);
    std::vector<int> jobRound(size_t(requests.size()), 0);
    QHash<int, int> jobDone;       // job -> the longest own chain among its answered requests
    QHash<QString, int> groupDone; // group -> the longest chain among its answered requests
    int answeredBest = 0;          // the longest chain among requests answered so far
    ScheduleRounds out;
    for (const auto &[seq, kind, i] : events) {
        const TracedRequest &r = requests.at(i);
        switch (kind) {
        case Queued:
            // A job's first request waited for what made the job start: the answers of its account so far
            // (its discovery). Its later requests wait for its own answers (page 1, the previous token page).
            jobRound[size_t(i)] = (jobDone.contains(r.job) ? jobDone.value(r.job) : groupDone.value(r.group)) + 1;
            if (!jobDone.contains(r.job))
                jobDone.insert(r.job, 0);
            break;
        case Granted:
            round[size_t(i)] = answeredBest + 1;
            ++out.requests;
            out.rounds = std::max(out.rounds, round[size_t(i)]);
            out.minimum = std::max(out.minimum, jobRound[size_t(i)]);
            if (out.perRound.size() < round[size_t(i)])
                out.perRound.resize(round[size_t(i)]);
            ++out.perRound[round[size_t(i)] - 1];
            break;
        case Released:
            answeredBest = std::max(answeredBest, round[size_t(i)]);
            jobDone[r.job] = std::max(jobDone.value(r.job), jobRound[size_t(i)]);
            groupDone[r.group] = std::max(groupDone.value(r.group), jobRound[size_t(i)]);
            break;
        }
    }
    // Requests that depend on d - 1 others cannot go before round d: those at depth d or more need
    // ceil(count / limit) rounds from round d on, overall and within each group.
    const auto bound = [](std::vector<int> depths, int limit) {
        if (limit <= 0 || depths.empty())
            return 0;
        std::sort(depths.begin(), depths.end(), std::greater<>());
        int best = 0;
        for (size_t k = 0; k < depths.size(); ++k) {
            if (k + 1 < depths.size() && depths[k + 1] == depths[k])
                continue; // the last request of this depth: k + 1 requests have depth >= depths[k]
            best = std::max(best, depths[k] - 1 + static_cast<int>((k + 1 + size_t(limit) - 1) / size_t(limit)));
        }
        return best;
    };
    std::vector<int> all;
    QHash<QString, std::vector<int>> byGroup;
    for (qsizetype i = 0; i < requests.size(); ++i) {
        if (requests.at(i).grantedSeq < 0)
            continue;
        all.push_back(jobRound[size_t(i)]);
        byGroup[requests.at(i).group].push_back(jobRound[size_t(i)]);
    }
    out.minimum = std::max(out.minimum, bound(all, globalLimit));
    for (const std::vector<int> &depths : std::as_const(byGroup))
        out.minimum = std::max(out.minimum, bound(depths, groupLimit));
    return out;
}

} // namespace flowlog
