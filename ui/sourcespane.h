#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QTimer;
class QToolButton;

namespace flowlog {

class SourcesView;

// The left pane: a search field and "Failed only" over the sources tree, expand / collapse all, and the selected
// node's details (its provider error in full, readable without a tooltip). Filtering hides tree rows, so it costs
// the sweep nothing while no filter is set.
class SourcesPane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SourcesPane)

public:
    explicit SourcesPane(QWidget *parent = nullptr);
    ~SourcesPane() override;

    [[nodiscard]] SourcesView *view() const { return m_view; }
    // What the details line shows now (for tests).
    [[nodiscard]] QString detailsText() const;

private:
    void applyFilter();
    void showDetails();

    QLineEdit *m_search;
    QToolButton *m_failedOnly;
    QToolButton *m_expandAll;
    QToolButton *m_collapseAll;
    SourcesView *m_view;
    QLabel *m_details;
    QTimer *m_filterTimer;
};

} // namespace flowlog
