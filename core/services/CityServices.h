#pragma once

#include "base/Jid.h"
#include "services/ServicesStore.h"
#include "xmpp/Command.h"

#include <QObject>
#include <QPointer>
#include <QSslCertificate>
#include <functional>
#include <memory>

namespace teahouse::xmpp {
class CommandManager;
class DiscoManager;
class Element;
class IqTracker;
class StanzaChannel;
class UploadManager;
} // namespace teahouse::xmpp

namespace teahouse::services {
class FormSession;
}

namespace teahouse::storage {
class Database;
}

namespace teahouse::services {

// City services for one account, without any UI: the cities (service providers) and what
// they offer, found through service discovery (XEP-0030 identity name, XEP-0050 command list)
// and kept in the encrypted store so Discover works offline; drafts, applications and My info
// through store(); status messages from a city recorded against the application they name.
class CityServices : public QObject
{
    Q_OBJECT
public:
    explicit CityServices(storage::Database &db, QObject *parent = nullptr);
    ~CityServices() override;

    [[nodiscard]] Status open();
    [[nodiscard]] ServicesStore &store() { return m_store; }

    // The stream's managers after each sign-in (null: offline).
    void bind(xmpp::StanzaChannel *channel, xmpp::IqTracker *tracker, xmpp::DiscoManager *disco);
    [[nodiscard]] bool isOnline() const { return m_commands != nullptr; }
    [[nodiscard]] xmpp::CommandManager *commands() const { return m_commands.get(); }
    // How uploads (XEP-0363) trust the server's HTTPS: the account's extra CAs and the
    // certificate fingerprints the user pinned at sign-in (kept across bind()).
    void setUploadTrust(const QList<QSslCertificate> &caCertificates,
                        const QStringList &pinnedFingerprints);
    // Uploads a picture for a form field (XEP-0363 on the account's server) and gives its
    // https URL, which the form then submits. progress(done, total) while it goes.
    void uploadFile(const QByteArray &data, const QString &fileName, const QString &mimeType,
                    QObject *context, std::function<void(Result<QString>)> done,
                    std::function<void(qint64, qint64)> progress = {});

    // Where commands of a city go: a bare account JID gets the provider's resource (a
    // Teahouse provider signs in as "<city>/provider"); full JIDs and domains stay as they are.
    [[nodiscard]] static Jid commandAddress(const QString &city);

    // Adds a city (if new) and asks it for its name and services; done(ok) when answered.
    void addCity(const QString &jid, std::function<void(Status)> done = {});
    // Adds a city only if it answers with a list of services (a well-known address tried on a
    // new account).
    void probeCity(const QString &jid);
    // Asks every known city again.
    void refreshAll();
    void refreshCity(const QString &jid, std::function<void(Status)> done = {});

    // Keeps a form being filled as a draft: saved on every change while it is edited (so it
    // survives closing the app or a crash), recorded as an application and dropped when the
    // service completes it, dropped when it is cancelled.
    void track(FormSession *session, const QString &city, const QString &title);
    void discardDraft(const QString &id);
    [[nodiscard]] static QString draftId(const QString &city, const QString &node);

    // Records a completed command as an application (its receipt); returns its id.
    Result<qint64> recordApplication(const QString &city, const QString &node, const QString &title,
                                     const xmpp::Command &answer);

Q_SIGNALS:
    // bind() ran: command sessions on the previous stream are gone (forms restore their draft).
    void connectionChanged();
    void citiesChanged();
    void catalogChanged(const QString &city);
    void applicationsChanged();
    void draftsChanged();
    // A status message arrived for an application (already stored).
    void statusUpdated(const QString &city, const QString &reference, const QString &text);

private:
    void onStanza(const xmpp::Element &stanza);
    void query(const QString &jid, bool addIfAnswers, std::function<void(Status)> done);

    ServicesStore m_store;
    std::unique_ptr<xmpp::CommandManager> m_commands;
    std::unique_ptr<xmpp::UploadManager> m_upload;
    QList<QSslCertificate> m_uploadCa;
    QStringList m_uploadPins;
    QPointer<xmpp::DiscoManager> m_disco;
    QPointer<xmpp::StanzaChannel> m_channel;
};

} // namespace teahouse::services
