#include "ProviderConfig.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

namespace teahouse::provider {

namespace {

QString resolvePath(const QString &path, const QString &baseDir)
{
    if (path.isEmpty() || QFileInfo(path).isAbsolute())
        return path;
    return QDir(baseDir).absoluteFilePath(path);
}

Error usageError(const QString &text)
{
    return Error::make(Error::Code::InvalidArgument, text);
}

} // namespace

QString ProviderConfig::usage()
{
    return QStringLiteral(
        "Usage: teahouse-provider [--config FILE] [options]\n"
        "  --config FILE            JSON configuration (server, data, accounts, modules)\n"
        "  --server HOST[:PORT]     XMPP server to sign in to (STARTTLS required)\n"
        "  --ca FILE                extra trusted CA certificate (PEM)\n"
        "  --data DIR               data directory (ledger, journals)\n"
        "  --account JID:PASSWORD:MODULE[,MODULE]  an account to run (repeatable)\n"
        "  --balance JID=AMOUNT     payment: make sure JID holds at least AMOUNT\n"
        "  --write-codes DIR        write the merchants' QR codes (PNG) into DIR\n"
        "  --codes-only             exit after --write-codes\n"
        "Modules: payment, merchant.\n");
}

Result<ProviderConfig> ProviderConfig::fromJson(const QJsonObject &json, const QString &baseDir)
{
    ProviderConfig c;
    const QJsonObject server = json.value(u"server").toObject();
    c.host = server.value(u"host").toString();
    c.port = quint16(server.value(u"port").toInt());
    c.caFile = resolvePath(server.value(u"ca").toString(), baseDir);
    c.dataDir = resolvePath(json.value(u"data").toString(), baseDir);
    for (const QJsonValue &v : json.value(u"accounts").toArray()) {
        const QJsonObject o = v.toObject();
        Account a;
        a.jid = o.value(u"jid").toString();
        a.password = o.value(u"password").toString();
        for (const QJsonValue &m : o.value(u"modules").toArray())
            a.modules.append(m.toString());
        if (a.jid.isEmpty())
            return usageError(QStringLiteral("an account without a jid"));
        c.accounts.append(a);
    }
    c.modules = json;
    c.writeCodesDir = resolvePath(json.value(u"writeCodes").toString(), baseDir);
    return c;
}

Result<ProviderConfig> ProviderConfig::fromArguments(const QStringList &arguments)
{
    ProviderConfig c;
    // The file first, so the command line can override it.
    const qsizetype configAt = arguments.indexOf(QStringLiteral("--config"));
    if (configAt >= 0) {
        if (configAt + 1 >= arguments.size())
            return usageError(QStringLiteral("--config needs a file"));
        QFile file(arguments[configAt + 1]);
        if (!file.open(QIODevice::ReadOnly))
            return Error::make(Error::Code::Io,
                               QStringLiteral("cannot read ") + arguments[configAt + 1]);
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &error);
        if (!doc.isObject())
            return usageError(QStringLiteral("%1: %2").arg(file.fileName(), error.errorString()));
        auto parsed = fromJson(doc.object(), QFileInfo(file).absolutePath());
        if (!parsed.ok())
            return parsed.error();
        c = parsed.value();
    }
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &arg = arguments[i];
        auto next = [&]() -> Result<QString> {
            if (i + 1 >= arguments.size())
                return usageError(arg + QStringLiteral(" needs a value"));
            return arguments[++i];
        };
        if (arg == u"--config") {
            ++i;
        } else if (arg == u"--server") {
            auto v = next();
            if (!v.ok())
                return v.error();
            const QStringList parts = v->split(u':');
            c.host = parts[0];
            if (parts.size() > 1)
                c.port = quint16(parts[1].toUInt());
        } else if (arg == u"--ca") {
            auto v = next();
            if (!v.ok())
                return v.error();
            c.caFile = QFileInfo(*v).absoluteFilePath();
        } else if (arg == u"--data") {
            auto v = next();
            if (!v.ok())
                return v.error();
            c.dataDir = QFileInfo(*v).absoluteFilePath();
        } else if (arg == u"--account") {
            auto v = next();
            if (!v.ok())
                return v.error();
            const QStringList parts = v->split(u':');
            if (parts.size() != 3)
                return usageError(QStringLiteral("--account wants JID:PASSWORD:MODULES"));
            c.accounts.append({parts[0], parts[1], parts[2].split(u',', Qt::SkipEmptyParts)});
        } else if (arg == u"--balance") {
            auto v = next();
            if (!v.ok())
                return v.error();
            const qsizetype eq = v->indexOf(u'=');
            if (eq <= 0)
                return usageError(QStringLiteral("--balance wants JID=AMOUNT"));
            QJsonObject payment = c.modules.value(u"payment").toObject();
            QJsonObject balances = payment.value(u"balances").toObject();
            balances.insert(v->left(eq), v->mid(eq + 1));
            payment.insert(QStringLiteral("balances"), balances);
            c.modules.insert(QStringLiteral("payment"), payment);
        } else if (arg == u"--write-codes") {
            auto v = next();
            if (!v.ok())
                return v.error();
            c.writeCodesDir = QFileInfo(*v).absoluteFilePath();
        } else if (arg == u"--codes-only") {
            c.exitAfterCodes = true;
        } else {
            return usageError(QStringLiteral("unknown option ") + arg);
        }
    }
    return c;
}

} // namespace teahouse::provider
