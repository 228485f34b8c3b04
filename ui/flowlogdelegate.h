#pragma once

#include <QIcon>
#include <QStyledItemDelegate>

namespace flowlog {

// Table cells: a warning icon on rows with delivery problems (Status column), IDs elided in the middle so
// both ends of an ID stay readable.
class FlowLogDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FlowLogDelegate)

public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;

private:
    mutable QIcon m_warning; // made on first use, from the widget's style
};

} // namespace flowlog
