// The layout audit (issue 10): the real app (AppContext with every feature of
// app/features/FeatureList.cpp; no server, an account signed in so the shell and the
// features' empty states show) in a 1280×800 window, every screen of the screenshot tour
// (the built-in screens and FeatureHost::tourStops()), in English and Chinese, at 100 % and at
// 200 % in care mode. It fails on text that is elided, cut off, spilling out of its box or
// drawn over other text or a control; on text or an icon under 4.5:1 (care mode: 7:1) against
// the colour painted under it; on a control smaller than Theme.minimumHitSize; on a control
// without an objectName or an Accessible.name. Each screen is saved as a PNG
// (TEAHOUSE_AUDIT_DIR) and every finding is printed with the item's objectName path.
#include "AppContext.h"
#include "AuditControllers.h"
#include "LayoutAudit.h"
#include "ScreenshotTour.h"
#include "common/Theme.h"
#include "features/FeatureHost.h"
#include "features/FeatureList.h"
#include "shell/Navigation.h"
#include "shell/Preferences.h"

#include <QDir>
#include <QQuickItem>
#include <QQuickWindow>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using teahouse::app::AppContext;
using teahouse::app::CommandLineOptions;
using teahouse::app::TourStop;
using teahouse::ui::Navigation;

namespace {

// Findings in other helpers' screens that are known and reported to the lead (issue 10
// report), so the audit stays strict for everything else. Each names the feature's file, the
// screen, a piece of the item's path and the kind of problem; keep it short and remove an
// entry as soon as it is fixed (the test warns when an entry no longer matches anything).
struct KnownFinding
{
    const char *file;   // the file to fix (for the report)
    const char *screen; // tour screen name
    const char *path;   // a substring of the item's objectName path
    const char *kind;   // elided, clipped, overflow, overlap, small, unnamed
};

const QList<KnownFinding> knownFindings = {};

} // namespace

class TestLayoutAudit : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_profile;
    std::unique_ptr<AppContext> m_app;

    QQuickWindow *window() const { return m_app->window(); }

    void start()
    {
        m_profile = std::make_unique<QTemporaryDir>();
        QVERIFY(m_profile->isValid());
        CommandLineOptions options;
        options.profileDir = m_profile->path();
        auto session = std::make_unique<AuditSessionController>();
        AuditSessionController *fake = session.get();
        AppContext::Controllers controllers;
        controllers.session = std::move(session);
        controllers.unlock = std::make_unique<AuditUnlockController>();
        controllers.features = &teahouse::app::makeFeatures;
        m_app = std::make_unique<AppContext>(std::move(options), std::move(controllers));
        const auto started = m_app->start();
        QVERIFY2(started.ok(), qPrintable(started.ok() ? QString() : started.error().message));
        fake->signedIn(QStringLiteral("lihua@localhost"));
        window()->resize(1280, 800);
        QVERIFY(QTest::qWaitForWindowExposed(window()));
    }

    void settle()
    {
        // Wrapped text can need a second layout pass: let a few frames through.
        for (int i = 0; i < 4; ++i) {
            QSignalSpy frame(window(), &QQuickWindow::frameSwapped);
            QCoreApplication::processEvents();
            window()->update();
            frame.wait(2000);
        }
    }

private Q_SLOTS:
    void cleanup() { m_app.reset(); }

    void everyScreen_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<bool>("care");
        QTest::addColumn<int>("scale");
        QTest::newRow("en normal 100%") << "en" << false << 100;
        QTest::newRow("zh_CN normal 100%") << "zh_CN" << false << 100;
        QTest::newRow("en care 200%") << "en" << true << 200;
        QTest::newRow("zh_CN care 200%") << "zh_CN" << true << 200;
    }

    void everyScreen()
    {
        QFETCH(QString, language);
        QFETCH(bool, care);
        QFETCH(int, scale);
        start();
        if (QTest::currentTestFailed())
            return;
        auto &preferences = m_app->preferences();
        preferences.overrideLanguage(language);
        preferences.overrideCareMode(care);
        preferences.overrideScalePercent(scale);
        QCOMPARE(m_app->theme()->careMode(), care);
        QCOMPARE(qRound(m_app->theme()->textScale() * 100), scale);

        // Exactly the screens of `teahouse --screenshot-tour`.
        const QList<TourStop> stops = teahouse::app::ScreenshotTour(*m_app, QString()).stops();
        QVERIFY(stops.size() >= 11);

        const QString dir =
            qEnvironmentVariable("TEAHOUSE_AUDIT_DIR", QStringLiteral(TEAHOUSE_AUDIT_DIR));
        QVERIFY(QDir().mkpath(dir));
        const QString mode =
            care ? QStringLiteral("care%1").arg(scale) : QStringLiteral("normal%1").arg(scale);
        const int minimumHit = m_app->theme()->minimumHitSize();
        QVERIFY(minimumHit >= (care ? 44 : 24));

        QStringList failures;
        QSet<int> knownSeen;
        int number = 0;
        for (const TourStop &stop : std::as_const(stops)) {
            stop.show();
            settle();
            const QString shot = QDir(dir).filePath(QStringLiteral("%1-%2-%3-%4.png")
                                                        .arg(++number, 2, 10, QLatin1Char('0'))
                                                        .arg(stop.name, language, mode));
            QVERIFY(window()->grabWindow().save(shot));

            LayoutAudit audit(window(), minimumHit, care ? 7.0 : 4.5);
            const QList<LayoutAudit::Finding> findings = audit.run();
            QVERIFY2(audit.textsSeen() > 3,
                     qPrintable(stop.name + QStringLiteral(": almost no text on screen")));
            QVERIFY2(audit.controlsSeen() > 0,
                     qPrintable(stop.name + QStringLiteral(": no control on screen")));
            for (const LayoutAudit::Finding &finding : findings) {
                int known = -1;
                for (int k = 0; k < knownFindings.size(); ++k) {
                    const KnownFinding &entry = knownFindings.at(k);
                    if (stop.name == QLatin1String(entry.screen) &&
                        finding.kind == QLatin1String(entry.kind) &&
                        finding.path.contains(QLatin1String(entry.path)))
                        known = k;
                }
                const QString line = QStringLiteral("[%1 %2 %3] %4")
                                         .arg(stop.name, language, mode, finding.toString());
                if (known >= 0) {
                    knownSeen.insert(known);
                    qInfo("known (%s): %s", knownFindings.at(known).file, qPrintable(line));
                } else {
                    failures << line;
                }
            }
        }
        for (int k = 0; k < knownFindings.size(); ++k)
            if (!knownSeen.contains(k))
                qInfo("known finding not seen in this run (fixed?): %s %s %s",
                      knownFindings.at(k).screen, knownFindings.at(k).path,
                      knownFindings.at(k).kind);
        for (const QString &line : std::as_const(failures))
            qWarning("%s", qPrintable(line));
        qInfo("%d screens audited, screenshots in %s", number, qPrintable(dir));
        QVERIFY2(failures.isEmpty(),
                 qPrintable(QStringLiteral("%1 layout or accessibility problems (listed above)")
                                .arg(failures.size())));
    }
};

QTEST_MAIN(TestLayoutAudit)
#include "tst_layout_audit.moc"
