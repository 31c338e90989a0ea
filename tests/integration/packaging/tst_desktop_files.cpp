// The Linux desktop files pass their validators (appstreamcli, desktop-file-validate), the
// .desktop file handles xmpp: links and names the icon the package installs, and the icon is
// rendered in every hicolor size.
#include "TestUtils.h"

#include <QFile>
#include <QImage>
#include <QProcess>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>

namespace {

const QString appId = QStringLiteral("chat.teahouse.Teahouse");

struct Run
{
    int exitCode = -1;
    QString output;
};

Run run(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(program, arguments);
    if (!process.waitForFinished(60000))
        return {-1, QStringLiteral("timed out")};
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAll())};
}

} // namespace

class TestDesktopFiles : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void metainfoValidates()
    {
        const QString appstreamcli = QStandardPaths::findExecutable("appstreamcli");
        if (appstreamcli.isEmpty())
            QSKIP("appstreamcli is not installed (Debian package appstream)");
        const QString metainfo = teahouse::test::sourcePath(
            "packaging/linux/chat.teahouse.Teahouse.metainfo.xml");
        const Run result = run(appstreamcli, {"validate", "--no-net", metainfo});
        QVERIFY2(result.exitCode == 0, qPrintable(result.output));
        QVERIFY2(result.output.contains("Validation was successful"), qPrintable(result.output));
    }

    void desktopFileValidates()
    {
        const QString validator = QStandardPaths::findExecutable("desktop-file-validate");
        if (validator.isEmpty())
            QSKIP("desktop-file-validate is not installed (Debian package desktop-file-utils)");
        const QString desktop =
            teahouse::test::sourcePath("packaging/linux/chat.teahouse.Teahouse.desktop");
        const Run result = run(validator, {desktop});
        QVERIFY2(result.exitCode == 0 && result.output.trimmed().isEmpty(),
                 qPrintable(result.output));
    }

    void desktopFileHandlesXmppLinks()
    {
        QSettings desktop(
            teahouse::test::sourcePath("packaging/linux/chat.teahouse.Teahouse.desktop"),
            QSettings::IniFormat);
        desktop.beginGroup("Desktop Entry");
        QVERIFY(desktop.value("MimeType").toString().split(u';').contains(
            "x-scheme-handler/xmpp"));
        // %u: the link is passed as one argument, which main() hands to Navigation::openUri.
        QCOMPARE(desktop.value("Exec").toString(), "teahouse %u");
        QCOMPARE(desktop.value("Icon").toString(), appId);
        // AppStream's launchable names this file.
        QFile metainfo(teahouse::test::sourcePath(
            "packaging/linux/chat.teahouse.Teahouse.metainfo.xml"));
        QVERIFY(metainfo.open(QIODevice::ReadOnly));
        QVERIFY(metainfo.readAll().contains(
            "<launchable type=\"desktop-id\">chat.teahouse.Teahouse.desktop</launchable>"));
    }

    void iconsInEveryHicolorSize()
    {
        for (int size : {16, 22, 24, 32, 48, 64, 128, 256, 512}) {
            const QString path = QStringLiteral(TEAHOUSE_ICON_DIR
                                                "/hicolor/%1x%1/apps/chat.teahouse.Teahouse.png")
                                     .arg(size);
            const QImage image(path);
            QVERIFY2(!image.isNull(), qPrintable(path));
            QCOMPARE(image.size(), QSize(size, size));
            // Drawn, not empty: the centre of the icon is opaque.
            QCOMPARE(image.pixelColor(size / 2, size / 2).alpha(), 255);
        }
        QFile ico(QStringLiteral(TEAHOUSE_ICON_DIR "/teahouse.ico"));
        QVERIFY(ico.open(QIODevice::ReadOnly));
        const QByteArray header = ico.read(6);
        QCOMPARE(header.left(4), QByteArray("\0\0\1\0", 4));
        QCOMPARE(int(uchar(header.at(4))), 6); // six sizes
    }
};

QTEST_GUILESS_MAIN(TestDesktopFiles)
#include "tst_desktop_files.moc"
