#include "lifecyclepreviewdialog.h"

#include "flowlogtablemodel.h"
#include "textsafety.h"
#include "uistyle.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMap>
#include <QPushButton>
#include <QStyle>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace flowlog {

namespace {

enum Column
{
    NameColumn,
    IdColumn,
    RegionColumn,
    NowColumn,
    WhatColumn,
    ColumnCount
};

QString confirmText(LifecycleAction action, int n)
{
    switch (action) {
    case LifecycleAction::Activate:
        return LifecyclePreviewDialog::tr("Activate %n flow log(s)", nullptr, n);
    case LifecycleAction::Deactivate:
        return LifecyclePreviewDialog::tr("Deactivate %n flow log(s)", nullptr, n);
    case LifecycleAction::Modify:
        return LifecyclePreviewDialog::tr("Change %n flow log(s)", nullptr, n);
    case LifecycleAction::Delete:
        return LifecyclePreviewDialog::tr("Delete %n flow log(s)", nullptr, n);
    }
    return {};
}

QString summaryText(LifecycleAction action, int n)
{
    switch (action) {
    case LifecycleAction::Activate:
        return LifecyclePreviewDialog::tr("%n flow log(s) will be activated.", nullptr, n);
    case LifecycleAction::Deactivate:
        return LifecyclePreviewDialog::tr("%n flow log(s) will be deactivated.", nullptr, n);
    case LifecycleAction::Modify:
        return LifecyclePreviewDialog::tr("%n flow log(s) will be changed.", nullptr, n);
    case LifecycleAction::Delete:
        return LifecyclePreviewDialog::tr("%n flow log(s) will be deleted. This cannot be undone.", nullptr, n);
    }
    return {};
}

QString titleText(LifecycleAction action)
{
    switch (action) {
    case LifecycleAction::Activate:
        return LifecyclePreviewDialog::tr("Activate Flow Logs");
    case LifecycleAction::Deactivate:
        return LifecyclePreviewDialog::tr("Deactivate Flow Logs");
    case LifecycleAction::Modify:
        return LifecyclePreviewDialog::tr("Edit Flow Logs");
    case LifecycleAction::Delete:
        return LifecyclePreviewDialog::tr("Delete Flow Logs");
    }
    return {};
}

} // namespace

