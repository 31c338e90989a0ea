// The tray icon: the app icon renders from the resources, the unread badge is drawn in red in
// the top-right corner with the count, and 0 leaves the icon as it is.
#include "platform/TrayIcon.h"

#include <QGuiApplication>
#include <QTest>

using namespace teahouse::app;

class TestTrayBadge : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void appIconRendersFromTheSvg()
    {
        const QImage icon = TrayIcon::appIcon(64);
        QCOMPARE(icon.size(), QSize(64, 64));
        // The accent green in the middle of the background, transparent outside the rounded
        // corner: the SVG itself, not the plain fallback square.
        const QColor centreLeft = icon.pixelColor(12, 32);
        QVERIFY2(centreLeft.green() > 150 && centreLeft.red() < 60,
                 qPrintable(centreLeft.name()));
        QCOMPARE(icon.pixelColor(0, 0).alpha(), 0);
    }

    void zeroLeavesTheIcon()
    {
        const QImage icon = TrayIcon::appIcon(64);
        QCOMPARE(TrayIcon::badged(icon, 0), icon);
    }

    void badgeIsRedTopRight()
    {
        const QImage icon = TrayIcon::appIcon(64);
        for (int count : {1, 42, 1000}) {
            const QImage badged = TrayIcon::badged(icon, count);
            QCOMPARE(badged.size(), icon.size());
            QVERIFY(badged != icon);
            // Above the digits, at the centre of the badge's right-hand cap (the badge is half
            // the icon high, its caps a circle of radius 16): red. The digits are white and
            // fill the middle rows, so mid-height would sample them.
            const QColor badge = badged.pixelColor(64 - 16, 3);
            QVERIFY2(badge.red() > 200 && badge.green() < 90, qPrintable(badge.name()));
            // The bottom-left stays the icon.
            QCOMPARE(badged.pixelColor(12, 52), icon.pixelColor(12, 52));
        }
        // A wider badge for more digits.
        auto redWidth = [](const QImage &image) {
            int width = 0;
            for (int x = 0; x < image.width(); ++x) {
                const QColor c = image.pixelColor(x, 3);
                if (c.red() > 200 && c.green() < 90)
                    ++width;
            }
            return width;
        };
        QVERIFY(redWidth(TrayIcon::badged(icon, 100)) > redWidth(TrayIcon::badged(icon, 5)));
    }
};

QTEST_MAIN(TestTrayBadge)
#include "tst_tray_badge.moc"
