#pragma once

#include "inventory.h"

#include <QByteArray>
#include <QString>
#include <QVariant>

class QSettings;

namespace flowlog {

// Every setting of the console: one Key each, its QSettings name, type, default and bounds in one table
// (settings.cpp). Reads and writes the QSettings it is handed (the user's, or a sandbox session's temporary file),
// never a global one; holds no secret. Values read back are converted to the key's type and clamped, so a
// hand-edited file cannot stall a sweep or open hundreds of sockets.
// Lives in models, not core: it fills InventorySettings (models) and RetryPolicy (net), and stays free of QtGui so
// flowlog-cli can read the same settings.
class Settings final
{
    Q_DISABLE_COPY_MOVE(Settings)

public:
    enum class Key
    {
        Language,              // QString: "" = the system's, else a locale name ("en", "zh_CN")
        MaxConcurrent,         // int: HTTP requests in flight at once, all profiles
        MaxPerProfile,         // int: HTTP requests in flight at once per profile
        RequestTimeoutSeconds, // int: per request attempt
        WindowGeometry,        // QByteArray: QWidget::saveGeometry()
        WindowState,           // QByteArray: QMainWindow::saveState()
        SplitterState,         // QByteArray: the sources / table / details splitter
        TableHeaderState,      // QByteArray: widths, order, hidden columns and sort of the flow-log table
        ShowSources,           // bool
        ShowDetails,           // bool
    };
    static constexpr int KeyCount = 10;

    // store is not owned and must outlive this object.
    explicit Settings(QSettings *store);

    // The stored value converted to the key's type and clamped; the default when absent or unreadable.
    [[nodiscard]] QVariant get(Key key) const;
    // Stores value converted to the key's type and clamped (an unconvertible value stores the default).
    void set(Key key, const QVariant &value);
    void reset(Key key);
    [[nodiscard]] bool isSet(Key key) const;

    [[nodiscard]] int intValue(Key key) const { return get(key).toInt(); }
    [[nodiscard]] bool boolValue(Key key) const { return get(key).toBool(); }
    [[nodiscard]] QString stringValue(Key key) const { return get(key).toString(); }
    [[nodiscard]] QByteArray bytesValue(Key key) const { return get(key).toByteArray(); }

    [[nodiscard]] static QVariant defaultValue(Key key);
    // The QSettings name ("browse/maxConcurrent"); kept stable across versions.
    [[nodiscard]] static QString storageName(Key key);
    // The type get() returns.
    [[nodiscard]] static QMetaType type(Key key);
    // [minimum, maximum] of an int key; {0, 0} for other types.
    [[nodiscard]] static std::pair<int, int> bounds(Key key);

    // The sweep's limits and timeout.
    [[nodiscard]] InventorySettings inventory() const;
    void setInventory(const InventorySettings &inventory);

    // Copies every key set in from into this store: a sandbox session starts with the user's language and layout
    // and then writes only its own file.
    void copyFrom(const Settings &from);
    // Writes pending changes to disk now.
    void sync();

private:
    QSettings *m_store;
};

} // namespace flowlog
