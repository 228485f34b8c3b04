#include "huawei/operations.h"

namespace flowlog::sandbox::huawei {

namespace {

// Every service the sandbox serves; each file owns its routes. The real hosts differ (iam., er.<region>.,
// organizations.myhuaweicloud.com); the paths alone tell them apart.
const Routes *const services[] = {&er::routes, &iam::routes, &organizations::routes};

bool matches(QLatin1StringView pattern, QStringView path, QHash<QString, QString> &values)
{
    if (path.endsWith(QLatin1Char('/')) && path.size() > 1)
        path.chop(1);
    const auto want = QLatin1StringView(pattern).tokenize(QLatin1Char('/'));
    const auto have = path.tokenize(QLatin1Char('/'));
    auto w = want.begin();
    auto h = have.begin();
    QHash<QString, QString> found;
    for (; w != want.end() && h != have.end(); ++w, ++h) {
        const QLatin1StringView segment = *w;
        if (segment.startsWith(QLatin1Char('{')) && segment.endsWith(QLatin1Char('}'))) {
            if ((*h).isEmpty())
                return false;
            found.insert(QString(segment.sliced(1, segment.size() - 2)), (*h).toString());
        } else if (segment != *h) {
            return false;
        }
    }
    if (w != want.end() || h != have.end())
        return false;
    values = std::move(found);
    return true;
}

} // namespace

const Route *findRoute(QByteArrayView method, QStringView path, QHash<QString, QString> &pathValues)
{
    for (const Routes *routes : services) {
        for (const Route &route : *routes) {
            if (route.method == QLatin1StringView(method) && matches(route.pattern, path, pathValues))
                return &route;
        }
    }
    return nullptr;
}

bool isApiPath(QStringView path)
{
    for (const Routes *routes : services) {
        for (const Route &route : *routes) {
            const qsizetype second = route.pattern.indexOf(QLatin1Char('/'), 1);
            if (path.startsWith(route.pattern.first(second + 1)))
                return true;
        }
    }
    return false;
}

} // namespace flowlog::sandbox::huawei
