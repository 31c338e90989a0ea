// QrScanner: codes drawn with ZXing's writer are found with their texts, formats, positions and
// payloads, in every pixel layout, inverted, in camera-like frames and from files and bytes.
#include "QrTestImages.h"
#include "TestUtils.h"
#include "qr/QrScanner.h"

#include <QBuffer>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QtTest>

using teahouse::Error;
using teahouse::qr::QrPayload;
using teahouse::qr::QrScanner;
using teahouse::test::codeImage;

namespace {

// EMV QRCPS Merchant-Presented Mode, the specification's sample (CRC A13A).
const QString kEmvco = QString::fromUtf8(
    "00020101021229300012D156000000000510A93FO3230Q31280012D15600000001030812345678520441115802"
    "CN5914BEST TRANSPORT6007BEIJING64200002ZH0104最佳运输0202北京540523.72530315655020162330304"
    "12340603***0708A60086670902ME91320016A0112233449988770708123456786304A13A");
const QString kRoster = QStringLiteral("xmpp:zhangwei@localhost?roster;name=Zhang%20Wei");

// Two codes side by side on one white sheet, the EMVCo one on the right and lower.
QImage twoCodes(QRect *left, QRect *right)
{
    const QImage a = codeImage(kRoster, 5);
    const QImage b = codeImage(kEmvco, 4);
    QImage sheet(a.width() + b.width() + 80, std::max(a.height(), b.height()) + 140,
                 QImage::Format_RGB32);
    sheet.fill(Qt::white);
    QPainter p(&sheet);
    *left = QRect(QPoint(20, 20), a.size());
    *right = QRect(QPoint(a.width() + 60, 120), b.size());
    p.drawImage(left->topLeft(), a);
    p.drawImage(right->topLeft(), b);
    return sheet;
}

} // namespace

