#include "TestServer.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QThread>
#include <cerrno>
#include <csignal>
#include <cstring>
#include <sys/types.h>

namespace teahouse::test {

namespace {

QString profileName(TestServerOptions::Sasl sasl)
{
    switch (sasl) {
    case TestServerOptions::Sasl::All:
        return QStringLiteral("all");
    case TestServerOptions::Sasl::ScramSha256:
        return QStringLiteral("scram-sha-256");
    case TestServerOptions::Sasl::ScramSha1:
        return QStringLiteral("scram-sha-1");
    case TestServerOptions::Sasl::Plaintext:
        return QStringLiteral("plaintext");
    }
    return QStringLiteral("all");
}

QString tail(const QString &path, int lines)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QList<QByteArray> all = file.readAll().split('\n');
    const qsizetype from = std::max<qsizetype>(0, all.size() - lines);
    return QString::fromUtf8(all.mid(from).join('\n'));
}

} // namespace

QString TestServer::scriptPath()
{
    return QStringLiteral(TEAHOUSE_SOURCE_DIR "/scripts/server");
}

QString TestServer::unavailableReason()
{
    if (!QFileInfo::exists(QStringLiteral("/usr/bin/prosody")))
        return QStringLiteral("prosody is not installed (apt-get install prosody); "
                              "integration tests need it");
    if (!QFileInfo(scriptPath()).isExecutable())
        return QStringLiteral("%1 is missing or not executable").arg(scriptPath());
    return {};
}

Result<std::unique_ptr<TestServer>> TestServer::start(const Options &options)
{
    std::unique_ptr<TestServer> server(new TestServer);
    if (!server->m_dir.isValid())
        return Error::make(Error::Code::Io,
                           QStringLiteral("cannot create a temporary directory: ") +
                               server->m_dir.errorString());
    if (qEnvironmentVariableIntValue("TEAHOUSE_KEEP_SERVER_DIR"))
        server->m_dir.setAutoRemove(false);

    server->m_options = options;
    auto out = server->run(startArguments(server->m_dir.path(), options));
    if (!out)
        return out.error();
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(out.value(), &parseError);
    if (!doc.isObject())
        return Error::make(Error::Code::Protocol,
                           QStringLiteral("scripts/server start printed no JSON (%1): %2")
                               .arg(parseError.errorString(), QString::fromUtf8(out.value())));
    server->m_info = doc.object();
    server->m_running = true;
    return server;
}

QStringList TestServer::startArguments(const QString &dir, const Options &options)
{
    QStringList args{QStringLiteral("start"),
                     QStringLiteral("--dir"),
                     dir,
                     QStringLiteral("--json"),
                     QStringLiteral("--domain"),
                     options.domain,
                     QStringLiteral("--sasl"),
                     profileName(options.sasl),
                     QStringLiteral("--tls-max"),
                     options.tls12Only ? QStringLiteral("1.2") : QStringLiteral("1.3"),
                     QStringLiteral("--log-level"),
                     options.logLevel};
    for (const QString &admin : options.admins)
        args << QStringLiteral("--admin") << admin;
    return args;
}

TestServer::~TestServer()
{
    if (m_running) {
        const Status stopped = stop();
        if (!stopped.ok())
            qWarning("TestServer: %s", qPrintable(stopped.error().message));
    }
    if (!m_dir.autoRemove())
        qWarning("TestServer: kept %s", qPrintable(m_dir.path()));
}

Result<QByteArray> TestServer::run(const QStringList &arguments, int timeoutMs)
{
    QProcess process;
    process.setProgram(scriptPath());
    process.setArguments(arguments);
    process.start();
    if (!process.waitForStarted(10000))
        return Error::make(
            Error::Code::Io,
            QStringLiteral("cannot run %1: %2").arg(scriptPath(), process.errorString()));
    process.closeWriteChannel();
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished(2000);
        return Error::make(Error::Code::Timeout, QStringLiteral("scripts/server %1 took over %2 ms")
                                                     .arg(arguments.value(0))
                                                     .arg(timeoutMs));
    }
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
        return Error::make(Error::Code::Unknown,
                           QStringLiteral("scripts/server %1 failed (exit %2):\n%3")
                               .arg(arguments.join(u' '))
                               .arg(process.exitCode())
                               .arg(QString::fromUtf8(process.readAllStandardError())));
    return process.readAllStandardOutput();
}

