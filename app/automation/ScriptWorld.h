#pragma once

#include <QJSValue>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <QVariantMap>
#include <memory>

class QJSEngine;

namespace teahouse::app::automation {

class ScriptProcess;

// The outside world of a scenario, seen from JavaScript as `__world` (the prelude builds
// `world` on it): runs and starts helper programs (scripts/server, the python peer, the
// provider), hands out throw-away directories and finds the source tree. Everything it started
// is stopped, and every directory removed, when the scenario ends.
class ScriptWorld : public QObject
{
    Q_OBJECT

public:
    // scriptPath: the scenario file (the source tree is found above it).
    ScriptWorld(QJSEngine &engine, QString scriptPath, QObject *parent = nullptr);
    ~ScriptWorld() override;

    // Runs a program to its end while the app keeps running:
    // {exitCode, stdout, stderr, timedOut}. input is written to its stdin.
    Q_INVOKABLE QVariantMap run(const QString &program, const QStringList &arguments,
                                int timeoutMs = 60000, const QString &input = {});
    // Starts a program in the background; options: {env: ["K=V"], cwd: "dir"}. Returns a
    // ScriptProcess, or throws when it cannot start.
    Q_INVOKABLE QJSValue start(const QString &program, const QStringList &arguments,
                               const QVariantMap &options = {});
    // Stops every started program, newest first (the runner calls this at the end).
    Q_INVOKABLE void stopAll();

    // A new empty directory removed when the scenario ends (under TEAHOUSE_WORLD_DIR when set,
    // else the temporary directory).
    Q_INVOKABLE QString tempDir();
    // The Teahouse source tree (TEAHOUSE_SOURCE_DIR, else the first directory above the
    // scenario or the working directory holding scripts/server); "" when not found.
    Q_INVOKABLE QString sourceDir() const { return m_sourceDir; }
    // The provider program (TEAHOUSE_PROVIDER, else tools/provider/teahouse-provider in the
    // build tree next to this app); "" while it is not built.
    Q_INVOKABLE QString providerPath() const;
    // The python that has slixmpp (TEAHOUSE_PYTHON, else /usr/bin/python3).
    Q_INVOKABLE QString python() const;
    Q_INVOKABLE bool fileExists(const QString &path) const;
    Q_INVOKABLE QString readFile(const QString &path) const;
    Q_INVOKABLE bool writeFile(const QString &path, const QString &text) const;
    Q_INVOKABLE QString environment(const QString &name) const;
    // Draws text as a QR code PNG at path (qr::QrImageWriter, the writer behind "My QR code"):
    // a code to scan from a file. Returns path; throws when the text cannot be encoded or the
    // file not written.
    Q_INVOKABLE QString writeQrCode(const QString &text, const QString &path,
                                    int minimumSide = 300) const;

private:
    // The environment of the programs run and started. With TEAHOUSE_WORLD_DIR set (an at-rest
    // audit), they get their own HOME, XDG directories and TMPDIR below it: the server, the
    // peers and the provider hold the other side's plaintext, which must not land among the
    // app's own files that the audit searches.
    [[nodiscard]] QStringList worldEnvironment() const;

    QJSEngine &m_engine;
    QString m_worldDir;
    QString m_scriptPath;
    QString m_sourceDir;
    QList<QPointer<ScriptProcess>> m_processes;
    std::vector<std::unique_ptr<QTemporaryDir>> m_dirs;
};

} // namespace teahouse::app::automation
