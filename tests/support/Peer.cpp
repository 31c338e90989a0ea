#include "Peer.h"

#include "TestServer.h"

#include <QDeadlineTimer>
#include <QEventLoop>
#include <QJsonDocument>
#include <QTimer>

namespace teahouse::test {

namespace {

QString python()
{
    // The python3 first on PATH may lack Debian's slixmpp; Debian's own interpreter has it.
    const QString fromEnv = qEnvironmentVariable("TEAHOUSE_PYTHON");
    return fromEnv.isEmpty() ? QStringLiteral("/usr/bin/python3") : fromEnv;
}

} // namespace

Peer::Peer(QString name)
    : m_name(std::move(name))
{
    QObject::connect(&m_process, &QProcess::readyReadStandardOutput, &m_process,
                     [this] { readLines(); });
    QObject::connect(&m_process, &QProcess::readyReadStandardError, &m_process,
                     [this] { m_stderr += m_process.readAllStandardError(); });
}

Peer::~Peer()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    command(QJsonObject{{QStringLiteral("cmd"), QStringLiteral("quit")}});
    m_process.closeWriteChannel();
    if (!m_process.waitForFinished(5000)) {
        m_process.kill();
        m_process.waitForFinished(2000);
    }
}

QString Peer::scriptPath()
{
    return QStringLiteral(TEAHOUSE_SOURCE_DIR "/tests/support/peer.py");
}

Status Peer::start(int timeoutMs)
{
    m_process.setProgram(python());
    m_process.setArguments({scriptPath()});
    m_process.start();
    if (!m_process.waitForStarted(timeoutMs))
        return Error::make(
            Error::Code::Io,
            QStringLiteral("%1: cannot run %2: %3").arg(m_name, python(), m_process.errorString()));
    if (!waitForEvent(QStringLiteral("ready"), timeoutMs))
        return Error::make(Error::Code::Timeout,
                           QStringLiteral("%1 did not start:\n%2").arg(m_name, diagnostics()));
    return {};
}

void Peer::command(const QJsonObject &command)
{
    m_process.write(QJsonDocument(command).toJson(QJsonDocument::Compact) + '\n');
}

Result<QJsonObject> Peer::request(QJsonObject command, int timeoutMs)
{
    const int tag = m_nextTag++;
    command.insert(QStringLiteral("tag"), tag);
    this->command(command);
    const auto reply = waitForEvent(
        [tag](const QJsonObject &e) { return e.value(u"tag").toInt(-1) == tag; }, timeoutMs);
    if (!reply)
        return Error::make(Error::Code::Timeout, QStringLiteral("%1: no reply to %2 within %3 ms")
                                                     .arg(m_name, command.value(u"cmd").toString())
                                                     .arg(timeoutMs));
    if (reply->value(u"event").toString() == u"error")
        return Error::make(Error::Code::Protocol, QStringLiteral("%1: %2 failed: %3 %4")
                                                      .arg(m_name, command.value(u"cmd").toString(),
                                                           reply->value(u"message").toString(),
                                                           reply->value(u"xml").toString()));
    return *reply;
}

std::optional<QJsonObject> Peer::waitForEvent(const Predicate &predicate, int timeoutMs)
{
    const QDeadlineTimer deadline(timeoutMs);
    for (;;) {
        readLines();
        for (qsizetype i = 0; i < m_pending.size(); ++i) {
            if (predicate(m_pending.at(i)))
                return m_pending.takeAt(i);
        }
        if (deadline.hasExpired() || m_process.state() == QProcess::NotRunning)
            return std::nullopt;
        // Sleep in the event loop until the peer prints something or time is up.
        QEventLoop loop;
        QTimer timer;
        timer.setSingleShot(true);
        QObject::connect(&timer, &QTimer::timeout, &loop, &QEventLoop::quit);
        QObject::connect(&m_process, &QProcess::readyReadStandardOutput, &loop, &QEventLoop::quit);
        QObject::connect(&m_process, &QProcess::finished, &loop, &QEventLoop::quit);
        timer.start(std::clamp<qint64>(deadline.remainingTime(), 1, 200));
        loop.exec();
    }
}

