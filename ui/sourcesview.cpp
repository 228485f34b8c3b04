#include "sourcesview.h"

#include "flowlogfilterproxy.h"
#include "sourcetreemodel.h"
#include "uistyle.h"

#include <QAction>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QGuiApplication>
#include <QHeaderView>
#include <QLocale>
#include <QMenu>
#include <QPainter>
#include <QStyledItemDelegate>
#include <QTimer>

#include <functional>

namespace flowlog {

namespace {

using Tree = SourceTreeModel;

// Status lights and the error colour of failure lines; the model only says which state and kind.
class SourcesDelegate final : public QStyledItemDelegate
{
    Q_DISABLE_COPY_MOVE(SourcesDelegate)

public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        if (index.column() == Tree::RowsColumn) {
            option->displayAlignment = Qt::AlignRight | Qt::AlignVCenter;
            return;
        }
        const auto kind = static_cast<Tree::Kind>(index.data(Tree::KindRole).toInt());
        if (kind == Tree::Kind::Error || kind == Tree::Kind::Discovery) {
            option->palette.setColor(QPalette::Text, uistyle::errorColor());
            option->textElideMode = Qt::ElideRight; // the provider's code comes first and stays whole
            return;
        }
        const QVariant state = index.data(Tree::StateRole);
        if (!state.isValid())
            return;
        const qreal dpr = option->widget ? option->widget->devicePixelRatioF() : 1.0;
        option->icon = light(static_cast<SourceStatusModel::State>(state.toInt()), dpr);
        option->features |= QStyleOptionViewItem::HasDecoration;
        option->decorationSize = QSize(12, 12);
    }

private:
    QIcon light(SourceStatusModel::State state, qreal dpr) const
    {
        const int key = static_cast<int>(state);
        if (m_lights.contains(key) && qFuzzyCompare(m_dpr, dpr))
            return m_lights.value(key);
        if (!qFuzzyCompare(m_dpr, dpr)) {
            m_lights.clear();
            m_dpr = dpr;
        }
        QPixmap pixmap(QSize(12, 12) * dpr);
        pixmap.setDevicePixelRatio(dpr);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(Qt::NoPen);
        painter.setBrush(uistyle::stateColor(state));
        painter.drawEllipse(QRectF(1.5, 1.5, 9, 9));
        painter.end();
        const QIcon icon(pixmap);
        m_lights.insert(key, icon);
        return icon;
    }

    mutable QHash<int, QIcon> m_lights;
    mutable qreal m_dpr = 1.0;
};

QSet<QString> valueSet(const QVariant &v)
{
    return v.isValid() && !v.toString().isEmpty() ? QSet<QString>{v.toString()} : QSet<QString>{};
}

} // namespace

SourcesView::SourcesView(QWidget *parent)
    : QTreeView(parent)
{
    setItemDelegate(new SourcesDelegate(this));
    setUniformRowHeights(true);
    setIndentation(16);
    // Names and ids keep both ends readable; the tooltip has them in full.
    setTextElideMode(Qt::ElideMiddle);
    // Selection, not the current item, drives the filter: the view makes its first item current on focus.
    setSelectionMode(QAbstractItemView::SingleSelection);
    m_refilter = new QTimer(this);
    m_refilter->setSingleShot(true);
    m_refilter->setInterval(250);
    connect(m_refilter, &QTimer::timeout, this, &SourcesView::applyNodeFilter);
}

SourcesView::~SourcesView() = default;

