#pragma once

#include "flowlog.h"

#include <QByteArray>
#include <QList>
#include <QStringList>

namespace flowlog::cli {

[[nodiscard]] QByteArray formatTable(const QList<FlowLog> &rows);

// A plain text table with a header row; columns sized to their widest cell (display width, CJK counts 2).
[[nodiscard]] QByteArray textTable(const QStringList &header, const QList<QStringList> &rows);

} // namespace flowlog::cli