Status TestServer::addUser(const QString &user, const QString &password)
{
    auto out =
        run({QStringLiteral("adduser"), QStringLiteral("--dir"), m_dir.path(), user, password});
    if (!out)
        return out.error();
    return {};
}

Status TestServer::removeUser(const QString &user)
{
    auto out = run({QStringLiteral("deluser"), QStringLiteral("--dir"), m_dir.path(), user});
    if (!out)
        return out.error();
    return {};
}

Result<QString> TestServer::invite(const QString &rosterUser)
{
    QStringList args{QStringLiteral("invite"), QStringLiteral("--dir"), m_dir.path()};
    if (!rosterUser.isEmpty())
        args << QStringLiteral("--roster") << rosterUser;
    auto out = run(args);
    if (!out)
        return out.error();
    return QString::fromUtf8(out.value()).trimmed();
}

Result<QJsonObject> TestServer::probe(bool clientTls12Only)
{
    auto out = run({QStringLiteral("probe"), QStringLiteral("--dir"), m_dir.path(),
                    QStringLiteral("--tls-max"),
                    clientTls12Only ? QStringLiteral("1.2") : QStringLiteral("1.3")});
    if (!out)
        return out.error();
    const QJsonDocument doc = QJsonDocument::fromJson(out.value());
    if (!doc.isObject())
        return Error::make(Error::Code::Protocol, QStringLiteral("probe printed no JSON"));
    return doc.object();
}

Status TestServer::stop()
{
    if (!m_running)
        return {};
    m_running = false;
    auto out = run({QStringLiteral("stop"), QStringLiteral("--dir"), m_dir.path()});
    if (!out)
        return out.error();
    return {};
}

Status TestServer::kill()
{
    if (!m_running)
        return {};
    const qint64 serverPid = pid();
    if (serverPid <= 0 || ::kill(static_cast<pid_t>(serverPid), SIGKILL) != 0)
        return Error::make(Error::Code::Io, QStringLiteral("cannot SIGKILL prosody (pid %1): %2")
                                                .arg(serverPid)
                                                .arg(QString::fromLocal8Bit(strerror(errno))));
    // Reaped by whoever adopted it (it runs in its own session); a zombie counts as gone.
    const auto alive = [serverPid] {
        QFile stat(QStringLiteral("/proc/%1/stat").arg(serverPid));
        if (!stat.open(QIODevice::ReadOnly))
            return ::kill(static_cast<pid_t>(serverPid), 0) == 0;
        const QByteArray line = stat.readAll();
        const qsizetype paren = line.lastIndexOf(')');
        return paren > 0 && line.size() > paren + 2 && line.at(paren + 2) != 'Z';
    };
    for (int i = 0; i < 500 && alive(); ++i)
        QThread::msleep(10);
    m_running = false;
    return {};
}

Status TestServer::restart()
{
    if (m_running) {
        if (Status stopped = stop(); !stopped.ok())
            return stopped;
    }
    const quint16 port = c2sPort();
    auto out = run(startArguments(m_dir.path(), m_options)
                   << QStringLiteral("--port-c2s") << QString::number(port));
    if (!out)
        return out.error();
    const QJsonDocument doc = QJsonDocument::fromJson(out.value());
    if (!doc.isObject())
        return Error::make(Error::Code::Protocol,
                           QStringLiteral("scripts/server start printed no JSON: %1")
                               .arg(QString::fromUtf8(out.value())));
    m_info = doc.object();
    m_running = true;
    return {};
}

QList<QSslCertificate> TestServer::caCertificates() const
{
    return QSslCertificate::fromPath(caPath(), QSsl::Pem);
}

QStringList TestServer::mechanisms(Link link) const
{
    const QJsonObject all = m_info.value(u"mechanisms").toObject();
    const char16_t *key = link == Link::Tls13   ? u"tls13"
                          : link == Link::Tls12 ? u"tls12"
                                                : u"plaintext";
    QStringList result;
    for (const QJsonValue &v : all.value(QStringView(key)).toArray())
        result << v.toString();
    return result;
}

QString TestServer::logTail(int lines) const
{
    return tail(logPath(), lines);
}

quint16 TestServer::port(QStringView name) const
{
    return static_cast<quint16>(m_info.value(u"ports").toObject().value(name).toInt());
}

QString TestServer::component(QStringView name) const
{
    return m_info.value(u"components").toObject().value(name).toString();
}

} // namespace teahouse::test
