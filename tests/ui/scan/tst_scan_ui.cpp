// The Scan page as the app builds it: no camera → a clear state and the other ways in; image
// files played as a camera into the viewfinder until the code shows up; two codes in a picture
// → the picker; the payment code's page, whose Pay button hands the pay feature exactly the
// scanned text; a friend code whose feature is absent; a web address shown in full; a damaged
// code that offers nothing. Every screen is saved as a screenshot in English, Chinese and care
// mode at 200 %.
#include "AppContext.h"
#include "FakeSessionController.h"
#include "FakeUnlockController.h"
#include "QrTestImages.h"
#include "UiTestUtils.h"
#include "features/FeatureHost.h"
#include "features/ScanFeature.h"
#include "scan/ImageFileFrameSource.h"
#include "scan/ScanController.h"
#include "shell/Navigation.h"

#include <QDir>
#include <QQuickItem>
#include <QQuickWindow>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using teahouse::app::AppContext;
using teahouse::app::CommandLineOptions;
using teahouse::app::Feature;
using teahouse::app::FeatureEnv;
using teahouse::app::ScanFeature;
using teahouse::ui::Navigation;
using teahouse::ui::ScanController;
using teahouse::ui::UnlockController;

namespace {

const QString kEmvco = QString::fromUtf8(
    "00020101021229300012D156000000000510A93FO3230Q31280012D15600000001030812345678520441115802"
    "CN5914BEST TRANSPORT6007BEIJING64200002ZH0104最佳运输0202北京540523.72530315655020162330304"
    "12340603***0708A60086670902ME91320016A0112233449988770708123456786304A13A");
const QString kRoster = QStringLiteral("xmpp:zhangwei@localhost?roster;name=Zhang%20Wei");

class FakePay : public QObject
{
    Q_OBJECT
public:
    QStringList payments;
    Q_INVOKABLE void beginPayment(const QString &qrText) { payments << qrText; }
};

class FakePayFeature : public Feature
{
public:
    explicit FakePayFeature(FakePay *pay)
        : m_pay(pay)
    {}
    QString key() const override { return QStringLiteral("pay"); }
    QObject *controller() override { return m_pay; }
    void attach(teahouse::account::AccountSession &) override {}
    void detach() override {}

private:
    FakePay *m_pay;
};

} // namespace

class TestScanUi : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_profile;
    std::unique_ptr<AppContext> m_app;
    FakePay m_pay;
    ScanFeature *m_scan = nullptr;
    QString m_suffix;
    teahouse::test::UiTestUtils m_ui{[this] {
        return m_app ? m_app->window() : nullptr;
    }};

    QQuickWindow *window() const { return m_app->window(); }
    QQuickItem *item(const QString &name) const { return m_ui.item(name); }
    bool shown(const QString &name) const { return m_ui.shown(name); }
    QString text(const QString &name) const { return m_ui.text(name); }
    ScanController &scanner() const { return m_scan->scanController(); }

    void settle() { m_ui.settle(); }
    void click(const QString &name) { QVERIFY2(m_ui.click(name), m_ui.why()); }

    void screenshot(const QString &name)
    {
        QVERIFY2(m_ui.screenshot(QStringLiteral(TEAHOUSE_BINARY_DIR "/test-screenshots/scan"),
                                 name + m_suffix),
                 m_ui.why());
    }

    void start(const QString &language, bool care, int scale)
    {
        m_profile = std::make_unique<QTemporaryDir>();
        CommandLineOptions options;
        options.profileDir = m_profile->path();
        options.language = language;
        options.careMode = care;
        if (scale != 100)
            options.scalePercent = scale;
        auto session = std::make_unique<FakeSessionController>();
        auto unlock =
            std::make_unique<FakeUnlockController>(UnlockController::Mode::EnterPassphrase);
        FakeSessionController *fakeSession = session.get();
        FakeUnlockController *fakeUnlock = unlock.get();
        AppContext::Controllers controllers{.session = std::move(session),
                                            .unlock = std::move(unlock)};
        controllers.features = [this](const FeatureEnv &env) {
            std::vector<std::unique_ptr<Feature>> features;
            auto scan = std::make_unique<ScanFeature>(env);
            m_scan = scan.get();
            features.push_back(std::move(scan));
            features.push_back(std::make_unique<FakePayFeature>(&m_pay));
            return features;
        };
        m_app = std::make_unique<AppContext>(std::move(options), std::move(controllers));
        const auto started = m_app->start();
        QVERIFY2(started.ok(), qPrintable(started.ok() ? QString() : started.error().message));
        window()->resize(1280, 800);
        QVERIFY(QTest::qWaitForWindowExposed(window()));
        fakeUnlock->unlock(fakeUnlock->correct);
        fakeSession->signedIn(QStringLiteral("lihua@localhost"));
        QCOMPARE(m_app->navigation().stage(), Navigation::Stage::Main);
        QVERIFY(m_scan);
    }