std::optional<QJsonObject> Peer::waitForEvent(const QString &event, int timeoutMs)
{
    return waitForEvent(
        [&event](const QJsonObject &e) { return e.value(u"event").toString() == event; },
        timeoutMs);
}

Status Peer::signIn(const TestServer &server, const QString &user, const QString &password,
                    const QJsonObject &extra, int timeoutMs)
{
    QJsonObject connect{{QStringLiteral("cmd"), QStringLiteral("connect")},
                        {QStringLiteral("jid"), server.jid(user)},
                        {QStringLiteral("password"), password},
                        {QStringLiteral("host"), server.host()},
                        {QStringLiteral("port"), server.c2sPort()},
                        {QStringLiteral("ca"), server.caPath()},
                        {QStringLiteral("resource"), m_name}};
    for (auto it = extra.begin(); it != extra.end(); ++it)
        connect.insert(it.key(), it.value());
    if (connect.value(u"direct_tls").toBool() && !extra.contains(u"port"))
        connect.insert(QStringLiteral("port"), server.directTlsPort());
    command(connect);
    const auto outcome = waitForEvent(
        [](const QJsonObject &e) {
            const QString name = e.value(u"event").toString();
            return name == u"session_start" || name == u"auth_failed" ||
                   name == u"connection_failed" || name == u"disconnected" ||
                   (name == u"error" && e.value(u"cmd").toString() == u"connect");
        },
        timeoutMs);
    if (!outcome)
        return Error::make(Error::Code::Timeout, QStringLiteral("%1: no session within %2 ms\n%3")
                                                     .arg(m_name)
                                                     .arg(timeoutMs)
                                                     .arg(diagnostics()));
    const QString name = outcome->value(u"event").toString();
    if (name != u"session_start")
        return Error::make(
            name == u"auth_failed" ? Error::Code::Authentication : Error::Code::Network,
            QStringLiteral("%1: %2 %3")
                .arg(m_name, name,
                     outcome->value(u"reason").toString() + outcome->value(u"message").toString()));
    m_boundJid = outcome->value(u"jid").toString();
    return {};
}

void Peer::sendMessage(const QString &to, const QString &body, const QString &type)
{
    command({{QStringLiteral("cmd"), QStringLiteral("message")},
             {QStringLiteral("to"), to},
             {QStringLiteral("body"), body},
             {QStringLiteral("type"), type}});
}

void Peer::sendPresence(const QString &to, const QString &type)
{
    command({{QStringLiteral("cmd"), QStringLiteral("presence")},
             {QStringLiteral("to"), to},
             {QStringLiteral("type"), type}});
}

Result<QJsonArray> Peer::roster(int timeoutMs)
{
    auto reply = request({{QStringLiteral("cmd"), QStringLiteral("roster")}}, timeoutMs);
    if (!reply)
        return reply.error();
    return reply->value(u"items").toArray();
}

QString Peer::subscription(const QString &jid, int timeoutMs)
{
    const auto items = roster(timeoutMs);
    if (!items)
        return {};
    for (const QJsonValue &item : items.value()) {
        if (item.toObject().value(u"jid").toString() == jid)
            return item.toObject().value(u"subscription").toString();
    }
    return {};
}

QString Peer::diagnostics() const
{
    QString text = m_name + QStringLiteral(" events:\n");
    for (const QJsonObject &e : m_history)
        text += QString::fromUtf8(QJsonDocument(e).toJson(QJsonDocument::Compact)) + u'\n';
    return text + m_name + QStringLiteral(" stderr:\n") + QString::fromUtf8(m_stderr);
}

void Peer::readLines()
{
    m_buffer += m_process.readAllStandardOutput();
    qsizetype newline;
    while ((newline = m_buffer.indexOf('\n')) >= 0) {
        const QByteArray line = m_buffer.left(newline).trimmed();
        m_buffer.remove(0, newline + 1);
        if (line.isEmpty())
            continue;
        const QJsonDocument doc = QJsonDocument::fromJson(line);
        if (!doc.isObject())
            continue;
        m_pending.append(doc.object());
        m_history.append(doc.object());
    }
}

} // namespace teahouse::test
