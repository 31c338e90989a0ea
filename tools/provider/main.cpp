// teahouse-provider: the reference service provider (payment service and merchants; later
// official-account articles and city services). See ProviderConfig::usage().

#include "CodeWriter.h"
#include "Merchant.h"
#include "ModuleRegistry.h"
#include "PaymentModule.h"
#include "Provider.h"

#include <QCoreApplication>
#include <QSocketNotifier>
#include <QTextStream>
#include <csignal>
#include <sys/socket.h>
#include <unistd.h>

using namespace teahouse;
using namespace teahouse::provider;

namespace {

int g_signalFd[2] = {-1, -1};

void onSignal(int)
{
    const char c = 1;
    (void)::write(g_signalFd[0], &c, 1);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("teahouse-provider"));
    QTextStream err(stderr);
    QTextStream out(stdout);
    QStringList args = app.arguments().mid(1);
    if (args.contains(QStringLiteral("--help")) || args.contains(QStringLiteral("-h"))) {
        out << ProviderConfig::usage();
        return 0;
    }
    auto config = ProviderConfig::fromArguments(args);
    if (!config.ok()) {
        err << config.error().message << "\n" << ProviderConfig::usage();
        return 2;
    }

    if (!config->writeCodesDir.isEmpty()) {
        // The payment account's domain names the demo merchants when none are configured.
        QString domain = QStringLiteral("localhost");
        for (const auto &a : config->accounts) {
            if (a.modules.contains(QStringLiteral("payment")))
                domain = Jid::parse(a.jid).domain();
        }
        const auto merchants =
            Merchant::fromConfig(config->modules.value(u"payment").toObject(), domain);
        auto written = CodeWriter::writeMerchantCodes(merchants, config->writeCodesDir);
        if (!written.ok()) {
            err << written.error().message << "\n";
            return 1;
        }
        for (const QString &f : written.value())
            out << f << "\n";
        out.flush();
        if (config->exitAfterCodes)
            return 0;
    }
    if (config->accounts.isEmpty()) {
        err << "No accounts to run.\n" << ProviderConfig::usage();
        return 2;
    }

    Provider provider(config.value(), ModuleRegistry::builtIn());
    if (Status s = provider.setUp(); !s.ok()) {
        err << s.error().message << "\n";
        return 1;
    }
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, g_signalFd) == 0) {
        auto *notifier = new QSocketNotifier(g_signalFd[1], QSocketNotifier::Read, &app);
        QObject::connect(notifier, &QSocketNotifier::activated, &app, [&] {
            char c;
            (void)::read(g_signalFd[1], &c, 1);
            provider.disconnectAll();
            QCoreApplication::quit();
        });
        std::signal(SIGTERM, onSignal);
        std::signal(SIGINT, onSignal);
    }
    for (ProviderAccount *a : provider.accounts()) {
        QObject::connect(a, &ProviderAccount::online, &app, [a, &out] {
            out << "online " << a->jid().toString() << "\n";
            out.flush();
        });
    }
    provider.connectAll();
    return app.exec();
}
