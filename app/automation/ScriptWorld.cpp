#include "ScriptWorld.h"

#include "ScriptProcess.h"
#include "qr/QrImageWriter.h"

#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QJSEngine>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTimer>

namespace teahouse::app::automation {

namespace {

bool isSourceTree(const QDir &dir)
{
    return QFileInfo(dir.filePath(QStringLiteral("scripts/server"))).isFile() &&
           QFileInfo(dir.filePath(QStringLiteral("tests/support/peer.py"))).isFile();
}

QString findSourceTree(const QString &start)
{
    QDir dir(start);
    for (int up = 0; up < 12; ++up) {
        if (isSourceTree(dir))
            return dir.absolutePath();
        if (!dir.cdUp())
            break;
    }
    return {};
}

} // namespace

ScriptWorld::ScriptWorld(QJSEngine &engine, QString scriptPath, QObject *parent)
    : QObject(parent)
    , m_engine(engine)
    , m_scriptPath(std::move(scriptPath))
{
    const QString fromEnv = qEnvironmentVariable("TEAHOUSE_SOURCE_DIR");
    if (!fromEnv.isEmpty() && isSourceTree(QDir(fromEnv)))
        m_sourceDir = QDir(fromEnv).absolutePath();
    if (m_sourceDir.isEmpty())
        m_sourceDir = findSourceTree(QFileInfo(m_scriptPath).absolutePath());
    if (m_sourceDir.isEmpty())
        m_sourceDir = findSourceTree(QDir::currentPath());
    const QString worldDir = qEnvironmentVariable("TEAHOUSE_WORLD_DIR");
    if (!worldDir.isEmpty() && QDir().mkpath(worldDir))
        m_worldDir = QDir(worldDir).absolutePath();
}

QStringList ScriptWorld::worldEnvironment() const
{
    if (m_worldDir.isEmpty())
        return {};
    const QDir world(m_worldDir);
    const QString home = world.filePath(QStringLiteral("home"));
    const QString runtime = world.filePath(QStringLiteral("runtime"));
    const QString tmp = world.filePath(QStringLiteral("tmp"));
    for (const QString &dir : {home, runtime, tmp})
        QDir().mkpath(dir);
    QFile::setPermissions(runtime,
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    return {QStringLiteral("HOME=") + home,
            QStringLiteral("XDG_CACHE_HOME=") + home + QStringLiteral("/.cache"),
            QStringLiteral("XDG_CONFIG_HOME=") + home + QStringLiteral("/.config"),
            QStringLiteral("XDG_DATA_HOME=") + home + QStringLiteral("/.local/share"),
            QStringLiteral("XDG_STATE_HOME=") + home + QStringLiteral("/.local/state"),
            QStringLiteral("XDG_RUNTIME_DIR=") + runtime,
            QStringLiteral("TMPDIR=") + tmp};
}

ScriptWorld::~ScriptWorld()
{
    for (auto it = m_processes.rbegin(); it != m_processes.rend(); ++it)
        delete it->data();
}

QVariantMap ScriptWorld::run(const QString &program, const QStringList &arguments, int timeoutMs,
                             const QString &input)
{
    QProcess process;
    QEventLoop loop;
    QTimer timer;
    timer.setSingleShot(true);
    connect(&timer, &QTimer::timeout, &loop, &QEventLoop::quit);
    connect(&process, &QProcess::finished, &loop, &QEventLoop::quit);
    connect(&process, &QProcess::errorOccurred, &loop, &QEventLoop::quit);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const QString &entry : worldEnvironment())
        env.insert(entry.section(u'=', 0, 0), entry.section(u'=', 1));
    process.setProcessEnvironment(env);
    process.start(program, arguments);
    if (!process.waitForStarted(10000)) {
        return {{QStringLiteral("exitCode"), -1},
                {QStringLiteral("stdout"), QString()},
                {QStringLiteral("stderr"),
                 QStringLiteral("cannot run %1: %2").arg(program, process.errorString())},
                {QStringLiteral("timedOut"), false}};
    }
    if (!input.isEmpty())
        process.write(input.toUtf8());
    process.closeWriteChannel();
    timer.start(timeoutMs);
    if (process.state() != QProcess::NotRunning)
        loop.exec();
    const bool timedOut = process.state() != QProcess::NotRunning;
    if (timedOut) {
        process.kill();
        process.waitForFinished(2000);
    }
    return {{QStringLiteral("exitCode"), timedOut ? -1 : process.exitCode()},
            {QStringLiteral("stdout"), QString::fromUtf8(process.readAllStandardOutput())},
            {QStringLiteral("stderr"), QString::fromUtf8(process.readAllStandardError())},
            {QStringLiteral("timedOut"), timedOut}};
}

QJSValue ScriptWorld::start(const QString &program, const QStringList &arguments,
                            const QVariantMap &options)
{
    auto *process = new ScriptProcess(program, arguments, this);
    QString error;
    // The options' variables come last: they win over the world's.
    if (!process->start(worldEnvironment() + options.value(QStringLiteral("env")).toStringList(),
                        options.value(QStringLiteral("cwd")).toString(), &error)) {
        delete process;
        m_engine.throwError(error);
        return {};
    }
    m_processes << process;
    QJSEngine::setObjectOwnership(process, QJSEngine::CppOwnership);
    return m_engine.newQObject(process);
}

void ScriptWorld::stopAll()
{
    for (auto it = m_processes.rbegin(); it != m_processes.rend(); ++it)
        if (*it)
            (*it)->stop(2000);
}

QString ScriptWorld::tempDir()
{
    const QString base = m_worldDir.isEmpty() ? QDir::tempPath() : m_worldDir;
    auto dir = std::make_unique<QTemporaryDir>(base + QStringLiteral("/teahouse-scenario-XXXXXX"));
    if (!dir->isValid()) {
        m_engine.throwError(
            QStringLiteral("cannot create a temporary directory: %1").arg(dir->errorString()));
        return {};
    }
    if (qEnvironmentVariableIntValue("TEAHOUSE_KEEP_SERVER_DIR"))
        dir->setAutoRemove(false);
    const QString path = dir->path();
    m_dirs.push_back(std::move(dir));
    return path;
}

QString ScriptWorld::providerPath() const
{
    const QString fromEnv = qEnvironmentVariable("TEAHOUSE_PROVIDER");
    if (!fromEnv.isEmpty())
        return QFileInfo(fromEnv).isExecutable() ? fromEnv : QString();
    // The app lives in <build>/app; the provider in <build>/tools/provider.
    const QDir appDir(QCoreApplication::applicationDirPath());
    const QStringList candidates = {
        appDir.filePath(QStringLiteral("../tools/provider/teahouse-provider")),
        appDir.filePath(QStringLiteral("teahouse-provider")),
    };
    for (const QString &candidate : candidates)
        if (QFileInfo(candidate).isExecutable())
            return QFileInfo(candidate).canonicalFilePath();
    return {};
}

QString ScriptWorld::python() const
{
    const QString fromEnv = qEnvironmentVariable("TEAHOUSE_PYTHON");
    return fromEnv.isEmpty() ? QStringLiteral("/usr/bin/python3") : fromEnv;
}

bool ScriptWorld::fileExists(const QString &path) const
{
    return QFileInfo::exists(path);
}

QString ScriptWorld::readFile(const QString &path) const
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_engine.throwError(QStringLiteral("can't read %1: %2").arg(path, file.errorString()));
        return {};
    }
    return QString::fromUtf8(file.readAll());
}

bool ScriptWorld::writeFile(const QString &path, const QString &text) const
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        m_engine.throwError(QStringLiteral("can't write %1: %2").arg(path, file.errorString()));
        return false;
    }
    file.write(text.toUtf8());
    return true;
}

QString ScriptWorld::environment(const QString &name) const
{
    return qEnvironmentVariable(name.toUtf8().constData());
}

QString ScriptWorld::writeQrCode(const QString &text, const QString &path, int minimumSide) const
{
    auto image = qr::QrImageWriter::render(text, minimumSide);
    if (!image.ok()) {
        m_engine.throwError(
            QStringLiteral("can't draw a QR code of %1: %2").arg(text, image.error().message));
        return {};
    }
    QDir().mkpath(QFileInfo(path).absolutePath());
    if (!image->save(path, "PNG")) {
        m_engine.throwError(QStringLiteral("can't write %1").arg(path));
        return {};
    }
    return path;
}

} // namespace teahouse::app::automation
