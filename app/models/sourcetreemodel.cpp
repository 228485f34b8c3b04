#include "sourcetreemodel.h"

#include "flowlogtablemodel.h"
#include "naturalorder.h"
#include "sourceid.h"
#include "textsafety.h"

#include <QLocale>
#include <QSet>

#include <algorithm>

namespace flowlog {

namespace {

using State = SourceStatusModel::State;

constexpr QChar keySeparator = u'\x1f';
constexpr int defaultNotifyMs = 50;

int stateIndex(State s)
{
    return static_cast<int>(s);
}

} // namespace

SourceTreeModel::SourceTreeModel(SourceStatusModel *status, const FlowLogTableModel *table, QObject *parent)
    : QAbstractItemModel(parent)
    , m_status(status)
    , m_table(table)
{
    m_flushTimer.setSingleShot(true);
    m_flushTimer.setInterval(defaultNotifyMs);
    connect(&m_flushTimer, &QTimer::timeout, this, &SourceTreeModel::flush);
    connect(m_status, &QAbstractItemModel::modelReset, this, &SourceTreeModel::onStatusReset);
    // Sources arrive account by account as discovery finishes each, and so do discovery failures.
    m_structureTimer.setSingleShot(true);
    connect(&m_structureTimer, &QTimer::timeout, this, &SourceTreeModel::onStatusReset);
    connect(m_status, &QAbstractItemModel::rowsInserted, this, &SourceTreeModel::onStatusRowsInserted);
    connect(m_status, &SourceStatusModel::discoveryChanged, this, &SourceTreeModel::onStatusReset);
    connect(m_status, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex &from, const QModelIndex &to) { onStatusChanged(from.row(), to.row()); });
    if (m_table) {
        connect(m_table, &QAbstractItemModel::rowsInserted, this,
                [this](const QModelIndex &, int first, int last) { onTableRowsInserted(first, last); });
        connect(m_table, &QAbstractItemModel::rowsAboutToBeRemoved, this,
                [this](const QModelIndex &, int first, int last) {
                    for (int row = first; row <= last; ++row) {
                        const QString &id = m_table->sourceOf(row);
                        if (m_removing.isEmpty() || m_removing.constLast() != id)
                            m_removing.append(id);
                    }
                });
        connect(m_table, &QAbstractItemModel::rowsRemoved, this, [this] {
            const QStringList sources = std::exchange(m_removing, {});
            for (const QString &id : sources)
                markSource(id);
        });
        connect(m_table, &QAbstractItemModel::modelReset, this, [this] {
            for (const int node : m_sourceNodes)
                updateSource(node);
        });
    }
    rebuild();
}

// ---- structure --------------------------------------------------------------------------------------------------

int SourceTreeModel::nodeOf(const QModelIndex &index)
{
    return static_cast<int>(index.internalId() >> 1);
}

bool SourceTreeModel::isErrorRow(const QModelIndex &index)
{
    return (index.internalId() & 1) != 0;
}

QModelIndex SourceTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount)
        return {};
    if (!parent.isValid()) {
        if (row >= static_cast<int>(m_roots.size()))
            return {};
        return createIndex(row, column, quintptr(m_roots[static_cast<std::size_t>(row)]) << 1);
    }
    if (isErrorRow(parent) || parent.column() != 0)
        return {};
    const int p = nodeOf(parent);
    const Node &n = m_nodes[static_cast<std::size_t>(p)];
    const int children = static_cast<int>(n.children.size());
    if (row < children)
        return createIndex(row, column, quintptr(n.children[static_cast<std::size_t>(row)]) << 1);
    if (row == children && n.hasError)
        return createIndex(row, column, (quintptr(p) << 1) | 1);
    return {};
}

QModelIndex SourceTreeModel::indexOfNode(int node, int column) const
{
    if (node < 0)
        return {};
    return createIndex(m_nodes[static_cast<std::size_t>(node)].row, column, quintptr(node) << 1);
}

QModelIndex SourceTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    const int node = nodeOf(child);
    if (isErrorRow(child))
        return indexOfNode(node);
    return indexOfNode(m_nodes[static_cast<std::size_t>(node)].parent);
}

int SourceTreeModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return static_cast<int>(m_roots.size());
    if (parent.column() != 0 || isErrorRow(parent))
        return 0;
    const Node &n = m_nodes[static_cast<std::size_t>(nodeOf(parent))];
    return static_cast<int>(n.children.size()) + (n.hasError ? 1 : 0);
}

int SourceTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

Qt::ItemFlags SourceTreeModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    // The failure line is read, not selected: selecting filters the table, and it has no rows of its own.
    if (isErrorRow(index))
        return Qt::ItemIsEnabled;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable;
}

QVariant SourceTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Sources");
    case RowsColumn:
        return tr("Rows");
    default:
        return {};
    }
}

int SourceTreeModel::child(int parent, Kind kind, const QString &key, const QString &label)
{
    const auto it = m_nodeOfKey.constFind(key);
    if (it != m_nodeOfKey.cend())
        return it.value();
    const int node = static_cast<int>(m_nodes.size());
    Node n;
    n.kind = kind;
    n.parent = parent;
    n.key = key;
    n.label = label;
    if (parent >= 0) {
        const Node &p = m_nodes[static_cast<std::size_t>(parent)];
        n.account = p.account;
        n.service = p.service;
        n.region = p.region;
        n.row = static_cast<int>(p.children.size());
    } else {
        n.row = static_cast<int>(m_roots.size());
    }
    m_nodes.push_back(std::move(n));
    if (parent >= 0)
        m_nodes[static_cast<std::size_t>(parent)].children.push_back(node);
    else
        m_roots.push_back(node);
    m_nodeOfKey.insert(key, node);
    return node;
}

void SourceTreeModel::rebuild()
{
    m_nodes.clear();
    m_roots.clear();
    m_sourceNodes.clear();
    m_nodeOfSource.clear();
    m_nodeOfKey.clear();
    m_dirty.clear();
    m_dirtyNodes.clear();
    const QList<SourceStatusModel::Entry> &entries = m_status->entries();
    m_nodes.reserve(static_cast<std::size_t>(entries.size()) * 2 + 16);
    const QList<DiscoveredAccount> &discovered = m_status->discovery();
    QSet<QString> organizations; // profiles whose accounts are an organisation's
    for (const DiscoveredAccount &a : discovered) {
        if (!a.organization.isEmpty())
            organizations.insert(a.profileId);
    }
    // A member's sources name its account id (a profile's own do not): the organisation is a node from its first
    // member's sources on, not only once discovery is done (hundreds of members moved into it at the sweep's end).
    for (const SourceStatusModel::Entry &e : entries) {
        if (!e.source.accountId.isEmpty())
            organizations.insert(e.source.profileId);
    }
    m_discoverySignature = discoverySignature();
    for (int row = 0; row < entries.size(); ++row) {
        const SourceSpec &s = entries.at(row).source;
        const QString service = serviceKey(s.service);
        const QString accountKey = s.accountKey();
        const int account =
            accountNode(s.profileId, s.accountId, s.profileName, s.account(), organizations.contains(s.profileId));
        const QString serviceNodeKey = accountKey + keySeparator + service;
        const int serviceNode = child(account, Kind::Service, serviceNodeKey, serviceDisplayName(s.service));
        m_nodes[static_cast<std::size_t>(serviceNode)].service = service;
        const QString regionKey = serviceNodeKey + keySeparator + s.region;
        // A global service's sources are listed at one endpoint and hold every region's flow logs (issue 20).
        const bool global = traits(s.service).scope == Scope::Global;
        int source = child(serviceNode, Kind::Region, regionKey,
                           global ? tr("every region (through %1)").arg(s.region) : s.region);
        m_nodes[static_cast<std::size_t>(source)].region = s.region;
        if (!s.instanceId.isEmpty())
            source = child(source, Kind::Instance, regionKey + keySeparator + s.instanceId, s.instanceId);
        Node &leaf = m_nodes[static_cast<std::size_t>(source)];
        leaf.statusRow = row;
        leaf.sourceId = s.id();
        m_sourceNodes.push_back(source);
        m_nodeOfSource.insert(leaf.sourceId, source);
    }
    // A discovery failure is a node of its own under its account (an account that could not be reached has only
    // that), counted as a failure up the tree.
    for (const DiscoveredAccount &a : discovered) {
        for (qsizetype i = 0; i < a.failures.size(); ++i) {
            const int account =
                accountNode(a.profileId, a.accountId, a.profileName, a.label(), organizations.contains(a.profileId));
            const int node = child(account, Kind::Discovery,
                                   a.key() + keySeparator + QStringLiteral("discovery") + QString::number(i),
                                   escapeForDisplay(a.failures.at(i).toDisplayString()));
            m_nodes[static_cast<std::size_t>(node)].ownState = stateIndex(State::Failed);
            for (int p = node; p >= 0; p = m_nodes[static_cast<std::size_t>(p)].parent)
                ++m_nodes[static_cast<std::size_t>(p)].counts[stateIndex(State::Failed)];
        }
    }
    // Accounts (and organisations, and their accounts) in natural order; services, regions and instances as
    // planned.
    const auto natural = [this](std::vector<int> &nodes) {
        std::stable_sort(nodes.begin(), nodes.end(), [this](int a, int b) {
            return naturalLess(m_nodes[static_cast<std::size_t>(a)].label, m_nodes[static_cast<std::size_t>(b)].label);
        });
        for (std::size_t i = 0; i < nodes.size(); ++i)
            m_nodes[static_cast<std::size_t>(nodes[i])].row = static_cast<int>(i);
    };
    natural(m_roots);
    for (const int root : m_roots) {
        if (m_nodes[static_cast<std::size_t>(root)].kind == Kind::Organization)
            natural(m_nodes[static_cast<std::size_t>(root)].children);
    }
    m_dirty.assign(m_nodes.size(), 0);
    m_resetting = true;
    for (const int node : m_sourceNodes)
        updateSource(node);
    m_resetting = false;
    m_dirtyNodes.clear();
    std::fill(m_dirty.begin(), m_dirty.end(), 0);
}

