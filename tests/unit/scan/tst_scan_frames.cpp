// The live path without a camera: image files played as NV12 camera frames through a video sink
// into ScanController, decoded on the decoder thread; frame formats the decoder reads; still
// pictures from files, bytes, the clipboard and text; the result model (QAbstractItemModelTester).
#include "QrTestImages.h"
#include "scan/FrameDecoder.h"
#include "scan/ImageFileFrameSource.h"
#include "scan/ScanController.h"
#include "scan/ScanResultModel.h"

#include <QAbstractItemModelTester>
#include <QBuffer>
#include <QClipboard>
#include <QGuiApplication>
#include <QMimeData>
#include <QTemporaryDir>
#include <QVideoFrameFormat>
#include <QVideoSink>
#include <QtTest>

using teahouse::ui::FrameDecoder;
using teahouse::ui::ImageFileFrameSource;
using teahouse::ui::ScanController;
using teahouse::ui::ScanResultModel;
using State = ScanController::State;

namespace {

const QString kRoster = QStringLiteral("xmpp:zhangwei@localhost?roster;name=Zhang%20Wei");
const QString kPay = QStringLiteral("xmpp:cafe@pay.localhost?command;node=urn:teahouse:pay:0");

QImage frameWith(const QString &text, quint32 seed = 3)
{
    QRandomGenerator random(seed);
    teahouse::test::FrameStyle style;
    style.size = QSize(960, 540);
    style.codeSide = 260;
    style.angle = 15;
    style.blur = 1;
    return teahouse::test::cameraFrame(teahouse::test::codeImage(text, 5), style, &random);
}

QImage blankFrame()
{
    QImage image(960, 540, QImage::Format_Grayscale8);
    image.fill(140);
    return image;
}

} // namespace

