#include "settings.h"

#include <QSettings>

#include <algorithm>
#include <array>

namespace flowlog {

namespace {

struct Spec
{
    Settings::Key key;
    const char *name;
    QMetaType type;
    QVariant defaultValue;
    int minimum = 0;
    int maximum = 0;
};

// The one table: name, type, default and bounds of every key, in Key order.
const std::array<Spec, Settings::KeyCount> &specs()
{
    using K = Settings::Key;
    const InventorySettings inventory; // the sweep's defaults live beside the sweep
    static const std::array<Spec, Settings::KeyCount> table = {{
        {K::Language, "ui/language", QMetaType::fromType<QString>(), QString()},
        {K::MaxConcurrent, "browse/maxConcurrent", QMetaType::fromType<int>(), inventory.maxConcurrent, 1, 512},
        {K::MaxPerProfile, "browse/maxPerProfile", QMetaType::fromType<int>(), inventory.maxPerProfile, 1, 64},
        {K::RequestTimeoutSeconds, "network/requestTimeoutSeconds", QMetaType::fromType<int>(),
         inventory.retry.requestTimeoutMs / 1000, 1, 600},
        {K::WindowGeometry, "mainWindow/geometry", QMetaType::fromType<QByteArray>(), QByteArray()},
        {K::WindowState, "mainWindow/state", QMetaType::fromType<QByteArray>(), QByteArray()},
        {K::SplitterState, "mainWindow/splitter", QMetaType::fromType<QByteArray>(), QByteArray()},
        {K::TableHeaderState, "mainWindow/tableHeader", QMetaType::fromType<QByteArray>(), QByteArray()},
        {K::ShowSources, "mainWindow/showSources", QMetaType::fromType<bool>(), true},
        {K::ShowDetails, "mainWindow/showDetails", QMetaType::fromType<bool>(), true},
    }};
    return table;
}

const Spec &spec(Settings::Key key)
{
    const Spec &s = specs()[static_cast<std::size_t>(key)];
    Q_ASSERT_X(s.key == key, "Settings", "the table is not in Key order");
    return s;
}

// value as the key's type, clamped; the default when it cannot be converted.
QVariant normalized(const Spec &s, QVariant value)
{
    if (!value.isValid() || !value.convert(s.type))
        return s.defaultValue;
    if (s.type == QMetaType::fromType<int>() && s.maximum > s.minimum)
        return std::clamp(value.toInt(), s.minimum, s.maximum);
    return value;
}

} // namespace

Settings::Settings(QSettings *store)
    : m_store(store)
{
    Q_ASSERT(store);
}

QVariant Settings::defaultValue(Key key)
{
    return spec(key).defaultValue;
}

QString Settings::storageName(Key key)
{
    return QLatin1String(spec(key).name);
}

QMetaType Settings::type(Key key)
{
    return spec(key).type;
}

std::pair<int, int> Settings::bounds(Key key)
{
    const Spec &s = spec(key);
    return {s.minimum, s.maximum};
}

QVariant Settings::get(Key key) const
{
    const Spec &s = spec(key);
    return normalized(s, m_store->value(QLatin1String(s.name)));
}

void Settings::set(Key key, const QVariant &value)
{
    const Spec &s = spec(key);
    m_store->setValue(QLatin1String(s.name), normalized(s, value));
}

void Settings::reset(Key key)
{
    m_store->remove(QLatin1String(spec(key).name));
}

bool Settings::isSet(Key key) const
{
    return m_store->contains(QLatin1String(spec(key).name));
}

InventorySettings Settings::inventory() const
{
    InventorySettings s;
    s.maxConcurrent = intValue(Key::MaxConcurrent);
    s.maxPerProfile = intValue(Key::MaxPerProfile);
    s.retry.requestTimeoutMs = intValue(Key::RequestTimeoutSeconds) * 1000;
    return s;
}

void Settings::setInventory(const InventorySettings &inventory)
{
    set(Key::MaxConcurrent, inventory.maxConcurrent);
    set(Key::MaxPerProfile, inventory.maxPerProfile);
    set(Key::RequestTimeoutSeconds, inventory.retry.requestTimeoutMs / 1000);
}

void Settings::copyFrom(const Settings &from)
{
    for (const Spec &s : specs()) {
        if (from.isSet(s.key))
            set(s.key, from.get(s.key));
    }
}

void Settings::sync()
{
    m_store->sync();
}

} // namespace flowlog
