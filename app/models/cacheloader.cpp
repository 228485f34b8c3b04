#include "cacheloader.h"

#include "flowlogtablemodel.h"

#include <QtConcurrent/QtConcurrentRun>
#include <QTimer>

namespace flowlog {

CacheLoader::CacheLoader(FlowLogTableModel *table, QObject *parent)
    : QObject(parent)
    , m_table(table)
{
    connect(&m_watcher, &QFutureWatcher<ResultsCache::Contents>::finished, this, [this] {
        m_contents = m_watcher.result();
        m_source = 0;
        m_offset = 0;
        applyStep();
    });
}

CacheLoader::~CacheLoader()
{
    m_watcher.waitForFinished();
}

void CacheLoader::start(const QString &path, Accept accept)
{
    m_accept = std::move(accept);
    m_loading = true;
    m_applied = 0;
    m_watcher.setFuture(QtConcurrent::run([path] { return ResultsCache::load(path); }));
}

void CacheLoader::applyStep()
{
    int budget = rowsPerStep;
    while (budget > 0 && m_source < m_contents.sources.size()) {
        const ResultsCache::Source &s = m_contents.sources.at(m_source);
        if (m_offset == 0 && (m_table->countOfSource(s.id) > 0 || (m_accept && !m_accept(s.id)))) {
            ++m_source; // fresh rows (or none wanted) for this source
            continue;
        }
        const auto n = std::min<qsizetype>(budget, s.rows.size() - m_offset);
        if (m_offset == 0) {
            m_table->setLastSeen(s.id, s.seenAt.isValid() ? s.seenAt : m_contents.savedAt);
            m_table->setSourcesStale({s.id});
        }
        m_table->appendRows(s.id, s.rows.mid(m_offset, n));
        m_applied += static_cast<int>(n);
        budget -= static_cast<int>(n);
        m_offset += n;
        if (m_offset >= s.rows.size()) {
            ++m_source;
            m_offset = 0;
        }
    }
    if (m_source < m_contents.sources.size()) {
        Q_EMIT rowsApplied(m_applied);
        QTimer::singleShot(0, this, &CacheLoader::applyStep);
        return;
    }
    m_loading = false;
    m_contents.sources.clear(); // the rows are the table's now
    Q_EMIT rowsApplied(m_applied);
    Q_EMIT finished(m_applied);
}

} // namespace flowlog
