// The scenario runner (app/automation) checked from outside and inside: `teahouse --script`
// runs on small scenarios (exit codes, the failing line, timeouts that name their condition,
// missing objectNames with suggestions, a valid JUnit file that counts the steps, failure
// screenshots), input synthesis on a probe item in-process (clicks, double and right clicks,
// typing, keys, wheel, drag and file drops), and that a normal start has no automation at all:
// no runner, no listening port.
#include "AppContext.h"
#include "automation/ItemFinder.h"
#include "automation/JUnitReport.h"
#include "automation/ScenarioRunner.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QProcess>
#include <QQmlComponent>
#include <QQuickItem>
#include <QQuickWindow>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>
#include <array>

using namespace teahouse::app;
using namespace teahouse::app::automation;

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
    QString junit;
    QString screenshots;
};

struct JUnitSummary
{
    bool valid = false;
    QString error;
    int tests = -1;
    int failures = -1;
    int errors = -1;
    int skipped = -1;
    int stepsProperty = -1;
    int stepsSum = 0;
    QStringList names;
    QStringList failureMessages;
};

// Parses the report with a real XML reader: well-formed or not, and what it counts.
JUnitSummary readJUnit(const QString &path)
{
    JUnitSummary s;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        s.error = QStringLiteral("no report at ") + path;
        return s;
    }
    QXmlStreamReader xml(&file);
    int testcases = 0;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto a = xml.attributes();
        if (xml.name() == u"testsuite") {
            s.tests = a.value(QLatin1String("tests")).toInt();
            s.failures = a.value(QLatin1String("failures")).toInt();
            s.errors = a.value(QLatin1String("errors")).toInt();
            s.skipped = a.value(QLatin1String("skipped")).toInt();
        } else if (xml.name() == u"property" && a.value(QLatin1String("name")) == u"steps") {
            s.stepsProperty = a.value(QLatin1String("value")).toInt();
        } else if (xml.name() == u"testcase") {
            ++testcases;
            s.names << a.value(QLatin1String("name")).toString();
            s.stepsSum += a.value(QLatin1String("steps")).toInt();
        } else if (xml.name() == u"failure" || xml.name() == u"error") {
            s.failureMessages << a.value(QLatin1String("message")).toString();
        }
    }
    if (xml.hasError()) {
        s.error = xml.errorString();
        return s;
    }
    s.valid = testcases == s.tests;
    if (!s.valid)
        s.error =
            QStringLiteral("%1 <testcase> elements, tests=\"%2\"").arg(testcases).arg(s.tests);
    return s;
}

// Sockets this process listens on (TCP, v4 and v6): their inodes among its descriptors.
QStringList listeningSockets(qint64 pid)
{
    QSet<QString> inodes;
    const QDir fds(QStringLiteral("/proc/%1/fd").arg(pid));
    for (const QString &fd : fds.entryList(QDir::NoDotAndDotDot | QDir::System | QDir::Files)) {
        const QString target = QFile::symLinkTarget(fds.filePath(fd));
        static const QRegularExpression socket(QStringLiteral("socket:\\[(\\d+)\\]"));
        const auto m = socket.match(target);
        if (m.hasMatch())
            inodes.insert(m.captured(1));
    }
    QStringList listening;
    for (const char *table : {"tcp", "tcp6"}) {
        QFile file(QStringLiteral("/proc/%1/net/%2").arg(pid).arg(QLatin1String(table)));
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QList<QByteArray> lines = file.readAll().split('\n');
        for (const QByteArray &line : lines.mid(1)) {
            const QList<QByteArray> f = line.simplified().split(' ');
            // sl local remote st ... inode (field 9)
            if (f.size() > 9 && f.at(3) == "0A" && inodes.contains(QString::fromLatin1(f.at(9))))
                listening << QString::fromLatin1(table) + u' ' + QString::fromLatin1(f.at(1));
        }
    }
    return listening;
}

} // namespace

