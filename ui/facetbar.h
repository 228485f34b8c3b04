#pragma once

#include "flowlogfilterproxy.h"

#include <QWidget>

class QLineEdit;
class QTimer;
class QToolButton;

namespace flowlog {

// The filter bar above the table: the quick filter, one menu button per facet (values with their row counts),
// Problems only and Clear. Drives a FlowLogFilterProxy and shows what it filters by.
class FacetBar final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FacetBar)

public:
    explicit FacetBar(QWidget *parent = nullptr);
    ~FacetBar() override;

    // Neither is owned; the table gives the facet menus their values and counts.
    void setModels(const FlowLogTableModel *table, FlowLogFilterProxy *proxy);

    // Up to this many rows the quick filter follows every keystroke; above, it waits for a pause in typing (or
    // Return), so typing a word into a million rows filters once, not once per letter.
    void setImmediateFilterRows(int rows) { m_immediateFilterRows = rows; }
    static constexpr int quickFilterPauseMs = 250;

    void focusQuickFilter();
    void setQuickFilterText(const QString &text);
    // Clears the quick filter, Problems only and every facet.
    void clearAll();

Q_SIGNALS:
    // Every filter was cleared (the sources tree drops its selection too).
    void cleared();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    // What the table shows for a facet's value (a display name for keys such as "ecr").
    [[nodiscard]] static QString valueLabel(FlowLogFilterProxy::Facet facet, const QString &value);
    void showFacetMenu(QToolButton *button, FlowLogFilterProxy::Facet facet);
    void updateButtons();
    [[nodiscard]] static QString title(FlowLogFilterProxy::Facet facet);

    QLineEdit *m_quickFilter;
    QList<std::pair<QToolButton *, FlowLogFilterProxy::Facet>> m_facets;
    QToolButton *m_problemsOnly;
    QToolButton *m_clear;
    QTimer *m_quickFilterTimer;
    int m_immediateFilterRows = 200000;
    const FlowLogTableModel *m_table = nullptr;
    FlowLogFilterProxy *m_proxy = nullptr;
};

} // namespace flowlog
