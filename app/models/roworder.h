#pragma once

#include "flowlog.h"

#include <functional>
#include <string>
#include <vector>

namespace flowlog {

class FlowLogTableModel;

// Every row of a FlowLogTableModel in sort order, for FlowLogFilterProxy. Sorting builds one byte-comparable key
// per row (case-folded text, account and flow log names in natural order, numbers as big-endian bytes, then a rank
// of the tie key) and radix-sorts them; a few
// new rows are merged in by binary search on the same keys.
class RowOrder final
{
public:
    // table is not owned.
    void setTable(const FlowLogTableModel *table);
    // -1: the table's order.
    void setSort(int column, Qt::SortOrder order);
    [[nodiscard]] int column() const { return m_column; }
    [[nodiscard]] Qt::SortOrder order() const { return m_order; }

    // Table rows in order; the proxy renumbers and erases them in place as the table changes.
    [[nodiscard]] std::vector<int> &rows() { return m_rows; }
    [[nodiscard]] const std::vector<int> &rows() const { return m_rows; }

    void resetToSourceOrder(int rowCount);
    void sortAll();
    // Whether row a comes before row b in the order sortAll() produces.
    [[nodiscard]] bool less(int a, int b) const;
    // Merges rows (not in rows() yet) into the order.
    void insert(std::vector<int> rows);
    // Rows were added, removed or changed: the cached tie ranks are stale.
    void invalidateTies() { m_tieRankValid = false; }

private:
    [[nodiscard]] const std::vector<quint32> &tieRanks();

    const FlowLogTableModel *m_table = nullptr;
    int m_column = -1;
    Qt::SortOrder m_order = Qt::AscendingOrder;
    std::vector<int> m_rows;
    std::vector<quint32> m_tieRank; // table row -> rank under (account, service, region, name, id, row)
    bool m_tieRankValid = false;
};

// Appends the bytes that order a row by a column: comparing two rows' keys with memcmp orders them by the
// column's raw value (text case-insensitively, dates as dates, intervals and sampling as numbers).
void appendSortKey(std::string &out, const FlowLog &f, int column);
// The order of rows that tie on the sort column: account, service, region, name, id.
void appendTieKey(std::string &out, const FlowLog &f);
// 4 big-endian bytes: a row number or rank that makes keys unique.
void appendRowNumber(std::string &out, quint32 value);
// The indexes 0..n-1 in ascending order of their keys (key(i, out) appends key i; keys must be unique).
[[nodiscard]] std::vector<quint32> sortByKeys(quint32 n, std::size_t bytesPerKey,
                                              const std::function<void(quint32, std::string &)> &key);

} // namespace flowlog