private Q_SLOTS:
    void cleanup()
    {
        if (QTest::currentTestFailed() && m_app && window()) {
            const QString dir = QStringLiteral(TEAHOUSE_BINARY_DIR "/test-screenshots");
            QDir().mkpath(dir);
            window()->grabWindow().save(dir + QStringLiteral("/tst_scan_ui-failure") + m_suffix +
                                        QStringLiteral(".png"));
        }
        m_app.reset();
        m_profile.reset();
        m_pay.payments.clear();
    }

    void screens_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<bool>("care");
        QTest::addColumn<int>("scale");
        QTest::newRow("en") << "en" << false << 100;
        QTest::newRow("zh_CN") << "zh_CN" << false << 100;
        QTest::newRow("en care 200%") << "en" << true << 200;
    }
    void screens()
    {
        QFETCH(QString, language);
        QFETCH(bool, care);
        QFETCH(int, scale);
        m_suffix = u'-' + language + (care ? QStringLiteral("-care") : QString());
        start(language, care, scale);

        // No camera on this machine: the start screen says so and offers the other ways in.
        m_app->navigation().openDiscoverPage(Navigation::DiscoverPage::Scan);
        settle();
        QVERIFY(shown("scan.page"));
        QVERIFY(!shown("scan.empty"));
        QVERIFY(!scanner().cameraAvailable());
        QVERIFY(!shown("scan.startCamera"));
        if (language == u"en")
            QCOMPARE(text("scan.cameraState"), QStringLiteral("No camera"));
        for (const char *name : {"scan.openFile", "scan.paste", "scan.screen"})
            QVERIFY2(shown(QString::fromLatin1(name)), name);
        screenshot(QStringLiteral("01-start-no-camera"));

        // Image files played as the camera: blank desk frames, then the code.
        QTemporaryDir frames;
        QImage desk(1280, 720, QImage::Format_RGB32);
        desk.fill(QColor(0x9a, 0x94, 0x88));
        for (int i = 0; i < 6; ++i)
            QVERIFY(desk.save(frames.filePath(QStringLiteral("%1.png").arg(i))));
        QRandomGenerator random(5);
        teahouse::test::FrameStyle style;
        style.size = QSize(1280, 720);
        style.codeSide = 380;
        style.angle = 12;
        QVERIFY(teahouse::test::cameraFrame(teahouse::test::codeImage(kRoster, 6), style, &random)
                    .convertToFormat(QImage::Format_RGB32)
                    .save(frames.filePath("6.png")));
        scanner().setFrameSource(
            std::make_unique<teahouse::ui::ImageFileFrameSource>(QStringList{frames.path()}, 4));
        settle();
        QVERIFY(shown("scan.startCamera"));
        QSignalSpy scanned(&scanner(), &ScanController::scanned);
        click("scan.startCamera");
        QCOMPARE(scanner().state(), ScanController::State::Live);
        QVERIFY(shown("scan.stopCamera"));
        screenshot(QStringLiteral("02-viewfinder"));
        QVERIFY(scanned.wait(15000));
        settle();
        QVERIFY(shown("scan.resultPage"));
        QCOMPARE(scanner().current().value("text").toString(), kRoster);
        // The contacts feature is not in this app: the button is there but disabled, and the
        // page says why.
        QVERIFY(shown("scan.act"));
        QVERIFY(!item("scan.act")->isEnabled());
        if (language == u"en")
            QVERIFY(text("scan.explanation").contains("not available"));
        screenshot(QStringLiteral("03-friend-from-camera"));

        // Two codes in one picture: the picker.
        QImage sheet(1000, 480, QImage::Format_RGB32);
        sheet.fill(Qt::white);
        {
            QPainter p(&sheet);
            p.drawImage(40, 40, teahouse::test::codeImage(kRoster, 5));
            p.drawImage(520, 40, teahouse::test::codeImage(kEmvco, 4));
        }
        scanner().scanImageNow(sheet, QStringLiteral("file"));
        settle();
        QVERIFY(shown("scan.picker"));
        QVERIFY(shown("scan.result.0"));
        QVERIFY(shown("scan.result.1"));
        QVERIFY(shown("scan.marker.0"));
        QVERIFY(shown("scan.marker.1"));
        screenshot(QStringLiteral("04-picker"));

        // The payment code: its page, and Pay hands over exactly the scanned text.
        click("scan.result.1");
        QVERIFY(shown("scan.resultPage"));
        QVERIFY(shown("scan.act"));
        QVERIFY(item("scan.act")->isEnabled());
        if (language == u"en") {
            QCOMPARE(text("scan.act"), QStringLiteral("Pay"));
            QCOMPARE(text("scan.resultTitle"), QStringLiteral("Payment code"));
        }
        screenshot(QStringLiteral("05-payment"));
        click("scan.act");
        QCOMPARE(m_pay.payments, QStringList{kEmvco});

        // Back to the picker, then the other code from its marker.
        click("scan.backToList");
        QVERIFY(shown("scan.picker"));
        click("scan.marker.0");
        QCOMPARE(scanner().current().value("text").toString(), kRoster);

        // A web address: shown in full, opened only by its own button.
        const QString url =
            QStringLiteral("https://teahouse.example/articles/2026/11/tea-culture?ref=qr&lang=zh");
        scanner().showText(url);
        settle();
        QVERIFY(shown("scan.fullAddress"));
        QCOMPARE(text("scan.fullAddress"), url);
        QVERIFY(shown("scan.openLink"));
        QVERIFY(!shown("scan.act"));
        screenshot(QStringLiteral("06-web-address"));

        // A damaged payment code: the error, and nothing to press but copy.
        QString damaged = kEmvco;
        damaged.replace(QStringLiteral("23.72"), QStringLiteral("93.72"));
        scanner().showText(damaged);
        settle();
        QVERIFY(shown("scan.resultError"));
        QVERIFY(!shown("scan.act"));
        screenshot(QStringLiteral("07-damaged"));
        QCOMPARE(m_pay.payments.size(), 1);

        // A WeChat Pay code: explained, never opened.
        scanner().showText(QStringLiteral("weixin://wxpay/bizpayurl?pr=abc123"));
        settle();
        QVERIFY(shown("scan.explanation"));
        QVERIFY(!shown("scan.act"));
        QVERIFY(!shown("scan.openLink"));
        screenshot(QStringLiteral("08-wechat-pay"));

        // A link opened through Navigation (a chat message, the system): shown on the scan page.
        click("scan.again");
        m_app->navigation().setSection(Navigation::Section::Chats);
        m_app->navigation().openUri(QStringLiteral("xmpp:city.localhost?command;node=permits"));
        settle();
        QCOMPARE(m_app->navigation().section(), Navigation::Section::Discover);
        QCOMPARE(m_app->navigation().discoverPage(), Navigation::DiscoverPage::Scan);
        QVERIFY(shown("scan.resultPage"));
        if (language == u"en")
            QVERIFY(text("scan.explanation").contains("permits"));
        screenshot(QStringLiteral("09-service-link"));
        // A payment link opened through Navigation goes straight to the pay flow.
        m_app->navigation().openUri(kEmvco);
        QCOMPARE(m_pay.payments.size(), 2);
    }
};

QTEST_MAIN(TestScanUi)
#include "tst_scan_ui.moc"
