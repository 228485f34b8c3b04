#include "idpicker.h"

#include <QAbstractItemView>
#include <QAction>
#include <QComboBox>
#include <QCompleter>
#include <QLineEdit>
#include <QStandardItemModel>
#include <QStyle>

namespace flowlog {

namespace {

constexpr int idRole = Qt::UserRole + 1;     // the id put into the edit
constexpr int searchRole = Qt::UserRole + 2; // what typing matches: the id and the name

// Matches the search text, inserts the id.
class IdCompleter final : public QCompleter
{
public:
    using QCompleter::QCompleter;

    QString pathFromIndex(const QModelIndex &index) const override { return index.data(idRole).toString(); }
};

} // namespace

QString choiceText(const Resource &row)
{
    QString text = row.id;
    if (!row.name.isEmpty() && row.name != row.id)
        text += QStringLiteral(" — ") + row.name;
    if (!row.status.isEmpty())
        text += QStringLiteral(" (%1)").arg(row.status);
    return text;
}

IdPicker::IdPicker(QLineEdit *edit)
    : QObject(edit)
    , m_edit(edit)
    , m_model(new QStandardItemModel(this))
    , m_completer(new IdCompleter(m_model, this))
{
    m_completer->setCompletionRole(searchRole);
    m_completer->setFilterMode(Qt::MatchContains);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setCompletionMode(QCompleter::PopupCompletion);
    m_completer->setMaxVisibleItems(12);
    m_completer->popup()->setObjectName(edit->objectName() + QStringLiteral("Choices"));
    edit->setCompleter(m_completer);
    // The theme's "go-down" where there is one; Fusion's own arrow (SP_ArrowDown draws nothing at this size there).
    const QIcon icon = QIcon::fromTheme(QStringLiteral("go-down"), // notr
                                        edit->style()->standardIcon(QStyle::SP_TitleBarUnshadeButton));
    QAction *all = edit->addAction(icon, QLineEdit::TrailingPosition);
    all->setObjectName(edit->objectName() + QStringLiteral("ShowChoices"));
    all->setToolTip(tr("List the account's ids (Alt+Down)"));
    all->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Down));
    all->setShortcutContext(Qt::WidgetShortcut); // the action is the edit's: its shortcut works in it
    connect(all, &QAction::triggered, this, &IdPicker::showAll);
}

IdPicker::~IdPicker() = default;

void IdPicker::setChoices(const QList<Resource> &rows)
{
    m_model->clear();
    for (const Resource &row : rows) {
        if (row.id.isEmpty())
            continue;
        auto *item = new QStandardItem(choiceText(row));
        item->setData(row.id, idRole);
        item->setData(QStringLiteral("%1 %2").arg(row.id, row.name), searchRole);
        item->setToolTip(choiceText(row));
        m_model->appendRow(item);
    }
    m_model->sort(0);
}

int IdPicker::count() const
{
    return m_model->rowCount();
}

void IdPicker::showAll()
{
    if (m_model->rowCount() == 0)
        return;
    m_edit->setFocus();
    m_completer->setCompletionPrefix(QString());
    m_completer->complete();
}

void offerIds(QComboBox *combo, const QStringList &typed, const QList<Resource> &rows)
{
    const QString current = combo->currentText();
    const bool hadText = !current.isEmpty();
    const QSignalBlocker block(combo);
    combo->clear();
    QStringList seen;
    for (const QString &id : typed) {
        if (!id.isEmpty() && !seen.contains(id)) {
            combo->addItem(id);
            seen << id;
        }
    }
    for (const Resource &row : rows) {
        if (row.id.isEmpty() || seen.contains(row.id))
            continue;
        combo->addItem(row.id);
        combo->setItemData(combo->count() - 1, choiceText(row), Qt::ToolTipRole);
        seen << row.id;
    }
    if (hadText)
        combo->setEditText(current);
    else
        combo->setCurrentIndex(combo->count() > 0 ? 0 : -1);
}

} // namespace flowlog
