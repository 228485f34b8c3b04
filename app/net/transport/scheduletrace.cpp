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
    const size_t n = size_t(requests.size());
    std::vector<int> round(n, 0);
    std::vector<int> jobRound(n, 0);      // the request's depth
    std::vector<qsizetype> parent(n, -1); // the answer its depth came from (-1: none)
    std::vector<qsizetype> order;         // requests in the order they were queued
    // The longest chain among answered requests, and the request that ends it: per job, per account.
    using Best = std::pair<int, qsizetype>;
    QHash<int, Best> jobDone;
    QHash<QString, Best> groupDone;
    const auto raise = [](Best &best, int depth, qsizetype i) {
        if (depth > best.first)
            best = {depth, i};
    };
    int answeredBest = 0; // the longest chain among requests answered so far
    ScheduleRounds out;
    for (const auto &[seq, kind, i] : events) {
        const TracedRequest &r = requests.at(i);
        switch (kind) {
        case Queued: {
            // A job's first request waited for what made the job start: the answers of its account so far
            // (its discovery, or the identity call that reached it). Its later requests wait for its own answers
            // (page 1, the previous token page).
            const Best from = jobDone.contains(r.job) ? jobDone.value(r.job) : groupDone.value(r.group, {0, -1});
            jobRound[size_t(i)] = from.first + 1;
            parent[size_t(i)] = from.second;
            if (!jobDone.contains(r.job))
                jobDone.insert(r.job, {0, -1});
            order.push_back(i);
            break;
        }
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
            raise(jobDone[r.job], jobRound[size_t(i)], i);
            raise(groupDone[r.group], jobRound[size_t(i)], i);
            if (!r.unlocks.isEmpty())
                raise(groupDone[r.unlocks], jobRound[size_t(i)], i);
            break;
        }
    }
    // A request's height: the longest chain of requests that starts with it (itself and what waited for it).
    std::vector<int> height(n, 1);
    for (auto it = order.rbegin(); it != order.rend(); ++it) {
        if (const qsizetype p = parent[size_t(*it)]; p >= 0)
            height[size_t(p)] = std::max(height[size_t(p)], height[size_t(*it)] + 1);
    }
    // Requests at depth d or more cannot go before round d; the last of c such requests goes at round
    // d - 1 + ceil(c / limit) at the earliest, and when each of them starts a chain of h requests, h - 1 rounds
    // follow it. Over every d and h, overall (the global limit) and within each group (the group limit).
    using Request = std::pair<int, int>; // depth, height
    const auto bound = [](const std::vector<Request> &all, int limit) {
        if (limit <= 0 || all.empty())
            return 0;
        std::vector<int> depths;
        std::vector<int> heights;
        for (const auto &[d, h] : all) {
            depths.push_back(d);
            heights.push_back(h);
        }
        const auto distinct = [](std::vector<int> &v) {
            std::sort(v.begin(), v.end());
            v.erase(std::unique(v.begin(), v.end()), v.end());
        };
        distinct(depths);
        distinct(heights);
        int best = 0;
        for (const int d : depths) {
            for (const int h : heights) {
                const auto count = std::count_if(all.cbegin(), all.cend(),
                                                 [d, h](const Request &r) { return r.first >= d && r.second >= h; });
                if (count > 0)
                    best = std::max(best, d - 1 + static_cast<int>((count + limit - 1) / limit) + h - 1);
            }
        }
        return best;
    };
    std::vector<Request> all;
    QHash<QString, std::vector<Request>> byGroup;
    for (qsizetype i = 0; i < requests.size(); ++i) {
        if (requests.at(i).grantedSeq < 0)
            continue;
        all.emplace_back(jobRound[size_t(i)], height[size_t(i)]);
        byGroup[requests.at(i).group].emplace_back(jobRound[size_t(i)], height[size_t(i)]);
    }
    out.minimum = std::max(out.minimum, bound(all, globalLimit));
    for (const std::vector<Request> &group : std::as_const(byGroup))
        out.minimum = std::max(out.minimum, bound(group, groupLimit));
    return out;
}

} // namespace flowlog