int SourceTreeModel::accountNode(const QString &profileId, const QString &accountId, const QString &profileName,
                                 const QString &label, bool organization)
{
    const QString key = flowlog::accountKey(profileId, accountId);
    int parent = -1;
    if (organization) {
        parent = child(-1, Kind::Organization, QStringLiteral("org") + keySeparator + profileId, profileName);
        m_nodes[static_cast<std::size_t>(parent)].account = profileName;
    }
    const int node = child(parent, Kind::Account, key, label);
    m_nodes[static_cast<std::size_t>(node)].account = label;
    return node;
}

QString SourceTreeModel::discoverySignature() const
{
    QString out;
    for (const DiscoveredAccount &a : m_status->discovery()) {
        out += a.key() + keySeparator + a.organization + keySeparator;
        for (const DiscoveryFailure &f : a.failures)
            out += f.toDisplayString() + keySeparator;
    }
    return out;
}

bool SourceTreeModel::sameSources() const
{
    if (discoverySignature() != m_discoverySignature)
        return false;
    const QList<SourceStatusModel::Entry> &entries = m_status->entries();
    if (static_cast<std::size_t>(entries.size()) != m_sourceNodes.size())
        return false;
    for (int row = 0; row < entries.size(); ++row) {
        const SourceSpec &s = entries.at(row).source;
        int node = m_sourceNodes[static_cast<std::size_t>(row)];
        if (m_nodes[static_cast<std::size_t>(node)].sourceId != s.id())
            return false;
        // A renamed profile keeps its id: its label must follow.
        while (m_nodes[static_cast<std::size_t>(node)].parent >= 0)
            node = m_nodes[static_cast<std::size_t>(node)].parent;
        if (m_nodes[static_cast<std::size_t>(node)].label != s.profileName)
            return false;
    }
    return true;
}

void SourceTreeModel::onStatusRowsInserted()
{
    // An organisation's accounts are discovered one by one, hundreds in a few seconds: a reset of the tree (and of
    // the view's expansion and selection) for each stalled the window for tens of ms each time (issue 19 goal 5).
    // The first rebuild comes at once, later ones at most every structureIntervalMs; until then the new sources
    // are not in the tree (their status rows lie past m_sourceNodes, which every update checks).
    if (m_structureTimer.isActive())
        return;
    const qint64 since = m_sinceRebuild.isValid() ? m_sinceRebuild.elapsed() : structureIntervalMs;
    if (since >= structureIntervalMs) {
        onStatusReset();
        return;
    }
    m_structureTimer.start(static_cast<int>(structureIntervalMs - since));
}

void SourceTreeModel::onStatusReset()
{
    m_structureTimer.stop();
    // A new sweep over the same sources (every refresh) updates in place: selection and expansion stay.
    if (sameSources()) {
        for (const int node : m_sourceNodes)
            updateSource(node);
        return;
    }
    beginResetModel();
    rebuild();
    endResetModel();
    m_sinceRebuild.start();
}

// ---- updates ----------------------------------------------------------------------------------------------------

const SourceStatusModel::Entry *SourceTreeModel::entryOf(const Node &node) const
{
    if (node.statusRow < 0 || node.statusRow >= m_status->entries().size())
        return nullptr;
    return &m_status->entries().at(node.statusRow);
}

