#pragma once

#include "../chat/ChatTestClient.h"
#include "../stream/StreamTestSupport.h"
#include "Ledger.h"
#include "PaymentModule.h"
#include "Peer.h"
#include "Provider.h"
#include "TestServer.h"
#include "chat/ChatService.h"

#include <QJsonObject>
#include <QTemporaryDir>
#include <memory>

// Shared by the fault-injection and at-rest tests: counting messages on each side, filling an
// archive from a slixmpp peer, and the payment provider (teahouse-provider's modules in this
// process) with its ledger.
namespace teahouse::test {

// The server has it (Failed sorts after these, so no >= on the enum).
inline bool acknowledged(const chat::ChatMessage &m)
{
    return m.state == chat::ChatMessage::State::Acked ||
           m.state == chat::ChatMessage::State::Delivered ||
           m.state == chat::ChatMessage::State::Read;
}

inline QStringList bodiesWithPrefix(const QList<chat::ChatMessage> &messages, const QString &prefix)
{
    QStringList out;
    for (const chat::ChatMessage &m : messages) {
        if (m.body.startsWith(prefix))
            out.append(m.body);
    }
    return out;
}

// prefix + from … prefix + (to - 1)
inline QStringList numbered(const QString &prefix, int from, int to)
{
    QStringList out;
    for (int i = from; i < to; ++i)
        out.append(prefix + QString::number(i));
    return out;
}

// The whole conversation, oldest first, paging back through the local history.
inline QList<chat::ChatMessage> wholeHistory(chat::ChatService &chat, const QString &jid)
{
    chat::MessagePage p = chat.newestMessages(jid, 200);
    QList<chat::ChatMessage> all = p.messages;
    while (p.hasMoreBefore && !p.messages.isEmpty()) {
        p = chat.messagesBefore(jid, p.messages.first().id, 200);
        all = p.messages + all;
    }
    return all;
}

// `count` chat messages from `from` to `to` (a slixmpp peer), and a wait until the server has
// handled the last one (a ping answered after it), so they are all in the archive.
inline bool burstTo(const TestServer &server, const QString &from, const QString &to,
                    const QString &prefix, int count, const QString &password = kChatPassword)
{
    Peer peer(from);
    if (!peer.start().ok() || !peer.signIn(server, from, password).ok())
        return false;
    if (!peer.request(QJsonObject{{QStringLiteral("cmd"), QStringLiteral("burst")},
                                  {QStringLiteral("to"), server.jid(to)},
                                  {QStringLiteral("prefix"), prefix},
                                  {QStringLiteral("count"), count}})
             .ok())
        return false;
    QJsonObject ping;
    ping.insert(QStringLiteral("cmd"), QStringLiteral("iq"));
    ping.insert(QStringLiteral("xml"),
                QStringLiteral("<iq type='get' to='localhost'><ping xmlns='urn:xmpp:ping'/></iq>"));
    return peer.request(ping, 30000).ok();
}

// The payment service (pay@localhost) and a merchant (cafe@localhost) signed in to the fixture,
// lihua@localhost holding 100.00. The accounts must exist with `password`.
struct PaymentProvider
{
    QTemporaryDir dir;
    std::unique_ptr<provider::Provider> provider;

    // Empty when it runs, else why not.
    QString start(const TestServer &server, const QString &password = kChatPassword)
    {
        provider::ProviderConfig config;
        config.host = server.host();
        config.port = server.c2sPort();
        config.caFile = server.caPath();
        config.dataDir = dir.filePath(QStringLiteral("provider"));
        config.accounts = {
            {QStringLiteral("pay@localhost"), password, {QStringLiteral("payment")}},
            {QStringLiteral("cafe@localhost"), password, {QStringLiteral("merchant")}}};
        config.modules.insert(
            QStringLiteral("payment"),
            QJsonObject{{QStringLiteral("balances"), QJsonObject{{QStringLiteral("lihua@localhost"),
                                                                  QStringLiteral("100.00")}}}});
        provider =
            std::make_unique<provider::Provider>(config, provider::ModuleRegistry::builtIn());
        if (Status set = provider->setUp(); !set.ok())
            return set.error().message;
        provider->connectAll();
        if (!waitFor([&] { return provider->allOnline(); }, 20000))
            return QStringLiteral("the provider did not sign in");
        return {};
    }
    provider::PaymentModule *payment() const
    {
        return provider->module<provider::PaymentModule>(QStringLiteral("payment"));
    }
    provider::Ledger &ledger() const { return payment()->ledger(); }
    // Minor units, -1 when unknown.
    qint64 balance(const QString &account) const
    {
        auto b = ledger().balance(account);
        return b.ok() && b.value() ? b.value()->minor : -1;
    }
    // The cafe's static code: an EMVCo text naming xmpp:cafe@localhost, without an amount.
    QString cafeCode() const
    {
        for (const provider::Merchant &m : payment()->merchants()) {
            if (m.key == u"cafe")
                return m.emvco(false);
        }
        return {};
    }
    // How many bookings of the payer's statement carry this order id.
    int bookings(const QString &payer, const QString &orderId) const
    {
        auto statement = ledger().statement(payer);
        if (!statement.ok())
            return -1;
        int n = 0;
        for (const provider::Ledger::Entry &e : statement.value())
            n += e.booking.orderId == orderId ? 1 : 0;
        return n;
    }
};

} // namespace teahouse::test
