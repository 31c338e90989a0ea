// A Teahouse client in its own process for the fault-injection tests: it opens a profile (the
// encrypted database and media store in --profile), signs in, does one thing (send text, send a
// file, catch up, pay) and reports each step on stdout, so the test can SIGKILL it at a chosen
// moment and start it again on the same profile. Lines: "online", "queued N", "progress B T",
// "order ID STATE", "refused CODE MESSAGE", "idle", "error MESSAGE".
//
//   fault_client MODE --profile DIR --host H --port P --jid J --password PW --ca PEM [options]
//   MODE send    --to JID --count N --prefix P   (continues after what the profile holds)
//   MODE upload  --to JID --size BYTES           (one file of a known byte pattern)
//   MODE sync                                    (catch up, flush the outbox, resend orders)
//   MODE pay     --service JID --code TEXT --amount A --pin PIN
//   --fsize BYTES: the process may not write files beyond BYTES (RLIMIT_FSIZE): a full disk.

#include "FaultClientProcess.h"
#include "StorageTestUtils.h"
#include "chat/ChatService.h"
#include "pay/PayService.h"
#include "storage/Database.h"
#include "xmpp/IqTracker.h"
#include "xmpp/Stream.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QSslCertificate>
#include <QThread>
#include <QTimer>
#include <csignal>
#include <cstdio>
#include <sys/resource.h>

using namespace teahouse;

namespace {

void say(const QString &line)
{
    std::fputs(qPrintable(line + u'\n'), stdout);
    std::fflush(stdout);
}

bool spinUntil(const std::function<bool()> &condition, int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    while (!condition()) {
        if (deadline.hasExpired())
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        QThread::msleep(2);
    }
    return true;
}

int outboxCount(storage::Database &db)
{
    auto s = db.prepare(QStringLiteral("SELECT COUNT(*) FROM chat_outbox"));
    return s.ok() && s->step().ok() ? s->columnInt(0) : -1;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("mode"),
                                 QStringLiteral("send|upload|sync|pay|listen"));
    const QStringList options{
        QStringLiteral("profile"), QStringLiteral("host"),     QStringLiteral("port"),
        QStringLiteral("jid"),     QStringLiteral("password"), QStringLiteral("ca"),
        QStringLiteral("to"),      QStringLiteral("count"),    QStringLiteral("prefix"),
        QStringLiteral("size"),    QStringLiteral("service"),  QStringLiteral("code"),
        QStringLiteral("amount"),  QStringLiteral("pin"),      QStringLiteral("fsize"),
        QStringLiteral("from")};
    for (const QString &o : options)
        parser.addOption(QCommandLineOption(o, o, o));
    parser.process(app);
    const QString mode = parser.positionalArguments().value(0);

    const QString profile = parser.value(QStringLiteral("profile"));
    QDir().mkpath(profile);
    auto opened =
        storage::Database::open(QDir(profile).filePath(QStringLiteral("c.db")), test::fixedKey(3));
    if (!opened.ok()) {
        say(QStringLiteral("error ") + opened.error().message);
        return 2;
    }
    storage::Database db = std::move(opened).value();
    const Jid account = Jid::parse(parser.value(QStringLiteral("jid")));
    chat::ChatService chat(account, db, QDir(profile).filePath(QStringLiteral("media")));
    if (!chat.isReady()) {
        say(QStringLiteral("error ") + chat.errorMessage());
        return 2;
    }
    pay::PayService pay(db);
    if (Status st = pay.open(); !st.ok()) {
        say(QStringLiteral("error ") + st.error().message);
        return 2;
    }
    pay.pin().setCost(10);

    // From here on the disk is "full" beyond this size: writes past it fail with EFBIG.
    if (parser.isSet(QStringLiteral("fsize"))) {
        std::signal(SIGXFSZ, SIG_IGN);
        const rlim_t limit = parser.value(QStringLiteral("fsize")).toULongLong();
        // The soft limit only: "listen" raises it again, as a user freeing space would.
        rlimit rl{};
        getrlimit(RLIMIT_FSIZE, &rl);
        rl.rlim_cur = limit;
        if (setrlimit(RLIMIT_FSIZE, &rl) != 0) {
            say(QStringLiteral("error setrlimit"));
            return 2;
        }
    }

