#pragma once

#include "sourcestatusmodel.h"

#include <QAbstractItemModel>
#include <QElapsedTimer>
#include <QHash>
#include <QLocale>
#include <QTimer>

#include <vector>

namespace flowlog {

class FlowLogTableModel;

// The sources of a sweep as a tree, [organisation >] account > service > region [> instance], over
// SourceStatusModel: each node carries the aggregated state, row count and failure count of the sources beneath
// it; a failed source has one child row with its provider code and message; a failed discovery step (the
// status model's discovery()) is a node of its own under its account, counted as a failure. Row counts are the table's
// rows of each source, so they follow creates, deletes and refreshes (and never drop while the table still shows a
// source's rows).
//
// Built for tens of thousands of nodes: a status or table change updates one leaf and its ancestors (counters,
// O(depth)); dataChanged is coalesced (one range per parent at most every notifyIntervalMs), and a new sweep over
// the same sources updates in place instead of resetting the model. data() is always current.
class SourceTreeModel final : public QAbstractItemModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SourceTreeModel)

public:
    enum Column
    {
        NameColumn,
        RowsColumn,
        ColumnCount
    };
    enum class Kind
    {
        Account,
        Service,
        Region,
        Instance,
        Error,        // the failure line under a failed source
        Organization, // a profile whose accounts are an organisation's: its accounts beneath
        Discovery,    // a failed discovery step of its account (ErrorRole: what failed, what is covered instead)
    };
    Q_ENUM(Kind)
    enum Role
    {
        KindRole = Qt::UserRole, // Kind as int
        StateRole,               // SourceStatusModel::State as int: a source's own; aggregated above
        RowsRole,                // int: table rows of the sources beneath
        SourceCountRole,         // int: sources beneath (1 for a source)
        FailedCountRole,         // int: failed sources beneath
        AccountRole,             // the rows' account (profile name, or member "name (id)"); none on an organisation
        ServiceRole,             // service key ("vpc"), from the service level down
        RegionRole,              // region, from the region level down
        SourceIdRole,            // the source id of a source node (a leaf), else invalid
        SourceIdsRole,           // QStringList: ids of every source beneath (itself included)
        ErrorRole,               // a failed source's error, display text (also on its error row)
        NodeKeyRole              // QString: stable across sweeps, for restoring selection and expansion
    };

    // status and table are not owned.
    SourceTreeModel(SourceStatusModel *status, const FlowLogTableModel *table, QObject *parent = nullptr);

    [[nodiscard]] QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    [[nodiscard]] QModelIndex parent(const QModelIndex &child) const override;
    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role = Qt::DisplayRole) const override;
    [[nodiscard]] Qt::ItemFlags flags(const QModelIndex &index) const override;

    // The node with this NodeKeyRole value, or invalid.
    [[nodiscard]] QModelIndex indexOfKey(const QString &key) const;
    [[nodiscard]] QModelIndex indexOfSource(const QString &sourceId) const;
    [[nodiscard]] int nodeCount() const { return static_cast<int>(m_nodes.size()); }

    // Sources added while a sweep discovers accounts rebuild the tree at most this often.
    static constexpr qint64 structureIntervalMs = 250;

    // How long dataChanged may wait to be merged with later changes; 0 emits at once.
    void setNotifyInterval(int ms) { m_flushTimer.setInterval(ms); }
    // Emits the pending dataChanged now.
    void flush();

private:
    struct Node
    {
        Kind kind = Kind::Account;
        int parent = -1;
        int row = 0; // among the parent's children
        std::vector<int> children;
        QString label;
        QString key;
        QString account;
        QString service;
        QString region;
        QString sourceId;   // a source: its id
        int statusRow = -1; // a source: its row in the status model
        // Sources beneath in each state, and their table rows (a source counts itself).
        int counts[5] = {};
        int rows = 0;
        int ownState = -1; // a source: the state its counters hold, -1 before the first update
        int ownRows = 0;
        bool hasError = false; // a source whose error row is shown
    };

    void onStatusReset();
    // Sources added (an account discovered): the tree is rebuilt at most once every structureIntervalMs.
    void onStatusRowsInserted();
    void onStatusChanged(int first, int last);
    void onTableRowsInserted(int first, int last);
    void rebuild();
    [[nodiscard]] bool sameSources() const;
    int child(int parent, Kind kind, const QString &key, const QString &label);
    // The node of an account, under its organisation's node when it has one.
    int accountNode(const QString &profileId, const QString &accountId, const QString &profileName,
                    const QString &label, bool organization);
    // Changes when the discovered accounts or their failures change (the tree is then rebuilt).
    [[nodiscard]] QString discoverySignature() const;
    // Recomputes a source's state and rows, moves the difference up its ancestors, adds or drops its error row.
    void updateSource(int node);
    void markSource(const QString &sourceId);
    void markDirty(int node);
    [[nodiscard]] QModelIndex indexOfNode(int node, int column = 0) const;
    [[nodiscard]] static int nodeOf(const QModelIndex &index);
    [[nodiscard]] static bool isErrorRow(const QModelIndex &index);
    [[nodiscard]] SourceStatusModel::State stateOf(const Node &node) const;
    [[nodiscard]] QStringList sourceIdsBeneath(int node) const;
    [[nodiscard]] QString toolTip(const Node &node) const;
    [[nodiscard]] const SourceStatusModel::Entry *entryOf(const Node &node) const;

    SourceStatusModel *m_status;
    const FlowLogTableModel *m_table;
    std::vector<Node> m_nodes;
    std::vector<int> m_roots;
    std::vector<int> m_sourceNodes;     // status row -> node
    QHash<QString, int> m_nodeOfSource; // source id -> node
    QHash<QString, int> m_nodeOfKey;    // NodeKeyRole -> node
    QStringList m_removing;             // sources of table rows about to be removed
    QString m_discoverySignature;
    bool m_resetting = false;
    std::vector<char> m_dirty;
    std::vector<int> m_dirtyNodes;
    QTimer m_flushTimer;
    QTimer m_structureTimer;      // a rebuild held back by the interval below
    QElapsedTimer m_sinceRebuild; // since the last rebuild
    QLocale m_locale;             // counts are shown in the user's number format
};

} // namespace flowlog
