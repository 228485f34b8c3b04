#include "shortcutshelp.h"

#include <QCoreApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QTableWidget>
#include <QVBoxLayout>

namespace flowlog {

namespace {
struct ShortcutsHelp
{
    Q_DECLARE_TR_FUNCTIONS(ShortcutsHelp)
};
} // namespace

QList<ShortcutHelp> consoleShortcuts()
{
    return {
        {ShortcutsHelp::tr("F5"), ShortcutsHelp::tr("Refresh every enabled account")},
        {ShortcutsHelp::tr("Esc"), ShortcutsHelp::tr("Stop the running refresh")},
        {ShortcutsHelp::tr("Ctrl+F"), ShortcutsHelp::tr("Go to the filter box")},
        {ShortcutsHelp::tr("Esc (in the filter box)"),
         ShortcutsHelp::tr("Clear the filter; a second Esc stops a running refresh")},
        {ShortcutsHelp::tr("Ctrl+E"), ShortcutsHelp::tr("Export the rows shown (also from the filter box)")},
        {ShortcutsHelp::tr("Ctrl+N"), ShortcutsHelp::tr("New flow log")},
        {ShortcutsHelp::tr("Ctrl+Shift+C"),
         ShortcutsHelp::tr("Coverage: which networks no flow log watches, and which flow logs watch nothing")},
        {ShortcutsHelp::tr("Shift+F10, Menu key"), ShortcutsHelp::tr("Open the menu of the current row")},
        {ShortcutsHelp::tr("Ctrl+click, Shift+click"),
         ShortcutsHelp::tr("Select several flow logs, of any accounts and services")},
        {ShortcutsHelp::tr("Del"), ShortcutsHelp::tr("Delete the selected flow logs (after a preview)")},
        {ShortcutsHelp::tr("Space (in a facet menu)"),
         ShortcutsHelp::tr("Tick or untick a value; the menu stays open")},
        {ShortcutsHelp::tr("Tab, Shift+Tab"),
         ShortcutsHelp::tr("Move between the sources, the filter, the table and the details")},
        {ShortcutsHelp::tr("Alt+letter"), ShortcutsHelp::tr("Open a menu (File, Flow Log, View, Tools, Help)")},
        {ShortcutsHelp::tr("Ctrl+Q"), ShortcutsHelp::tr("Quit")},
    };
}

void showShortcutsHelp(QWidget *parent)
{
    auto *dialog = new QDialog(parent);
    dialog->setObjectName(QStringLiteral("shortcutsHelp"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(ShortcutsHelp::tr("Keyboard Shortcuts"));
    const QList<ShortcutHelp> keys = consoleShortcuts();
    auto *table = new QTableWidget(static_cast<int>(keys.size()), 2, dialog);
    table->setHorizontalHeaderLabels({ShortcutsHelp::tr("Keys"), ShortcutsHelp::tr("Action")});
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setShowGrid(false);
    for (int i = 0; i < keys.size(); ++i) {
        table->setItem(i, 0, new QTableWidgetItem(keys.at(i).keys));
        table->setItem(i, 1, new QTableWidgetItem(keys.at(i).action));
    }
    table->resizeColumnsToContents();
    table->horizontalHeader()->setStretchLastSection(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(dialog);
    layout->addWidget(table);
    layout->addWidget(buttons);
    // Every line visible without scrolling.
    const int height = table->horizontalHeader()->height() + table->verticalHeader()->length() + 8;
    table->setMinimumSize(table->horizontalHeader()->length() + 24, height);
    dialog->open();
}

} // namespace flowlog