    xmpp::Stream stream;
    xmpp::StreamSettings settings;
    settings.jid = account;
    settings.password = parser.value(QStringLiteral("password"));
    settings.resource = QStringLiteral("fault");
    settings.host = parser.value(QStringLiteral("host"));
    settings.port = quint16(parser.value(QStringLiteral("port")).toUInt());
    settings.tlsMode = xmpp::StreamSettings::TlsMode::StartTls;
    settings.extraCaCertificates =
        QSslCertificate::fromPath(parser.value(QStringLiteral("ca")), QSsl::Pem);
    settings.watchNetworkReachability = false;
    settings.reconnect.initialDelayMs = 200;
    settings.reconnectRandom = [] {
        return 0.5;
    };
    stream.setSettings(settings);
    xmpp::IqTracker iq(&stream);
    chat.bindChannel(&stream, &iq, settings.extraCaCertificates);
    pay.setServiceJid(Jid::parse(parser.value(QStringLiteral("service"))));
    pay.setTracker(&iq);
    QObject::connect(&stream, &xmpp::StanzaChannel::sessionStarted, &stream, [&](bool resumed) {
        if (resumed)
            return;
        stream.sendStanza(
            xmpp::Element(QStringLiteral("presence"), QStringLiteral("jabber:client")));
    });
    QObject::connect(&chat, &chat::ChatService::uploadProgress, &chat,
                     [](qint64, qint64 done, qint64 total) {
                         say(QStringLiteral("progress %1 %2").arg(done).arg(total));
                     });
    // What the user is told about received messages that could not be saved.
    QObject::connect(&chat, &chat::ChatService::unsavedChanged, &chat, [&chat] {
        const auto error = chat.unsavedError();
        say(error ? QStringLiteral("unsaved %1 %2").arg(int(error->code)).arg(error->message)
                  : QStringLiteral("saved"));
    });
    QObject::connect(&chat, &chat::ChatService::historyChanged, &chat,
                     [](const QString &jid) { say(QStringLiteral("history ") + jid); });
    QObject::connect(&pay, &pay::PayService::orderUpdated, &pay, [&](const QString &orderId) {
        auto o = pay.store().order(orderId);
        if (o.ok() && o->has_value())
            say(QStringLiteral("order %1 %2").arg(orderId).arg(int((*o)->state)));
    });

    // The sign-in's history catch-up starts a little after the stream is online (on a slow,
    // sanitized build: long after): "caught up" means it ran and ended, not "not running yet".
    bool caughtUp = false;
    QObject::connect(&chat, &chat::ChatService::syncingChanged, &chat,
                     [&caughtUp](bool syncing) { caughtUp = caughtUp || !syncing; });
    stream.connectToServer();
    if (!spinUntil([&] { return stream.isOnline(); }, 20000)) {
        say(QStringLiteral("error offline ") + stream.errorMessage());
        return 3;
    }
    say(QStringLiteral("online"));
    const auto idle = [&] {
        auto pending = pay.store().pendingOrders();
        return !chat.isSyncing() && outboxCount(db) == 0 && pending.ok() &&
               pending.value().isEmpty();
    };
    if (!spinUntil([&] { return caughtUp && !chat.isSyncing(); }, 60000)) {
        say(QStringLiteral("error catch-up did not end"));
        return 3;
    }

