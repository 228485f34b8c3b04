#include "detailspane.h"

#include "flowlogtablemodel.h"
#include "textsafety.h"
#include "ui_detailspane.h"
#include "uistyle.h"

#include <QClipboard>
#include <QFontDatabase>
#include <QGridLayout>
#include <QGuiApplication>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QToolButton>

namespace flowlog {

DetailsPane::DetailsPane(QWidget *parent)
    : QWidget(parent)
    , m_ui(new Ui::DetailsPane)
    , m_staleNote(new QLabel(this))
{
    m_ui->setupUi(this);
    m_staleNote->setObjectName(QStringLiteral("staleNote"));
    m_staleNote->setWordWrap(true);
    m_staleNote->setTextFormat(Qt::PlainText);
    // Drawn like the stale rows themselves: muted and italic.
    QPalette palette = m_staleNote->palette();
    palette.setColor(QPalette::WindowText, uistyle::mutedColor());
    m_staleNote->setPalette(palette);
    QFont italic = m_staleNote->font();
    italic.setItalic(true);
    m_staleNote->setFont(italic);
    m_staleNote->hide();
    m_ui->detailsLayout->insertWidget(m_ui->detailsLayout->indexOf(m_ui->titleLabel) + 1, m_staleNote);
    m_ui->rawJson->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_ui->fieldsTree->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_ui->fieldsTree->header()->setStretchLastSection(true);
    QFont title = m_ui->titleLabel->font();
    title.setBold(true);
    m_ui->titleLabel->setFont(title);
    m_ui->titleLabel->setTextFormat(Qt::PlainText); // a provider's name, never markup
    m_ui->detailsSplitter->setStretchFactor(0, 3);
    m_ui->detailsSplitter->setStretchFactor(1, 2);
    connect(m_ui->copyIdButton, &QPushButton::clicked, this, [this] {
        if (m_hasFlowLog)
            QGuiApplication::clipboard()->setText(m_flowLog.id);
    });
    connect(m_ui->copyJsonButton, &QPushButton::clicked, this, [this] {
        if (m_hasFlowLog)
            QGuiApplication::clipboard()->setText(rawJsonText());
    });
    clear();
}

DetailsPane::~DetailsPane()
{
    delete m_ui;
}

void DetailsPane::clear()
{
    m_hasFlowLog = false;
    m_flowLog = {};
    m_ui->titleLabel->setText(tr("No flow log selected"));
    m_staleNote->clear();
    m_staleNote->hide();
    m_ui->fieldsTree->clear();
    m_ui->rawJson->clear();
    m_ui->copyIdButton->setEnabled(false);
    m_ui->copyJsonButton->setEnabled(false);
}

void DetailsPane::addField(const QString &name, const QString &value, bool monospace)
{
    if (value.isEmpty())
        return;
    auto *item = new QTreeWidgetItem(m_ui->fieldsTree, {escapeForDisplay(name), escapeForDisplay(value)});
    item->setToolTip(1, plainTextToolTip(value));
    if (monospace)
        item->setFont(1, QFontDatabase::systemFont(QFontDatabase::FixedFont));
}

void DetailsPane::setActions(const QList<QAction *> &actions)
{
    // Two to a row: the pane is narrow, and each button keeps its whole label.
    auto *grid = new QGridLayout;
    grid->setObjectName(QStringLiteral("lifecycleButtons"));
    grid->setContentsMargins(0, 0, 0, 0);
    for (qsizetype i = 0; i < actions.size(); ++i) {
        auto *button = new QToolButton(this);
        button->setDefaultAction(actions.at(i));
        button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        button->setAutoRaise(true);
        button->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
        grid->addWidget(button, static_cast<int>(i / 2), static_cast<int>(i % 2));
    }
    m_ui->detailsLayout->insertLayout(m_ui->detailsLayout->indexOf(m_ui->detailsSplitter), grid);
}

QString DetailsPane::rawJsonText() const
{
    return m_ui->rawJson->toPlainText();
}

QString DetailsPane::staleNote() const
{
    return m_staleNote->isHidden() ? QString() : m_staleNote->text();
}

void DetailsPane::setFlowLog(const FlowLog &f, const QString &staleNote)
{
    m_staleNote->setText(staleNote);
    m_staleNote->setVisible(!staleNote.isEmpty());
    m_flowLog = f;
    m_hasFlowLog = true;
    m_ui->titleLabel->setText(escapeForDisplay(f.name.isEmpty() ? f.id : f.name));
    m_ui->fieldsTree->clear();
    addField(tr("ID"), f.id, true);
    addField(tr("Name"), f.name);
    addField(tr("Status"), FlowLogTableModel::statusText(f));
    addField(tr("Delivery error"), f.deliverMessage);
    addField(tr("Account"), f.account);
    addField(tr("Cloud"), providerDisplayName(f.provider));
    addField(tr("Service"), serviceDisplayName(f.service));
    addField(tr("Region"), f.region);
    addField(tr("Resource type"), f.resourceType);
    addField(tr("Resource ID"), f.resourceId, true);
    addField(tr("Traffic"), f.trafficType);
    addField(f.provider == Provider::Huawei ? tr("Log group") : tr("Project"), f.storageProject, true);
    addField(f.provider == Provider::Huawei ? tr("Log stream") : tr("Logstore"), f.storageStore, true);
    addField(tr("Interval"), FlowLogTableModel::intervalText(f.intervalSeconds));
    addField(tr("Sampling"), f.samplingRate);
    addField(tr("Created (UTC)"), f.created.isValid() ? f.created.toUTC().toString(Qt::ISODate) : QString());
    addField(tr("Description"), f.description);
    for (const Tag &tag : f.tags)
        addField(tr("Tag %1").arg(tag.key), tag.value.isEmpty() ? QStringLiteral("—") : tag.value);
    const QByteArray json = f.rawJson.json();
    const QJsonDocument raw = QJsonDocument::fromJson(json);
    m_ui->rawJson->setPlainText(raw.isNull()
                                    ? escapeForDisplay(QString::fromUtf8(json))
                                    : QString::fromUtf8(terminalSafeJson(raw.toJson(QJsonDocument::Indented))));
    m_ui->copyIdButton->setEnabled(!f.id.isEmpty());
    m_ui->copyJsonButton->setEnabled(true);
}

} // namespace flowlog