void SourceTreeModel::onStatusChanged(int first, int last)
{
    for (int row = std::max(first, 0); row <= last && row < static_cast<int>(m_sourceNodes.size()); ++row)
        updateSource(m_sourceNodes[static_cast<std::size_t>(row)]);
}

void SourceTreeModel::onTableRowsInserted(int first, int last)
{
    // A page is one source's rows; compare neighbours instead of hashing every row.
    const QString *previous = nullptr;
    for (int row = first; row <= last; ++row) {
        const QString &id = m_table->sourceOf(row);
        if (previous && *previous == id)
            continue;
        previous = &id;
        markSource(id);
    }
}

void SourceTreeModel::markSource(const QString &sourceId)
{
    const auto it = m_nodeOfSource.constFind(sourceId);
    if (it != m_nodeOfSource.cend())
        updateSource(it.value());
}

void SourceTreeModel::updateSource(int node)
{
    Node &n = m_nodes[static_cast<std::size_t>(node)];
    const SourceStatusModel::Entry *e = entryOf(n);
    const State state = e ? e->state : State::Queued;
    const int rows = m_table ? m_table->countOfSource(n.sourceId) : 0;
    const int oldState = n.ownState;
    const int rowDelta = rows - n.ownRows;
    if (oldState != stateIndex(state) || rowDelta != 0) {
        for (int p = node; p >= 0; p = m_nodes[static_cast<std::size_t>(p)].parent) {
            Node &a = m_nodes[static_cast<std::size_t>(p)];
            if (oldState >= 0)
                --a.counts[oldState];
            ++a.counts[stateIndex(state)];
            a.rows += rowDelta;
            markDirty(p);
        }
        n.ownState = stateIndex(state);
        n.ownRows = rows;
    } else {
        markDirty(node); // pages and elapsed time in its tooltip
    }
    const bool wantError = state == State::Failed;
    if (wantError == n.hasError)
        return;
    const int row = static_cast<int>(n.children.size());
    if (m_resetting) {
        n.hasError = wantError;
    } else if (wantError) {
        beginInsertRows(indexOfNode(node), row, row);
        m_nodes[static_cast<std::size_t>(node)].hasError = true;
        endInsertRows();
    } else {
        beginRemoveRows(indexOfNode(node), row, row);
        m_nodes[static_cast<std::size_t>(node)].hasError = false;
        endRemoveRows();
    }
}

void SourceTreeModel::markDirty(int node)
{
    if (m_resetting)
        return;
    char &dirty = m_dirty[static_cast<std::size_t>(node)];
    if (!dirty) {
        dirty = 1;
        m_dirtyNodes.push_back(node);
    }
    if (!m_flushTimer.isActive())
        m_flushTimer.start();
}

void SourceTreeModel::flush()
{
    m_flushTimer.stop();
    // One dataChanged per parent, spanning the changed children: a view handles a few ranges much faster than
    // one signal per node.
    QHash<int, std::pair<int, int>> ranges; // parent node (-1: roots) -> first and last row
    const auto add = [&ranges](int parent, int row) {
        auto it = ranges.find(parent);
        if (it == ranges.end())
            ranges.insert(parent, {row, row});
        else
            *it = {std::min(it->first, row), std::max(it->second, row)};
    };
    const std::vector<int> dirty = std::exchange(m_dirtyNodes, {});
    for (const int node : dirty) {
        m_dirty[static_cast<std::size_t>(node)] = 0;
        const Node &n = m_nodes[static_cast<std::size_t>(node)];
        add(n.parent, n.row);
        if (n.hasError)
            add(node, static_cast<int>(n.children.size())); // its error row
    }
    for (auto it = ranges.cbegin(); it != ranges.cend(); ++it) {
        const QModelIndex parent = indexOfNode(it.key());
        Q_EMIT dataChanged(index(it->first, 0, parent), index(it->second, ColumnCount - 1, parent));
    }
}

// ---- data -------------------------------------------------------------------------------------------------------

State SourceTreeModel::stateOf(const Node &n) const
{
    if (n.children.empty() && n.ownState >= 0)
        return static_cast<State>(n.ownState);
    if (n.counts[stateIndex(State::Queued)] + n.counts[stateIndex(State::Running)] > 0)
        return State::Running;
    if (n.counts[stateIndex(State::Failed)] > 0)
        return State::Failed;
    if (n.counts[stateIndex(State::Cancelled)] > 0)
        return State::Cancelled;
    return State::Done;
}

