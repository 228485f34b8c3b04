#include "coverageenabledialog.h"

#include "textsafety.h"
#include "uistyle.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace flowlog {

namespace {

QString storageText(const FlowLogDraft &d)
{
    return d.service == Service::Er ? d.logGroupId + QStringLiteral(" / ") + d.logStreamId
                                    : d.projectName + QStringLiteral(" / ") + d.logStoreName;
}

} // namespace

CoverageEnableDialog::CoverageEnableDialog(const QList<CoverageRecord> &records, const CoverageSweep *sweep,
                                           ProfileStore *profiles, Inventory::NamProvider nams, PendingCreates *pending,
                                           QWidget *parent)
    : QDialog(parent)
    , m_records(records)
    , m_enabler(new CoverageEnabler(sweep, profiles, std::move(nams), pending, this))
    , m_path(new QLineEdit(this))
    , m_template(new QPlainTextEdit(this))
    , m_message(new QLabel(this))
    , m_tree(new QTreeWidget(this))
    , m_bar(new QProgressBar(this))
    , m_preview(new QPushButton(tr("&Preview"), this))
    , m_create(new QPushButton(tr("&Create"), this))
    , m_close(new QPushButton(tr("Close"), this))
{
    setObjectName(QStringLiteral("coverageEnableDialog"));
    setWindowTitle(tr("Enable Flow Logs for %n Resource(s)", nullptr, static_cast<int>(records.size())));
    resize(1000, 640);

    auto *intro = new QLabel(tr("Every resource gets a flow log made from the template. Values may use ${account}, "
                                "${accountId}, ${region}, ${service} and ${resource}. Nothing is sent until every "
                                "draft passes the checks."),
                             this);
    intro->setWordWrap(true);
    m_path->setObjectName(QStringLiteral("templatePath"));
    m_path->setReadOnly(true);
    m_path->setPlaceholderText(tr("The template below, or open a file"));
    auto *open = new QPushButton(tr("&Open Template…"), this);
    open->setObjectName(QStringLiteral("openTemplate"));
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_path, 1);
    fileRow->addWidget(open);
    m_template->setObjectName(QStringLiteral("templateText"));
    m_template->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_template->setPlainText(QString::fromUtf8(defaultTemplate()));
    m_template->setTabChangesFocus(true);

    m_tree->setObjectName(QStringLiteral("draftTree"));
    m_tree->setRootIsDecorated(false);
    m_tree->setAlternatingRowColors(true);
    m_tree->setHeaderLabels({tr("Account"), tr("Service"), tr("Region"), tr("Resource"), tr("Check"),
                             tr("Flow log name"), tr("Project / log group")});
    m_tree->header()->setStretchLastSection(true);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_template);
    split->addWidget(m_tree);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 2);

    m_message->setObjectName(QStringLiteral("enableMessage"));
    m_message->setWordWrap(true);
    m_bar->setObjectName(QStringLiteral("enableProgress"));
    m_bar->setRange(0, static_cast<int>(records.size()));
    m_bar->setValue(0);
    m_bar->hide();
    m_preview->setObjectName(QStringLiteral("previewButton"));
    m_create->setObjectName(QStringLiteral("createButton"));
    m_create->setEnabled(false);
    m_close->setObjectName(QStringLiteral("closeButton"));
    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(m_preview, QDialogButtonBox::ActionRole);
    buttons->addButton(m_create, QDialogButtonBox::AcceptRole);
    buttons->addButton(m_close, QDialogButtonBox::RejectRole);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(fileRow);
    layout->addWidget(split, 1);
    layout->addWidget(m_message);
    layout->addWidget(m_bar);
    layout->addWidget(buttons);

    connect(open, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Open coverage template"), QString(),
                                                          tr("JSON (*.json);;All files (*)"));
        if (!path.isEmpty())
            loadTemplate(path);
    });
    connect(m_template, &QPlainTextEdit::textChanged, this, [this] {
        m_create->setEnabled(false); // the preview no longer shows what would be sent
        m_create->setDefault(false);
        m_preview->setDefault(true);
    });
    connect(m_preview, &QPushButton::clicked, this, &CoverageEnableDialog::preview);
    connect(m_create, &QPushButton::clicked, this, &CoverageEnableDialog::create);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_enabler, &CoverageEnabler::itemFinished, this, &CoverageEnableDialog::onItemFinished);
    connect(m_enabler, &CoverageEnabler::finished, this, &CoverageEnableDialog::onFinished);
    preview();
}

CoverageEnableDialog::~CoverageEnableDialog() = default;

QByteArray CoverageEnableDialog::defaultTemplate()
{
    return QByteArrayLiteral(R"({
  "tags": {"managed-by": "flowlog-console"},
  "vpc": {"projectName": "flowlog-${accountId}-${region}", "logStoreName": "vpc-flowlog",
          "trafficType": "All", "interval": "600"},
  "cen": {"projectName": "flowlog-${accountId}-${region}", "logStoreName": "cen-flowlog", "interval": "600"},
  "ecr": {"projectName": "flowlog-${accountId}-${region}", "logStoreName": "ecr-flowlog", "interval": "600"},
  "er": {"logGroupId": "", "logStreamId": ""}
}
)");
}

bool CoverageEnableDialog::loadTemplate(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        m_message->setText(tr("Cannot read the template %1: %2").arg(path, f.errorString()));
        uistyle::setTone(m_message, uistyle::Tone::Error);
        return false;
    }
    m_path->setText(path);
    m_template->setPlainText(QString::fromUtf8(f.read(1 << 20)));
    return preview();
}

