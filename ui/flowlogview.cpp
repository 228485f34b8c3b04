#include "flowlogview.h"

#include "flowlogdelegate.h"
#include "flowlogexport.h"
#include "flowlogfilterproxy.h"
#include "flowlogstatus.h"

#include <QAction>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QFileDialog>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QHeaderView>
#include <QJsonDocument>
#include <QMenu>
#include <QMessageBox>

#include <algorithm>

namespace flowlog {

namespace {

// Default widths in average character widths: wide enough for typical values, elided beyond.
int defaultWidthChars(int column)
{
    switch (column) {
    case FlowLogTableModel::Account:
        return 14;
    case FlowLogTableModel::Cloud:
        return 13;
    case FlowLogTableModel::ServiceColumn:
        return 7;
    case FlowLogTableModel::Region:
        return 14;
    case FlowLogTableModel::Name:
        return 22;
    case FlowLogTableModel::Id:
        return 24;
    case FlowLogTableModel::Status:
        return 26; // "Inactive, delivery failed" whole, with its icon
    case FlowLogTableModel::Resource:
        return 34;
    case FlowLogTableModel::Traffic:
        return 7;
    case FlowLogTableModel::Storage:
        return 26;
    case FlowLogTableModel::Interval:
        return 8;
    case FlowLogTableModel::Sampling:
        return 9;
    case FlowLogTableModel::Created:
        return 16;
    case FlowLogTableModel::Tags:
        return 22;
    default:
        return 30;
    }
}

} // namespace

FlowLogView::FlowLogView(QWidget *parent)
    : QTableView(parent)
{
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setAlternatingRowColors(true);
    setShowGrid(false);
    setWordWrap(false);
    // Both ends of a long name, id or code stay readable (the tooltip has the whole text).
    setTextElideMode(Qt::ElideMiddle);
    setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    setItemDelegate(new FlowLogDelegate(this));
    verticalHeader()->hide();
    // Fixed row heights: the view never measures a million rows.
    verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    QHeaderView *header = horizontalHeader();
    header->setSectionsMovable(true);
    header->setHighlightSections(false);
    header->setStretchLastSection(true);
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(header, &QHeaderView::customContextMenuRequested, this, &FlowLogView::showHeaderMenu);
    // Shift+F10 opens the row menu like the Menu key does (which arrives as a keyboard context menu event).
    auto *rowMenuKey = new QAction(this);
    rowMenuKey->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F10));
    rowMenuKey->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(rowMenuKey);
    connect(rowMenuKey, &QAction::triggered, this, [this] { showRowMenuForCurrent(); });
    connect(this, &QTableView::doubleClicked, this, &FlowLogView::detailsRequested);
    m_deferredLayout.setSingleShot(true);
    connect(&m_deferredLayout, &QTimer::timeout, this, &FlowLogView::relayoutNow);
}

void FlowLogView::rowsInserted(const QModelIndex &parent, int start, int end)
{
    // Qt asks for the relayout after this (rowCountChanged from the vertical header). Rows inserted anywhere but
    // the end (a sorted view, a filter relaxed) relayout at once.
    if (model() && end == model()->rowCount(parent) - 1) {
        m_appendPending = true;
        m_firstAppended = m_firstAppended < 0 ? start : std::min(m_firstAppended, start);
    } else
        m_otherPending = true;
    QTableView::rowsInserted(parent, start, end);
}

void FlowLogView::doItemsLayout()
{
    constexpr qint64 intervalMs = 100;
    const qint64 since = m_sinceLayout.isValid() ? m_sinceLayout.elapsed() : intervalMs;
    if (m_appendPending && !m_otherPending && since < intervalMs) {
        if (!m_deferredLayout.isActive())
            m_deferredLayout.start(static_cast<int>(intervalMs - since));
        return;
    }
    relayoutNow();
}

void FlowLogView::relayoutNow()
{
    const int lastShown = rowAt(viewport()->height() - 1);
    const bool belowViewport = m_appendPending && !m_otherPending && lastShown >= 0 && m_firstAppended > lastShown;
    m_appendPending = false;
    m_otherPending = false;
    m_firstAppended = -1;
    m_deferredLayout.stop();
    m_sinceLayout.start();
    if (belowViewport) {
        // Rows appended below a full viewport change the scroll bars only: the rows on screen stay, so the viewport
        // is not repainted (a whole repaint of the table is 2.5-5 ms of the GUI thread, up to ten times a second
        // while a sweep streams rows in).
        updateGeometries();
        return;
    }
    QTableView::doItemsLayout();
}

FlowLogView::~FlowLogView() = default;

