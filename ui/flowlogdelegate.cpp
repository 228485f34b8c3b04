#include "flowlogdelegate.h"

#include "flowlogtablemodel.h"

#include <QApplication>
#include <QStyle>

namespace flowlog {

void FlowLogDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    switch (index.column()) {
    case FlowLogTableModel::Status:
        if (index.data(FlowLogTableModel::ProblemRole).toBool()) {
            if (m_warning.isNull())
                m_warning = QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
            option->icon = m_warning;
            option->features |= QStyleOptionViewItem::HasDecoration;
            option->decorationSize = QSize(14, 14);
        }
        break;
    case FlowLogTableModel::Id:
    case FlowLogTableModel::Resource:
    case FlowLogTableModel::Storage:
        option->textElideMode = Qt::ElideMiddle;
        break;
    default:
        break;
    }
}

} // namespace flowlog