class TestScanFrames : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void nv12FrameKeepsLuminance()
    {
        const QImage image = frameWith(kRoster);
        const QVideoFrame frame = ImageFileFrameSource::toNv12(image);
        QVERIFY(frame.isValid());
        QCOMPARE(frame.pixelFormat(), QVideoFrameFormat::Format_NV12);
        QCOMPARE(frame.size(), QSize(960, 540));
        QImage still;
        const auto codes = FrameDecoder::decodeFrame(frame, &still);
        QCOMPARE(codes.size(), 1);
        QCOMPARE(codes[0].payload.text, kRoster);
        QCOMPARE(still.size(), QSize(960, 540));
        QCOMPARE(still.pixelColor(10, 10).value(), image.pixelColor(10, 10).value());
        // Odd sizes are cut to even (NV12 has 2x2 chroma blocks).
        QCOMPARE(ImageFileFrameSource::toNv12(image.copy(0, 0, 301, 201)).size(), QSize(300, 200));
    }

    void rgbFrame()
    {
        // A camera delivering BGRA: decoded through QVideoFrame::toImage.
        const QImage image = frameWith(kPay).convertToFormat(QImage::Format_ARGB32);
        QVideoFrame frame(QVideoFrameFormat(image.size(), QVideoFrameFormat::Format_BGRA8888));
        QVERIFY(frame.map(QVideoFrame::WriteOnly));
        for (int y = 0; y < image.height(); ++y)
            memcpy(frame.bits(0) + y * frame.bytesPerLine(0), image.constScanLine(y),
                   size_t(image.width() * 4));
        frame.unmap();
        const auto codes = FrameDecoder::decodeFrame(frame, nullptr);
        QCOMPARE(codes.size(), 1);
        QCOMPARE(codes[0].payload.text, kPay);
        QVERIFY(codes[0].payload.isPayment());
        QVERIFY(FrameDecoder::decodeFrame(QVideoFrame(), nullptr).isEmpty());
    }

    void fileFedCameraDecodesOffTheUiThread()
    {
        // Three frames without a code, then the code: the live path runs until it is found.
        QTemporaryDir dir;
        for (int i = 0; i < 3; ++i)
            QVERIFY(blankFrame().save(dir.filePath(QStringLiteral("frame-%1.png").arg(i))));
        QVERIFY(frameWith(kRoster).save(dir.filePath("frame-3.png")));
        auto source = std::make_unique<ImageFileFrameSource>(QStringList{dir.path()}, 25);
        QCOMPARE(source->frameCount(), 4);
        ImageFileFrameSource *files = source.get();

        ScanController controller;
        QVERIFY(!controller.cameraAvailable());
        controller.startCamera(); // no source: a clear message, nothing starts
        QCOMPARE(controller.state(), State::Idle);
        QVERIFY(controller.cameraError().contains("No camera"));

        controller.setFrameSource(std::move(source));
        QVERIFY(controller.cameraAvailable());
        QSignalSpy scanned(&controller, &ScanController::scanned);
        QVideoSink viewfinder; // as the QML VideoOutput's sink would be
        controller.setVideoSink(&viewfinder);
        QSignalSpy shown(&viewfinder, &QVideoSink::videoFrameChanged);
        controller.startCamera();
        QCOMPARE(controller.state(), State::Live);
        QVERIFY(controller.cameraActive());
        QVERIFY(scanned.wait(10000));
        QCOMPARE(scanned.first().first().toInt(), 1);
        QCOMPARE(controller.state(), State::Results);
        QCOMPARE(controller.origin(), QStringLiteral("camera"));
        QVERIFY(!controller.cameraActive()); // found: the camera stops
        QVERIFY(files->framesSent() >= 4);
        QVERIFY(shown.count() >= 4); // every frame reached the viewfinder
        QVERIFY(controller.decoder().framesDecoded() >= 1);
        QCOMPARE(controller.results()->count(), 1);
        QCOMPARE(controller.currentIndex(), 0); // one code: straight to its page
        QCOMPARE(controller.current().value("text").toString(), kRoster);
        QCOMPARE(controller.current().value("title").toString(), QStringLiteral("Friend"));
        QVERIFY(controller.hasPicture());
        // Its box lies around the frame's centre.
        const QRectF box = controller.current().value("box").toRectF();
        QVERIFY(box.contains(QPointF(0.5, 0.5)));

        controller.setVideoSink(nullptr); // the viewfinder went away: the controller's own sink
        QVERIFY(controller.videoSink() != nullptr);
        controller.reset();
        QCOMPARE(controller.state(), State::Idle);
        QCOMPARE(controller.results()->count(), 0);
    }

    void stillPictures()
    {
        QTemporaryDir dir;
        ScanController controller;
        QSignalSpy scanned(&controller, &ScanController::scanned);

        // Two codes in one file: the user picks.
        QImage sheet(900, 420, QImage::Format_RGB32);
        sheet.fill(Qt::white);
        {
            QPainter p(&sheet);
            p.drawImage(20, 20, teahouse::test::codeImage(kRoster, 5));
            p.drawImage(480, 20, teahouse::test::codeImage(kPay, 5));
        }
        const QString sheetPath = dir.filePath("two.png");
        QVERIFY(sheet.save(sheetPath));
        controller.scanFile(QUrl::fromLocalFile(sheetPath));
        QCOMPARE(controller.state(), State::Busy);
        QVERIFY(scanned.wait(10000));
        QCOMPARE(controller.state(), State::Results);
        QCOMPARE(controller.results()->count(), 2);
        QCOMPARE(controller.currentIndex(), -1);
        QCOMPARE(controller.results()->row(0).value("text").toString(), kRoster);
        QCOMPARE(controller.results()->row(1).value("text").toString(), kPay);
        QCOMPARE(controller.results()->row(1).value("payment").toBool(), true);
        controller.setCurrentIndex(1);
        QCOMPARE(controller.current().value("title").toString(), QStringLiteral("Payment code"));
        controller.setCurrentIndex(5); // out of range: ignored
        QCOMPARE(controller.currentIndex(), 1);

        // Nothing in the picture.
        const QString blank = dir.filePath("blank.png");
        QVERIFY(blankFrame().save(blank));
        controller.scanImageFile(blank);
        QTRY_COMPARE_WITH_TIMEOUT(controller.state(), State::NothingFound, 10000);
        QVERIFY(controller.message().contains("No QR code"));

        // Not a picture, and no file at all.
        controller.scanImageFile(dir.filePath("none.png"));
        QCOMPARE(controller.state(), State::Failed);
        QVERIFY(controller.message().contains("none.png"));

        // Dropped image bytes.
        QByteArray png;
        QBuffer buffer(&png);
        buffer.open(QIODevice::WriteOnly);
        QVERIFY(teahouse::test::codeImage(kPay, 4).save(&buffer, "PNG"));
        scanned.clear();
        controller.scanDropped({}, png, {});
        QVERIFY(scanned.wait(10000));
        QCOMPARE(controller.origin(), QStringLiteral("drop"));
        QCOMPARE(controller.current().value("text").toString(), kPay);
        controller.scanDropped({}, QByteArray("not an image"), {});
        QCOMPARE(controller.state(), State::Failed);

        // The clipboard: a picture, then text.
        QGuiApplication::clipboard()->setImage(teahouse::test::codeImage(kRoster, 4));
        scanned.clear();
        controller.scanClipboard();
        QVERIFY(scanned.wait(10000));
        QCOMPARE(controller.origin(), QStringLiteral("clipboard"));
        QCOMPARE(controller.current().value("text").toString(), kRoster);
        QGuiApplication::clipboard()->setText(QStringLiteral("weixin://wxpay/bizpayurl?pr=abc"));
        controller.scanClipboard();
        QCOMPARE(controller.state(), State::Results);
        QCOMPARE(controller.current().value("kind").toString(), QStringLiteral("closedScheme"));
        QVERIFY(controller.current().value("explanation").toString().contains("WeChat Pay"));
        QGuiApplication::clipboard()->clear();
        controller.scanClipboard();
        QCOMPARE(controller.state(), State::Failed);

        // A link shown as if scanned; copying its text.
        controller.showText(QStringLiteral("https://teahouse.example/a?b=c"));
        QCOMPARE(controller.current().value("url").toString(),
                 QStringLiteral("https://teahouse.example/a?b=c"));
        controller.copyText(0);
        QCOMPARE(QGuiApplication::clipboard()->text(),
                 QStringLiteral("https://teahouse.example/a?b=c"));
        QVERIFY(!controller.act(0)); // no ScanActions: nothing happens, and it says so
        QVERIFY(!controller.actionMessage().isEmpty());
    }

    void screenRegion()
    {
        ScanController controller;
        if (!controller.grabScreen())
            QSKIP("this platform cannot capture the screen (offscreen)");
        QVERIFY(controller.hasScreenshot());
        controller.scanScreenRegion(QRectF(0, 0, 0.5, 0.5));
        QVERIFY(!controller.hasScreenshot());
    }

    void model()
    {
        ScanResultModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        teahouse::qr::ScannedCode a;
        a.format = QStringLiteral("QRCode");
        a.payload = teahouse::qr::QrPayload::classify(
            QStringLiteral("BCD\n002\n1\nSCT\n\nRed Cross\nBE72000000001616\nEUR5"));
        a.position = QPolygonF(QRectF(100, 50, 200, 200));
        teahouse::qr::ScannedCode b;
        b.payload = teahouse::qr::QrPayload::classify(QStringLiteral("payto:broken"));
        model.setCodes({a, b}, QSize(400, 300), nullptr);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.data(model.index(0), ScanResultModel::TitleRole).toString(),
                 QStringLiteral("SEPA transfer"));
        QCOMPARE(model.data(model.index(0), ScanResultModel::SummaryRole).toString(),
                 QStringLiteral("Red Cross · 5 EUR"));
        QCOMPARE(model.data(model.index(0), ScanResultModel::BoxRole).toRectF(),
                 QRectF(0.25, 50.0 / 300, 0.5, 200.0 / 300));
        const QVariantList fields =
            model.data(model.index(0), ScanResultModel::FieldsRole).toList();
        QCOMPARE(fields.first().toMap().value("label").toString(), QStringLiteral("Payee"));
        QCOMPARE(fields.first().toMap().value("value").toString(), QStringLiteral("Red Cross"));
        QCOMPARE(model.data(model.index(1), ScanResultModel::ValidRole).toBool(), false);
        QVERIFY(!model.data(model.index(1), ScanResultModel::ErrorRole).toString().isEmpty());
        QCOMPARE(model.data(model.index(1), ScanResultModel::TitleRole).toString(),
                 QStringLiteral("Damaged or unknown code"));
        QCOMPARE(model.roleNames().value(ScanResultModel::ActionLabelRole),
                 QByteArray("actionLabel"));
        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_MAIN(TestScanFrames)
#include "tst_scan_frames.moc"
