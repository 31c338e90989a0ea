#pragma once

#include "../stream/StreamTestSupport.h"
#include "TestServer.h"

#include <QProcess>
#include <QStringList>

// Runs tests/integration/fault/fault_client (a Teahouse client in its own process) on a profile
// folder and reads its progress lines, so a test can SIGKILL it at a chosen step and start it
// again on the same profile.
namespace teahouse::test {

class FaultClientProcess
{
public:
    FaultClientProcess(const TestServer &server, QString profile, QString user, QString password)
        : m_server(server)
        , m_profile(std::move(profile))
        , m_user(std::move(user))
        , m_password(std::move(password))
    {}
    ~FaultClientProcess()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished(3000);
        }
    }

    // port: another c2s port (a proxy), 0 for the server's.
    bool start(const QString &mode, const QStringList &extra = {}, quint16 port = 0)
    {
        m_lines.clear();
        m_buffer.clear();
        m_process.setProgram(QStringLiteral(FAULT_CLIENT));
        m_process.setArguments(
            QStringList{mode, QStringLiteral("--profile"), m_profile, QStringLiteral("--host"),
                        m_server.host(), QStringLiteral("--port"),
                        QString::number(port ? port : m_server.c2sPort()), QStringLiteral("--jid"),
                        m_server.jid(m_user), QStringLiteral("--password"), m_password,
                        QStringLiteral("--ca"), m_server.caPath()} +
            extra);
        m_process.setProcessChannelMode(QProcess::SeparateChannels);
        m_process.start();
        return m_process.waitForStarted(10000);
    }

    // The first line starting with prefix (consumed with everything before it); empty on
    // timeout or when the process ended without printing it.
    QString waitForLine(const QString &prefix, int timeoutMs = 30000)
    {
        QString found;
        waitFor(
            [&] {
                read();
                while (!m_lines.isEmpty()) {
                    const QString line = m_lines.takeFirst();
                    m_seen.append(line);
                    if (line.startsWith(prefix)) {
                        found = line;
                        return true;
                    }
                }
                return m_process.state() == QProcess::NotRunning && m_buffer.isEmpty() &&
                       !m_process.bytesAvailable();
            },
            timeoutMs);
        return found;
    }

    // The bytes fault_client uploads for `upload --size`: the same for the same size.
    static QByteArray pattern(qint64 size)
    {
        QByteArray data(size, Qt::Uninitialized);
        quint32 x = 2463534242u;
        for (qint64 i = 0; i < size; ++i) {
            x ^= x << 13;
            x ^= x >> 17;
            x ^= x << 5;
            data[i] = char(x & 0xff);
        }
        return data;
    }

    [[nodiscard]] qint64 processId() const { return m_process.processId(); }

    // SIGKILL: no chance to flush, close or say goodbye.
    void kill()
    {
        m_process.kill();
        m_process.waitForFinished(5000);
    }

    // Exit code after it ended by itself (-1 when killed or still running after timeoutMs).
    int waitForExit(int timeoutMs = 60000)
    {
        waitFor([&] { return m_process.state() == QProcess::NotRunning; }, timeoutMs);
        read();
        m_seen.append(m_lines);
        m_lines.clear();
        if (m_process.state() != QProcess::NotRunning ||
            m_process.exitStatus() != QProcess::NormalExit)
            return -1;
        return m_process.exitCode();
    }

    // Every line read so far and the process's stderr: for failure messages.
    QString diagnostics()
    {
        read();
        return QStringLiteral("stdout:\n%1\nstderr:\n%2")
            .arg(m_seen.join(u'\n'),
                 QString::fromUtf8(m_process.readAllStandardError()).right(4000));
    }

private:
    void read()
    {
        m_buffer += m_process.readAllStandardOutput();
        qsizetype nl;
        while ((nl = m_buffer.indexOf('\n')) >= 0) {
            m_lines.append(QString::fromUtf8(m_buffer.left(nl)));
            m_buffer.remove(0, nl + 1);
        }
    }

    const TestServer &m_server;
    QString m_profile;
    QString m_user;
    QString m_password;
    QProcess m_process;
    QByteArray m_buffer;
    QStringList m_lines;
    QStringList m_seen;
};

} // namespace teahouse::test
