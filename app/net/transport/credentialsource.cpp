#include "credentialsource.h"

#include <QMetaObject>
#include <QPointer>

namespace flowlog {

namespace {

class FixedCredentialSource final : public CredentialSource
{
public:
    explicit FixedCredentialSource(Credentials credentials)
        : m_credentials(std::move(credentials))
    {}
    [[nodiscard]] Credentials current() const override { return m_credentials; }

private:
    const Credentials m_credentials;
};

} // namespace

CredentialSource::~CredentialSource() = default;

void CredentialSource::renew(const QString &, QObject *context, RenewDone done)
{
    // Nothing to renew: say so later, as promised, never inside the call.
    QMetaObject::invokeMethod(
        context,
        [done = std::move(done)] {
            ApiError e;
            e.kind = ApiError::Kind::Credentials;
            e.message = ApiErrors::tr("These credentials cannot be renewed.");
            done(e);
        },
        Qt::QueuedConnection);
}

CredentialRef::CredentialRef()
    : CredentialRef(Credentials{})
{}

CredentialRef::CredentialRef(const Credentials &fixed)
    : m_source(std::make_shared<FixedCredentialSource>(fixed))
{}

CredentialRef::CredentialRef(std::shared_ptr<CredentialSource> source)
    : m_source(std::move(source))
{
    Q_ASSERT(m_source);
}

CredentialRenewer renewerOf(const CredentialRef &credentials)
{
    if (!credentials.isRenewable())
        return {};
    return [credentials](const QString &refusedKeyId, QObject *context, CredentialSource::RenewDone done) {
        credentials.renew(refusedKeyId, context, std::move(done));
    };
}

} // namespace flowlog
