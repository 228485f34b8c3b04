#include "lifecycleprogressdialog.h"

#include "flowlogstatus.h"
#include "lifecycleplan.h"
#include "textsafety.h"
#include "uistyle.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QScopeGuard>
#include <QStyle>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace flowlog {

namespace {

QString titleText(LifecycleAction action)
{
    switch (action) {
    case LifecycleAction::Activate:
        return LifecycleProgressDialog::tr("Activating Flow Logs");
    case LifecycleAction::Deactivate:
        return LifecycleProgressDialog::tr("Deactivating Flow Logs");
    case LifecycleAction::Modify:
        return LifecycleProgressDialog::tr("Changing Flow Logs");
    case LifecycleAction::Delete:
        return LifecycleProgressDialog::tr("Deleting Flow Logs");
    }
    return {};
}

} // namespace

LifecycleProgressDialog::LifecycleProgressDialog(LifecycleRunner *runner, LifecycleAction action, QWidget *parent)
    : QDialog(parent)
    , m_runner(runner)
    , m_action(action)
    , m_summary(new QLabel(this))
    , m_details(new QLabel(this))
    , m_bar(new QProgressBar(this))
    , m_tree(new QTreeWidget(this))
    , m_cancel(new QPushButton(tr("Cancel the Rest"), this))
    , m_close(new QPushButton(tr("Close"), this))
{
    setObjectName(QStringLiteral("lifecycleProgress"));
    setWindowTitle(titleText(action));
    auto *layout = new QVBoxLayout(this);
    m_summary->setObjectName(QStringLiteral("progressSummary"));
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);
    m_bar->setObjectName(QStringLiteral("progressBar"));
    layout->addWidget(m_bar);

    m_tree->setObjectName(QStringLiteral("outcomeTree"));
    m_tree->setColumnCount(ColumnCount);
    m_tree->setHeaderLabels(
        {tr("Account"), tr("Service"), tr("Flow log"), tr("Outcome"), tr("Code"), tr("Request ID"), tr("Message")});
    m_tree->setRootIsDecorated(false);
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->setTextElideMode(Qt::ElideRight);
    m_tree->setSelectionMode(QAbstractItemView::ExtendedSelection);
    QHeaderView *header = m_tree->header();
    header->setStretchLastSection(true);
    header->resizeSection(AccountColumn, 110);
    header->resizeSection(ServiceColumn, 70);
    header->resizeSection(FlowLogColumn, 170);
    header->resizeSection(OutcomeColumn, 130);
    header->resizeSection(CodeColumn, 90);
    header->resizeSection(RequestIdColumn, 110);
    header->resizeSection(MessageColumn, 300);
    for (const int c : {int(OutcomeColumn), int(CodeColumn), int(RequestIdColumn)})
        m_minWidths.insert(c, header->sectionSize(c));
    layout->addWidget(m_tree, 1);
    m_details->setObjectName(QStringLiteral("failureDetails"));
    m_details->setTextFormat(Qt::PlainText);
    m_details->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_details->hide();
    layout->addWidget(m_details);
    connect(m_tree, &QTreeWidget::currentItemChanged, this,
            [this](const QTreeWidgetItem *current) { showDetails(current); });

    auto *buttons = new QDialogButtonBox(this);
    m_cancel->setObjectName(QStringLiteral("cancelButton"));
    m_cancel->setToolTip(tr("Send nothing more; changes already sent finish on the provider's side"));
    m_close->setObjectName(QStringLiteral("closeButton"));
    m_close->setToolTip(tr("Hide this view; the changes go on and the table keeps updating"));
    buttons->addButton(m_cancel, QDialogButtonBox::ActionRole);
    buttons->addButton(m_close, QDialogButtonBox::RejectRole);
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        if (m_runner)
            m_runner->cancel();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(1200, 480);

    const QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    const QList<LifecycleTarget> &targets = runner->targets();
    for (qsizetype i = 0; i < targets.size(); ++i) {
        const FlowLog &f = targets.at(i).flowLog;
        auto *item = new QTreeWidgetItem(m_tree);
        item->setText(AccountColumn, escapeForDisplay(f.account));
        item->setText(ServiceColumn, serviceDisplayName(f.service));
        item->setText(FlowLogColumn, escapeForDisplay(f.name.isEmpty() ? f.id : f.name));
        item->setToolTip(FlowLogColumn, plainTextToolTip(f.name + QLatin1Char('\n') + f.id));
        item->setData(FlowLogColumn, Qt::UserRole, f.id);
        item->setFont(RequestIdColumn, fixed);
        m_items.append(item);
        const LifecycleRowOutcome &outcome = runner->outcomes().value(i);
        if (outcome.state == LifecycleRowOutcome::State::Queued || outcome.state == LifecycleRowOutcome::State::Running)
            item->setText(OutcomeColumn, outcomeText(action, outcome));
        else
            onRowFinished(static_cast<int>(i), outcome);
    }
    connect(runner, &LifecycleRunner::rowChanged, this, &LifecycleProgressDialog::onRowChanged);
    connect(runner, &LifecycleRunner::rowFinished, this, &LifecycleProgressDialog::onRowFinished);
    connect(runner, &LifecycleRunner::progress, this, &LifecycleProgressDialog::onProgress);
    connect(runner, &LifecycleRunner::finished, this, &LifecycleProgressDialog::onFinished);
    onProgress(runner->finishedCount(), static_cast<int>(targets.size()));
    if (!runner->isRunning())
        onFinished();
}