void FlowLogView::setModels(FlowLogTableModel *table, FlowLogFilterProxy *proxy)
{
    m_table = table;
    m_proxy = proxy;
    proxy->setSourceModel(table);
    setModel(proxy);
    // What else relayouts the view does so at once (see rowsInserted).
    connect(proxy, &QAbstractItemModel::layoutChanged, this, [this] { m_otherPending = true; });
    connect(proxy, &QAbstractItemModel::modelReset, this, [this] { m_otherPending = true; });
    QHeaderView *header = horizontalHeader();
    const int charWidth = fontMetrics().averageCharWidth();
    for (int c = 0; c < FlowLogTableModel::ColumnCount; ++c)
        header->resizeSection(c, defaultWidthChars(c) * charWidth + 16);
    // IDs are shown in the fixed font: size the column for a whole typical ID in that font.
    const QFontMetrics fixed(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    header->resizeSection(FlowLogTableModel::Id,
                          fixed.horizontalAdvance(QStringLiteral("ecr-flog-0123456789abcdefghi")) + 16);
    // The service's display name whole in every language ("专有网络 VPC" is wider than "VPC").
    int serviceWidth = header->sectionSize(FlowLogTableModel::ServiceColumn);
    for (const Service s : allServices)
        serviceWidth = std::max(serviceWidth, fontMetrics().horizontalAdvance(serviceDisplayName(s)) + 16);
    header->resizeSection(FlowLogTableModel::ServiceColumn, serviceWidth);
    header->setSectionHidden(FlowLogTableModel::Sampling, true);
    header->setSectionHidden(FlowLogTableModel::Cloud, true);
    setSortingEnabled(true);
    sortByColumn(FlowLogTableModel::Account, Qt::AscendingOrder);
    connect(selectionModel(), &QItemSelectionModel::currentRowChanged, this, &FlowLogView::currentFlowLogChanged);
    // A refresh updates rows in place: the details of the current row must follow.
    connect(table, &QAbstractItemModel::dataChanged, this, &FlowLogView::currentFlowLogChanged);
    // A filter that hides the current row is a layout change, which moves no current-row signal.
    connect(proxy, &QAbstractItemModel::layoutChanged, this, &FlowLogView::currentFlowLogChanged);
}

const FlowLog *FlowLogView::currentFlowLog() const
{
    const QModelIndex current = selectionModel() ? selectionModel()->currentIndex() : QModelIndex();
    if (!current.isValid())
        return nullptr;
    return &m_table->at(m_proxy->mapToSource(current).row());
}

QList<int> FlowLogView::selectedTableRows() const
{
    QList<int> out;
    if (!selectionModel())
        return out;
    const QModelIndexList selected = selectionModel()->selectedRows();
    out.reserve(selected.size());
    for (const QModelIndex &index : selected)
        out.append(m_proxy->mapToSource(index).row());
    return out;
}

bool FlowLogView::selectKey(const QString &key)
{
    if (m_deferredLayout.isActive())
        relayoutNow(); // scrolled to with the scroll bars' range current
    const int row = m_table->rowOfKey(key);
    const QModelIndex index =
        row < 0 ? QModelIndex() : m_proxy->mapFromSource(m_table->index(row, FlowLogTableModel::Name));
    if (!index.isValid())
        return false;
    selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    scrollTo(index);
    return true;
}

bool FlowLogView::selectKeys(const QStringList &keys)
{
    if (m_deferredLayout.isActive())
        relayoutNow();
    QItemSelection selection;
    QModelIndex first;
    for (const QString &key : keys) {
        const int row = m_table->rowOfKey(key);
        const QModelIndex index =
            row < 0 ? QModelIndex() : m_proxy->mapFromSource(m_table->index(row, FlowLogTableModel::Name));
        if (!index.isValid())
            return false;
        selection.select(index, index);
        if (!first.isValid())
            first = index;
    }
    if (!first.isValid())
        return false;
    selectionModel()->setCurrentIndex(first, QItemSelectionModel::NoUpdate);
    selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    scrollTo(first);
    return true;
}

void FlowLogView::focusInEvent(QFocusEvent *event)
{
    QItemSelectionModel *selection = selectionModel();
    const bool hadCurrent = selection && selection->currentIndex().isValid();
    QTableView::focusInEvent(event);
    if (selection && !hadCurrent && selection->currentIndex().isValid() && !selection->hasSelection())
        selection->clearCurrentIndex();
}

void FlowLogView::rowsAboutToBeRemoved(const QModelIndex &parent, int start, int end)
{
    QItemSelectionModel *selection = selectionModel();
    const QModelIndex current = selection ? selection->currentIndex() : QModelIndex();
    if (current.isValid() && current.parent() == parent && current.row() >= start && current.row() <= end)
        selection->clearCurrentIndex();
    m_otherPending = true;
    QTableView::rowsAboutToBeRemoved(parent, start, end);
}

void FlowLogView::contextMenuEvent(QContextMenuEvent *event)
{
    if (event->reason() == QContextMenuEvent::Keyboard) {
        showRowMenuForCurrent();
        return;
    }
    const QModelIndex index = indexAt(event->pos());
    if (index.isValid())
        showRowMenu(index, event->globalPos());
}

void FlowLogView::showRowMenuForCurrent()
{
    QModelIndex index = currentIndex();
    if (!index.isValid())
        return;
    // Under the current cell, scrolled into view, where the eye already is.
    scrollTo(index);
    const QRect cell = visualRect(index);
    showRowMenu(index, viewport()->mapToGlobal(cell.isValid() ? cell.bottomLeft() : QPoint()));
}

void FlowLogView::showRowMenu(const QModelIndex &index, const QPoint &globalPos)
{
    const FlowLog row = m_table->at(m_proxy->mapToSource(index).row());
    // The lifecycle entries act on the selection: a menu opened on an unselected row acts on that row.
    if (!selectionModel()->isRowSelected(index.row(), index.parent()))
        selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    QMenu menu(this);
    menu.setObjectName(QStringLiteral("rowMenu"));
    QAction *copyId = menu.addAction(tr("Copy ID"));
    QAction *copyJson = menu.addAction(tr("Copy row as JSON"));
    const QString value = index.data().toString();
    QAction *filter = menu.addAction(
        tr("Filter by “%1”")
            .arg(fontMetrics().elidedText(value, Qt::ElideMiddle, fontMetrics().averageCharWidth() * 40)));
    filter->setEnabled(!value.isEmpty());
    menu.addSeparator();
    QAction *details = menu.addAction(tr("Open details"));
    if (!m_rowActions.isEmpty()) {
        menu.addSeparator();
        menu.addActions(m_rowActions);
    }
    QAction *chosen = menu.exec(globalPos);
    if (chosen == copyId) {
        QGuiApplication::clipboard()->setText(row.id);
    } else if (chosen == copyJson) {
        QGuiApplication::clipboard()->setText(
            QString::fromUtf8(QJsonDocument(row.toJson()).toJson(QJsonDocument::Indented)));
    } else if (chosen == filter) {
        filterByValue(index);
    } else if (chosen == details) {
        setCurrentIndex(index);
        Q_EMIT detailsRequested();
    }
}

void FlowLogView::filterByValue(const QModelIndex &proxyIndex)
{
    const FlowLog &row = m_table->at(m_proxy->mapToSource(proxyIndex).row());
    switch (proxyIndex.column()) {
    case FlowLogTableModel::Account:
        m_proxy->setFacet(FlowLogFilterProxy::Facet::Account, {row.account});
        return;
    case FlowLogTableModel::Cloud:
        m_proxy->setFacet(FlowLogFilterProxy::Facet::Cloud, {providerKey(row.provider)});
        return;
    case FlowLogTableModel::ServiceColumn:
        m_proxy->setFacet(FlowLogFilterProxy::Facet::Service, {serviceKey(row.service)});
        return;
    case FlowLogTableModel::Region:
        m_proxy->setFacet(FlowLogFilterProxy::Facet::Region, {row.region});
        return;
    case FlowLogTableModel::Status:
        m_proxy->setFacet(FlowLogFilterProxy::Facet::Status, {shownStatus(row)});
        return;
    default:
        Q_EMIT filterTextRequested(proxyIndex.data().toString());
        return;
    }
}

void FlowLogView::showHeaderMenu(const QPoint &pos)
{
    QHeaderView *header = horizontalHeader();
    QMenu menu(this);
    int visible = 0;
    for (int c = 0; c < FlowLogTableModel::ColumnCount; ++c)
        visible += header->isSectionHidden(c) ? 0 : 1;
    for (int c = 0; c < FlowLogTableModel::ColumnCount; ++c) {
        QAction *action = menu.addAction(FlowLogTableModel::columnTitle(c));
        action->setCheckable(true);
        action->setChecked(!header->isSectionHidden(c));
        action->setEnabled(header->isSectionHidden(c) || visible > 1); // never hide the last column
        connect(action, &QAction::toggled, header, [header, c](bool on) {
            header->setSectionHidden(c, !on);
            if (on && header->sectionSize(c) < 40)
                header->resizeSection(c, 120);
        });
    }
    menu.exec(header->viewport()->mapToGlobal(pos));
}

bool FlowLogView::exportTo(const QString &path, QString *error)
{
    return saveExport(path, m_proxy->visibleRows(), error, m_proxy->visibleFreshness());
}

void FlowLogView::exportInteractively()
{
    QString filter;
    const QString csv = tr("CSV (*.csv)");
    const QString json = tr("JSON (*.json)");
    QString path = QFileDialog::getSaveFileName(this, tr("Export flow logs"), QStringLiteral("flowlogs.csv"),
                                                csv + QStringLiteral(";;") + json, &filter);
    if (path.isEmpty())
        return;
    if (!path.contains(QLatin1Char('.')))
        path += filter == json ? QStringLiteral(".json") : QStringLiteral(".csv");
    QString error;
    if (exportTo(path, &error))
        Q_EMIT statusMessage(tr("Exported %n flow log(s) to %1", nullptr, m_proxy->rowCount()).arg(path), 5000);
    else
        QMessageBox::warning(this, tr("Export"), tr("Could not write %1: %2").arg(path, error));
}

} // namespace flowlog