void SourcesView::setModels(SourceTreeModel *model, FlowLogFilterProxy *proxy)
{
    m_model = model;
    m_proxy = proxy;
    setModel(model);
    header()->setStretchLastSection(false);
    header()->setSectionResizeMode(SourceTreeModel::NameColumn, QHeaderView::Stretch);
    // Sized to the largest count when counts change, not ResizeToContents: that would lay out the text of a thousand
    // rows again on every update of a sweep (seconds at 150 accounts).
    header()->setSectionResizeMode(SourceTreeModel::RowsColumn, QHeaderView::Fixed);
    connect(model, &QAbstractItemModel::dataChanged, this, [this](const QModelIndex &from) {
        if (!from.parent().isValid())
            fitCountColumn();
        if (m_failedOnly && !m_refilter->isActive())
            m_refilter->start();
    });
    connect(model, &QAbstractItemModel::modelReset, this, &SourcesView::fitCountColumn);
    fitCountColumn();
    connect(selectionModel(), &QItemSelectionModel::selectionChanged, this, &SourcesView::applySelection);
    connect(selectionModel(), &QItemSelectionModel::currentChanged, this, &SourcesView::currentNodeChanged);
    connect(model, &QAbstractItemModel::modelAboutToBeReset, this, [this] {
        const QModelIndexList selected = selectionModel()->selectedRows();
        m_selectedKey = selected.isEmpty() ? QString() : selected.first().data(Tree::NodeKeyRole).toString();
        saveExpansion();
    });
    connect(model, &QAbstractItemModel::modelReset, this, [this] {
        restoreExpansion();
        const QModelIndex again = m_selectedKey.isEmpty() ? QModelIndex() : m_model->indexOfKey(m_selectedKey);
        if (again.isValid())
            selectionModel()->select(again, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        if (!m_filterText.isEmpty() || m_failedOnly)
            applyNodeFilter();
    });
    // A failure line appears under its source: show it (and the nodes above), across the count column too.
    connect(model, &QAbstractItemModel::rowsInserted, this, [this](const QModelIndex &parent, int first, int last) {
        if (!parent.isValid()) {
            if (!m_filterText.isEmpty() || m_failedOnly)
                m_refilter->start();
            return;
        }
        for (int row = first; row <= last; ++row) {
            setFirstColumnSpanned(row, parent, true);
            if (static_cast<Tree::Kind>(m_model->index(row, 0, parent).data(Tree::KindRole).toInt()) ==
                Tree::Kind::Error)
                expandToShow(parent);
        }
    });
    // Collapsed to accounts: at 150 accounts the list of accounts is what fits on screen.
    collapseAll();
}

void SourcesView::expandToShow(const QModelIndex &node)
{
    for (QModelIndex i = node; i.isValid(); i = i.parent())
        expand(i);
}

void SourcesView::saveExpansion()
{
    m_expandedKeys.clear();
    const std::function<void(const QModelIndex &)> walk = [&](const QModelIndex &parent) {
        for (int r = 0; r < m_model->rowCount(parent); ++r) {
            const QModelIndex i = m_model->index(r, 0, parent);
            if (isExpanded(i)) {
                m_expandedKeys.insert(i.data(Tree::NodeKeyRole).toString());
                walk(i);
            }
        }
    };
    walk({});
}

void SourcesView::restoreExpansion()
{
    for (const QString &key : std::as_const(m_expandedKeys)) {
        const QModelIndex i = m_model->indexOfKey(key);
        if (i.isValid())
            expand(i);
    }
}

void SourcesView::setNodeFilter(const QString &text, bool failedOnly)
{
    if (text == m_filterText && failedOnly == m_failedOnly)
        return;
    m_filterText = text;
    m_failedOnly = failedOnly;
    applyNodeFilter();
}

void SourcesView::applyNodeFilter()
{
    m_refilter->stop();
    for (int r = 0; r < m_model->rowCount(); ++r)
        filterNode(m_model->index(r, 0));
}

bool SourcesView::filterNode(const QModelIndex &node)
{
    const bool active = !m_filterText.isEmpty() || m_failedOnly;
    const auto kind = static_cast<Tree::Kind>(node.data(Tree::KindRole).toInt());
    bool childShown = false;
    for (int r = 0; r < m_model->rowCount(node); ++r)
        childShown = filterNode(m_model->index(r, 0, node)) || childShown;
    bool shown = !active;
    if (active) {
        const bool failed = kind == Tree::Kind::Error || node.data(Tree::FailedCountRole).toInt() > 0;
        const bool text = m_filterText.isEmpty() ||
                          node.data().toString().contains(m_filterText, Qt::CaseInsensitive) ||
                          node.data(Tree::ErrorRole).toString().contains(m_filterText, Qt::CaseInsensitive);
        shown = childShown || (text && (!m_failedOnly || failed));
        if (childShown && !m_filterText.isEmpty())
            expand(node); // a match beneath is put on screen
    }
    setRowHidden(node.row(), node.parent(), !shown);
    return shown;
}

void SourcesView::contextMenuEvent(QContextMenuEvent *event)
{
    const QModelIndex node = event->reason() == QContextMenuEvent::Keyboard
                                 ? currentIndex().siblingAtColumn(Tree::NameColumn)
                                 : indexAt(event->pos()).siblingAtColumn(Tree::NameColumn);
    QMenu menu(this);
    menu.setObjectName(QStringLiteral("sourcesMenu"));
    const QString error = node.data(Tree::ErrorRole).toString();
    const QModelIndex source =
        static_cast<Tree::Kind>(node.data(Tree::KindRole).toInt()) == Tree::Kind::Error ? node.parent() : node;
    const QString sourceId = source.data(Tree::SourceIdRole).toString();
    QAction *refresh = menu.addAction(tr("Refresh This Source"));
    refresh->setEnabled(!sourceId.isEmpty());
    menu.addSeparator();
    QAction *copyError = menu.addAction(tr("Copy Error"));
    copyError->setEnabled(!error.isEmpty());
    const QString account = node.data(Tree::AccountRole).toString();
    QAction *editProfile =
        menu.addAction(account.isEmpty() ? tr("Edit Profile…") : tr("Edit Profile “%1”…").arg(account));
    editProfile->setEnabled(!account.isEmpty());
    menu.addSeparator();
    QAction *expandEverything = menu.addAction(tr("Expand All"));
    QAction *collapseEverything = menu.addAction(tr("Collapse All"));
    const QRect cell = visualRect(node);
    const QPoint at = event->reason() == QContextMenuEvent::Keyboard && cell.isValid()
                          ? viewport()->mapToGlobal(cell.bottomLeft())
                          : event->globalPos();
    QAction *chosen = menu.exec(at);
    if (chosen == refresh)
        Q_EMIT refreshSourceRequested(sourceId);
    else if (chosen == copyError)
        QGuiApplication::clipboard()->setText(error);
    else if (chosen == editProfile)
        Q_EMIT editProfileRequested(account);
    else if (chosen == expandEverything)
        expandAll();
    else if (chosen == collapseEverything)
        collapseAll();
}

void SourcesView::fitCountColumn()
{
    // An account's count is at least each of its nodes' counts: the widest number is among the top level.
    int largest = 0;
    for (int r = 0; r < m_model->rowCount(); ++r)
        largest = std::max(largest, m_model->index(r, 0).data(Tree::RowsRole).toInt());
    const QString title = m_model->headerData(SourceTreeModel::RowsColumn, Qt::Horizontal).toString();
    const int width =
        std::max(fontMetrics().horizontalAdvance(QLocale().toString(largest)), fontMetrics().horizontalAdvance(title)) +
        fontMetrics().averageCharWidth() * 2;
    if (width != header()->sectionSize(SourceTreeModel::RowsColumn))
        header()->resizeSection(SourceTreeModel::RowsColumn, width);
}

void SourcesView::applySelection()
{
    if (!m_proxy)
        return;
    const QModelIndexList selected = selectionModel()->selectedRows();
    const QModelIndex node = selected.value(0);
    m_proxy->setFacet(FlowLogFilterProxy::Facet::Account, valueSet(node.data(Tree::AccountRole)));
    m_proxy->setFacet(FlowLogFilterProxy::Facet::Service, valueSet(node.data(Tree::ServiceRole)));
    // From the region level down, the node's own sources: an ECR instance's rows carry the regions of their VBRs,
    // not the region the source was listed in. An organisation's rows are its accounts' sources.
    const auto kind = static_cast<Tree::Kind>(node.data(Tree::KindRole).toInt());
    QSet<QString> sources;
    if (node.isValid() &&
        (kind == Tree::Kind::Region || kind == Tree::Kind::Instance || kind == Tree::Kind::Organization)) {
        const QStringList ids = node.data(Tree::SourceIdsRole).toStringList();
        sources = QSet<QString>(ids.cbegin(), ids.cend());
    }
    m_proxy->setFacet(FlowLogFilterProxy::Facet::Region, {});
    m_proxy->setSourceFilter(sources);
}

} // namespace flowlog