class TestAutomation : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_count = 0;

    QString writeScenario(const QString &name, const QString &source)
    {
        const QString path = m_dir.filePath(name + QStringLiteral(".js"));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return {};
        file.write(source.toUtf8());
        return path;
    }

    static QProcessEnvironment environment()
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("TEAHOUSE_SOURCE_DIR"), QStringLiteral(TEAHOUSE_SOURCE_DIR));
        return env;
    }

    // Runs `teahouse --script` on source (saved as name.js).
    Run runScenario(const QString &name, const QString &source, int timeoutMs = 90000)
    {
        Run run;
        const QString script = writeScenario(name, source);
        const QString base = m_dir.filePath(QStringLiteral("%1-%2").arg(name).arg(++m_count));
        run.junit = base + QStringLiteral(".xml");
        run.screenshots = base + QStringLiteral("-screenshots");
        QProcess process;
        process.setProcessEnvironment(environment());
        process.start(QStringLiteral(TEAHOUSE_APP_BINARY),
                      {QStringLiteral("--script"), script, QStringLiteral("--junit"), run.junit,
                       QStringLiteral("--screenshots"), run.screenshots});
        if (!process.waitForFinished(timeoutMs)) {
            process.kill();
            process.waitForFinished();
        }
        run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        run.out = QString::fromUtf8(process.readAllStandardOutput());
        run.err = QString::fromUtf8(process.readAllStandardError());
        return run;
    }

    static QString show(const Run &run)
    {
        return QStringLiteral("exit %1\n--- stdout\n%2\n--- stderr\n%3")
            .arg(run.exitCode)
            .arg(run.out, run.err.right(3000));
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    // ---------------------------------------------------------------- pure parts

    void editDistance()
    {
        QCOMPARE(ItemFinder::editDistance(u"kitten", u"sitting"), 3);
        QCOMPARE(ItemFinder::editDistance(u"", u"abc"), 3);
        QCOMPARE(ItemFinder::editDistance(u"signin.account", u"signin.account"), 0);
    }

    void nearestNames()
    {
        const QStringList names = {QStringLiteral("chats.list"), QStringLiteral("chats.empty"),
                                   QStringLiteral("contacts.list"), QStringLiteral("rail.chats"),
                                   QStringLiteral("settings.language")};
        const QStringList near = ItemFinder::nearest(QStringLiteral("chats.lst"), names);
        QVERIFY(!near.isEmpty());
        QCOMPARE(near.constFirst(), QStringLiteral("chats.list"));
        QVERIFY(!near.contains(QStringLiteral("settings.language")));
        QCOMPARE(ItemFinder::nearest(QStringLiteral("rail.chat"), names).constFirst(),
                 QStringLiteral("rail.chats"));
        QVERIFY(ItemFinder::nearest(QStringLiteral("zzzzzzzzzzzzzzzz"), names).isEmpty());
    }

    void junitEscapesEverything()
    {
        JUnitReport report(QStringLiteral("suite <&>"));
        TestCaseResult ok;
        ok.name = QStringLiteral("a \"quoted\" & <tagged> name");
        ok.steps = {QStringLiteral("click \"x\""), QStringLiteral("type \x01 control")};
        report.add(ok);
        TestCaseResult bad;
        bad.name = QStringLiteral("fails");
        bad.outcome = TestCaseResult::Outcome::Failed;
        bad.message = QStringLiteral("expected <b> & found \x02]]>");
        bad.location = QStringLiteral("x.js:7");
        bad.detail = QStringLiteral("stack ]]> \x1b[0m");
        report.add(bad);
        const QString path = m_dir.filePath(QStringLiteral("escape.xml"));
        QVERIFY(report.write(path, 42).ok());
        const JUnitSummary s = readJUnit(path);
        QVERIFY2(s.valid, qPrintable(s.error));
        QCOMPARE(s.tests, 2);
        QCOMPARE(s.failures, 1);
        QCOMPARE(s.stepsProperty, 2);
        QCOMPARE(s.names.constFirst(), ok.name);
        QVERIFY(s.failureMessages.constFirst().startsWith(u"x.js:7: expected <b> & found"));
    }

    // ---------------------------------------------------------------- the runner, from outside

    void passingScenarioExitsZero()
    {
        const Run run = runScenario(QStringLiteral("passing"), QStringLiteral(R"(
test("the sign-in screen shows", function () {
    waitForItem("signin.title")
    verify(text("signin.title").length > 0, "a title")
    compare(app.state().stage, "SignIn")
})
test("typing goes into the field", function () {
    type("signin.account", "anna@example.org")
    compare(text("signin.account"), "anna@example.org")
    type("signin.account", "李")
    compare(text("signin.account"), "anna@example.org李")
    press("Backspace")
    compare(text("signin.account"), "anna@example.org")
})
test("screenshots are saved", function () {
    const path = screenshot("sign in")
    verify(world.fileExists(path), "the screenshot file " + path)
})
)"));
        QVERIFY2(run.exitCode == 0, qPrintable(show(run)));
        QVERIFY(run.out.contains(u"PASS   : the sign-in screen shows"));
        QVERIFY(run.out.contains(u"Totals: 3 passed, 0 failed"));
        const JUnitSummary s = readJUnit(run.junit);
        QVERIFY2(s.valid, qPrintable(s.error));
        QCOMPARE(s.tests, 3);
        QCOMPARE(s.failures, 0);
        QCOMPARE(s.errors, 0);
        QCOMPARE(s.names, QStringList({QStringLiteral("the sign-in screen shows"),
                                       QStringLiteral("typing goes into the field"),
                                       QStringLiteral("screenshots are saved")}));
        // type ×2, press: three steps in the second test, at least one (screenshot) elsewhere.
        QVERIFY2(s.stepsSum >= 3, qPrintable(QString::number(s.stepsSum)));
        QCOMPARE(s.stepsProperty, s.stepsSum);
        QVERIFY(!QDir(run.screenshots).entryList({QStringLiteral("*sign-in.png")}).isEmpty());
    }

    void failingAssertionNamesTheLine()
    {
        const Run run = runScenario(QStringLiteral("failing"),
                                    QStringLiteral("test(\"compares\", function () {\n"
                                                   "    const found = \"a\"\n"
                                                   "    compare(found, \"b\", \"the letter\")\n"
                                                   "})\n"
                                                   "test(\"runs after a failure\", function () {\n"
                                                   "    verify(true)\n"
                                                   "})\n"));
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.out.contains(u"failing.js:3: the letter: expected \"b\", found \"a\""),
                 qPrintable(show(run)));
        QVERIFY(run.out.contains(u"PASS   : runs after a failure"));
        const JUnitSummary s = readJUnit(run.junit);
        QVERIFY2(s.valid, qPrintable(s.error));
        QCOMPARE(s.tests, 2);
        QCOMPARE(s.failures, 1);
        QCOMPARE(s.failureMessages.size(), 1);
        QVERIFY2(s.failureMessages.constFirst().startsWith(u"failing.js:3: "),
                 qPrintable(s.failureMessages.constFirst()));
        // A screenshot of the failure, a real image.
        const QStringList shots =
            QDir(run.screenshots).entryList({QStringLiteral("*compares-failure.png")});
        QCOMPARE(shots.size(), 1);
        const QImage image(QDir(run.screenshots).filePath(shots.constFirst()));
        QVERIFY(!image.isNull());
        QCOMPARE(image.size(), QSize(1280, 800));
    }

    void timeoutNamesTheCondition()
    {
        const Run run =
            runScenario(QStringLiteral("timeout"),
                        QStringLiteral("test(\"waits\", function () {\n"
                                       "    waitFor(() => exists(\"never.there\"), 300)\n"
                                       "})\n"
                                       "test(\"waits with words\", function () {\n"
                                       "    waitFor(() => false, 200, \"the moon to turn blue\")\n"
                                       "})\n"));
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.out.contains(u"timeout.js:2: timed out after 300 ms waiting for the "
                                  u"condition at timeout.js:2: waitFor(() => "
                                  u"exists(\"never.there\"), 300)"),
                 qPrintable(show(run)));
        QVERIFY2(run.out.contains(
                     u"timeout.js:5: timed out after 200 ms waiting for the moon to turn blue"),
                 qPrintable(show(run)));
        const JUnitSummary s = readJUnit(run.junit);
        QVERIFY2(s.valid, qPrintable(s.error));
        QCOMPARE(s.failures, 2);
    }

    void missingNameSuggestsNearest()
    {
        const Run run = runScenario(QStringLiteral("missing"),
                                    QStringLiteral("app.setDefaultTimeout(300)\n"
                                                   "test(\"clicks a typo\", function () {\n"
                                                   "    click(\"signin.acount\")\n"
                                                   "})\n"
                                                   "test(\"waits for a typo\", function () {\n"
                                                   "    waitForItem(\"signin.sbumit\", 200)\n"
                                                   "})\n"));
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.out.contains(u"missing.js:3: click \"signin.acount\": no item "
                                  u"\"signin.acount\"; nearest names: signin.account"),
                 qPrintable(show(run)));
        QVERIFY2(run.out.contains(u"missing.js:6: ") &&
                     run.out.contains(u"nearest names: signin.submit"),
                 qPrintable(show(run)));
    }

    void errorsSkipsAndStopOnFailure()
    {
        const Run run = runScenario(QStringLiteral("errors"),
                                    QStringLiteral("test(\"a script error\", function () {\n"
                                                   "    notDefined()\n"
                                                   "})\n"
                                                   "test(\"skipped\", function () {\n"
                                                   "    skip(\"no provider here\")\n"
                                                   "})\n"
                                                   "stopOnFailure()\n"
                                                   "test(\"never runs\", function () {\n"
                                                   "    fail(\"should not run\")\n"
                                                   "})\n"));
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.out.contains(u"errors.js:2: ReferenceError: notDefined is not defined"),
                 qPrintable(show(run)));
        const JUnitSummary s = readJUnit(run.junit);
        QVERIFY2(s.valid, qPrintable(s.error));
        QCOMPARE(s.tests, 3);
        QCOMPARE(s.errors, 1);
        QCOMPARE(s.skipped, 2);
        QCOMPARE(s.failures, 0);
        QVERIFY(!run.out.contains(u"should not run"));
    }

    void syntaxErrorFailsTheRun()
    {
        const Run run =
            runScenario(QStringLiteral("syntax"), QStringLiteral("verify(true)\n\nconst x = (\n"));
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.out.contains(u"syntax.js:"), qPrintable(show(run)));
        QVERIFY(run.out.contains(u"SyntaxError"));
        const JUnitSummary s = readJUnit(run.junit);
        QVERIFY2(s.valid, qPrintable(s.error));
        QCOMPARE(s.tests, 1);
        QCOMPARE(s.errors, 1);
    }

    void scriptWithoutTestsIsOneCase()
    {
        const Run run = runScenario(
            QStringLiteral("plain"),
            QStringLiteral("waitForItem(\"signin.submit\")\n"
                           "setText(\"signin.account\", \"x@y\")\n"
                           "compare(property(\"signin.account\", \"text\"), \"x@y\")\n"));
        QVERIFY2(run.exitCode == 0, qPrintable(show(run)));
        const JUnitSummary s = readJUnit(run.junit);
        QVERIFY2(s.valid, qPrintable(s.error));
        QCOMPARE(s.tests, 1);
        QCOMPARE(s.names, QStringList{QStringLiteral("plain")});
        QCOMPARE(s.stepsProperty, 1);
    }

    void missingScriptFileFails()
    {
        QProcess process;
        process.setProcessEnvironment(environment());
        process.start(QStringLiteral(TEAHOUSE_APP_BINARY),
                      {QStringLiteral("--script"), m_dir.filePath(QStringLiteral("nope.js"))});
        QVERIFY(process.waitForFinished(60000));
        QCOMPARE(process.exitCode(), 1);
        QVERIFY(process.readAllStandardError().contains("can't read the scenario"));
    }

    // ---------------------------------------------------------------- no automation unless asked

    void normalRunHasNoAutomation()
    {
        QTemporaryDir profile;
        QProcess process;
        QProcessEnvironment env = environment();
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(TEAHOUSE_APP_BINARY),
                      {QStringLiteral("--profile"), profile.path()});
        QVERIFY(process.waitForStarted());
        // Long enough for the window, the QML and any server to be up.
        QTest::qWait(3000);
        QCOMPARE(process.state(), QProcess::Running);
        const QStringList listening = listeningSockets(process.processId());
        process.terminate();
        if (!process.waitForFinished(10000)) {
            process.kill();
            process.waitForFinished();
        }
        QVERIFY2(listening.isEmpty(), qPrintable(listening.join(u", ")));
        const QString out = QString::fromUtf8(process.readAllStandardOutput());
        QVERIFY2(!out.contains(u"Scenario"), qPrintable(out));
    }

    void scriptRunListensOnNoPortEither()
    {
        // While a scenario waits, the app has no listening socket: scripts are files, not a
        // remote-control port.
        const QString script =
            writeScenario(QStringLiteral("idle"), QStringLiteral("sleep(2500)\nverify(true)\n"));
        QProcess process;
        process.setProcessEnvironment(environment());
        process.start(QStringLiteral(TEAHOUSE_APP_BINARY), {QStringLiteral("--script"), script});
        QVERIFY(process.waitForStarted());
        QTest::qWait(1800);
        const QStringList listening = listeningSockets(process.processId());
        QVERIFY(process.waitForFinished(60000));
        QCOMPARE(process.exitCode(), 0);
        QVERIFY2(listening.isEmpty(), qPrintable(listening.join(u", ")));
        QVERIFY(process.readAllStandardOutput().contains("********* Scenario"));
    }

    void commandLineOptions()
    {
        const QProcessEnvironment none;
        auto parsed = parseCommandLine({QStringLiteral("teahouse"), QStringLiteral("--script"),
                                        QStringLiteral("a.js"), QStringLiteral("--junit"),
                                        QStringLiteral("r.xml"), QStringLiteral("--screenshots"),
                                        QStringLiteral("shots")},
                                       none);
        QVERIFY(parsed.ok());
        QCOMPARE(parsed.value().scriptFile, QStringLiteral("a.js"));
        QCOMPARE(parsed.value().junitFile, QStringLiteral("r.xml"));
        QCOMPARE(parsed.value().scriptScreenshotDir, QStringLiteral("shots"));
        QVERIFY(!parseCommandLine({QStringLiteral("teahouse"), QStringLiteral("--junit"),
                                   QStringLiteral("r.xml")},
                                  none)
                     .ok());
        // Without --profile a scenario gets a throw-away profile; with one it keeps it.
        CommandLineOptions options = parsed.value();
        auto temp = ScenarioRunner::useThrowAwayProfile(options);
        QVERIFY(temp);
        QCOMPARE(options.profileDir, temp->path());
        options.profileDir = QStringLiteral("/tmp/mine");
        QVERIFY(!ScenarioRunner::useThrowAwayProfile(options));
        CommandLineOptions normal;
        QVERIFY(!ScenarioRunner::useThrowAwayProfile(normal));
        QVERIFY(normal.profileDir.isEmpty());
    }

    // ---------------------------------------------------------------- side by side, plug-ins

    void runsSideBySideWithoutTheLock()
    {
        // A scenario run takes no single-instance lock: next to a normal Teahouse on the same
        // profile, and next to another scenario run, each one runs its own script (a forwarded
        // start would exit 0 without running anything). And it notifies into a recording
        // notifier, never the desktop: unreadCount() is 0, not -1.
        QTemporaryDir profile;
        QProcess normal;
        normal.setProcessEnvironment(environment());
        normal.start(QStringLiteral(TEAHOUSE_APP_BINARY),
                     {QStringLiteral("--profile"), profile.path()});
        QVERIFY(normal.waitForStarted());
        QTest::qWait(2500); // its lock is taken
        QCOMPARE(normal.state(), QProcess::Running);

        const QString script = writeScenario(QStringLiteral("side"), QStringLiteral(R"(
test("runs here", function () {
    waitForItem("signin.title")
    sleep(1500)
    compare(app.unreadCount(), 0, "the unread count of a recording notifier")
    compare(app.notifications(), [], "nothing notified yet")
})
)"));
        std::array<QProcess, 2> runs;
        for (QProcess &run : runs) {
            run.setProcessEnvironment(environment());
            run.start(
                QStringLiteral(TEAHOUSE_APP_BINARY),
                {QStringLiteral("--script"), script, QStringLiteral("--profile"), profile.path()});
            QVERIFY(run.waitForStarted());
        }
        for (QProcess &run : runs) {
            QVERIFY(run.waitForFinished(90000));
            const QString out = QString::fromUtf8(run.readAllStandardOutput());
            const QString err = QString::fromUtf8(run.readAllStandardError());
            QVERIFY2(run.exitCode() == 0 && out.contains(u"Totals: 1 passed, 0 failed"),
                     qPrintable(out + u'\n' + err.right(2000)));
        }
        QCOMPARE(normal.state(), QProcess::Running); // the normal one was left alone
        normal.terminate();
        if (!normal.waitForFinished(10000)) {
            normal.kill();
            normal.waitForFinished();
        }
    }

    void failureInAHelperFileNamesBothLines()
    {
        QDir(m_dir.path()).mkpath(QStringLiteral("lib"));
        QFile lib(m_dir.filePath(QStringLiteral("lib/checks.js")));
        QVERIFY(lib.open(QIODevice::WriteOnly | QIODevice::Truncate));
        lib.write("// a helper file\n"
                  "function expectTwo(x) {\n"
                  "    compare(x, 2, \"the helper's value\")\n"
                  "}\n");
        lib.close();
        const Run run = runScenario(QStringLiteral("helperfail"),
                                    QStringLiteral("include(\"lib/checks.js\")\n"
                                                   "test(\"calls a helper\", function () {\n"
                                                   "    expectTwo(2)\n"
                                                   "    expectTwo(3)\n"
                                                   "})\n"));
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.out.contains(u"helperfail.js:4 (in checks.js:3): the helper's value: "
                                  u"expected 2, found 3"),
                 qPrintable(show(run)));
    }

    void includedFilesExtendPeerAndWorld()
    {
        // A helper file (include, relative to the scenario) adds Peer actions with Peer.define
        // and world helpers; a built-in cannot be replaced. world.writeQrCode draws a code
        // that the app's own scanner reads back.
        QDir(m_dir.path()).mkpath(QStringLiteral("lib"));
        QFile lib(m_dir.filePath(QStringLiteral("lib/plugin.js")));
        QVERIFY(lib.open(QIODevice::WriteOnly | QIODevice::Truncate));
        lib.write(R"(
Peer.define("greet", function (name) { return this.user + " greets " + name })
world.twice = function (x) { return x + x }
)");
        lib.close();
        const QString code = m_dir.filePath(QStringLiteral("code.png"));
        const Run run = runScenario(QStringLiteral("plugins"), QStringLiteral(R"(
include("lib/plugin.js")
test("a defined action", function () {
    const p = new Peer(null, "zhang", "zhang@localhost", "pw")
    compare(p.greet("李华"), "zhang greets 李华")
    compare(world.twice("ab"), "abab")
})
test("built-ins stay", function () {
    let refused = ""
    try { Peer.define("sendMessage", function () {}) } catch (e) { refused = e.message }
    contains(refused, "built in")
})
test("a QR code file", function () {
    const path = world.writeQrCode("xmpp:zhang@localhost?roster;name=Zhang", "%1")
    verify(world.fileExists(path), path)
})
)")
                                                                   .arg(code));
        QVERIFY2(run.exitCode == 0, qPrintable(show(run)));
        QVERIFY(run.out.contains(u"Totals: 3 passed, 0 failed"));
        QProcess scan;
        scan.setProcessEnvironment(environment());
        scan.start(QStringLiteral(TEAHOUSE_APP_BINARY), {QStringLiteral("scan"), code});
        QVERIFY(scan.waitForFinished(30000));
        QCOMPARE(scan.exitCode(), 0);
        const QByteArray decoded = scan.readAllStandardOutput();
        QVERIFY2(decoded.contains("xmpp:zhang@localhost?roster;name=Zhang"), decoded.constData());
    }

    // ---------------------------------------------------------------- input, in-process

    void inputReachesItems()
    {
        QTemporaryDir profile;
        CommandLineOptions options;
        options.profileDir = profile.path();
        AppContext context(options);
        QVERIFY(context.start().ok());

        // A probe on top of everything that records what it receives.
        QQmlComponent component(&context.engine());
        component.setData(R"(
import QtQuick
Rectangle {
    objectName: "probe"
    width: 600; height: 500; z: 1000; color: "white"
    property int taps: 0
    property int doubleTaps: 0
    property int rightTaps: 0
    property var dropped: []
    property real dragged: 0
    MouseArea {
        objectName: "probe.area"
        x: 0; y: 0; width: 300; height: 100
        acceptedButtons: Qt.LeftButton | Qt.RightButton
        onClicked: (mouse) => { if (mouse.button === Qt.RightButton) parent.rightTaps++; else parent.taps++ }
        onDoubleClicked: parent.doubleTaps++
    }
    TextInput { objectName: "probe.input"; x: 0; y: 110; width: 300; height: 30 }
    Flickable {
        objectName: "probe.flick"
        x: 310; y: 0; width: 280; height: 200; contentHeight: 2000; clip: true
        Rectangle { objectName: "probe.far"; y: 1500; width: 100; height: 40; color: "red" }
    }
    DropArea {
        objectName: "probe.drop"
        x: 0; y: 150; width: 300; height: 100
        onDropped: (drop) => { parent.dropped = drop.urls.map(u => u.toString()); drop.accept() }
    }
    Rectangle {
        objectName: "probe.handle"; x: 0; y: 300; width: 40; height: 40; color: "blue"
        DragHandler { onActiveChanged: if (!active) parent.parent.dragged = parent.x }
    }
    Rectangle { objectName: "probe.target"; x: 200; y: 300; width: 40; height: 40 }
}
)",
                          QUrl(QStringLiteral("probe.qml")));
        auto *probe = qobject_cast<QQuickItem *>(component.create());
        QVERIFY2(probe, qPrintable(component.errorString()));
        probe->setParentItem(context.window()->contentItem());

        const QString file = m_dir.filePath(QStringLiteral("dropped file.txt"));
        {
            QFile f(file);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("x");
        }
        const QString script = writeScenario(QStringLiteral("input"), QStringLiteral(R"(
test("clicks", function () {
    click("probe.area")
    click("probe.area")
    compare(property("probe", "taps"), 2, "two single clicks")
    compare(property("probe", "doubleTaps"), 0, "no double click from two separate clicks")
    doubleClick("probe.area")
    compare(property("probe", "doubleTaps"), 1, "a double click")
    rightClick("probe.area")
    compare(property("probe", "rightTaps"), 1, "a right click")
})
test("typing and keys", function () {
    type("probe.input", "Hello 你好")
    compare(text("probe.input"), "Hello 你好")
    press("Backspace")
    compare(text("probe.input"), "Hello 你")
    press("Home")
    compare(property("probe.input", "cursorPosition"), 0, "Home moved the cursor")
    type("probe.input", ">")
    compare(text("probe.input"), "Hello 你>", "type() continues at the end")
    press("Ctrl+A", "probe.input")
    press("Delete")
    compare(text("probe.input"), "")
})
test("wheel and scrolling into view", function () {
    scroll("probe.flick", 3)
    waitFor(() => property("probe.flick", "contentY") > 0, 3000, "the wheel to scroll down")
    scrollIntoView("probe.far")
    const y = property("probe.flick", "contentY")
    verify(y > 1200 && y <= 1500, "scrolled to the far item, contentY " + y)
}
)
test("drops files", function () {
    verify(dropFiles("probe.drop", [")") + file + QStringLiteral(R"("]), "the drop was accepted")
    const dropped = property("probe", "dropped")
    compare(dropped.length, 1)
    contains(decodeURIComponent(dropped[0]), "dropped file.txt")
})
test("drags", function () {
    dragTo("probe.handle", "probe.target")
    verify(property("probe", "dragged") > 100, "the handle moved: " + property("probe", "dragged"))
})
)"));
        ScenarioOptions scenario;
        scenario.scriptFile = script;
        scenario.screenshotDir = m_dir.filePath(QStringLiteral("input-shots"));
        ScenarioRunner runner(context, scenario);
        const int code = runner.run();
        QStringList problems;
        for (const TestCaseResult &c : runner.report().cases())
            if (c.outcome != TestCaseResult::Outcome::Passed)
                problems << c.name + QStringLiteral(": ") + c.location + QStringLiteral(" ") +
                                c.message;
        QVERIFY2(code == 0, qPrintable(problems.join(u'\n')));
        QCOMPARE(runner.report().cases().size(), 5);
        delete probe;
    }
};

QTEST_MAIN(TestAutomation)
#include "tst_automation.moc"
