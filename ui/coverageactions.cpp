#include "coverageactions.h"

#include "coveragesweep.h"
#include "coverageview.h"
#include "createtarget.h"
#include "flowlogtablemodel.h"
#include "flowlogview.h"

#include <QAction>
#include <QKeySequence>
#include <QStyle>

namespace flowlog {

CoverageActions::CoverageActions(QWidget *window, FlowLogView *flowLogs, Inventory *inventory, ProfileStore *profiles,
                                 FlowLogTableModel *table, Inventory::NamProvider nams)
    : QObject(window)
    , m_window(window)
    , m_flowLogs(flowLogs)
    , m_inventory(inventory)
    , m_profiles(profiles)
    , m_table(table)
    , m_nams(std::move(nams))
    , m_open(new QAction(tr("&Coverage…"), this))
    , m_showResource(new QAction(tr("Show Resource in &Coverage"), this))
{
    m_open->setObjectName(QStringLiteral("actionCoverage"));
    m_open->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    m_open->setToolTip(tr("Which networks no flow log watches, and which flow logs watch nothing (Ctrl+Shift+C)"));
    m_open->setIcon(window->style()->standardIcon(QStyle::SP_FileDialogInfoView));
    m_showResource->setObjectName(QStringLiteral("actionShowResourceInCoverage"));
    connect(m_open, &QAction::triggered, this, &CoverageActions::open);
    connect(m_showResource, &QAction::triggered, this, &CoverageActions::showResourceOfCurrent);
}

CoverageActions::~CoverageActions() = default;

CoverageView *CoverageActions::view()
{
    if (!m_view) {
        m_view =
            new CoverageView(m_inventory, m_profiles, m_table, m_nams, &consolePendingCreates(m_profiles), m_window);
        connect(m_view, &CoverageView::flowLogsRequested, this, &CoverageActions::flowLogsRequested);
    }
    m_view->show();
    m_view->raise();
    m_view->activateWindow();
    return m_view;
}

void CoverageActions::open()
{
    CoverageView *v = view();
    if (!v->hasResults() && !v->sweep()->isRunning())
        v->refresh();
}

void CoverageActions::showResourceOfCurrent()
{
    const QModelIndex current = m_flowLogs->currentIndex();
    if (!current.isValid())
        return;
    view()->showResourceOf(current.data(FlowLogTableModel::KeyRole).toString());
}

} // namespace flowlog
