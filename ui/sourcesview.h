#pragma once

#include <QTreeView>

namespace flowlog {

class FlowLogFilterProxy;
class SourceTreeModel;

// The sources tree: account > service > region [> instance] with a status light, row counts and each failure's
// line. Selecting a node shows only its rows in the table (account and service facets, or the node's sources).
// Keeps the selection and expansion when a sweep over other sources rebuilds the model.
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

private:
    void applySelection();
    void fitCountColumn();

    SourceTreeModel *m_model = nullptr;
    FlowLogFilterProxy *m_proxy = nullptr;
    QString m_selectedKey; // across a model reset
};

} // namespace flowlog
