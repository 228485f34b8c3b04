#include "aliyunimportdialog.h"

#include "profilestore.h"
#include "textsafety.h"
#include "uistyle.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QScreen>
#include <QScrollBar>
#include <QVBoxLayout>

namespace flowlog {

namespace {

constexpr int nameRole = Qt::UserRole;
constexpr int whyRole = Qt::UserRole + 1; // why the profile will not be imported, when it is not ticked

} // namespace

AliyunImportDialog::AliyunImportDialog(const ProfileStore *profiles, const QString &path, QWidget *parent)
    : QDialog(parent)
    , m_profiles(profiles)
    , m_pathEdit(new QLineEdit(this))
    , m_summary(new QLabel(this))
    , m_list(new QListWidget(this))
    , m_removeSecrets(new QCheckBox(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("importDialog"));
    setWindowTitle(tr("Import from the aliyun CLI"));
    auto *layout = new QVBoxLayout(this);
    auto *fileRow = new QHBoxLayout;
    auto *fileLabel = new QLabel(tr("&File:"), this);
    fileLabel->setBuddy(m_pathEdit);
    m_pathEdit->setObjectName(QStringLiteral("importPath"));
    m_pathEdit->setText(QDir::toNativeSeparators(path));
    auto *choose = new QPushButton(tr("&Choose…"), this);
    choose->setObjectName(QStringLiteral("choosePathButton"));
    choose->setToolTip(tr("Pick the aliyun CLI config file"));
    choose->setAutoDefault(false);
    fileRow->addWidget(fileLabel);
    fileRow->addWidget(m_pathEdit, 1);
    fileRow->addWidget(choose);
    layout->addLayout(fileRow);
    m_summary->setObjectName(QStringLiteral("importSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    layout->addWidget(m_summary);
    m_list->setObjectName(QStringLiteral("importList"));
    layout->addWidget(m_list, 1);
    // The secrets stay in the aliyun CLI's plaintext file unless the user asks to take them out of it.
    m_removeSecrets->setObjectName(QStringLiteral("removeSecretsCheck"));
    layout->addWidget(m_removeSecrets);
    m_buttons->setObjectName(QStringLiteral("importButtons"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Import"));
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(choose, &QPushButton::clicked, this, &AliyunImportDialog::choosePath);
    connect(m_pathEdit, &QLineEdit::editingFinished, this, [this] {
        if (QDir::fromNativeSeparators(m_pathEdit->text().trimmed()) != m_parsedPath)
            load(m_pathEdit->text().trimmed());
    });
    connect(m_list, &QListWidget::itemChanged, this, [this] {
        bool any = false;
        for (int i = 0; i < m_list->count(); ++i)
            any = any || m_list->item(i)->checkState() == Qt::Checked;
        m_buttons->button(QDialogButtonBox::Ok)->setEnabled(any);
    });
    load(path);
}

AliyunImportDialog::~AliyunImportDialog() = default;

QString AliyunImportDialog::path() const
{
    return m_parsedPath;
}

bool AliyunImportDialog::removeSecrets() const
{
    return m_removeSecrets->isChecked();
}

void AliyunImportDialog::choosePath()
{
    const QFileInfo current(QDir::fromNativeSeparators(m_pathEdit->text().trimmed()));
    const QString picked = QFileDialog::getOpenFileName(
        this, tr("Choose the aliyun CLI Config"), current.absolutePath(), tr("JSON files (*.json);;All files (*)"));
    if (picked.isEmpty())
        return;
    m_pathEdit->setText(QDir::toNativeSeparators(picked));
    load(picked);
}

void AliyunImportDialog::load(const QString &typedPath)
{
    const QString path = QDir::fromNativeSeparators(typedPath);
    m_parsedPath = path;
    m_parsed = {};
    m_list->clear();
    m_removeSecrets->setText(
        tr("&Remove the imported profiles' secrets from %1 (everything else in it stays)").arg(path));
    QFile file(path);
    QString error;
    if (!file.open(QIODevice::ReadOnly))
        error = tr("Cannot read %1: %2").arg(path, file.errorString());
    else
        m_parsed = parseAliyunConfig(file.readAll());
    if (error.isEmpty())
        error = m_parsed.error;
    const QSignalBlocker block(m_list);
    int ticked = 0;
    for (const AliyunConfigCandidate &c : std::as_const(m_parsed.candidates)) {
        auto *item = new QListWidgetItem(m_list);
        item->setData(nameRole, c.name);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        const QString what = tr("%1 (%2, %3)").arg(c.name, c.mode, c.accessKeyId);
        if (m_profiles && m_profiles->findByName(c.name)) {
            const QString why = tr("not ticked: an account named %1 exists already").arg(c.name);
            item->setText(escapeForDisplay(tr("%1 — %2").arg(what, why)));
            item->setData(whyRole, why);
            item->setCheckState(Qt::Unchecked);
        } else {
            item->setText(escapeForDisplay(what));
            item->setCheckState(Qt::Checked);
            ++ticked;
        }
        item->setToolTip(item->text());
    }
    for (const AliyunConfigSkipped &s : std::as_const(m_parsed.skipped)) {
        auto *item = new QListWidgetItem(escapeForDisplay(tr("%1: skipped, %2").arg(s.name, s.reason)), m_list);
        item->setFlags(Qt::NoItemFlags);
        item->setToolTip(item->text());
    }
    if (!error.isEmpty()) {
        uistyle::setTone(m_summary, uistyle::Tone::Error);
        m_summary->setText(escapeForDisplay(error));
    } else {
        uistyle::setTone(m_summary, uistyle::Tone::Normal);
        const auto total = m_parsed.candidates.size() + m_parsed.skipped.size();
        m_summary->setText(tr("%1 profiles in the file: %2 ticked for import, %3 not ticked, %4 cannot be imported "
                              "(each says why).")
                               .arg(total)
                               .arg(ticked)
                               .arg(m_parsed.candidates.size() - ticked)
                               .arg(m_parsed.skipped.size()));
    }
    m_list->setVisible(m_list->count() > 0);
    m_removeSecrets->setEnabled(!m_parsed.candidates.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(ticked > 0);
    fitToContent();
}

void AliyunImportDialog::fitToContent()
{
    // Wide enough for the longest line and tall enough for every profile, within most of the screen.
    const QSize screen = (this->screen() ? this->screen()->availableSize() : QSize(1280, 800)) * 0.8;
    const int frame = 2 * m_list->frameWidth();
    const int rows = std::max(m_list->count(), 1);
    const int width = m_list->sizeHintForColumn(0) + frame + m_list->verticalScrollBar()->sizeHint().width();
    const int height = rows * std::max(m_list->sizeHintForRow(0), fontMetrics().height()) + frame;
    m_list->setMinimumSize(std::min(width, screen.width()), std::min(height, screen.height() / 2));
    const int textWidth = std::max(m_removeSecrets->sizeHint().width(), m_list->minimumWidth());
    m_summary->setMinimumWidth(std::min(textWidth, screen.width()));
    adjustSize();
}

QList<AliyunConfigCandidate> AliyunImportDialog::chosen() const
{
    QList<AliyunConfigCandidate> out;
    for (int i = 0; i < m_list->count(); ++i) {
        const QListWidgetItem *item = m_list->item(i);
        if (!(item->flags() & Qt::ItemIsUserCheckable) || item->checkState() != Qt::Checked)
            continue;
        for (const AliyunConfigCandidate &c : m_parsed.candidates) {
            if (c.name == item->data(nameRole).toString())
                out << c;
        }
    }
    return out;
}

QStringList AliyunImportDialog::notChosen() const
{
    QStringList lines;
    for (int i = 0; i < m_list->count(); ++i) {
        const QListWidgetItem *item = m_list->item(i);
        if (!(item->flags() & Qt::ItemIsUserCheckable) || item->checkState() == Qt::Checked)
            continue;
        const QString name = item->data(nameRole).toString();
        const QString why = item->data(whyRole).toString();
        lines << (why.isEmpty() ? tr("%1 not imported: not ticked.").arg(name)
                                : tr("%1 not imported: %2.").arg(name, why));
    }
    for (const AliyunConfigSkipped &s : m_parsed.skipped)
        lines << tr("%1 not imported: skipped, %2.").arg(s.name, s.reason);
    return lines;
}

} // namespace flowlog
