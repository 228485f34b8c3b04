// KeychainCredentialStore against the real Secret Service (gnome-keyring on the private D-Bus session the test
// command starts). Every run uses its own service name and removes what it stored.
#include "keychaincredentialstore.h"

#include <QDirIterator>
#include <QProcess>
#include <QStandardPaths>
#include <QTest>
#include <QUuid>

using namespace flowlog;

class TestKeychainStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void writeThenReadRoundTripsSecretAndToken();
    void entryIsInTheSecretServiceAndInNoFile();
    void overwriteReplacesTheSecret();
    void removeDeletesTheEntry();
    void removingWhatIsNotThereSucceeds();
    void readOfMissingEntrySaysWhatToDo();
    void doneIsNeverCalledInsideTheCall();
    void doneIsDroppedWhenTheContextDies();

private:
    ApiError write(const QString &id, const QString &secret, const QString &token = {});
    SecretResult read(const QString &id);
    ApiError remove(const QString &id);
    QByteArray secretToolLookup(const QString &id, int *exitCode);

    QString m_service;
    std::unique_ptr<KeychainCredentialStore> m_store;
    QStringList m_ids;
};

void TestKeychainStore::initTestCase()
{
    m_service = QStringLiteral("flowlog-test-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    m_store = std::make_unique<KeychainCredentialStore>(m_service);
    // Fail early, with the reason, when the test runs without a Secret Service.
    const QString probe = QStringLiteral("probe");
    m_ids << probe;
    const ApiError e = write(probe, QStringLiteral("probe-secret"));
    QVERIFY2(!e.isError(), qPrintable(QStringLiteral("run under dbus-run-session with an unlocked gnome-keyring: ") +
                                      e.toDisplayString()));
}

void TestKeychainStore::cleanupTestCase()
{
    for (const QString &id : std::as_const(m_ids))
        (void)remove(id);
}

ApiError TestKeychainStore::write(const QString &id, const QString &secret, const QString &token)
{
    if (!m_ids.contains(id))
        m_ids << id;
    ApiError result;
    bool done = false;
    m_store->writeSecret(id, secret, token, this, [&](const ApiError &e) {
        result = e;
        done = true;
    });
    if (!QTest::qWaitFor([&] { return done; }, 20000)) {
        result.kind = ApiError::Kind::Timeout;
        result.message = QStringLiteral("keychain write timed out");
    }
    return result;
}

SecretResult TestKeychainStore::read(const QString &id)
{
    SecretResult result;
    bool done = false;
    m_store->readSecret(id, this, [&](const SecretResult &r) {
        result = r;
        done = true;
    });
    if (!QTest::qWaitFor([&] { return done; }, 20000))
        result.error.kind = ApiError::Kind::Timeout;
    return result;
}

ApiError TestKeychainStore::remove(const QString &id)
{
    ApiError result;
    bool done = false;
    m_store->removeSecret(id, this, [&](const ApiError &e) {
        result = e;
        done = true;
    });
    if (!QTest::qWaitFor([&] { return done; }, 20000))
        result.kind = ApiError::Kind::Timeout;
    return result;
}

QByteArray TestKeychainStore::secretToolLookup(const QString &id, int *exitCode)
{
    QProcess p;
    p.start(QStringLiteral("secret-tool"), {QStringLiteral("lookup"), QStringLiteral("server"), m_service,
                                            QStringLiteral("user"), m_store->keyFor(id)});
    p.waitForFinished(20000);
    *exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    return p.readAllStandardOutput();
}

void TestKeychainStore::writeThenReadRoundTripsSecretAndToken()
{
    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    QVERIFY(!write(id, QStringLiteral("sek/ret+=ü"), QStringLiteral("sts-token")).isError());
    const SecretResult r = read(id);
    QVERIFY2(!r.error.isError(), qPrintable(r.error.toDisplayString()));
    QCOMPARE(r.secret, QStringLiteral("sek/ret+=ü"));
    QCOMPARE(r.securityToken, QStringLiteral("sts-token"));
}

void TestKeychainStore::entryIsInTheSecretServiceAndInNoFile()
{
    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QByteArray secret = "file-check-" + QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
    QVERIFY(!write(id, QString::fromLatin1(secret)).isError());
    int code = -1;
    const QByteArray stored = secretToolLookup(id, &code);
    QCOMPARE(code, 0);
    QVERIFY(stored.contains(secret));
    // The key is scoped by app and profile id.
    QCOMPARE(m_store->keyFor(id), m_service + QLatin1Char(':') + id + QStringLiteral(":secret"));
    // Nothing under the test's home (config, data, cache) holds it.
    for (const auto location : {QStandardPaths::HomeLocation, QStandardPaths::GenericConfigLocation,
                                QStandardPaths::GenericDataLocation, QStandardPaths::GenericCacheLocation}) {
        QDirIterator it(QStandardPaths::writableLocation(location), QDir::Files | QDir::Hidden,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile f(it.next());
            if (f.open(QIODevice::ReadOnly))
                QVERIFY2(!f.readAll().contains(secret), qPrintable(f.fileName()));
        }
    }
}

void TestKeychainStore::overwriteReplacesTheSecret()
{
    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    QVERIFY(!write(id, QStringLiteral("first"), QStringLiteral("tok")).isError());
    QVERIFY(!write(id, QStringLiteral("second")).isError());
    const SecretResult r = read(id);
    QCOMPARE(r.secret, QStringLiteral("second"));
    QVERIFY(r.securityToken.isEmpty());
}

void TestKeychainStore::removeDeletesTheEntry()
{
    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    QVERIFY(!write(id, QStringLiteral("to-remove")).isError());
    QVERIFY(!remove(id).isError());
    int code = -1;
    QVERIFY(secretToolLookup(id, &code).isEmpty());
    QVERIFY(code != 0);
    const SecretResult r = read(id);
    QCOMPARE(r.error.kind, ApiError::Kind::Credentials);
    QCOMPARE(r.error.code, QStringLiteral("EntryNotFound"));
}

void TestKeychainStore::removingWhatIsNotThereSucceeds()
{
    QVERIFY(!remove(QUuid::createUuid().toString(QUuid::WithoutBraces)).isError());
}

void TestKeychainStore::readOfMissingEntrySaysWhatToDo()
{
    const SecretResult r = read(QUuid::createUuid().toString(QUuid::WithoutBraces));
    QVERIFY(r.error.isError());
    QVERIFY(!r.error.hint.isEmpty());
    QVERIFY(r.secret.isEmpty());
}

void TestKeychainStore::doneIsNeverCalledInsideTheCall()
{
    bool called = false;
    m_store->readSecret(QStringLiteral("probe"), this, [&](const SecretResult &) { called = true; });
    QVERIFY(!called);
    QTRY_VERIFY_WITH_TIMEOUT(called, 20000);
}

void TestKeychainStore::doneIsDroppedWhenTheContextDies()
{
    bool called = false;
    auto context = std::make_unique<QObject>();
    m_store->readSecret(QStringLiteral("probe"), context.get(), [&](const SecretResult &) { called = true; });
    context.reset();
    // A later read on a live context completes, proving the dropped one had its turn too (jobs run in order).
    const SecretResult r = read(QStringLiteral("probe"));
    QVERIFY(!r.error.isError());
    QVERIFY(!called);
}

QTEST_GUILESS_MAIN(TestKeychainStore)
#include "tst_keychainstore.moc"
