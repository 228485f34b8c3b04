#include "searchtexts.h"

#include <algorithm>
#include <cstring>

namespace flowlog {

namespace {

constexpr std::size_t kBlockBytes = std::size_t(1) << 20;
constexpr std::size_t kMinWasteToCompact = std::size_t(4) << 20;

} // namespace

const char *SearchTexts::store(QByteArrayView text)
{
    const auto n = static_cast<std::size_t>(text.size());
    if (n == 0)
        return nullptr;
    if (m_blocks.empty() || m_blocks.back().capacity - m_blocks.back().used < n) {
        Block block;
        block.capacity = std::max(kBlockBytes, n);
        block.bytes = std::make_unique_for_overwrite<char[]>(block.capacity);
        m_allocated += block.capacity;
        m_blocks.push_back(std::move(block));
    }
    Block &block = m_blocks.back();
    char *at = block.bytes.get() + block.used;
    std::memcpy(at, text.data(), n);
    block.used += n;
    return at;
}

void SearchTexts::append(QByteArrayView text)
{
    m_refs.push_back(Ref{store(text), static_cast<quint32>(text.size())});
    m_live += static_cast<std::size_t>(text.size());
}

void SearchTexts::replace(int row, QByteArrayView text)
{
    Ref &r = m_refs[static_cast<std::size_t>(row)];
    m_live -= r.size;
    if (text.size() <= static_cast<qsizetype>(r.size)) {
        // Fits where the old text was (the usual refresh: the same row, the same or a shorter text); the blocks
        // are ours, so writing through the stored pointer is fine.
        if (!text.isEmpty())
            std::memmove(const_cast<char *>(r.data), text.data(), static_cast<std::size_t>(text.size()));
        r.size = static_cast<quint32>(text.size());
    } else {
        r = Ref{store(text), static_cast<quint32>(text.size())};
    }
    m_live += static_cast<std::size_t>(text.size());
    compactIfWasteful();
}

void SearchTexts::remove(int first, int count)
{
    const auto begin = m_refs.begin() + first;
    for (auto it = begin; it != begin + count; ++it)
        m_live -= it->size;
    m_refs.erase(begin, begin + count);
    compactIfWasteful();
}

void SearchTexts::clear()
{
    m_refs.clear();
    m_blocks.clear();
    m_live = 0;
    m_allocated = 0;
}

void SearchTexts::compactIfWasteful()
{
    const std::size_t waste = m_allocated - m_live;
    if (waste < kMinWasteToCompact || waste < m_live)
        return;
    const std::vector<Block> old = std::move(m_blocks); // alive until every text is copied
    m_blocks.clear();
    m_allocated = 0;
    for (Ref &r : m_refs)
        r.data = store(QByteArrayView(r.data, static_cast<qsizetype>(r.size)));
}

} // namespace flowlog
