#include "tageditor.h"

#include "uistyle.h"

#include <QApplication>
#include <QClipboard>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <functional>

namespace flowlog {

namespace {
enum Column
{
    KeyColumn,
    ValueColumn,
    ProblemColumn,
    ColumnCount
};
} // namespace

TagEditor::TagEditor(QWidget *parent)
    : QWidget(parent)
    , m_table(new QTableWidget(0, ColumnCount, this))
    , m_add(new QPushButton(tr("&Add Tag"), this))
    , m_remove(new QPushButton(tr("&Remove"), this))
    , m_paste(new QPushButton(tr("&Paste key=value lines"), this))
    , m_count(new QLabel(this))
    , m_error(new QLabel(this))
{
    m_table->setObjectName(QStringLiteral("tagTable"));
    m_add->setObjectName(QStringLiteral("addTagButton"));
    m_remove->setObjectName(QStringLiteral("removeTagButton"));
    m_paste->setObjectName(QStringLiteral("pasteTagsButton"));
    m_count->setObjectName(QStringLiteral("tagCountLabel"));
    m_error->setObjectName(QStringLiteral("tagsError"));
    m_error->setWordWrap(true);
    m_error->setTextFormat(Qt::PlainText); // may show the provider's message about the tags
    uistyle::setTone(m_error, uistyle::Tone::Error);
    m_error->hide();

    m_table->setHorizontalHeaderLabels({tr("Key"), tr("Value"), tr("Problem")});
    m_table->horizontalHeader()->setSectionResizeMode(KeyColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(ValueColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(ProblemColumn, QHeaderView::Stretch);
    m_table->verticalHeader()->setVisible(false);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setMinimumHeight(110);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addWidget(m_paste);
    buttons->addStretch();
    buttons->addWidget(m_count);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table);
    layout->addLayout(buttons);
    layout->addWidget(m_error);

    connect(m_add, &QPushButton::clicked, this, [this] {
        addRow();
        m_table->setFocus(Qt::OtherFocusReason); // the editor below takes the keyboard, not the button
        m_table->setCurrentCell(m_table->rowCount() - 1, KeyColumn);
        m_table->editItem(m_table->item(m_table->rowCount() - 1, KeyColumn));
    });
    connect(m_remove, &QPushButton::clicked, this, &TagEditor::removeSelected);
    connect(m_paste, &QPushButton::clicked, this, &TagEditor::pasteClipboard);
    connect(m_table, &QTableWidget::itemChanged, this, [this](QTableWidgetItem *item) {
        if (m_updating || item->column() == ProblemColumn)
            return;
        m_listError.clear();
        updateControls();
        Q_EMIT changed();
    });
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &TagEditor::updateControls);
    updateControls();
}

TagEditor::~TagEditor() = default;

QList<Tag> TagEditor::tags() const
{
    QList<Tag> out;
    for (int r = 0; r < m_table->rowCount(); ++r) {
        if (isBlank(r))
            continue;
        out.append({m_table->item(r, KeyColumn)->text(), m_table->item(r, ValueColumn)->text()});
    }
    return out;
}

void TagEditor::setTags(const QList<Tag> &tags)
{
    m_updating = true;
    m_table->setRowCount(0);
    m_updating = false;
    for (const Tag &t : tags.mid(0, maxTags))
        addRow(t.key, t.value);
    updateControls();
    Q_EMIT changed();
}

void TagEditor::addRow(const QString &key, const QString &value)
{
    if (m_table->rowCount() >= maxTags)
        return;
    m_updating = true;
    const int r = m_table->rowCount();
    m_table->insertRow(r);
    m_table->setItem(r, KeyColumn, new QTableWidgetItem(key));
    m_table->setItem(r, ValueColumn, new QTableWidgetItem(value));
    auto *problem = new QTableWidgetItem;
    problem->setFlags(Qt::ItemIsEnabled);
    problem->setForeground(uistyle::errorColor());
    m_table->setItem(r, ProblemColumn, problem);
    m_updating = false;
    updateControls();
    Q_EMIT changed();
}

int TagEditor::pasteText(const QString &text)
{
    int added = 0;
    int skipped = 0;
    int keysOnly = 0;
    for (const QString &raw : text.split(QLatin1Char('\n'))) {
        const QString line = raw.trimmed();
        if (line.isEmpty())
            continue;
        if (m_table->rowCount() >= maxTags) {
            ++skipped;
            continue;
        }
        qsizetype sep = line.indexOf(QLatin1Char('='));
        if (sep < 0)
            sep = line.indexOf(QLatin1Char('\t'));
        if (sep < 0) {
            addRow(line, {});
            ++keysOnly;
        } else
            addRow(line.left(sep).trimmed(), line.mid(sep + 1).trimmed());
        ++added;
    }
    // Say what happened to lines that were not key=value, so nothing changes unnoticed.
    QStringList notes;
    if (keysOnly == 1)
        notes << tr("1 line had no “=”: it became a key with an empty value.");
    else if (keysOnly > 1)
        notes << tr("%1 lines had no “=”: each became a key with an empty value.").arg(keysOnly);
    if (skipped > 0)
        notes << tr("Not added: %1 more lines (a flow log takes at most %2 tags).").arg(skipped).arg(maxTags);
    if (!notes.isEmpty())
        setListError(notes.join(QLatin1Char(' ')));
    return added;
}

void TagEditor::setViolations(const QList<Violation> &violations)
{
    // Map tags() indexes back to table rows, skipping blank rows.
    QList<int> rowOfTag;
    for (int r = 0; r < m_table->rowCount(); ++r) {
        if (!isBlank(r))
            rowOfTag << r;
    }
    QStringList perRow(m_table->rowCount());
    m_validationListError.clear();
    for (const Violation &v : violations) {
        if (v.field != fields::Tags)
            continue;
        if (v.tagIndex >= 0 && v.tagIndex < rowOfTag.size()) {
            QString &slot = perRow[rowOfTag.at(v.tagIndex)];
            if (slot.isEmpty())
                slot = v.message;
        } else if (m_validationListError.isEmpty()) {
            m_validationListError = v.message;
        }
    }
    m_updating = true;
    for (int r = 0; r < m_table->rowCount(); ++r) {
        QTableWidgetItem *problem = m_table->item(r, ProblemColumn);
        problem->setText(perRow.at(r));
        problem->setToolTip(perRow.at(r));
    }
    m_updating = false;
    updateControls();
}

void TagEditor::setListError(const QString &message)
{
    m_listError = message;
    updateControls();
}

int TagEditor::rowCount() const
{
    return m_table->rowCount();
}

QString TagEditor::rowError(int row) const
{
    const QTableWidgetItem *item = m_table->item(row, ProblemColumn);
    return item ? item->text() : QString();
}

void TagEditor::removeSelected()
{
    QList<int> rows;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows())
        rows << index.row();
    if (rows.isEmpty() && m_table->currentRow() >= 0)
        rows << m_table->currentRow();
    std::sort(rows.begin(), rows.end(), std::greater<>());
    m_updating = true;
    for (int r : std::as_const(rows))
        m_table->removeRow(r);
    m_updating = false;
    m_listError.clear();
    updateControls();
    Q_EMIT changed();
}

void TagEditor::pasteClipboard()
{
    if (const QClipboard *clipboard = QApplication::clipboard())
        pasteText(clipboard->text());
}

void TagEditor::updateControls()
{
    const int n = m_table->rowCount();
    m_add->setEnabled(n < maxTags);
    m_paste->setEnabled(n < maxTags);
    m_remove->setEnabled(n > 0);
    m_count->setText(tr("%1 of %2 tags").arg(n).arg(maxTags));
    const QString message = !m_listError.isEmpty() ? m_listError : m_validationListError;
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

bool TagEditor::isBlank(int row) const
{
    const QTableWidgetItem *key = m_table->item(row, KeyColumn);
    const QTableWidgetItem *value = m_table->item(row, ValueColumn);
    return (!key || key->text().isEmpty()) && (!value || value->text().isEmpty());
}

QString TagEditor::message() const
{
    if (!m_error->isHidden())
        return m_error->text();
    for (int r = 0; r < rowCount(); ++r) {
        if (const QString error = rowError(r); !error.isEmpty())
            return error;
    }
    return {};
}

} // namespace flowlog
