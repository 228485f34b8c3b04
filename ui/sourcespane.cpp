#include "sourcespane.h"

#include "sourcesview.h"
#include "sourcetreemodel.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace flowlog {

SourcesPane::SourcesPane(QWidget *parent)
    : QWidget(parent)
    , m_search(new QLineEdit(this))
    , m_failedOnly(new QToolButton(this))
    , m_expandAll(new QToolButton(this))
    , m_collapseAll(new QToolButton(this))
    , m_view(new SourcesView(this))
    , m_details(new QLabel(this))
    , m_filterTimer(new QTimer(this))
{
    m_search->setObjectName(QStringLiteral("sourcesSearch"));
    m_search->setPlaceholderText(tr("Search sources"));
    m_search->setToolTip(tr("Show the accounts, services, regions and errors that contain this text"));
    m_search->setClearButtonEnabled(true);
    m_failedOnly->setObjectName(QStringLiteral("failedOnly"));
    m_failedOnly->setText(tr("Failed"));
    m_failedOnly->setToolTip(tr("Show only the sources that failed, and their accounts"));
    m_failedOnly->setCheckable(true);
    m_expandAll->setObjectName(QStringLiteral("expandAll"));
    m_expandAll->setText(tr("+"));
    m_expandAll->setToolTip(tr("Expand all"));
    m_collapseAll->setObjectName(QStringLiteral("collapseAll"));
    m_collapseAll->setText(tr("−"));
    m_collapseAll->setToolTip(tr("Collapse all (to accounts)"));
    m_view->setObjectName(QStringLiteral("sourcesTree"));
    m_details->setObjectName(QStringLiteral("sourceDetails"));
    m_details->setWordWrap(true);
    m_details->setTextFormat(Qt::PlainText); // provider messages
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_details->setMinimumHeight(fontMetrics().lineSpacing() * 3);
    m_details->setAlignment(Qt::AlignLeft | Qt::AlignTop);

    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(0, 0, 0, 0);
    bar->setSpacing(2);
    bar->addWidget(m_search, 1);
    bar->addWidget(m_failedOnly);
    bar->addWidget(m_expandAll);
    bar->addWidget(m_collapseAll);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addLayout(bar);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_details);

    // Typing into 150 accounts filters once per pause, not per letter.
    m_filterTimer->setSingleShot(true);
    m_filterTimer->setInterval(150);
    connect(m_filterTimer, &QTimer::timeout, this, &SourcesPane::applyFilter);
    connect(m_search, &QLineEdit::textChanged, m_filterTimer, qOverload<>(&QTimer::start));
    connect(m_search, &QLineEdit::returnPressed, this, &SourcesPane::applyFilter);
    connect(m_failedOnly, &QToolButton::toggled, this, &SourcesPane::applyFilter);
    connect(m_expandAll, &QToolButton::clicked, m_view, &QTreeView::expandAll);
    connect(m_collapseAll, &QToolButton::clicked, m_view, &QTreeView::collapseAll);
    connect(m_view, &SourcesView::currentNodeChanged, this, &SourcesPane::showDetails);
    showDetails();
}

SourcesPane::~SourcesPane() = default;

void SourcesPane::applyFilter()
{
    m_filterTimer->stop();
    m_view->setNodeFilter(m_search->text().trimmed(), m_failedOnly->isChecked());
}

QString SourcesPane::detailsText() const
{
    return m_details->text();
}

void SourcesPane::showDetails()
{
    using Tree = SourceTreeModel;
    const QModelIndex node = m_view->currentIndex().siblingAtColumn(Tree::NameColumn);
    if (!node.isValid()) {
        m_details->setText(tr("Select a source to see its state and error here."));
        return;
    }
    // The path from the account down, then counts, then the provider's error in full.
    QStringList path;
    for (QModelIndex i = node; i.isValid(); i = i.parent()) {
        if (static_cast<Tree::Kind>(i.data(Tree::KindRole).toInt()) != Tree::Kind::Error)
            path.prepend(i.data().toString());
    }
    const QLocale locale;
    QString text = path.join(QStringLiteral(" › ")) + QLatin1Char('\n') +
                   tr("%1 flow logs, %2 sources, %3 failed")
                       .arg(locale.toString(node.data(Tree::RowsRole).toInt()),
                            locale.toString(node.data(Tree::SourceCountRole).toInt()),
                            locale.toString(node.data(Tree::FailedCountRole).toInt()));
    const QString error = node.data(Tree::ErrorRole).toString();
    if (!error.isEmpty())
        text += QLatin1Char('\n') + error;
    m_details->setText(text);
}

} // namespace flowlog
