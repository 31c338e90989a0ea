// The Debian package: cpack builds it from this build tree, apt-get installs it (resolving its
// Depends), and the installed program runs: --version, a headless screenshot tour and a
// tester's scenario from the installed files only. The package is removed again at the end. Needs root for apt.
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <unistd.h>

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run run(const QString &program, const QStringList &arguments, int timeoutMs = 300000,
        const QString &workingDir = {}, const QProcessEnvironment &env = {})
{
    QProcess process;
    if (!workingDir.isEmpty())
        process.setWorkingDirectory(workingDir);
    QProcessEnvironment environment =
        env.isEmpty() ? QProcessEnvironment::systemEnvironment() : env;
    environment.insert("DEBIAN_FRONTEND", "noninteractive");
    process.setProcessEnvironment(environment);
    process.start(program, arguments);
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        return {-1, {}, QStringLiteral("timed out: ") + program};
    }
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

QString explain(const Run &r)
{
    return QStringLiteral("exit %1\n--- stdout\n%2\n--- stderr\n%3")
        .arg(r.exitCode)
        .arg(r.out.right(4000), r.err.right(4000));
}

} // namespace

class TestDebPackage : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_deb;
    bool m_installed = false;

private Q_SLOTS:
    void initTestCase()
    {
        if (geteuid() != 0)
            QSKIP("not root: this test installs the .deb with apt-get (run the suite as root)");
        for (const char *tool : {"apt-get", "dpkg-deb", "dpkg-shlibdeps", "cpack"})
            if (QStandardPaths::findExecutable(QString::fromLatin1(tool)).isEmpty())
                QSKIP(qPrintable(QStringLiteral("%1 is not installed").arg(tool)));
        QVERIFY(m_dir.isValid());
    }

    void cleanupTestCase()
    {
        if (m_installed) {
            const Run removed = run("apt-get", {"remove", "-y", "-q", "teahouse"});
            QVERIFY2(removed.exitCode == 0, qPrintable(explain(removed)));
            QVERIFY(!QFile::exists("/usr/bin/teahouse"));
        }
    }

    void cpackBuildsTheDeb()
    {
        const Run cpack = run("cpack", {"--config", TEAHOUSE_BUILD_DIR "/CPackConfig.cmake",
                                        "-G", "DEB", "-B", m_dir.path()});
        QVERIFY2(cpack.exitCode == 0, qPrintable(explain(cpack)));
        const QStringList debs = QDir(m_dir.path()).entryList({"teahouse_*.deb"}, QDir::Files);
        QCOMPARE(debs.size(), 1);
        QVERIFY2(debs.constFirst().endsWith("_amd64.deb") || debs.constFirst().endsWith(".deb"),
                 qPrintable(debs.constFirst()));
        m_deb = QDir(m_dir.path()).filePath(debs.constFirst());

        // Depends: the linked libraries (dpkg-shlibdeps) and what Qt loads at run time.
        const Run depends = run("dpkg-deb", {"-f", m_deb, "Depends"});
        QCOMPARE(depends.exitCode, 0);
        for (const char *package :
             {"libqt6quick6", "libqt6widgets6", "libqt6dbus6", "libsqlcipher", "libssl3",
              "libqt6svg6", "qml6-module-qtquick-controls", "qml6-module-qtquick-layouts",
              "qml6-module-qtquick-templates", "qml6-module-qtqml-workerscript"})
            QVERIFY2(depends.out.contains(QString::fromLatin1(package)),
                     qPrintable(QStringLiteral("%1 missing in Depends: %2")
                                    .arg(package, depends.out)));

        const Run contents = run("dpkg-deb", {"-c", m_deb});
        QCOMPARE(contents.exitCode, 0);
        for (const char *path :
             {"./usr/bin/teahouse", "./usr/share/applications/chat.teahouse.Teahouse.desktop",
              "./usr/share/metainfo/chat.teahouse.Teahouse.metainfo.xml",
              "./usr/share/icons/hicolor/48x48/apps/chat.teahouse.Teahouse.png",
              "./usr/share/icons/hicolor/256x256/apps/chat.teahouse.Teahouse.png",
              "./usr/share/icons/hicolor/scalable/apps/chat.teahouse.Teahouse.svg"})
            QVERIFY2(contents.out.contains(QString::fromLatin1(path)), path);
        // Nothing but the app: no test programs, no build tools.
        QVERIFY(!contents.out.contains("tst_"));
        QVERIFY(!contents.out.contains("render_icons"));
    }

    void aptInstallsIt()
    {
        QVERIFY(!m_deb.isEmpty());
        // "./file.deb": apt installs the local file and resolves its Depends.
        const Run install = run("apt-get", {"install", "-y", "-q", "--no-install-recommends",
                                            "./" + QFileInfo(m_deb).fileName()},
                                600000, m_dir.path());
        QVERIFY2(install.exitCode == 0, qPrintable(explain(install)));
        m_installed = true;
        const Run status = run("dpkg-query", {"-W", "-f=${Status} ${Version}", "teahouse"});
        QVERIFY2(status.out.startsWith("install ok installed"), qPrintable(status.out));
        QVERIFY(QFile::exists("/usr/bin/teahouse"));
    }

    void installedProgramPrintsItsVersion()
    {
        QVERIFY(m_installed);
        const Run installed = run("/usr/bin/teahouse", {"--version"}, 30000);
        QVERIFY2(installed.exitCode == 0, qPrintable(explain(installed)));
        const Run built = run(TEAHOUSE_BINARY, {"--version"}, 30000);
        QCOMPARE(installed.out, built.out);
        QVERIFY(installed.out.startsWith("Teahouse "));
        QVERIFY(installed.out.contains("\nSQLCipher "));
    }

    void installedProgramRunsHeadless()
    {
        QVERIFY(m_installed);
        QTemporaryDir profile;
        QTemporaryDir shots;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert("QT_QPA_PLATFORM", "offscreen");
        // Only the installed files: no build-tree paths for plugins or QML.
        env.remove("QML_IMPORT_PATH");
        env.remove("QML2_IMPORT_PATH");
        env.remove("QT_PLUGIN_PATH");
        env.remove("LD_LIBRARY_PATH");
        const Run tour = run("/usr/bin/teahouse",
                             {"--profile", profile.path(), "--screenshot-tour", shots.path()},
                             300000, QDir::rootPath(), env);
        QVERIFY2(tour.exitCode == 0, qPrintable(explain(tour)));
        const QStringList pngs = QDir(shots.path()).entryList({"*.png"}, QDir::Files);
        QVERIFY2(pngs.size() >= 3, qPrintable(pngs.join(u' ') + explain(tour)));
        for (const QString &png : pngs)
            QVERIFY2(QFileInfo(QDir(shots.path()).filePath(png)).size() > 1000,
                     qPrintable(png));
        QVERIFY2(!tour.err.contains("module \"") && !tour.err.contains("is not installed"),
                 qPrintable(tour.err));
    }

    void installedProgramRunsAScenario()
    {
        QVERIFY(m_installed);
        // A tester's scenario run by the installed program alone: the sign-in screen, its
        // validation, and the language switched at run time (the installed translations).
        QTemporaryDir work;
        const QString script = QDir(work.path()).filePath("installed.js");
        QFile file(script);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(R"(stopOnFailure()
test("the installed sign-in screen", function () {
    waitForItem("signin.title")
    compare(app.state().stage, "SignIn")
    verify(!isEnabled("signin.submit"), "Sign in is disabled while the fields are empty")
    type("signin.account", "someone@example.org")
    type("signin.password", "a password")
    verify(isEnabled("signin.submit"), "Sign in is enabled once both fields are filled")
})
test("the installed Chinese catalogue", function () {
    app.setLanguage("zh_CN")
    waitFor(() => app.language() === "zh_CN", 5000, "the Chinese catalogue")
    verify(/[\u4e00-\u9fff]/.test(text("signin.submit")),
           "the button in Chinese: " + text("signin.submit"))
})
)");
        file.close();
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert("QT_QPA_PLATFORM", "offscreen");
        env.insert("TEAHOUSE_PASSPHRASE", "installed-scenario-passphrase");
        env.remove("QML_IMPORT_PATH");
        env.remove("QML2_IMPORT_PATH");
        env.remove("QT_PLUGIN_PATH");
        env.remove("LD_LIBRARY_PATH");
        const QString junit = QDir(work.path()).filePath("junit.xml");
        const Run scenario =
            run("/usr/bin/teahouse",
                {"--profile", QDir(work.path()).filePath("profile"), "--script", script,
                 "--junit", junit},
                300000, QDir::rootPath(), env);
        QVERIFY2(scenario.exitCode == 0, qPrintable(explain(scenario)));
        QFile report(junit);
        QVERIFY(report.open(QIODevice::ReadOnly));
        const QByteArray xml = report.readAll();
        QVERIFY2(xml.contains("tests=\"2\"") && xml.contains("failures=\"0\""),
                 xml.constData());
    }

    void desktopDatabaseKnowsTheXmppHandler()
    {
        QVERIFY(m_installed);
        // desktop-file-utils' dpkg trigger refreshes the MIME cache when the .desktop lands.
        if (QStandardPaths::findExecutable("update-desktop-database").isEmpty())
            QSKIP("desktop-file-utils is not installed: no MIME cache to check");
        QFile cache("/usr/share/applications/mimeinfo.cache");
        QVERIFY(cache.open(QIODevice::ReadOnly));
        const QByteArray text = cache.readAll();
        QVERIFY2(text.contains("x-scheme-handler/xmpp=") &&
                     text.contains("chat.teahouse.Teahouse.desktop"),
                 text.constData());
    }
};

QTEST_GUILESS_MAIN(TestDebPackage)
#include "tst_deb_package.moc"
