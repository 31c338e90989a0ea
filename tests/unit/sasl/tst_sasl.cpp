// SASL: SCRAM-SHA-1/-256 against the RFC test vectors, -PLUS with tls-server-end-point
// against vectors computed by Python (data/gen-scram-vectors.py), the refusals that protect
// the client, SASLprep, PLAIN, and mechanism selection with downgrade protection.
#include "xmpp/SaslChannelBinding.h"
#include "xmpp/SaslPlainMechanism.h"
#include "xmpp/SaslPrep.h"
#include "xmpp/SaslSelector.h"
#include "xmpp/ScramMechanism.h"

#include <QFile>
#include <QHash>
#include <QTest>

using namespace teahouse;
using namespace teahouse::xmpp;
using Hash = ScramMechanism::Hash;
using Mode = SaslChannelBinding::Mode;

namespace {

QString dataPath(const QString &name)
{
    return QStringLiteral(TEAHOUSE_SOURCE_DIR "/tests/unit/sasl/data/") + name;
}

QByteArray readData(const QString &name)
{
    QFile f(dataPath(name));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing test data %s", qPrintable(name));
    return f.readAll();
}

// "name.N message" lines of data/scram-vectors.txt.
QHash<QString, QByteArray> loadPythonVectors()
{
    QHash<QString, QByteArray> out;
    for (const QByteArray &line : readData(QStringLiteral("scram-vectors.txt")).split('\n')) {
        const qsizetype space = line.indexOf(' ');
        if (space > 0)
            out.insert(QString::fromUtf8(line.first(space)), line.sliced(space + 1));
    }
    return out;
}

SaslCredentials creds(const QString &user, const QString &password)
{
    return SaslCredentials{user, password, {}};
}

} // namespace

