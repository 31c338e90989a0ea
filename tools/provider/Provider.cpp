#include "Provider.h"

#include <QDir>
#include <QSslCertificate>

namespace teahouse::provider {

Provider::Provider(ProviderConfig config, ModuleRegistry registry, QObject *parent)
    : QObject(parent)
    , m_config(std::move(config))
    , m_registry(std::move(registry))
{}

Provider::~Provider()
{
    m_modules.clear();
    m_accounts.clear();
}

Status Provider::setUp()
{
    if (m_config.dataDir.isEmpty())
        return Error::make(Error::Code::InvalidArgument, QStringLiteral("no data directory"));
    QList<QSslCertificate> cas;
    if (!m_config.caFile.isEmpty()) {
        cas = QSslCertificate::fromPath(m_config.caFile);
        if (cas.isEmpty())
            return Error::make(Error::Code::Io,
                               QStringLiteral("no certificate in ") + m_config.caFile);
    }
    for (const ProviderConfig::Account &a : std::as_const(m_config.accounts)) {
        xmpp::StreamSettings s;
        s.jid = Jid::parse(a.jid);
        if (!s.jid.isValid())
            return Error::make(Error::Code::InvalidArgument, QStringLiteral("bad JID ") + a.jid);
        s.password = a.password;
        s.resource = QStringLiteral("provider");
        s.host = m_config.host;
        s.port = m_config.port;
        s.tlsMode = xmpp::StreamSettings::TlsMode::StartTls;
        s.extraCaCertificates = cas;
        s.watchNetworkReachability = false;
        s.reconnect.initialDelayMs = 500;
        auto account = std::make_unique<ProviderAccount>(s);
        for (const QString &name : a.modules) {
            auto module = m_registry.make(name);
            if (!module)
                return Error::make(Error::Code::InvalidArgument,
                                   QStringLiteral("unknown module ") + name);
            ModuleContext context;
            context.config = m_config.modules.value(name).toObject();
            context.dataDir = QDir(m_config.dataDir).filePath(name + u'-' + s.jid.local());
            context.provider = this;
            QDir().mkpath(context.dataDir);
            if (Status attached = module->attach(*account, context); !attached.ok())
                return Error::make(
                    attached.error().code,
                    QStringLiteral("%1 on %2: %3").arg(name, a.jid, attached.error().message));
            m_modules.push_back(std::move(module));
        }
        m_accounts.push_back(std::move(account));
    }
    return {};
}

void Provider::connectAll()
{
    for (auto &a : m_accounts)
        a->connectToServer();
}

void Provider::disconnectAll()
{
    for (auto &a : m_accounts)
        a->disconnectFromServer();
}

bool Provider::allOnline() const
{
    return std::all_of(m_accounts.begin(), m_accounts.end(),
                       [](const auto &a) { return a->isOnline(); });
}

ProviderAccount *Provider::account(const Jid &bare) const
{
    for (const auto &a : m_accounts) {
        if (a->jid() == bare.bare())
            return a.get();
    }
    return nullptr;
}

QList<ProviderAccount *> Provider::accounts() const
{
    QList<ProviderAccount *> out;
    for (const auto &a : m_accounts)
        out.append(a.get());
    return out;
}

ProviderModule *Provider::module(const QString &name) const
{
    for (const auto &m : m_modules) {
        if (m->name() == name)
            return m.get();
    }
    return nullptr;
}

} // namespace teahouse::provider
