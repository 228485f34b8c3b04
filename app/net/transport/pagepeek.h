#pragma once

#include <QByteArray>
#include <QByteArrayView>

namespace flowlog {

// The paging facts of a list page read in one pass, without building a document (~0.2 us a row), so the list
// engine can queue a page's follow-ups (fanned-out pages, the next token page) when the answer arrives, before it
// hands the request's slot on and before the full parse (issue 19: "four rounds where three suffice"). The full
// parse stays the authority: the engine withdraws or fails what the parse does not confirm.
struct PagePeek
{
    bool ok = false;        // a whole JSON object whose paging members, where present, were read
    qint64 totalCount = -1; // TotalCount / total_count (top level or Huawei's page_info); -1 when absent
    int pageNumber = 0;     // PageNumber; 0 when absent
    int rows = -1;          // entries of the page's one list (see peekPage); -1 when unknown
    QByteArray nextToken;   // NextToken / page_info.next_marker; empty when absent, null or empty
};

enum class PeekFormat
{
    None,   // the protocol has no peek: follow-ups wait for the full parse
    Aliyun, // {"TotalCount","PageNumber","NextToken", LIST: [...] | {"Item":[...]}}
    Huawei, // {LIST: [...], "page_info":{"next_marker","current_count"}, "total_count"?}
};

// The rows are those of the one top-level member holding an array (or an object holding only one array, Alibaba's
// {"FlowLog":[...]}); with none or more than one such member they are unknown. ok is false for anything that is
// not a whole JSON object, where a paging member has an unexpected type, or a token with escape sequences.
[[nodiscard]] PagePeek peekPage(QByteArrayView body, PeekFormat format);

} // namespace flowlog