class TestQrScanner : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void twoCodesInOneImage()
    {
        QRect left;
        QRect right;
        const QImage sheet = twoCodes(&left, &right);
        const auto codes = QrScanner().scan(sheet);
        QCOMPARE(codes.size(), 2);
        // Reading order: the left code first although the right one is not on the same line.
        QCOMPARE(codes[0].payload.text, kRoster);
        QCOMPARE(codes[1].payload.text, kEmvco);
        QCOMPARE(codes[0].format, QStringLiteral("QRCode"));
        QCOMPARE(codes[1].format, QStringLiteral("QRCode"));
        QCOMPARE(codes[0].payload.kind, QrPayload::Kind::Xmpp);
        QCOMPARE(codes[0].payload.xmpp()->name, QStringLiteral("Zhang Wei"));
        QCOMPARE(codes[1].payload.kind, QrPayload::Kind::Emvco);
        QVERIFY(codes[1].payload.valid);
        QCOMPARE(codes[1].payload.emvco()->amount, QStringLiteral("23.72"));
        QCOMPARE(codes[0].bytes, kRoster.toUtf8());
        // Positions: four corners inside the area each code was drawn in.
        for (const auto &[code, rect] : {std::pair{codes[0], left}, std::pair{codes[1], right}}) {
            QCOMPARE(code.position.size(), 4);
            for (const QPointF &corner : code.position)
                QVERIFY2(rect.adjusted(-2, -2, 2, 2).contains(corner.toPoint()),
                         qPrintable(QStringLiteral("%1,%2").arg(corner.x()).arg(corner.y())));
            QVERIFY(code.position.boundingRect().width() > rect.width() / 2);
        }
        // The two codes side by side on one line are read left to right as well.
        QImage swapped = sheet.mirrored(true, false);
        QPainter p(&swapped);
        p.fillRect(swapped.rect(), Qt::white);
        p.drawImage(QPoint(sheet.width() - left.right() - 1, 20), codeImage(kRoster, 5));
        p.drawImage(QPoint(20, 20), codeImage(kEmvco, 4));
        p.end();
        const auto again = QrScanner().scan(swapped);
        QCOMPARE(again.size(), 2);
        QCOMPARE(again[0].payload.text, kEmvco);
        QCOMPARE(again[1].payload.text, kRoster);
    }

    void json()
    {
        QRect left;
        QRect right;
        const auto codes = QrScanner().scan(twoCodes(&left, &right));
        QCOMPARE(codes.size(), 2);
        const QJsonObject o = codes[1].toJson();
        QCOMPARE(o.value("format").toString(), QStringLiteral("QRCode"));
        QCOMPARE(o.value("kind").toString(), QStringLiteral("emvco"));
        QCOMPARE(o.value("text").toString(), kEmvco);
        QCOMPARE(o.value("valid").toBool(), true);
        QCOMPARE(o.value("fields").toObject().value("merchantName").toString(),
                 QStringLiteral("BEST TRANSPORT"));
        const QJsonArray position = o.value("position").toArray();
        QCOMPARE(position.size(), 4);
        QCOMPARE(position[0].toArray().size(), 2);
        QVERIFY(position[0].toArray()[0].toInt() >= right.left() - 2);
    }

    void pixelLayouts_data()
    {
        QTest::addColumn<int>("format");
        for (QImage::Format f :
             {QImage::Format_Grayscale8, QImage::Format_RGB32, QImage::Format_ARGB32,
              QImage::Format_ARGB32_Premultiplied, QImage::Format_RGB888, QImage::Format_BGR888,
              QImage::Format_RGBX8888, QImage::Format_RGBA8888, QImage::Format_Indexed8,
              QImage::Format_Mono, QImage::Format_RGB16, QImage::Format_Grayscale16})
            QTest::newRow(QMetaEnum::fromType<QImage::Format>().valueToKey(f)) << int(f);
    }
    void pixelLayouts()
    {
        QFETCH(int, format);
        const QImage image =
            codeImage(kRoster, 3).convertToFormat(static_cast<QImage::Format>(format));
        for (auto effort : {QrScanner::Effort::Live, QrScanner::Effort::Thorough}) {
            const auto codes = QrScanner(effort).scan(image);
            QCOMPARE(codes.size(), 1);
            QCOMPARE(codes[0].payload.text, kRoster);
        }
    }

    void transparentBackground()
    {
        // Black modules on alpha 0 whose colour is black too: only alpha tells them apart.
        const QImage code = codeImage(kRoster, 4);
        QImage png(code.size(), QImage::Format_ARGB32);
        for (int y = 0; y < code.height(); ++y) {
            for (int x = 0; x < code.width(); ++x)
                png.setPixel(x, y,
                             code.pixelColor(x, y).value() < 128 ? qRgba(0, 0, 0, 255)
                                                                 : qRgba(0, 0, 0, 0));
        }
        const auto codes = QrScanner().scan(png);
        QCOMPARE(codes.size(), 1);
        QCOMPARE(codes[0].payload.text, kRoster);
    }

    void inverted()
    {
        QImage image = codeImage(kRoster, 4);
        image.invertPixels();
        QVERIFY(QrScanner(QrScanner::Effort::Live).scan(image).isEmpty());
        const auto codes = QrScanner().scan(image);
        QCOMPARE(codes.size(), 1);
        QCOMPARE(codes[0].payload.text, kRoster);
    }

    void otherSymbologies_data()
    {
        QTest::addColumn<int>("format");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("live");
        QTest::newRow("data matrix")
            << int(ZXing::BarcodeFormat::DataMatrix) << "xmpp:bob@localhost"
            << "DataMatrix" << true;
        QTest::newRow("aztec") << int(ZXing::BarcodeFormat::Aztec) << "https://teahouse.example/a"
                               << "Aztec" << true;
        QTest::newRow("ean-13") << int(ZXing::BarcodeFormat::EAN13) << "4006381333931"
                                << "EAN-13" << false;
    }
    void otherSymbologies()
    {
        QFETCH(int, format);
        QFETCH(QString, text);
        QFETCH(QString, name);
        QFETCH(bool, live);
        const QImage image = codeImage(text, 3, static_cast<ZXing::BarcodeFormat>(format));
        const auto codes = QrScanner().scan(image);
        QCOMPARE(codes.size(), 1);
        QCOMPARE(codes[0].format, name);
        QCOMPARE(codes[0].payload.text, text);
        // Live frames look for 2D codes only.
        QCOMPARE(QrScanner(QrScanner::Effort::Live).scan(image).size(), live ? 1 : 0);
    }

    void latin1EpcCode()
    {
        // An EPC code in ISO 8859-1 (character set 2): decoded by the EPC rules.
        const QString text = QString::fromUtf8("BCD\n002\n2\nSCT\n\nFranz Müller\n"
                                               "DE75512108001245126199\nEUR12.5");
        ZXing::MultiFormatWriter writer(ZXing::BarcodeFormat::QRCode);
        writer.setEncoding(ZXing::CharacterSet::ISO8859_1).setMargin(4);
        const ZXing::BitMatrix m = writer.encode(text.toStdWString(), 0, 0);
        QImage image(m.width() * 3, m.height() * 3, QImage::Format_Grayscale8);
        for (int y = 0; y < image.height(); ++y) {
            for (int x = 0; x < image.width(); ++x)
                image.scanLine(y)[x] = m.get(x / 3, y / 3) ? 0 : 255;
        }
        const auto codes = QrScanner().scan(image);
        QCOMPARE(codes.size(), 1);
        QCOMPARE(codes[0].payload.kind, QrPayload::Kind::Epc);
        QVERIFY2(codes[0].payload.valid, qPrintable(codes[0].payload.error.message));
        QCOMPARE(codes[0].payload.epc()->name, QString::fromUtf8("Franz Müller"));
        QCOMPARE(codes[0].payload.epc()->characterSet, 2);
        QCOMPARE(codes[0].bytes.indexOf('\xfc') > 0, true);
    }

    void cameraFrame()
    {
        QRandomGenerator random(7);
        teahouse::test::FrameStyle style;
        style.angle = 25;
        style.tilt = 0.2;
        style.blur = 2;
        const QImage frame = teahouse::test::cameraFrame(codeImage(kRoster, 6), style, &random);
        QCOMPARE(frame.size(), QSize(1920, 1080));
        const auto codes = QrScanner(QrScanner::Effort::Live).scan(frame);
        QCOMPARE(codes.size(), 1);
        QCOMPARE(codes[0].payload.text, kRoster);
        // Near the frame's centre, where it was drawn.
        QVERIFY(QLineF(codes[0].centre(), QPointF(960, 540)).length() < 60);
    }

    void luminanceWithPadding()
    {
        // A camera's Y plane often has rows wider than the picture.
        const QImage code = codeImage(kRoster, 3);
        const int stride = code.width() + 64;
        QByteArray plane(stride * code.height(), char(0x80));
        for (int y = 0; y < code.height(); ++y)
            memcpy(plane.data() + y * stride, code.constScanLine(y), size_t(code.width()));
        const auto codes = QrScanner(QrScanner::Effort::Live)
                               .scanLuminance(reinterpret_cast<const uchar *>(plane.constData()),
                                              code.width(), code.height(), stride);
        QCOMPARE(codes.size(), 1);
        QCOMPARE(codes[0].payload.text, kRoster);
        QVERIFY(QrScanner().scanLuminance(nullptr, 10, 10, 10).isEmpty());
        QVERIFY(QrScanner()
                    .scanLuminance(reinterpret_cast<const uchar *>(plane.constData()), code.width(),
                                   code.height(), code.width() - 1)
                    .isEmpty());
    }

    void nothingFound()
    {
        QVERIFY(QrScanner().scan(QImage()).isEmpty());
        QImage blank(640, 480, QImage::Format_RGB32);
        blank.fill(Qt::white);
        QVERIFY(QrScanner().scan(blank).isEmpty());
        QImage tiny(1, 1, QImage::Format_Grayscale8);
        tiny.fill(0);
        QVERIFY(QrScanner().scan(tiny).isEmpty());
    }

    void files()
    {
        QTemporaryDir dir;
        const QString png = dir.filePath("code.png");
        QVERIFY(codeImage(kRoster, 4).save(png));
        const auto image = QrScanner::readImage(png);
        QVERIFY(image.ok());
        QCOMPARE(QrScanner().scan(image.value()).value(0).payload.text, kRoster);

        const auto missing = QrScanner::readImage(dir.filePath("none.png"));
        QVERIFY(!missing.ok());
        QCOMPARE(missing.error().code, Error::Code::NotFound);
        QVERIFY(missing.error().message.contains("none.png"));

        const QString text = dir.filePath("notes.png");
        QFile f(text);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("this is not an image");
        f.close();
        const auto notImage = QrScanner::readImage(text);
        QVERIFY(!notImage.ok());
        QCOMPARE(notImage.error().code, Error::Code::Corrupt);
        QVERIFY(notImage.error().message.contains("not an image"));

        const auto directory = QrScanner::readImage(dir.path());
        QVERIFY(!directory.ok());
        QCOMPARE(directory.error().code, Error::Code::Io);
    }

    void encodedBytes()
    {
        QByteArray bytes;
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        QVERIFY(codeImage(kEmvco, 3).save(&buffer, "JPEG", 95));
        const auto image = QrScanner::readImage(QByteArrayView(bytes));
        QVERIFY(image.ok());
        QCOMPARE(QrScanner().scan(image.value()).value(0).payload.text, kEmvco);
        const auto bad = QrScanner::readImage(QByteArrayView("\x89PNG\r\n\x1a\nbroken"));
        QVERIFY(!bad.ok());
        QCOMPARE(bad.error().code, Error::Code::Corrupt);
    }

    // A small PNG whose header claims 30000 × 30000 pixels is refused from the header, with
    // the size in the message, from a file and from bytes; 64 megapixels is the limit.
    void decompressionBombRefused()
    {
        const QByteArray bomb = teahouse::test::pngClaiming(30000, 30000);
        QVERIFY(bomb.size() < 200);
        const auto fromBytes = QrScanner::readImage(QByteArrayView(bomb));
        QVERIFY(!fromBytes.ok());
        QCOMPARE(fromBytes.error().code, Error::Code::PolicyViolation);
        QVERIFY2(fromBytes.error().message.contains("30000 × 30000"),
                 qPrintable(fromBytes.error().message));

        QTemporaryDir dir;
        QFile file(dir.filePath("bomb.png"));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(bomb);
        file.close();
        const auto fromFile = QrScanner::readImage(file.fileName());
        QVERIFY(!fromFile.ok());
        QCOMPARE(fromFile.error().code, Error::Code::PolicyViolation);

        // Just under the limit the header passes (the truncated data then fails to decode: it
        // is reported as not an image, not as too large).
        const auto under =
            QrScanner::readImage(QByteArrayView(teahouse::test::pngClaiming(8000, 8000)));
        QVERIFY(!under.ok());
        QCOMPARE(under.error().code, Error::Code::Corrupt);
    }
};

QTEST_GUILESS_MAIN(TestQrScanner)
#include "tst_qr_scanner.moc"
