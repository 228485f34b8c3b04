#pragma once

#include <QByteArray>
#include <QIODevice>

#include <algorithm>
#include <cstring>
#include <utility>

namespace flowlog {

// The body of a sendOnce request (RetryPolicy::sendOnce): read once, never rewound. Qt sends a request again by
// itself when the connection closes after it was written and before any answer (QHttpNetworkConnectionChannel:
// resendCurrentRequest() while reconnectAttempts lasts, whatever the method), and it has no switch for that
// (DoNotBufferUploadDataAttribute does not stop it in Qt 6.4). Before it sends again it rewinds the upload data
// (resetUploadData(): the device's reset()); a device that refuses makes the reply end with ContentReSendError
// instead of a second copy. Random access (not sequential), so Qt neither buffers it nor needs a Content-Length
// from us: the wire bytes are those of a QByteArray body, an empty body included (Content-Length: 0).
class OneShotBody final : public QIODevice
{
public:
    OneShotBody(QByteArray data, QObject *parent)
        : QIODevice(parent)
        , m_data(std::move(data))
    {
        open(QIODevice::ReadOnly);
    }

    [[nodiscard]] qint64 size() const override { return m_data.size(); }
    bool reset() override { return false; }
    bool seek(qint64 to) override { return to >= pos() && QIODevice::seek(to); } // forward only

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        const qint64 n = std::min<qint64>(maxSize, static_cast<qint64>(m_data.size()) - pos());
        if (n > 0)
            std::memcpy(data, m_data.constData() + pos(), static_cast<size_t>(n));
        return std::max<qint64>(n, 0);
    }
    qint64 writeData(const char * /*data*/, qint64 /*size*/) override { return -1; }

private:
    QByteArray m_data;
};

} // namespace flowlog
