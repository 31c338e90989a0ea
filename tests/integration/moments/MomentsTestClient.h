#pragma once

#include "../stream/StreamTestSupport.h"
#include "StorageTestUtils.h"
#include "TestServer.h"
#include "moments/MomentsService.h"
#include "storage/Database.h"
#include "xmpp/IqTracker.h"
#include "xmpp/Stream.h"

#include <QTemporaryDir>
#include <memory>

namespace teahouse::test {

inline const QString kMomentsPassword = QStringLiteral("pw-moments-1");

// One Teahouse Moments client for the integration tests and benchmarks: a real Stream to the
// Prosody fixture, an encrypted database in a throw-away folder, the MomentsService on top.
struct MomentsTestClient
{
    QTemporaryDir dir;
    storage::Database db;
    std::unique_ptr<xmpp::Stream> stream;
    std::unique_ptr<xmpp::IqTracker> iq;
    std::unique_ptr<moments::MomentsService> moments;

    bool start(const TestServer &server, const QString &user,
               const QList<xmpp::RosterItem> &roster)
    {
        auto opened = storage::Database::open(dir.filePath(QStringLiteral("m.db")), fixedKey(5));
        if (!opened.ok())
            return false;
        db = std::move(opened).value();
        stream = std::make_unique<xmpp::Stream>();
        stream->setSettings(streamSettingsFor(server, user, kMomentsPassword));
        iq = std::make_unique<xmpp::IqTracker>(stream.get());
        moments = std::make_unique<moments::MomentsService>(Jid::parse(server.jid(user)), db,
                                                            dir.filePath(QStringLiteral("media")));
        moments->setRoster(roster);
        moments->setOwnName(user);
        QObject::connect(stream.get(), &xmpp::StanzaChannel::sessionStarted, stream.get(),
                         [s = stream.get()](bool resumed) {
                             if (!resumed)
                                 s->sendStanza(presence());
                         });
        moments->bindChannel(stream.get(), iq.get(), server.caCertificates());
        stream->connectToServer();
        return waitOnline(*stream) && waitFor([this] { return !moments->isRefreshing(); });
    }

    // Reads the feeds again and waits until every answer is in.
    bool refresh()
    {
        moments->refresh();
        return waitFor([this] { return !moments->isRefreshing(); });
    }
};

inline xmpp::RosterItem friendItem(const QString &jid, const QStringList &groups = {})
{
    xmpp::RosterItem item;
    item.jid = Jid::parse(jid);
    item.groups = groups;
    item.subscription = xmpp::RosterItem::Subscription::Both;
    return item;
}

} // namespace teahouse::test
