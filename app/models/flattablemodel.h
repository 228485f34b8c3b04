#pragma once

#include <QAbstractTableModel>

namespace flowlog {

// What the flat table models (FlowLogTableModel, SourceStatusModel) would each repeat, written once: a list of rows
// without children in a fixed number of columns. A model says how many rows it holds; its columns' titles are its
// own table, one per column (static_assert against its Column enum's ColumnCount).
class FlatTableModel : public QAbstractTableModel
{
public:
    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const final { return parent.isValid() ? 0 : rows(); }
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const final
    {
        return parent.isValid() ? 0 : m_columnCount;
    }

protected:
    FlatTableModel(int columnCount, QObject *parent)
        : QAbstractTableModel(parent)
        , m_columnCount(columnCount)
    {}

    [[nodiscard]] virtual int rows() const = 0;

private:
    const int m_columnCount;
};

} // namespace flowlog
