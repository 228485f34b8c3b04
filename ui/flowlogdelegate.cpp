#include "flowlogdelegate.h"

#include "flowlogtablemodel.h"
#include "uistyle.h"

#include <QApplication>
#include <QFontDatabase>
#include <QStyle>

namespace flowlog {

FlowLogDelegate::FlowLogDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
    , m_fixed(QFontDatabase::systemFont(QFontDatabase::FixedFont))
{
    m_fixed.setStyleStrategy(QFont::PreferNoShaping);
}

void FlowLogDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    // Ids, names and regions need no complex shaping; text that does (Brahmic scripts, Arabic) still gets it.
    // Shaping was most of a repaint, and the table repaints as rows stream in (issue 19 goal 5).
    option->font.setStyleStrategy(QFont::PreferNoShaping);
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
        option->font = m_fixed;
        option->textElideMode = Qt::ElideMiddle;
        break;
    case FlowLogTableModel::Storage:
        option->textElideMode = Qt::ElideMiddle;
        break;
    default:
        break;
    }
    const bool stale = index.data(FlowLogTableModel::StaleRole).toBool();
    if (stale)
        option->font.setItalic(true);
    // A problem stays red even on a stale row: it is what the user must see.
    if (index.column() == FlowLogTableModel::Status && index.data(FlowLogTableModel::ProblemRole).toBool())
        option->palette.setColor(QPalette::Text, uistyle::errorColor());
    else if (stale)
        option->palette.setColor(QPalette::Text, uistyle::mutedColor());
}

} // namespace flowlog