class TestSasl : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // RFC 5802 §5.
    void rfc5802ScramSha1()
    {
        ScramMechanism scram(Hash::Sha1, creds("user", "pencil"));
        scram.setClientNonce("fyko+d2lbbFgONRv9qkxdawL");
        QCOMPARE(scram.name(), "SCRAM-SHA-1");
        QVERIFY(!scram.requiresTls());
        auto first = scram.initialResponse();
        QVERIFY(first.ok());
        QCOMPARE(first.value(), QByteArray("n,,n=user,r=fyko+d2lbbFgONRv9qkxdawL"));
        auto final =
            scram.respond("r=fyko+d2lbbFgONRv9qkxdawL3rfcNHYJY1ZVvWVs7j,s=QSXCR+Q6sek8bf92,i=4096");
        QVERIFY2(final.ok(), final.ok() ? "" : qPrintable(final.error().message));
        QCOMPARE(final.value(), QByteArray("c=biws,r=fyko+d2lbbFgONRv9qkxdawL3rfcNHYJY1ZVvWVs7j,"
                                           "p=v0X8v3Bz2T0CJGbJQyF0X+HI4Ts="));
        QVERIFY(scram.verifySuccess("v=rmF9pqV8S7suAoZWja4dJRkFsKQ=").ok());
    }

    // RFC 7677 §3.
    void rfc7677ScramSha256()
    {
        ScramMechanism scram(Hash::Sha256, creds("user", "pencil"));
        scram.setClientNonce("rOprNGfwEbeRWgbNEkqO");
        QCOMPARE(scram.name(), "SCRAM-SHA-256");
        QCOMPARE(scram.initialResponse().value(), QByteArray("n,,n=user,r=rOprNGfwEbeRWgbNEkqO"));
        auto final = scram.respond("r=rOprNGfwEbeRWgbNEkqO%hvYDpWUa2RaTCAfuxFIlj)hNlF$k0,"
                                   "s=W22ZaJ0SNY7soEsUEjb6gQ==,i=4096");
        QVERIFY(final.ok());
        QCOMPARE(final.value(),
                 QByteArray("c=biws,r=rOprNGfwEbeRWgbNEkqO%hvYDpWUa2RaTCAfuxFIlj)hNlF$k0,"
                            "p=dHzbZapWIk4jUhN+Ute9ytag9zjfMHgsqmmiz7AndVQ="));
        // Server-final as a challenge (answered with an empty response), then an empty success.
        auto empty = scram.respond("v=6rriTRBi23WpRR/wtup+mMhUZUn/dB5nLTJRsjl95G4=");
        QVERIFY(empty.ok());
        QCOMPARE(empty.value(), QByteArray());
        QVERIFY(scram.verifySuccess({}).ok());
    }

    void pythonVectors_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("hash");
        QTest::addColumn<int>("mode");
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("password");
        QTest::addColumn<QString>("mechanism");
        QTest::newRow("sha256-plus")
            << "sha256-plus-endpoint" << int(Hash::Sha256) << int(Mode::Used) << "juliet"
            << "r0m30myr0m30"
            << "SCRAM-SHA-256-PLUS";
        QTest::newRow("sha1-plus")
            << "sha1-plus-endpoint" << int(Hash::Sha1) << int(Mode::Used) << "juliet"
            << "r0m30myr0m30"
            << "SCRAM-SHA-1-PLUS";
        QTest::newRow("y-flag") << "sha256-y-flag" << int(Hash::Sha256)
                                << int(Mode::SupportedButNotUsed) << "juliet"
                                << "r0m30myr0m30"
                                << "SCRAM-SHA-256";
        QTest::newRow("saslprep") << "sha256-saslprep" << int(Hash::Sha256)
                                  << int(Mode::NotSupported) << "li=lei,x"
                                  << QString::fromUtf8("密码\u00a0１２３") << "SCRAM-SHA-256";
    }

    // Channel binding end to end: the tls-server-end-point data of a real certificate, from
    // tlsServerEndPointData(), goes into c= exactly as Python computed it.
    void pythonVectors()
    {
        QFETCH(QString, name);
        QFETCH(int, hash);
        QFETCH(int, mode);
        QFETCH(QString, user);
        QFETCH(QString, password);
        QFETCH(QString, mechanism);
        const auto v = loadPythonVectors();
        QVERIFY(v.contains(name + ".3"));
        SaslChannelBinding binding;
        binding.mode = Mode(mode);
        if (binding.mode == Mode::Used) {
            auto data = tlsServerEndPointData(readData(QStringLiteral("rsa-sha256.der")));
            QVERIFY(data.ok());
            binding = SaslChannelBinding::use(kTlsServerEndPoint, data.value());
        }
        ScramMechanism scram(Hash(hash), creds(user, password), binding);
        scram.setClientNonce("clientNONCEabc123");
        QCOMPARE(scram.name(), mechanism);
        QCOMPARE(scram.initialResponse().value(), v[name + ".0"]);
        auto final = scram.respond(v[name + ".1"]);
        QVERIFY2(final.ok(), final.ok() ? "" : qPrintable(final.error().message));
        QCOMPARE(final.value(), v[name + ".2"]);
        QVERIFY(scram.verifySuccess(v[name + ".3"]).ok());
    }

    void tlsServerEndPoint_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QByteArray>("expectedHex");
        // data/expected.txt, from `openssl dgst` (data/make-certs.sh).
        for (const QByteArray &line : readData(QStringLiteral("expected.txt")).split('\n')) {
            const QList<QByteArray> f = line.split(' ');
            if (f.size() == 3)
                QTest::newRow(f[0].constData())
                    << QString::fromUtf8(f[0]) << (f[2] == "-" ? QByteArray() : f[2]);
        }
    }

    void tlsServerEndPoint()
    {
        QFETCH(QString, file);
        QFETCH(QByteArray, expectedHex);
        auto data = tlsServerEndPointData(readData(file));
        if (expectedHex.isEmpty()) {
            QVERIFY(!data.ok()); // Ed25519: no single signature hash, binding undefined
            return;
        }
        QVERIFY(data.ok());
        QCOMPARE(data.value().toHex(), expectedHex);
    }

    void tlsServerEndPointRejectsGarbage()
    {
        QVERIFY(!tlsServerEndPointData("not a certificate").ok());
        QVERIFY(!tlsServerEndPointData({}).ok());
    }

    void gs2Headers()
    {
        QCOMPARE(SaslChannelBinding::none().gs2Header(), QByteArray("n,,"));
        QCOMPARE(SaslChannelBinding::supportedButNotUsed().gs2Header(), QByteArray("y,,"));
        QCOMPARE(SaslChannelBinding::use(kTlsExporter, "x").gs2Header(),
                 QByteArray("p=tls-exporter,,"));
        QCOMPARE(SaslChannelBinding::none().gs2Header("admin=2Cx"), QByteArray("n,a=admin=2Cx,"));
    }

    void tlsExporterBindingIsPassedThrough()
    {
        const QByteArray exporter(kTlsExporterLength, '\x42');
        ScramMechanism scram(Hash::Sha256, creds("user", "pencil"),
                             SaslChannelBinding::use(kTlsExporter, exporter));
        scram.setClientNonce("abc");
        QCOMPARE(scram.initialResponse().value(), QByteArray("p=tls-exporter,,n=user,r=abc"));
        auto final = scram.respond("r=abcdef,s=QSXCR+Q6sek8bf92,i=4096");
        QVERIFY(final.ok());
        QVERIFY(final.value().startsWith("c=" + ("p=tls-exporter,," + exporter).toBase64() +
                                         ",r=abcdef,p="));
    }

    void authzidIsEscaped()
    {
        ScramMechanism scram(Hash::Sha256, SaslCredentials{"user", "pencil", "a,b=c"});
        scram.setClientNonce("abc");
        QCOMPARE(scram.initialResponse().value(), QByteArray("n,a=a=2Cb=3Dc,n=user,r=abc"));
    }

    void randomNonces()
    {
        ScramMechanism a(Hash::Sha256, creds("user", "pencil"));
        ScramMechanism b(Hash::Sha256, creds("user", "pencil"));
        const QByteArray first = a.initialResponse().value();
        const QByteArray second = b.initialResponse().value();
        QVERIFY(first.startsWith("n,,n=user,r="));
        QVERIFY(first != second);
        QCOMPARE(first.size() - 12, 32); // 24 random bytes, base64
    }

    void refusals_data()
    {
        QTest::addColumn<QByteArray>("serverFirst");
        QTest::addColumn<QByteArray>("serverFinal"); // empty: the first step must fail
        QTest::addColumn<int>("code");
        const QByteArray good =
            "r=fyko+d2lbbFgONRv9qkxdawL3rfcNHYJY1ZVvWVs7j,s=QSXCR+Q6sek8bf92,i=4096";
        QTest::newRow("bad-server-signature")
            << good << QByteArray("v=AAAAAAAAAAAAAAAAAAAAAAAAAAA=")
            << int(Error::Code::Authentication);
        QTest::newRow("truncated-server-signature")
            << good << QByteArray("v=rmF9pqV8S7suAoZWja4dJRkF") << int(Error::Code::Authentication);
        QTest::newRow("server-error-final")
            << good << QByteArray("e=invalid-proof") << int(Error::Code::Authentication);
        QTest::newRow("no-signature") << good << QByteArray("x=1") << int(Error::Code::Protocol);
        QTest::newRow("nonce-not-ours")
            << QByteArray("r=XXXX+d2lbbFgONRv9qkxdawL3rfcNHYJY1ZVvWVs7j,s=QSXCR+Q6sek8bf92,i=4096")
            << QByteArray() << int(Error::Code::Protocol);
        QTest::newRow("nonce-only-ours")
            << QByteArray("r=fyko+d2lbbFgONRv9qkxdawL,s=QSXCR+Q6sek8bf92,i=4096") << QByteArray()
            << int(Error::Code::Protocol);
        QTest::newRow("low-iterations")
            << QByteArray("r=fyko+d2lbbFgONRv9qkxdawL3rfcNHYJY1ZVvWVs7j,s=QSXCR+Q6sek8bf92,i=4095")
            << QByteArray() << int(Error::Code::Protocol);
        QTest::newRow("huge-iterations")
            << QByteArray(
                   "r=fyko+d2lbbFgONRv9qkxdawL3rfcNHYJY1ZVvWVs7j,s=QSXCR+Q6sek8bf92,i=2000001")
            << QByteArray() << int(Error::Code::Protocol);
        QTest::newRow("overflowing-iterations")
            << QByteArray("r=fyko+d2lbbFgONRv9qkxdawL3rfcNHYJY1ZVvWVs7j,s=QSXCR+Q6sek8bf92,"
                          "i=99999999999999999999999")
            << QByteArray() << int(Error::Code::Protocol);
        QTest::newRow("non-numeric-iterations")
            << QByteArray("r=fyko+d2lbbFgONRv9qkxdawL3rfcNHYJY1ZVvWVs7j,s=QSXCR+Q6sek8bf92,i=4k")
            << QByteArray() << int(Error::Code::Protocol);
        QTest::newRow("empty-salt")
            << QByteArray("r=fyko+d2lbbFgONRv9qkxdawL3rfcNHYJY1ZVvWVs7j,s=,i=4096") << QByteArray()
            << int(Error::Code::Protocol);
        QTest::newRow("bad-salt")
            << QByteArray("r=fyko+d2lbbFgONRv9qkxdawL3rfcNHYJY1ZVvWVs7j,s=!!!,i=4096")
            << QByteArray() << int(Error::Code::Protocol);
        QTest::newRow("mandatory-extension")
            << QByteArray(
                   "m=ext,r=fyko+d2lbbFgONRv9qkxdawL3rfcNHYJY1ZVvWVs7j,s=QSXCR+Q6sek8bf92,i=4096")
            << QByteArray() << int(Error::Code::Protocol);
        QTest::newRow("server-error-first")
            << QByteArray("e=other-error") << QByteArray() << int(Error::Code::Authentication);
        QTest::newRow("garbage") << QByteArray("hello") << QByteArray()
                                 << int(Error::Code::Protocol);
        QTest::newRow("missing-salt")
            << QByteArray("r=fyko+d2lbbFgONRv9qkxdawL3rfcNHYJY1ZVvWVs7j,i=4096") << QByteArray()
            << int(Error::Code::Protocol);
    }

    void refusals()
    {
        QFETCH(QByteArray, serverFirst);
        QFETCH(QByteArray, serverFinal);
        QFETCH(int, code);
        ScramMechanism scram(Hash::Sha1, creds("user", "pencil"));
        scram.setClientNonce("fyko+d2lbbFgONRv9qkxdawL");
        QVERIFY(scram.initialResponse().ok());
        auto final = scram.respond(serverFirst);
        if (serverFinal.isEmpty()) {
            QVERIFY(!final.ok());
            QCOMPARE(int(final.error().code), code);
            return;
        }
        QVERIFY(final.ok());
        const Status success = scram.verifySuccess(serverFinal);
        QVERIFY(!success.ok());
        QCOMPARE(int(success.error().code), code);
        // Failed for good: a correct signature afterwards does not revive it.
        QVERIFY(!scram.verifySuccess("v=rmF9pqV8S7suAoZWja4dJRkFsKQ=").ok());
    }

    void successWithoutSignatureIsRefused()
    {
        ScramMechanism scram(Hash::Sha1, creds("user", "pencil"));
        scram.setClientNonce("fyko+d2lbbFgONRv9qkxdawL");
        QVERIFY(scram.verifySuccess({}).error().code == Error::Code::Protocol); // too early
        ScramMechanism again(Hash::Sha1, creds("user", "pencil"));
        again.setClientNonce("fyko+d2lbbFgONRv9qkxdawL");
        QVERIFY(again.initialResponse().ok());
        QVERIFY(again
                    .respond("r=fyko+d2lbbFgONRv9qkxdawL3rfcNHYJY1ZVvWVs7j,s=QSXCR+Q6sek8bf92,"
                             "i=4096")
                    .ok());
        const Status s = again.verifySuccess({});
        QVERIFY(!s.ok());
        QCOMPARE(s.error().code, Error::Code::Authentication);
    }

    void plusWithoutDataIsRefused()
    {
        ScramMechanism scram(Hash::Sha256, creds("user", "pencil"),
                             SaslChannelBinding::use(kTlsServerEndPoint, {}));
        QVERIFY(!scram.initialResponse().ok());
    }

    void plain()
    {
        SaslPlainMechanism plain(SaslCredentials{QString::fromUtf8("李雷"), "pa\u00a0ss", {}});
        QCOMPARE(plain.name(), "PLAIN");
        QVERIFY(plain.requiresTls());
        QVERIFY(!plain.verifySuccess({}).ok()); // nothing sent yet
        QCOMPARE(plain.initialResponse().value(), QByteArray("\0"
                                                             "李雷"
                                                             "\0"
                                                             "pa ss",
                                                             1 + 6 + 1 + 5));
        QVERIFY(!plain.respond("x").ok());
        QVERIFY(plain.verifySuccess({}).ok());
        SaslPlainMechanism withAuthz(SaslCredentials{"u", "p", "admin@example.org"});
        QCOMPARE(withAuthz.initialResponse().value(), QByteArray("admin@example.org\0u\0p", 21));
    }

    // RFC 4013 §3 examples, plus CJK and full-width forms.
    void saslPrepExamples()
    {
        QCOMPARE(saslPrep(QStringLiteral("I\u00ADX")).value(), "IX");
        QCOMPARE(saslPrep(QStringLiteral("user")).value(), "user");
        QCOMPARE(saslPrep(QStringLiteral("USER")).value(), "USER");
        QCOMPARE(saslPrep(QStringLiteral("\u00AA")).value(), "a");
        QCOMPARE(saslPrep(QStringLiteral("\u2168")).value(), "IX");
        QVERIFY(!saslPrep(QStringLiteral("\u0007")).ok());
        QVERIFY(!saslPrep(QStringLiteral("\u0627\u0031")).ok()); // bidi rule
        QCOMPARE(saslPrep(QStringLiteral("\u0627\u0031\u0628")).value(), "\u0627\u0031\u0628");
        QCOMPARE(saslPrep(QString::fromUtf8("密码１２３")).value(), QString::fromUtf8("密码123"));
        QCOMPARE(saslPrep(QStringLiteral("a\u3000b\u200Bc")).value(), "a bc");
        QVERIFY(!saslPrep(QStringLiteral("a\uE000")).ok()); // private use
        QVERIFY(!saslPrep(QStringLiteral("a\uFFFF")).ok());
    }

    void selection_data()
    {
        QTest::addColumn<QStringList>("offered");
        QTest::addColumn<bool>("cb");
        QTest::addColumn<bool>("tls");
        QTest::addColumn<QString>("expected"); // empty: refused
        QTest::addColumn<int>("mode");
        const QStringList all = {"PLAIN", "SCRAM-SHA-1", "SCRAM-SHA-1-PLUS", "SCRAM-SHA-256",
                                 "SCRAM-SHA-256-PLUS"};
        QTest::newRow("all+cb") << all << true << true << "SCRAM-SHA-256-PLUS" << int(Mode::Used);
        QTest::newRow("all-no-cb")
            << all << false << true << "SCRAM-SHA-256" << int(Mode::NotSupported);
        QTest::newRow("sha1-plus-beats-sha256")
            << QStringList{"SCRAM-SHA-256", "SCRAM-SHA-1-PLUS", "SCRAM-SHA-1"} << true << true
            << "SCRAM-SHA-1-PLUS" << int(Mode::Used);
        // No -PLUS offered though we could bind: 'y', so that if a man in the middle stripped
        // the -PLUS offers, the server (which does support binding) fails the exchange.
        QTest::newRow("stripped-plus")
            << QStringList{"SCRAM-SHA-1", "SCRAM-SHA-256", "PLAIN"} << true << true
            << "SCRAM-SHA-256" << int(Mode::SupportedButNotUsed);
        QTest::newRow("sha1-only") << QStringList{"SCRAM-SHA-1"} << false << false << "SCRAM-SHA-1"
                                   << int(Mode::NotSupported);
        QTest::newRow("plain-over-tls")
            << QStringList{"PLAIN"} << false << true << "PLAIN" << int(Mode::NotSupported);
        QTest::newRow("plain-without-tls")
            << QStringList{"PLAIN"} << false << false << "" << int(Mode::NotSupported);
        QTest::newRow("nothing-known") << QStringList{"DIGEST-MD5", "X-OAUTH2"} << true << true
                                       << "" << int(Mode::NotSupported);
        QTest::newRow("case-sensitive")
            << QStringList{"scram-sha-256"} << false << true << "" << int(Mode::NotSupported);
    }

    void selection()
    {
        QFETCH(QStringList, offered);
        QFETCH(bool, cb);
        QFETCH(bool, tls);
        QFETCH(QString, expected);
        QFETCH(int, mode);
        const auto choice = SaslSelector::selectMechanism(offered, cb, tls);
        if (expected.isEmpty()) {
            QVERIFY(!choice.ok());
            return;
        }
        QVERIFY(choice.ok());
        QCOMPARE(choice.value().mechanism, expected);
        QCOMPARE(int(choice.value().binding), mode);

        const auto binding = SaslChannelBinding::use(kTlsServerEndPoint, QByteArray(32, 'c'));
        auto mechanism = SaslSelector::create(choice.value(), creds("user", "pencil"), binding);
        QVERIFY(mechanism.ok());
        QCOMPARE(mechanism.value()->name(), expected);
        const QByteArray first = mechanism.value()->initialResponse().value();
        if (expected == u"PLAIN")
            return;
        const char flag = Mode(mode) == Mode::Used           ? 'p'
                          : Mode(mode) == Mode::NotSupported ? 'n'
                                                             : 'y';
        QCOMPARE(first.at(0), flag);
    }

    void createRefusesPlusWithoutData()
    {
        const SaslSelector::Choice choice{"SCRAM-SHA-256-PLUS", Mode::Used};
        QVERIFY(!SaslSelector::create(choice, creds("u", "p")).ok());
        QVERIFY(!SaslSelector::create({"SCRAM-SHA-256-PLUS", Mode::NotSupported}, creds("u", "p"))
                     .ok());
        QVERIFY(!SaslSelector::create({"CRAM-MD5", Mode::NotSupported}, creds("u", "p")).ok());
    }
};

QTEST_GUILESS_MAIN(TestSasl)
#include "tst_sasl.moc"
