#include "facetbar.h"

#include "stayopenmenu.h"

#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QTimer>
#include <QToolButton>

#include <map>

namespace flowlog {

FacetBar::FacetBar(QWidget *parent)
    : QWidget(parent)
    , m_quickFilter(new QLineEdit(this))
    , m_problemsOnly(new QToolButton(this))
    , m_clear(new QToolButton(this))
    , m_quickFilterTimer(new QTimer(this))
{
    m_quickFilter->setObjectName(QStringLiteral("quickFilter"));
    m_quickFilter->setPlaceholderText(tr("Filter: name, ID, resource, storage, tag… (Ctrl+F)"));
    m_quickFilter->setClearButtonEnabled(true);
    m_quickFilter->installEventFilter(this);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(m_quickFilter);
    using Facet = FlowLogFilterProxy::Facet;
    const std::pair<const char *, Facet> facets[] = {
        {"facetAccount", Facet::Account}, {"facetCloud", Facet::Cloud},   {"facetService", Facet::Service},
        {"facetRegion", Facet::Region},   {"facetStatus", Facet::Status},
    };
    for (const auto &[name, facet] : facets) {
        auto *button = new QToolButton(this);
        button->setObjectName(QLatin1String(name));
        button->setPopupMode(QToolButton::InstantPopup);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        auto *menu = new StayOpenMenu(button);
        button->setMenu(menu);
        connect(menu, &QMenu::aboutToShow, this, [this, button, f = facet] { showFacetMenu(button, f); });
        layout->addWidget(button);
        m_facets.append({button, facet});
    }
    m_problemsOnly->setObjectName(QStringLiteral("problemsOnly"));
    m_problemsOnly->setText(tr("Problems only"));
    m_problemsOnly->setToolTip(tr("Show only flow logs whose delivery failed, that failed, or that are inactive"));
    m_problemsOnly->setCheckable(true);
    m_clear->setObjectName(QStringLiteral("clearFilters"));
    m_clear->setText(tr("Clear"));
    m_clear->setToolTip(tr("Clear the filter and every facet"));
    layout->addWidget(m_problemsOnly);
    layout->addWidget(m_clear);

    m_quickFilterTimer->setSingleShot(true);
    m_quickFilterTimer->setInterval(quickFilterPauseMs);
    const auto applyQuickFilter = [this] {
        m_quickFilterTimer->stop();
        if (m_proxy)
            m_proxy->setQuickFilter(m_quickFilter->text());
    };
    connect(m_quickFilterTimer, &QTimer::timeout, this, applyQuickFilter);
    connect(m_quickFilter, &QLineEdit::returnPressed, this, applyQuickFilter);
    connect(m_quickFilter, &QLineEdit::textChanged, this, [this, applyQuickFilter] {
        if (m_table && m_table->rowCount() > m_immediateFilterRows)
            m_quickFilterTimer->start();
        else
            applyQuickFilter();
    });
    connect(m_clear, &QToolButton::clicked, this, &FacetBar::clearAll);
    updateButtons();
}

FacetBar::~FacetBar() = default;

void FacetBar::setModels(const FlowLogTableModel *table, FlowLogFilterProxy *proxy)
{
    m_table = table;
    m_proxy = proxy;
    connect(m_problemsOnly, &QToolButton::toggled, proxy, &FlowLogFilterProxy::setProblemsOnly);
    connect(proxy, &FlowLogFilterProxy::filterChanged, this, &FacetBar::updateButtons);
    updateButtons();
}

void FacetBar::focusQuickFilter()
{
    m_quickFilter->setFocus(Qt::ShortcutFocusReason);
    m_quickFilter->selectAll();
}

void FacetBar::setQuickFilterText(const QString &text)
{
    m_quickFilter->setText(text);
}

void FacetBar::clearAll()
{
    m_quickFilter->clear();
    m_problemsOnly->setChecked(false);
    if (m_proxy)
        m_proxy->clearFilters();
    Q_EMIT cleared();
}

QString FacetBar::title(FlowLogFilterProxy::Facet facet)
{
    switch (facet) {
    case FlowLogFilterProxy::Facet::Account:
        return tr("Account");
    case FlowLogFilterProxy::Facet::Cloud:
        return tr("Cloud");
    case FlowLogFilterProxy::Facet::Service:
        return tr("Service");
    case FlowLogFilterProxy::Facet::Region:
        return tr("Region");
    case FlowLogFilterProxy::Facet::Status:
        return tr("Status");
    }
    return {};
}

void FacetBar::showFacetMenu(QToolButton *button, FlowLogFilterProxy::Facet facet)
{
    QMenu *menu = button->menu();
    menu->clear();
    if (!m_table || !m_proxy)
        return;
    std::map<QString, int> counts;
    for (int i = 0; i < m_table->rowCount(); ++i)
        ++counts[facetValue(m_table->at(i), facet)];
    const QSet<QString> current = m_proxy->facet(facet);
    QAction *any = menu->addAction(tr("Any"));
    any->setCheckable(true);
    any->setChecked(current.isEmpty());
    menu->addSeparator();
    QList<QAction *> values;
    const QLocale locale;
    for (const auto &entry : counts) {
        const QString value = entry.first; // a named copy: clang 14 cannot capture a structured binding
        QAction *action =
            menu->addAction(QStringLiteral("%1\t%2").arg(valueLabel(facet, value), locale.toString(entry.second)));
        action->setCheckable(true);
        action->setChecked(current.contains(value));
        StayOpenMenu::setStaysOpen(action); // several values are ticked in one visit
        values.append(action);
        connect(action, &QAction::toggled, this, [this, facet, value, any](bool on) {
            QSet<QString> chosen = m_proxy->facet(facet);
            if (on)
                chosen.insert(value);
            else
                chosen.remove(value);
            m_proxy->setFacet(facet, chosen);
            any->setChecked(chosen.isEmpty());
        });
    }
    connect(any, &QAction::triggered, this, [this, facet, values] {
        m_proxy->setFacet(facet, {});
        for (QAction *a : values) {
            const QSignalBlocker quiet(a);
            a->setChecked(false);
        }
    });
}

QString FacetBar::valueLabel(FlowLogFilterProxy::Facet facet, const QString &value)
{
    // The names the table shows (ECR, ER, Alibaba Cloud), never the keys the filter matches.
    switch (facet) {
    case FlowLogFilterProxy::Facet::Cloud:
        if (const auto p = providerFromKey(value))
            return providerDisplayName(*p);
        break;
    case FlowLogFilterProxy::Facet::Service:
        if (const auto s = serviceFromKey(value))
            return serviceDisplayName(*s);
        break;
    case FlowLogFilterProxy::Facet::Account:
    case FlowLogFilterProxy::Facet::Region:
    case FlowLogFilterProxy::Facet::Status:
        break;
    }
    return value.isEmpty() ? tr("(none)") : value;
}

bool FacetBar::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != m_quickFilter || (event->type() != QEvent::ShortcutOverride && event->type() != QEvent::KeyPress))
        return QWidget::eventFilter(watched, event);
    const auto *key = static_cast<QKeyEvent *>(event);
    // Esc in the filter box clears it when there is something to clear; otherwise it is the window's (Stop).
    if (key->key() == Qt::Key_Escape && key->modifiers() == Qt::NoModifier && !m_quickFilter->text().isEmpty()) {
        if (event->type() == QEvent::ShortcutOverride)
            event->accept();
        else
            m_quickFilter->clear();
        return true;
    }
    // The line edit would take Ctrl+E (end of line, emacs style): the window's Export gets it instead.
    if (event->type() == QEvent::ShortcutOverride &&
        key->keyCombination() == QKeyCombination(Qt::ControlModifier, Qt::Key_E)) {
        event->ignore();
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

void FacetBar::updateButtons()
{
    for (const auto &[button, facet] : std::as_const(m_facets)) {
        const QString name = title(facet);
        const QSet<QString> values = m_proxy ? m_proxy->facet(facet) : QSet<QString>{};
        QFont font = button->font();
        font.setBold(!values.isEmpty());
        button->setFont(font);
        if (values.isEmpty())
            button->setText(name);
        else if (values.size() == 1)
            button->setText(tr("%1: %2").arg(name, valueLabel(facet, *values.cbegin())));
        else
            button->setText(tr("%1: %n selected", nullptr, static_cast<int>(values.size())).arg(name));
    }
    m_clear->setEnabled(m_proxy && m_proxy->hasFilter());
}

} // namespace flowlog