QStringList SourceTreeModel::sourceIdsBeneath(int node) const
{
    QStringList out;
    std::vector<int> stack{node};
    while (!stack.empty()) {
        const Node &n = m_nodes[static_cast<std::size_t>(stack.back())];
        stack.pop_back();
        if (!n.sourceId.isEmpty())
            out.append(n.sourceId);
        stack.insert(stack.end(), n.children.rbegin(), n.children.rend());
    }
    return out;
}

QString SourceTreeModel::toolTip(const Node &n) const
{
    const SourceStatusModel::Entry *e = entryOf(n);
    if (!e) {
        int sources = 0;
        for (const int c : n.counts)
            sources += c;
        QString tip = tr("%n source(s)", nullptr, sources);
        if (const int failed = n.counts[stateIndex(State::Failed)])
            tip += tr(", %n failed", nullptr, failed);
        return tip;
    }
    QString tip = e->source.displayName() + QLatin1Char('\n') + SourceStatusModel::stateText(e->state);
    if (e->pages > 0)
        tip += tr(", %n page(s)", nullptr, e->pages);
    if (e->elapsedMs > 0)
        tip += tr(", %1 s").arg(static_cast<double>(e->elapsedMs) / 1000.0, 0, 'f', 1);
    if (e->state == State::Failed)
        tip += QLatin1Char('\n') + e->error.toDisplayString();
    return tip;
}

QVariant SourceTreeModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Node &n = m_nodes[static_cast<std::size_t>(nodeOf(index))];
    const SourceStatusModel::Entry *e = entryOf(n);
    if (isErrorRow(index)) {
        const ApiError error = e ? e->error : ApiError{};
        switch (role) {
        case Qt::DisplayRole:
            if (index.column() != NameColumn)
                return {};
            return escapeForDisplay(error.code.isEmpty() ? error.message
                                                         : error.code + QStringLiteral(": ") + error.message);
        case Qt::ToolTipRole:
            return plainTextToolTip(error.toDisplayString());
        case ErrorRole:
            return error.toDisplayString();
        case KindRole:
            return static_cast<int>(Kind::Error);
        case StateRole:
            return stateIndex(State::Failed);
        case AccountRole:
            return n.account;
        case ServiceRole:
            return n.service;
        case RegionRole:
            return n.region;
        case NodeKeyRole:
            return n.key + keySeparator + QStringLiteral("error");
        default:
            return {};
        }
    }
    switch (role) {
    case Qt::DisplayRole:
        return index.column() == NameColumn ? n.label : m_locale.toString(n.rows);
    case Qt::ToolTipRole:
        return plainTextToolTip(toolTip(n));
    case KindRole:
        return static_cast<int>(n.kind);
    case StateRole:
        return stateIndex(stateOf(n));
    case RowsRole:
        return n.rows;
    case SourceCountRole: {
        int sources = 0;
        for (const int c : n.counts)
            sources += c;
        return sources;
    }
    case FailedCountRole:
        return n.counts[stateIndex(State::Failed)];
    case AccountRole: // an organisation's rows are those of its accounts: its sources say which
        return n.kind == Kind::Organization ? QVariant() : QVariant(n.account);
    case ServiceRole:
        return n.service.isEmpty() ? QVariant() : QVariant(n.service);
    case RegionRole:
        return n.region.isEmpty() ? QVariant() : QVariant(n.region);
    case SourceIdRole:
        return n.sourceId.isEmpty() ? QVariant() : QVariant(n.sourceId);
    case SourceIdsRole:
        return sourceIdsBeneath(nodeOf(index));
    case ErrorRole:
        if (n.kind == Kind::Discovery)
            return n.label;
        return e && e->state == State::Failed ? QVariant(e->error.toDisplayString()) : QVariant();
    case NodeKeyRole:
        return n.key;
    default:
        return {};
    }
}

QModelIndex SourceTreeModel::indexOfKey(const QString &key) const
{
    const auto it = m_nodeOfKey.constFind(key);
    return it == m_nodeOfKey.cend() ? QModelIndex() : indexOfNode(it.value());
}

QModelIndex SourceTreeModel::indexOfSource(const QString &sourceId) const
{
    const auto it = m_nodeOfSource.constFind(sourceId);
    return it == m_nodeOfSource.cend() ? QModelIndex() : indexOfNode(it.value());
}

} // namespace flowlog