    const QString to = parser.value(QStringLiteral("to"));
    if (mode == u"send") {
        const int count = parser.value(QStringLiteral("count")).toInt();
        const QString prefix = parser.value(QStringLiteral("prefix"));
        // Continue after what this profile already holds (an earlier run was killed).
        int next = 0;
        for (const chat::ChatMessage &m : chat.newestMessages(to, 200).messages) {
            if (m.isOutgoing() && m.body.startsWith(prefix))
                next = std::max(next, m.body.mid(prefix.size()).toInt() + 1);
        }
        for (int i = next; i < count; ++i) {
            auto id = chat.sendText(to, prefix + QString::number(i));
            if (!id.ok()) {
                say(QStringLiteral("refused %1 %2")
                        .arg(int(id.error().code))
                        .arg(id.error().message));
                return 4;
            }
            say(QStringLiteral("queued %1").arg(i));
            // A little traffic between sends, so a kill lands between stored and acknowledged.
            spinUntil([] { return false; }, 15);
        }
    } else if (mode == u"upload") {
        const qint64 size = parser.value(QStringLiteral("size")).toLongLong();
        auto id = chat.sendData(to, test::FaultClientProcess::pattern(size),
                                QStringLiteral("pattern.bin"),
                                QStringLiteral("application/octet-stream"));
        if (!id.ok()) {
            say(QStringLiteral("refused %1 %2").arg(int(id.error().code)).arg(id.error().message));
            return 4;
        }
        say(QStringLiteral("queued %1").arg(id.value()));
        if (!spinUntil(
                [&] {
                    const auto m = chat.message(id.value());
                    return m &&
                           (m->attachment.transferState == chat::Attachment::TransferState::Done ||
                            m->attachment.transferState == chat::Attachment::TransferState::Failed);
                },
                60000)) {
            say(QStringLiteral("error upload did not end"));
            return 3;
        }
    } else if (mode == u"pay") {
        if (!pay.pin().state().ok() || !pay.pin().state()->isSet)
            (void)pay.pin().set(parser.value(QStringLiteral("pin")));
        auto request = pay::PaymentRequest::fromText(parser.value(QStringLiteral("code")));
        if (!request.ok()) {
            say(QStringLiteral("error ") + request.error().message);
            return 2;
        }
        bool answered = false;
        pay.pay(request.value(), parser.value(QStringLiteral("amount")), QString(),
                parser.value(QStringLiteral("pin")), [&](const Result<pay::PaymentOrder> &r) {
                    answered = true;
                    if (!r.ok())
                        say(QStringLiteral("refused %1 %2")
                                .arg(int(r.error().code))
                                .arg(r.error().message));
                });
        spinUntil([&] { return answered; }, 30000);
    } else if (mode == u"listen") {
        // Waits for --count messages starting with --prefix from --from. When they cannot all
        // be saved (the disk is full), space comes back (the file size limit is lifted), the user
        // asks to try again, and the rest must come from the archive.
        const QString from = parser.value(QStringLiteral("from"));
        const int count = parser.value(QStringLiteral("count")).toInt();
        const QString prefix = parser.value(QStringLiteral("prefix"));
        const auto stored = [&] {
            int n = 0;
            for (const chat::ChatMessage &m : chat.newestMessages(from, 200).messages)
                n += m.body.startsWith(prefix) ? 1 : 0;
            return n;
        };
        say(QStringLiteral("listening"));
        if (!spinUntil([&] { return stored() >= count || chat.unsavedError(); }, 60000)) {
            say(QStringLiteral("error received %1 of %2").arg(stored()).arg(count));
            return 3;
        }
        if (chat.unsavedError()) {
            say(QStringLiteral("stored %1 with the disk full").arg(stored()));
            spinUntil([] { return false; }, 2000); // the rest of the burst arrives, unsaved
            rlimit rl{};
            getrlimit(RLIMIT_FSIZE, &rl);
            rl.rlim_cur = rl.rlim_max;
            (void)setrlimit(RLIMIT_FSIZE, &rl);
            chat.retryUnsaved();
            if (!spinUntil([&] { return stored() >= count && !chat.unsavedError(); }, 60000)) {
                say(QStringLiteral("error after retrying: %1 of %2").arg(stored()).arg(count));
                return 3;
            }
        }
        say(QStringLiteral("received %1").arg(stored()));
    } else if (mode != u"sync") {
        say(QStringLiteral("error unknown mode ") + mode);
        return 2;
    }

    // Retry what a killed run left failed (uploads) once, then wait until nothing is pending.
    if (mode == u"sync") {
        for (const chat::ChatMessage &m : chat.newestMessages(to, 200).messages) {
            if (m.isOutgoing() && m.state == chat::ChatMessage::State::Failed) {
                say(QStringLiteral("retry %1").arg(m.id));
                (void)chat.retry(m.id);
            }
        }
        spinUntil(
            [&] {
                for (const chat::ChatMessage &m : chat.newestMessages(to, 200).messages) {
                    if (m.isOutgoing() && m.hasAttachment() &&
                        m.attachment.transferState == chat::Attachment::TransferState::Uploading)
                        return false;
                }
                return true;
            },
            60000);
    }
    if (!spinUntil(idle, 60000)) {
        say(QStringLiteral("error not idle: outbox %1").arg(outboxCount(db)));
        return 3;
    }
    say(QStringLiteral("idle"));
    stream.disconnectFromServer();
    spinUntil([&] { return stream.state() == xmpp::Stream::State::Disconnected; }, 3000);
    return 0;
}