bool CoverageEnableDialog::preview()
{
    m_tree->clear();
    m_lines.clear();
    m_drafts.clear();
    m_invalid = 0;
    m_create->setEnabled(false);
    const CoverageTemplate t = parseCoverageTemplate(m_template->toPlainText().toUtf8(),
                                                     m_path->text().isEmpty() ? tr("here") : m_path->text());
    if (!t.error.isEmpty()) {
        m_message->setText(t.error);
        uistyle::setTone(m_message, uistyle::Tone::Error);
        return false;
    }
    int settling = 0;
    m_drafts = coverageDrafts(m_records, t.root, &settling);
    m_lines.clear();
    QList<QTreeWidgetItem *> broken;
    QList<QTreeWidgetItem *> passing;
    for (const CoverageDraft &d : std::as_const(m_drafts)) {
        const CoverageRecord &r = d.record;
        QStringList problems;
        for (const Violation &v : d.violations)
            problems << QStringLiteral("%1: %2 (%3)").arg(v.field, v.message, v.providerCode);
        auto *item = new QTreeWidgetItem(QStringList{
            escapeForDisplay(r.account), serviceDisplayName(r.service), r.region, escapeForDisplay(r.resourceId),
            problems.isEmpty() ? tr("OK") : problems.join(QStringLiteral("; ")), escapeForDisplay(d.draft.name),
            escapeForDisplay(storageText(d.draft))});
        item->setToolTip(CheckColumn, problems.join(QLatin1Char('\n')));
        item->setToolTip(AccountColumn, item->text(AccountColumn));
        item->setForeground(CheckColumn, problems.isEmpty() ? uistyle::successColor() : uistyle::errorColor());
        m_invalid += problems.isEmpty() ? 0 : 1;
        m_lines << item;
        (problems.isEmpty() ? passing : broken) << item;
    }
    m_tree->addTopLevelItems(broken + passing);
    constexpr int widest = 320; // an account's "name (id)" or a long error does not push the rest out of sight
    for (int c = 0; c < ColumnCount; ++c) {
        m_tree->resizeColumnToContents(c);
        m_tree->setColumnWidth(c, std::min(m_tree->columnWidth(c), c == CheckColumn ? 2 * widest : widest));
    }
    QString text;
    if (m_invalid > 0)
        text = tr("%1 of %2 drafts break the rules: fix the template. Nothing is sent.")
                   .arg(m_invalid)
                   .arg(m_drafts.size());
    else if (m_drafts.isEmpty())
        text = tr("Nothing to create.");
    else
        text = tr("%n flow log(s) will be created.", nullptr, static_cast<int>(m_drafts.size()));
    if (settling > 0)
        text +=
            QLatin1Char(' ') + tr("%n resource(s) have a flow log coming up and are left alone.", nullptr, settling);
    m_message->setText(text);
    uistyle::setTone(m_message, m_invalid > 0 ? uistyle::Tone::Error : uistyle::Tone::Normal);
    const bool ok = m_invalid == 0 && !m_drafts.isEmpty();
    m_create->setEnabled(ok);
    m_create->setDefault(ok);
    return m_invalid == 0;
}

void CoverageEnableDialog::create()
{
    if (m_invalid > 0 || m_drafts.isEmpty() || m_enabler->isRunning())
        return;
    m_create->setEnabled(false);
    m_preview->setEnabled(false);
    m_template->setReadOnly(true);
    m_done = 0;
    m_createdCount = 0;
    m_bar->setRange(0, static_cast<int>(m_drafts.size()));
    m_bar->setValue(0);
    m_bar->show();
    for (QTreeWidgetItem *line : std::as_const(m_lines)) {
        line->setText(CheckColumn, tr("Waiting"));
        line->setForeground(CheckColumn, uistyle::mutedColor());
    }
    m_message->setText(tr("Creating…"));
    uistyle::setTone(m_message, uistyle::Tone::Normal);
    m_enabler->start(m_drafts);
}

void CoverageEnableDialog::onItemFinished(int index, const CreateResult &result, const QString &note)
{
    uistyle::setProgress(m_bar, ++m_done, m_bar->maximum());
    QTreeWidgetItem *item = m_lines.value(index);
    if (!item)
        return;
    if (result.error.isError()) {
        QString text = escapeForDisplay(result.error.toDisplayString());
        if (!note.isEmpty())
            text += QStringLiteral(" — ") + note;
        item->setText(CheckColumn, tr("Failed: %1").arg(text));
        item->setToolTip(CheckColumn, text);
        item->setForeground(CheckColumn, uistyle::errorColor());
    } else {
        ++m_createdCount;
        // Its flow log is coming up: a second Create (after fixing others) must not make another one.
        const CoverageRecord &done = m_drafts.at(index).record;
        for (CoverageRecord &r : m_records) {
            if (r.resourceId == done.resourceId && r.source.id() == done.source.id())
                r.comingUp = true;
        }
        item->setText(CheckColumn, tr("Created %1").arg(escapeForDisplay(result.flowLogId)));
        item->setForeground(CheckColumn, uistyle::successColor());
    }
}

void CoverageEnableDialog::onFinished(int failures)
{
    m_bar->setValue(m_bar->maximum());
    m_preview->setEnabled(true);
    m_template->setReadOnly(false);
    if (failures > 0) {
        m_message->setText(tr("%1 of %2 created, %3 failed. Enable again later: it creates only what is still "
                              "missing, and settles answers that were lost.")
                               .arg(m_createdCount)
                               .arg(m_drafts.size())
                               .arg(failures));
        uistyle::setTone(m_message, uistyle::Tone::Error);
    } else {
        m_message->setText(tr("%n flow log(s) created.", nullptr, m_createdCount));
        uistyle::setTone(m_message, uistyle::Tone::Success);
    }
    Q_EMIT created(m_createdCount);
}

} // namespace flowlog
