#include "QrDecode.h"
#include "qr/QrImageWriter.h"
#include "qr/XmppUri.h"

#include <QtTest>

using namespace teahouse;
using namespace teahouse::qr;

// The QR writer: what it draws is read back by ZXing's reader as the same text, the image is
// square, black on white, with a quiet zone, whole pixels per module, at least the size asked.
class TestQrWriter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTrip_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("roster uri") << u"xmpp:lihua@localhost?roster;name=%E6%9D%8E%E5%8D%8E"_qs;
        QTest::newRow("plain") << u"hello"_qs;
        QTest::newRow("utf8") << u"茶馆 Teahouse"_qs;
        QTest::newRow("long") << QString(600, u'x');
    }
    void roundTrip()
    {
        QFETCH(QString, text);
        for (int side : {64, 256, 700}) {
            auto image = QrImageWriter::render(text, side);
            QVERIFY2(image.ok(), qPrintable(image.ok() ? QString() : image.error().message));
            QCOMPARE(image->width(), image->height());
            QVERIFY(image->width() >= side);
            QCOMPARE(test::decodeQr(*image), text);
        }
    }

    void geometry()
    {
        const QString text = u"xmpp:a@b?roster"_qs;
        const int modules = QrImageWriter::moduleCount(text);
        // 15 bytes at level M need version 2: 25 modules (17 + 4 per version).
        QCOMPARE(modules, 25);
        auto image = QrImageWriter::render(text, 300);
        QVERIFY(image.ok());
        const int total = modules + 2 * QrImageWriter::kQuietZoneModules;
        QCOMPARE(image->width() % total, 0);
        const int scale = image->width() / total;
        // Quiet zone white, the finder pattern's corner black.
        QCOMPARE(qGray(image->pixel(0, 0)), 255);
        QCOMPARE(qGray(image->pixel(scale * 4 - 1, scale * 4 - 1)), 255);
        QCOMPARE(qGray(image->pixel(scale * 4, scale * 4)), 0);
        QCOMPARE(qGray(image->pixel(scale * 4 + scale - 1, scale * 4 + scale - 1)), 0);
    }

    void refused()
    {
        QVERIFY(!QrImageWriter::render(QString()).ok());
        QVERIFY(!QrImageWriter::render(QString(5000, u'x')).ok());
        QCOMPARE(QrImageWriter::moduleCount(QString()), 0);
    }

    void decodedUriParses()
    {
        auto image =
            QrImageWriter::render(u"xmpp:zhangwei@localhost?roster;name=%E5%BC%A0%E4%BC%9F"_qs);
        QVERIFY(image.ok());
        auto uri = XmppUri::parse(test::decodeQr(*image));
        QVERIFY(uri.ok());
        QCOMPARE(uri->kind, XmppUri::Kind::AddFriend);
        QCOMPARE(uri->name, u"张伟"_qs);
    }
};

QTEST_GUILESS_MAIN(TestQrWriter)
#include "tst_qr_writer.moc"
