#include "lifecycleactions.h"

#include "flowlogview.h"
#include "lifecycleplan.h"
#include "lifecyclepreviewdialog.h"
#include "lifecycleprogressdialog.h"
#include "lifecyclerunner.h"

#include <QAction>
#include <QItemSelectionModel>
#include <QStyle>
#include <QWidget>

namespace flowlog {

namespace {

struct ActionLook
{
    QString text;
    QString toolTip;
    QStyle::StandardPixmap icon;
    const char *objectName;
};

ActionLook lookOf(LifecycleAction action)
{
    switch (action) {
    case LifecycleAction::Activate:
        return {LifecycleActions::tr("Ac&tivate…"),
                LifecycleActions::tr("Activate the selected flow logs (shows what will change first)"),
                QStyle::SP_MediaPlay, "actionActivate"};
    case LifecycleAction::Deactivate:
        return {LifecycleActions::tr("De&activate…"),
                LifecycleActions::tr("Deactivate the selected flow logs (shows what will change first)"),
                QStyle::SP_MediaPause, "actionDeactivate"};
    case LifecycleAction::Modify:
        return {LifecycleActions::tr("Ed&it…"),
                LifecycleActions::tr("Change the name, description or interval of the selected flow logs"),
                QStyle::SP_FileDialogDetailedView, "actionEdit"};
    case LifecycleAction::Delete:
        return {LifecycleActions::tr("&Delete…"),
                LifecycleActions::tr("Delete the selected flow logs (Del; asks you to type how many first)"),
                QStyle::SP_TrashIcon, "actionDelete"};
    }
    return {};
}

} // namespace

LifecycleActions::LifecycleActions(FlowLogView *view, FlowLogTableModel *table, Inventory *inventory,
                                   ProfileStore *profiles, Inventory::NamProvider nams, QWidget *window)
    : QObject(window)
    , m_view(view)
    , m_table(table)
    , m_inventory(inventory)
    , m_profiles(profiles)
    , m_window(window)
    , m_runner(new LifecycleRunner(profiles, inventory->credentialBroker(), std::move(nams), this))
{
    m_runner->setTable(table);
    for (const LifecycleAction a : allLifecycleActions) {
        const ActionLook look = lookOf(a);
        auto *action = new QAction(window->style()->standardIcon(look.icon), look.text, this);
        action->setObjectName(QLatin1String(look.objectName));
        action->setToolTip(look.toolTip);
        connect(action, &QAction::triggered, this, [this, a] { request(a); });
        m_actions.append(action);
    }
    // Del deletes from the table (and the panes showing its rows), never from a text field elsewhere.
    QAction *remove = action(LifecycleAction::Delete);
    remove->setShortcut(QKeySequence::Delete);
    remove->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    view->addAction(remove);
    connect(view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &LifecycleActions::updateEnabled);
    connect(view->model(), &QAbstractItemModel::modelReset, this, &LifecycleActions::updateEnabled);
    connect(m_runner, &LifecycleRunner::finished, this, &LifecycleActions::updateEnabled);
    updateEnabled();
}

LifecycleActions::~LifecycleActions() = default;

QAction *LifecycleActions::action(LifecycleAction action) const
{
    return m_actions.value(static_cast<int>(action));
}

LifecyclePreviewDialog *LifecycleActions::preview() const
{
    return m_preview.data();
}

LifecycleProgressDialog *LifecycleActions::progress() const
{
    return m_progress.data();
}

void LifecycleActions::updateEnabled()
{
    const bool can = !m_view->selectedTableRows().isEmpty() && !m_runner->isRunning();
    for (QAction *a : std::as_const(m_actions))
        a->setEnabled(can);
}

void LifecycleActions::request(LifecycleAction action)
{
    const QList<int> rows = m_view->selectedTableRows();
    if (rows.isEmpty() || m_runner->isRunning() || m_preview)
        return;
    auto *preview =
        new LifecyclePreviewDialog(action, LifecyclePlan::collect(*m_table, *m_profiles, m_inventory, rows), m_window);
    preview->setAttribute(Qt::WA_DeleteOnClose);
    m_preview = preview;
    connect(preview, &QDialog::accepted, this, [this, preview] { run(preview); });
    preview->open();
}

void LifecycleActions::run(LifecyclePreviewDialog *preview)
{
    if (m_runner->isRunning())
        return;
    delete m_progress;
    m_runner->setSettings(m_inventory->settings());
    m_runner->start(preview->targets(), preview->action(), preview->change());
    auto *progress = new LifecycleProgressDialog(m_runner, preview->action(), m_window);
    progress->setAttribute(Qt::WA_DeleteOnClose);
    m_progress = progress;
    progress->show();
    updateEnabled();
}

} // namespace flowlog