LifecyclePreviewDialog::LifecyclePreviewDialog(LifecycleAction action, QList<LifecyclePlanRow> rows, QWidget *parent)
    : QDialog(parent)
    , m_action(action)
    , m_rows(std::move(rows))
    , m_summary(new QLabel(this))
    , m_errors(new QLabel(this))
    , m_tree(new QTreeWidget(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
    , m_confirm(m_buttons->addButton(QString(), QDialogButtonBox::AcceptRole))
{
    setObjectName(QStringLiteral("lifecyclePreview"));
    setWindowTitle(titleText(action));
    auto *layout = new QVBoxLayout(this);
    m_summary->setObjectName(QStringLiteral("summaryLabel"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    if (action == LifecycleAction::Delete) {
        QFont bold = m_summary->font();
        bold.setBold(true);
        m_summary->setFont(bold);
    }
    layout->addWidget(m_summary);
    if (action == LifecycleAction::Modify)
        buildEditBox();
    m_errors->setObjectName(QStringLiteral("errorsLabel"));
    m_errors->setWordWrap(true);
    m_errors->setTextFormat(Qt::PlainText);
    uistyle::setTone(m_errors, uistyle::Tone::Error);
    layout->addWidget(m_errors);

    m_tree->setObjectName(QStringLiteral("previewTree"));
    m_tree->setColumnCount(ColumnCount);
    m_tree->setHeaderLabels({tr("Flow log"), tr("ID"), tr("Region"), tr("Now"), tr("What happens")});
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->setSelectionMode(QAbstractItemView::NoSelection);
    m_tree->setTextElideMode(Qt::ElideRight);
    m_tree->header()->setStretchLastSection(true);
    layout->addWidget(m_tree, 1);

    if (action == LifecycleAction::Delete) {
        auto *row = new QHBoxLayout;
        m_typeLabel = new QLabel(this);
        m_typeLabel->setObjectName(QStringLiteral("typeLabel"));
        m_typeEdit = new QLineEdit(this);
        m_typeEdit->setObjectName(QStringLiteral("typeEdit"));
        m_typeEdit->setMaximumWidth(120);
        m_typeEdit->setPlaceholderText(tr("Number"));
        m_typeLabel->setBuddy(m_typeEdit);
        row->addWidget(m_typeLabel);
        row->addWidget(m_typeEdit);
        row->addStretch();
        layout->addLayout(row);
        connect(m_typeEdit, &QLineEdit::textChanged, this, &LifecyclePreviewDialog::updateConfirm);
    }

    m_confirm->setObjectName(QStringLiteral("confirmButton"));
    m_confirm->setDefault(action != LifecycleAction::Delete);
    m_buttons->button(QDialogButtonBox::Cancel)->setAutoDefault(false);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(m_buttons);
    resize(1080, 560);
    rejudge();
    if (m_typeEdit)
        m_typeEdit->setFocus();
}

LifecyclePreviewDialog::~LifecyclePreviewDialog() = default;

void LifecyclePreviewDialog::buildEditBox()
{
    m_editBox = new QGroupBox(tr("Change"), this);
    m_editBox->setObjectName(QStringLiteral("editBox"));
    auto *form = new QFormLayout(m_editBox);
    m_nameCheck = new QCheckBox(tr("&Name"), m_editBox);
    m_nameEdit = new QLineEdit(m_editBox);
    m_descriptionCheck = new QCheckBox(tr("&Description"), m_editBox);
    m_descriptionEdit = new QLineEdit(m_editBox);
    m_intervalCheck = new QCheckBox(tr("&Interval"), m_editBox);
    m_intervalCombo = new QComboBox(m_editBox);
    m_nameCheck->setObjectName(QStringLiteral("nameCheck"));
    m_nameEdit->setObjectName(QStringLiteral("nameEdit"));
    m_descriptionCheck->setObjectName(QStringLiteral("descriptionCheck"));
    m_descriptionEdit->setObjectName(QStringLiteral("descriptionEdit"));
    m_intervalCheck->setObjectName(QStringLiteral("intervalCheck"));
    m_intervalCombo->setObjectName(QStringLiteral("intervalCombo"));
    form->addRow(m_nameCheck, m_nameEdit);
    form->addRow(m_descriptionCheck, m_descriptionEdit);
    form->addRow(m_intervalCheck, m_intervalCombo);

    // The intervals of every selected service that can change its interval; the rule table says which fit.
    QList<int> intervals;
    for (const LifecyclePlanRow &r : std::as_const(m_rows)) {
        if (!modifiableFields(r.flowLog.service).contains(fields::Interval))
            continue;
        for (const int s : allowedIntervalsSeconds(r.flowLog.service)) {
            if (!intervals.contains(s))
                intervals.append(s);
        }
    }
    std::sort(intervals.begin(), intervals.end());
    for (const int s : std::as_const(intervals))
        m_intervalCombo->addItem(FlowLogTableModel::intervalText(s), s);
    m_intervalCheck->setEnabled(!intervals.isEmpty());
    m_intervalCombo->setEnabled(!intervals.isEmpty());
    if (intervals.isEmpty())
        m_intervalCheck->setToolTip(tr("None of the selected services can change the interval of a flow log."));

    // One flow log: start from its values.
    if (m_rows.size() == 1) {
        const FlowLog &f = m_rows.constFirst().flowLog;
        m_nameEdit->setText(f.name);
        m_descriptionEdit->setText(f.description);
        m_intervalCombo->setCurrentIndex(std::max(0, m_intervalCombo->findData(f.intervalSeconds)));
    }
    // Typing in a field means changing it.
    connect(m_nameEdit, &QLineEdit::textEdited, m_nameCheck, [this] { m_nameCheck->setChecked(true); });
    connect(m_descriptionEdit, &QLineEdit::textEdited, m_descriptionCheck,
            [this] { m_descriptionCheck->setChecked(true); });
    connect(m_intervalCombo, &QComboBox::activated, m_intervalCheck, [this] { m_intervalCheck->setChecked(true); });
    for (QCheckBox *check : {m_nameCheck, m_descriptionCheck, m_intervalCheck})
        connect(check, &QCheckBox::toggled, this, &LifecyclePreviewDialog::rejudge);
    connect(m_nameEdit, &QLineEdit::textChanged, this, &LifecyclePreviewDialog::rejudge);
    connect(m_descriptionEdit, &QLineEdit::textChanged, this, &LifecyclePreviewDialog::rejudge);
    connect(m_intervalCombo, &QComboBox::currentIndexChanged, this, &LifecyclePreviewDialog::rejudge);
    layout()->addWidget(m_editBox);
}

FlowLogChange LifecyclePreviewDialog::change() const
{
    FlowLogChange c;
    if (m_action != LifecycleAction::Modify)
        return c;
    if (m_nameCheck->isChecked())
        c.name = m_nameEdit->text();
    if (m_descriptionCheck->isChecked())
        c.description = m_descriptionEdit->text();
    if (m_intervalCheck->isChecked() && m_intervalCombo->currentIndex() >= 0)
        c.intervalSeconds = m_intervalCombo->currentData().toInt();
    return c;
}

void LifecyclePreviewDialog::rejudge()
{
    LifecyclePlan::judge(m_rows, m_action, change());
    fillTree();
    updateConfirm();
}

void LifecyclePreviewDialog::updateConfirm()
{
    const FlowLogChange c = change();
    const int sent = sentCount();
    const int excluded = static_cast<int>(m_rows.size()) - sent;
    // Rows already in the target state are sent too (the job reads each first, since it may have moved since the
    // listing), but the headline counts only what changes, so it matches the rows marked "nothing is sent".
    const int already = static_cast<int>(std::count_if(m_rows.cbegin(), m_rows.cend(), [](const LifecyclePlanRow &r) {
        return r.source && r.verdict == LifecyclePlanRow::Verdict::AlreadyThere;
    }));
    QString summary = summaryText(m_action, sent - already);
    if (already > 0)
        summary += QLatin1Char(' ') + tr("%n already so: nothing is sent to change them.", nullptr, already);
    if (excluded > 0)
        summary += QLatin1Char(' ') +
                   tr("%n selected flow log(s) will be left as they are (marked below).", nullptr, excluded);
    m_summary->setText(summary);

    QStringList errors;
    if (m_action == LifecycleAction::Modify) {
        errors = LifecyclePlan::changeErrors(m_rows, c);
        if (c.isEmpty())
            errors.prepend(tr("Tick at least one field to change."));
    }
    m_errors->setText(errors.join(QLatin1Char('\n')));
    m_errors->setVisible(!errors.isEmpty());

    bool ok = sent > 0 && errors.isEmpty();
    if (m_typeEdit) {
        m_typeLabel->setText(tr("To delete them, type the number of flow logs (%1):").arg(sent));
        ok = ok && m_typeEdit->text().trimmed() == QString::number(sent);
    }
    m_confirm->setText(confirmText(m_action, sent));
    m_confirm->setEnabled(ok);
}

void LifecyclePreviewDialog::fillTree()
{
    m_tree->clear();
    const QColor muted = uistyle::mutedColor();
    const QColor error = uistyle::errorColor();
    const QIcon warning = style()->standardIcon(QStyle::SP_MessageBoxWarning);
    const QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    QMap<QString, QTreeWidgetItem *> groups;
    QMap<QString, int> counts;
    for (const LifecyclePlanRow &r : std::as_const(m_rows)) {
        const FlowLog &f = r.flowLog;
        const QString title = LifecyclePlan::groupTitle(f);
        QTreeWidgetItem *&group = groups[title];
        if (!group) {
            group = new QTreeWidgetItem(m_tree);
            group->setFirstColumnSpanned(true);
            QFont bold = group->font(0);
            bold.setBold(true);
            group->setFont(0, bold);
        }
        ++counts[title];
        group->setText(0, tr("%1 (%2)").arg(escapeForDisplay(title)).arg(counts.value(title)));
        auto *item = new QTreeWidgetItem(group);
        item->setText(NameColumn, escapeForDisplay(f.name));
        item->setText(IdColumn, f.id);
        item->setFont(IdColumn, fixed);
        item->setText(RegionColumn, f.region);
        item->setText(NowColumn, escapeForDisplay(LifecyclePlan::phaseText(f)));
        item->setText(WhatColumn, escapeForDisplay(r.note));
        item->setToolTip(WhatColumn, plainTextToolTip(r.note));
        item->setToolTip(NameColumn, plainTextToolTip(f.name));
        item->setToolTip(IdColumn, f.id);
        item->setData(0, Qt::UserRole, f.key());
        item->setData(0, Qt::UserRole + 1, r.isSent());
        switch (r.verdict) {
        case LifecyclePlanRow::Verdict::Excluded:
            for (int c = 0; c < ColumnCount; ++c)
                item->setForeground(c, muted);
            item->setForeground(WhatColumn, error);
            item->setIcon(WhatColumn, warning);
            break;
        case LifecyclePlanRow::Verdict::AlreadyThere:
            for (int c = 0; c < ColumnCount; ++c)
                item->setForeground(c, muted);
            break;
        case LifecyclePlanRow::Verdict::WaitsToSettle:
        case LifecyclePlanRow::Verdict::Change:
            break;
        }
    }
    m_tree->expandAll();
    // The columns before "What happens" as wide as their values (within reason): the reasons get the rest.
    const int cap = fontMetrics().averageCharWidth() * 36;
    for (int c = IdColumn; c < WhatColumn; ++c) {
        m_tree->resizeColumnToContents(c);
        m_tree->setColumnWidth(c, std::min(m_tree->columnWidth(c), cap));
    }
    // The first column also holds the group titles (spanned): size it for the flow-log names only.
    int nameWidth = fontMetrics().horizontalAdvance(m_tree->headerItem()->text(NameColumn));
    for (int g = 0; g < m_tree->topLevelItemCount(); ++g) {
        const QTreeWidgetItem *group = m_tree->topLevelItem(g);
        for (int i = 0; i < group->childCount(); ++i)
            nameWidth = std::max(nameWidth, fontMetrics().horizontalAdvance(group->child(i)->text(NameColumn)));
    }
    m_tree->setColumnWidth(NameColumn, std::min(nameWidth + 2 * m_tree->indentation() + 16, cap));
}

} // namespace flowlog
