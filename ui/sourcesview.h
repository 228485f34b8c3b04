#pragma once

#include <QSet>
#include <QTreeView>

class QTimer;

namespace flowlog {

class FlowLogFilterProxy;
class SourceTreeModel;

// The sources tree: account > service > region [> instance] with a status light, row counts and each failure's
// line. Selecting a node shows only its rows in the table (account and service facets, or the node's sources).
// Starts collapsed to accounts (a failure's line is expanded into view); keeps the selection and the user's
// expansion when a sweep rebuilds the model. A node filter (text, failed only) hides the rows that do not match.
// The context menu copies a failure, opens the account's profile, expands or collapses everything.
class SourcesView final : public QTreeView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SourcesView)

public:
    explicit SourcesView(QWidget *parent = nullptr);
    ~SourcesView() override;

    // Neither is owned. The proxy is narrowed to the selected node's rows.
    void setModels(SourceTreeModel *model, FlowLogFilterProxy *proxy);
    [[nodiscard]] SourceTreeModel *sourceModel() const { return m_model; }

    // Shows only nodes whose name or error contains text (case-insensitive) and, with failedOnly, that have a failed
    // source beneath, with their ancestors (expanded, so the matches are on screen). Empty text and false: all.
    void setNodeFilter(const QString &text, bool failedOnly);

Q_SIGNALS:
    void currentNodeChanged();
    // "Edit profile…" on a node: the account's profile name.
    void editProfileRequested(const QString &profileName);
    // "Refresh This Source" on a source (or its error line): list that source alone again.
    void refreshSourceRequested(const QString &sourceId);

protected:
    void contextMenuEvent(QContextMenuEvent *event) override;

private:
    void applySelection();
    void fitCountColumn();
    void applyNodeFilter();
    bool filterNode(const QModelIndex &node); // true when the node stays visible
    void expandToShow(const QModelIndex &node);
    void saveExpansion();
    void restoreExpansion();

    SourceTreeModel *m_model = nullptr;
    FlowLogFilterProxy *m_proxy = nullptr;
    QString m_selectedKey; // across a model reset
    QSet<QString> m_expandedKeys;
    QString m_filterText;
    bool m_failedOnly = false;
    QTimer *m_refilter = nullptr; // state changes re-apply an active filter, at most a few times a second
};

} // namespace flowlog