LifecycleProgressDialog::~LifecycleProgressDialog() = default;

QString LifecycleProgressDialog::outcomeText(LifecycleAction action, const LifecycleRowOutcome &outcome)
{
    switch (outcome.state) {
    case LifecycleRowOutcome::State::Queued:
        return tr("Waiting");
    case LifecycleRowOutcome::State::Running:
        return tr("Sending…");
    case LifecycleRowOutcome::State::Failed:
        return tr("Failed");
    case LifecycleRowOutcome::State::Skipped:
        return tr("Skipped");
    case LifecycleRowOutcome::State::Done:
        break;
    }
    const LifecycleOutcome &o = outcome.outcome;
    if (o.dryRun)
        return tr("Checked, nothing changed");
    if (action == LifecycleAction::Delete || o.gone)
        return tr("Deleted");
    if (o.alreadyThere && o.hasFlowLog)
        return tr("Already %1").arg(LifecyclePlan::phaseText(o.flowLog));
    if (action == LifecycleAction::Modify)
        return tr("Changed");
    return o.hasFlowLog ? tr("Done: %1").arg(LifecyclePlan::phaseText(o.flowLog)) : tr("Done");
}

void LifecycleProgressDialog::onRowChanged(int index, const FlowLog &flowLog)
{
    QTreeWidgetItem *item = m_items.value(index);
    if (!item || m_runner->outcomes().value(index).state != LifecycleRowOutcome::State::Running)
        return;
    // The provider's state as it moves (Deactivating, modifying...).
    item->setText(OutcomeColumn, tr("%1…").arg(escapeForDisplay(shownStatus(flowLog))));
}

