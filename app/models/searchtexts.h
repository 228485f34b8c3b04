#pragma once

#include <QByteArrayView>

#include <memory>
#include <vector>

namespace flowlog {

// The quick filter's text of every table row, packed into large blocks: one allocation per MiB instead of one
// QByteArray (with its header and malloc overhead, ~50 bytes) per row, and texts laid out in row order, which
// is the order the filter reads them. Replaced and removed texts leave garbage behind until it outweighs the
// live text, then everything is copied into fresh blocks at once.
class SearchTexts
{
public:
    SearchTexts() = default;
    Q_DISABLE_COPY_MOVE(SearchTexts)

    [[nodiscard]] QByteArrayView at(int row) const
    {
        const Ref &r = m_refs[static_cast<std::size_t>(row)];
        return {r.data, static_cast<qsizetype>(r.size)};
    }
    [[nodiscard]] int size() const { return static_cast<int>(m_refs.size()); }

    void append(QByteArrayView text);
    void replace(int row, QByteArrayView text);
    void remove(int first, int count);
    void clear();

    // Bytes held in blocks (live text plus garbage).
    [[nodiscard]] std::size_t allocatedBytes() const { return m_allocated; }
    [[nodiscard]] std::size_t liveBytes() const { return m_live; }

private:
    struct Ref
    {
        const char *data;
        quint32 size;
    };
    struct Block
    {
        std::unique_ptr<char[]> bytes;
        std::size_t capacity = 0;
        std::size_t used = 0;
    };

    [[nodiscard]] const char *store(QByteArrayView text);
    void compactIfWasteful();

    std::vector<Ref> m_refs;
    std::vector<Block> m_blocks;
    std::size_t m_live = 0;      // bytes referenced by rows
    std::size_t m_allocated = 0; // bytes of all blocks
};

} // namespace flowlog
