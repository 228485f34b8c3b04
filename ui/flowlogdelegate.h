#pragma once

#include <QFont>
#include <QIcon>
#include <QStyledItemDelegate>

namespace flowlog {

// How table cells look (the model only says what a row is): a warning icon and the error colour on rows with
// delivery problems (Status column), IDs and resources in the fixed font, elided in the middle so both ends stay
// readable, and rows not refreshed yet (from the cache) in italics and muted.
class FlowLogDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FlowLogDelegate)

public:
    explicit FlowLogDelegate(QObject *parent = nullptr);

    // Public (protected in the base) so a test can read how a cell is drawn.
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;

private:
    mutable QIcon m_warning; // made on first use, from the widget's style
    QFont m_fixed;
};

} // namespace flowlog