void LifecycleProgressDialog::onRowFinished(int index, const LifecycleRowOutcome &outcome)
{
    QTreeWidgetItem *item = m_items.value(index);
    if (!item)
        return;
    item->setText(OutcomeColumn, outcomeText(m_action, outcome));
    // Codes and request ids are read whole or copied: never elided.
    const auto fit = qScopeGuard([this] {
        for (const int c : {int(OutcomeColumn), int(CodeColumn), int(RequestIdColumn)}) {
            m_tree->resizeColumnToContents(c);
            m_tree->setColumnWidth(c, std::max(m_tree->columnWidth(c), m_minWidths.value(c)));
        }
    });
    const ApiError &e = outcome.outcome.error;
    switch (outcome.state) {
    case LifecycleRowOutcome::State::Failed: {
        const QString code = e.code.isEmpty() ? ApiError::kindName(e.kind) : e.code;
        QString message = e.message;
        if (!e.dynamicMessage.isEmpty())
            message += QLatin1Char(' ') + e.dynamicMessage;
        if (!e.hint.isEmpty())
            message += QLatin1Char(' ') + e.hint;
        item->setText(CodeColumn, escapeForDisplay(code));
        item->setText(MessageColumn, escapeForDisplay(message));
        item->setToolTip(MessageColumn, plainTextToolTip(message));
        item->setText(RequestIdColumn, escapeForDisplay(e.requestId));
        item->setForeground(OutcomeColumn, uistyle::errorColor());
        item->setIcon(OutcomeColumn, style()->standardIcon(QStyle::SP_MessageBoxCritical));
        break;
    }
    case LifecycleRowOutcome::State::Skipped:
        item->setText(MessageColumn, escapeForDisplay(outcome.why));
        item->setToolTip(MessageColumn, plainTextToolTip(outcome.why));
        item->setForeground(OutcomeColumn, uistyle::mutedColor());
        break;
    case LifecycleRowOutcome::State::Done:
        item->setText(RequestIdColumn, escapeForDisplay(outcome.outcome.requestId));
        item->setForeground(OutcomeColumn, uistyle::successColor());
        break;
    case LifecycleRowOutcome::State::Queued:
    case LifecycleRowOutcome::State::Running:
        break;
    }
}

void LifecycleProgressDialog::onProgress(int finished, int total)
{
    uistyle::setProgress(m_bar, finished, std::max(total, 1));
    m_summary->setText(tr("%1 of %n flow log(s) finished.", nullptr, total).arg(finished));
}

void LifecycleProgressDialog::onFinished()
{
    int done = 0;
    int failed = 0;
    int skipped = 0;
    for (const LifecycleRowOutcome &o : m_runner->outcomes()) {
        switch (o.state) {
        case LifecycleRowOutcome::State::Done:
            ++done;
            break;
        case LifecycleRowOutcome::State::Failed:
            ++failed;
            break;
        case LifecycleRowOutcome::State::Skipped:
        case LifecycleRowOutcome::State::Queued:
        case LifecycleRowOutcome::State::Running:
            ++skipped;
            break;
        }
    }
    m_summary->setText(tr("Finished: %1 done, %2 failed, %3 skipped.").arg(done).arg(failed).arg(skipped));
    uistyle::setTone(m_summary, failed > 0 ? uistyle::Tone::Error : uistyle::Tone::Normal);
    m_cancel->setEnabled(false);
    m_close->setDefault(true);
    m_close->setFocus();
    // The first failure, whole, under the list.
    for (qsizetype i = 0; i < m_items.size(); ++i) {
        if (m_runner->outcomes().value(i).state == LifecycleRowOutcome::State::Failed) {
            m_tree->setCurrentItem(m_items.at(i));
            break;
        }
    }
    showDetails(m_tree->currentItem()); // also when that line was current already
}

void LifecycleProgressDialog::showDetails(const QTreeWidgetItem *item)
{
    const int index = item ? static_cast<int>(m_items.indexOf(item)) : -1;
    const LifecycleRowOutcome outcome = index < 0 ? LifecycleRowOutcome{} : m_runner->outcomes().value(index);
    QString text;
    if (outcome.state == LifecycleRowOutcome::State::Failed) {
        text = tr("%1 (%2): %3").arg(item->text(FlowLogColumn), item->text(CodeColumn), item->text(MessageColumn));
        if (!item->text(RequestIdColumn).isEmpty())
            text += QLatin1Char('\n') + tr("Request ID: %1").arg(item->text(RequestIdColumn));
    } else if (outcome.state == LifecycleRowOutcome::State::Skipped) {
        text = tr("%1: %2").arg(item->text(FlowLogColumn), item->text(MessageColumn));
    }
    m_details->setText(text);
    m_details->setVisible(!text.isEmpty());
}

QString LifecycleProgressDialog::cellText(const QString &flowLogId, Column column) const
{
    for (const QTreeWidgetItem *item : m_items) {
        if (item->data(FlowLogColumn, Qt::UserRole).toString() == flowLogId)
            return item->text(column);
    }
    return {};
}

} // namespace flowlog
