// ProfileWriter: a profile and its secret change together. When the settings write fails after the keychain
// write, the keychain is put back (a new secret removed, a replaced one restored, a removed one written back); a
// new STS token typed without the secret is stored with the stored secret.
#include "memorycredentialstore.h"
#include "profilewriter.h"
#include "tempprofilestore.h"

#include <QTest>

using namespace flowlog;

namespace {

Profile profile(const QString &name, Profile::Kind kind = Profile::Kind::AccessKey)
{
    Profile p;
    p.id = Profile::newId();
    p.name = name;
    p.kind = kind;
    p.accessKeyId = QStringLiteral("LTAI5tWriter");
    return p;
}

} // namespace

class TestProfileWriter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void addStoresSecretAndProfile();
    void addTakesTheSecretBackWhenTheSettingsCannotBeWritten();
    void updateRestoresThePreviousSecretWhenTheSettingsCannotBeWritten();
    void removeWritesTheSecretBackWhenTheSettingsCannotBeWritten();
    void aNewStsTokenAloneIsStoredWithTheStoredSecret();
    void aNewStsTokenAloneWithoutAStoredSecretIsRefused();

private:
    ApiError run(const std::function<void(ProfileWriter::Done)> &call);
    SecretResult read(const QString &id);

    std::unique_ptr<test::TempProfileStore> m_store;
    ProfileStore *m_profiles = nullptr;
    std::unique_ptr<MemoryCredentialStore> m_credentials;
    std::unique_ptr<ProfileWriter> m_writer;
};

void TestProfileWriter::init()
{
    m_store = std::make_unique<test::TempProfileStore>();
    m_profiles = m_store->profiles();
    m_credentials = std::make_unique<MemoryCredentialStore>();
    m_writer = std::make_unique<ProfileWriter>(m_profiles, m_credentials.get());
}

void TestProfileWriter::cleanup()
{
    m_writer.reset();
    m_credentials.reset();
    m_store.reset();
}

ApiError TestProfileWriter::run(const std::function<void(ProfileWriter::Done)> &call)
{
    ApiError result;
    bool done = false;
    call([&](const ApiError &e) {
        result = e;
        done = true;
    });
    if (!QTest::qWaitFor([&] { return done; }, 5000))
        result.kind = ApiError::Kind::Timeout;
    return result;
}

SecretResult TestProfileWriter::read(const QString &id)
{
    SecretResult result;
    bool done = false;
    m_credentials->readSecret(id, this, [&](const SecretResult &r) {
        result = r;
        done = true;
    });
    (void)QTest::qWaitFor([&] { return done; }, 5000);
    return result;
}

void TestProfileWriter::addStoresSecretAndProfile()
{
    const Profile p = profile(QStringLiteral("new"));
    const ApiError e = run([&](auto done) { m_writer->add(p, QStringLiteral("s1"), {}, done); });
    QVERIFY2(!e.isError(), qPrintable(e.toDisplayString()));
    QVERIFY(m_profiles->findById(p.id));
    QCOMPARE(read(p.id).secret, QStringLiteral("s1"));
}

void TestProfileWriter::addTakesTheSecretBackWhenTheSettingsCannotBeWritten()
{
    QVERIFY(m_store->block());
    const Profile p = profile(QStringLiteral("new"));
    const ApiError e = run([&](auto done) { m_writer->add(p, QStringLiteral("s1"), {}, done); });
    QVERIFY(e.isError());
    QVERIFY2(e.message.contains(QLatin1String("flowlog")), qPrintable(e.toDisplayString())); // says where
    QVERIFY(!m_profiles->findById(p.id));
    QVERIFY(!m_credentials->contains(p.id)); // no orphaned secret
}

void TestProfileWriter::updateRestoresThePreviousSecretWhenTheSettingsCannotBeWritten()
{
    Profile p = profile(QStringLiteral("old-name"));
    QVERIFY(!run([&](auto done) { m_writer->add(p, QStringLiteral("old-secret"), {}, done); }).isError());
    QVERIFY(m_store->block());
    p.name = QStringLiteral("new-name");
    const ApiError e = run([&](auto done) { m_writer->update(p, QStringLiteral("new-secret"), {}, done); });
    QVERIFY(e.isError());
    QCOMPARE(read(p.id).secret, QStringLiteral("old-secret"));
    QVERIFY(m_store->unblock());
    QVERIFY(m_profiles->findById(p.id));
    QCOMPARE(m_profiles->findById(p.id)->name, QStringLiteral("old-name"));
}

void TestProfileWriter::removeWritesTheSecretBackWhenTheSettingsCannotBeWritten()
{
    const Profile p = profile(QStringLiteral("kept"), Profile::Kind::StsToken);
    QVERIFY(
        !run([&](auto done) { m_writer->add(p, QStringLiteral("secret"), QStringLiteral("token"), done); }).isError());
    QVERIFY(m_store->block());
    const ApiError e = run([&](auto done) { m_writer->remove(p.id, done); });
    QVERIFY(e.isError());
    QVERIFY(m_store->unblock());
    QVERIFY(m_profiles->findById(p.id));
    const SecretResult back = read(p.id);
    QCOMPARE(back.secret, QStringLiteral("secret"));
    QCOMPARE(back.securityToken, QStringLiteral("token"));
}

void TestProfileWriter::aNewStsTokenAloneIsStoredWithTheStoredSecret()
{
    const Profile p = profile(QStringLiteral("sts"), Profile::Kind::StsToken);
    QVERIFY(!run([&](auto done) {
                 m_writer->add(p, QStringLiteral("secret"), QStringLiteral("token-1"), done);
             }).isError());
    const ApiError e = run([&](auto done) { m_writer->update(p, {}, QStringLiteral("token-2"), done); });
    QVERIFY2(!e.isError(), qPrintable(e.toDisplayString()));
    const SecretResult now = read(p.id);
    QCOMPARE(now.secret, QStringLiteral("secret"));
    QCOMPARE(now.securityToken, QStringLiteral("token-2"));
}

void TestProfileWriter::aNewStsTokenAloneWithoutAStoredSecretIsRefused()
{
    const Profile p = profile(QStringLiteral("sts"), Profile::Kind::StsToken);
    QVERIFY(m_profiles->add(p)); // a profile whose keychain entry is gone
    const ApiError e = run([&](auto done) { m_writer->update(p, {}, QStringLiteral("token-2"), done); });
    QVERIFY(e.isError());
    QVERIFY(!m_credentials->contains(p.id));
}

QTEST_GUILESS_MAIN(TestProfileWriter)
#include "tst_profilewriter.moc"
