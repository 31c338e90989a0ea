#include "xmpp/StreamEndpoint.h"
#include "xmpp/StreamEndpointResolver.h"
#include "xmpp/StreamSocketTransport.h"
#include "xmpp/TlsCertificateUtils.h"

#include <QSslError>
#include <QTest>

using namespace teahouse::xmpp;

namespace {
QStringList hosts(const QList<StreamEndpoint> &list)
{
    QStringList out;
    for (const StreamEndpoint &e : list)
        out.append(QStringLiteral("%1:%2%3").arg(e.host).arg(e.port).arg(e.directTls ? "s" : ""));
    return out;
}
} // namespace

class TestStreamEndpoint : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void priorityFirst()
    {
        const QList<SrvRecord> records = {
            {"c.example", 5222, 20, 0, false},
            {"a.example", 5223, 10, 0, true},
            {"b.example", 5222, 10, 0, false},
        };
        // Same priority: direct TLS first where the draw ties (all weights zero).
        QCOMPARE(hosts(orderSrvRecords(records, [] { return 0.0; })),
                 (QStringList{"a.example:5223s", "b.example:5222", "c.example:5222"}));
    }

    void weightedChoice()
    {
        const QList<SrvRecord> records = {
            {"light.example", 5222, 0, 1, false},
            {"heavy.example", 5222, 0, 9, false},
        };
        // Running sums 1, 10; a draw of 0..1 picks light, 2..10 heavy (RFC 2782).
        QCOMPARE(hosts(orderSrvRecords(records, [] { return 0.05; })).first(),
                 QStringLiteral("light.example:5222"));
        QCOMPARE(hosts(orderSrvRecords(records, [] { return 0.5; })).first(),
                 QStringLiteral("heavy.example:5222"));
        // Over many draws, the heavy one leads about 9 times in 10.
        int heavyFirst = 0;
        for (int i = 0; i < 1000; ++i) {
            const double r = (i + 0.5) / 1000.0;
            if (orderSrvRecords(records, [r] { return r; }).first().host == u"heavy.example")
                ++heavyFirst;
        }
        QVERIFY2(heavyFirst > 800 && heavyFirst < 950, qPrintable(QString::number(heavyFirst)));
    }

    void dotTargetMeansNoService()
    {
        const QList<SrvRecord> records = {{".", 0, 0, 0, false}};
        QVERIFY(orderSrvRecords(records, [] { return 0.0; }).isEmpty());
    }

    void fallbacks()
    {
        using Mode = StreamSettings::TlsMode;
        QCOMPARE(
            hosts(StreamEndpointResolver::fallback(QStringLiteral("example.org"), Mode::Automatic)),
            QStringList{"example.org:5222"});
        QCOMPARE(
            hosts(StreamEndpointResolver::fallback(QStringLiteral("example.org"), Mode::StartTls)),
            QStringList{"example.org:5222"});
        QCOMPARE(
            hosts(StreamEndpointResolver::fallback(QStringLiteral("example.org"), Mode::DirectTls)),
            QStringList{"example.org:5223s"});
    }

    void resolverFallsBackWithoutSrv()
    {
        // .invalid never resolves (RFC 6761), and no network is needed to learn that.
        StreamEndpointResolver resolver;
        QList<StreamEndpoint> result;
        bool done = false;
        connect(&resolver, &StreamEndpointResolver::finished, this,
                [&](const QList<StreamEndpoint> &endpoints) {
                    result = endpoints;
                    done = true;
                });
        resolver.resolve(QStringLiteral("nothing-here.invalid"),
                         StreamSettings::TlsMode::Automatic);
        QTRY_VERIFY_WITH_TIMEOUT(done, 20000);
        QCOMPARE(hosts(result), QStringList{"nothing-here.invalid:5222"});
    }

    void fingerprintFormat()
    {
        QCOMPARE(tls::normalizedFingerprint(u"ab:cd:0f"), QStringLiteral("ABCD0F"));
        QCOMPARE(tls::normalizedFingerprint(u"AB CD 0F"), QStringLiteral("ABCD0F"));
        QVERIFY(tls::sha256Fingerprint(QSslCertificate()).isEmpty() ||
                tls::sha256Fingerprint(QSslCertificate()).size() == 95);
    }

    void sslErrorsInPlainWords()
    {
        using T = StreamSocketTransport;
        QCOMPARE(T::describeSslErrors({QSslError(QSslError::SelfSignedCertificate)}),
                 QStringLiteral("The certificate is not signed by an authority this computer "
                                "trusts"));
        // The name mismatch is the more useful thing to say when both apply.
        QCOMPARE(T::describeSslErrors({QSslError(QSslError::SelfSignedCertificate),
                                       QSslError(QSslError::HostNameMismatch)}),
                 QStringLiteral("The certificate was issued for a different server name"));
        QCOMPARE(T::describeSslErrors({QSslError(QSslError::CertificateExpired)}),
                 QStringLiteral("The certificate has expired"));
    }
};

QTEST_GUILESS_MAIN(TestStreamEndpoint)
#include "tst_stream_endpoint.moc"
