#pragma once

#include "base/Result.h"
#include "storage/Migrations.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <optional>

namespace teahouse::storage {
class Database;
}

namespace teahouse::services {

// A city: a service provider's XMPP address and the name its disco#info gives.
struct City
{
    QString jid;
    QString name;
};

// One command a city offers (XEP-0050 disco#items), with what the person did with it.
struct ServiceEntry
{
    QString city;
    QString node;
    QString name;
    bool pinned = false;
    QDateTime lastUsed; // invalid: never used
};

// A form being filled: a FormSession snapshot, saved on every change.
struct FormDraft
{
    QString id;
    QString city;
    QString node;
    QString title;
    QJsonObject snapshot;
    QDateTime updated;
};

// A submitted form: the service's answer (the receipt) and the status updates it sent later.
struct Application
{
    qint64 id = 0;
    QString city;
    QString node;
    QString title;
    QString reference;  // the receipt's reference, which later status messages name
    QString state;      // the latest status ("submitted", "approved", ...)
    QString receiptXml; // the completed <command/>
    QList<QPair<QDateTime, QString>> updates;
    QDateTime submitted;
    QDateTime updated;
};

// "Ask family to fill this", on either side: a form I asked a contact to fill in (out), or one
// a contact asked me to fill in (in), with the chat card that carried it and how far it got.
struct HelpRequest
{
    enum class Direction
    {
        Out, // I asked peer
        In,  // peer asked me
    };
    qint64 id = 0;
    Direction direction = Direction::Out;
    QString peer;    // bare JID
    QString draftId; // the applicant's draft id (the card's id attribute)
    QString service; // the service's name, as the card gives it
    QString state;   // out: asked, answered, submitted; in: asked, sent
    QString cardXml; // the request card (in: the form to fill)
    QDateTime updated;
};

// The city-services tables in the account's encrypted database (module "services"): cities,
// the services they offer (pinned, recently used), drafts, submitted applications and
// "My info" (personal details offered to forms; never stored anywhere else).
class ServicesStore
{
public:
    explicit ServicesStore(storage::Database &db);

    [[nodiscard]] static storage::Migrations migrations();
    [[nodiscard]] Status open();

    [[nodiscard]] Result<QList<City>> cities() const;
    [[nodiscard]] Status saveCity(const City &city);
    [[nodiscard]] Status removeCity(const QString &jid);

    // Replaces a city's list of services, keeping the pinned/used marks of those still offered.
    [[nodiscard]] Status setServices(const QString &city, const QList<ServiceEntry> &services);
    [[nodiscard]] Result<QList<ServiceEntry>> services(const QString &city) const;
    [[nodiscard]] Status setPinned(const QString &city, const QString &node, bool pinned);
    [[nodiscard]] Status markUsed(const QString &city, const QString &node, const QDateTime &when);

    [[nodiscard]] Status saveDraft(const FormDraft &draft);
    [[nodiscard]] Result<std::optional<FormDraft>> draft(const QString &id) const;
    [[nodiscard]] Result<QList<FormDraft>> drafts() const;
    [[nodiscard]] Status removeDraft(const QString &id);

    [[nodiscard]] Result<qint64> addApplication(const Application &application);
    [[nodiscard]] Result<QList<Application>> applications() const;
    // Adds a status update to the application with this reference; false if none has it.
    [[nodiscard]] Result<bool> addUpdate(const QString &city, const QString &reference,
                                         const QString &state, const QString &text,
                                         const QDateTime &when);

    // Adds a help request, or replaces the one with the same direction, peer and draft.
    [[nodiscard]] Result<qint64> saveHelpRequest(const HelpRequest &request);
    [[nodiscard]] Result<QList<HelpRequest>> helpRequests() const;
    [[nodiscard]] Result<std::optional<HelpRequest>> helpRequest(qint64 id) const;
    // Moves the requests of this draft (and peer, when given) in one direction to `state`.
    [[nodiscard]] Status setHelpState(HelpRequest::Direction direction, const QString &draftId,
                                      const QString &peer, const QString &state);

    [[nodiscard]] Result<QJsonObject> myInfo() const;
    [[nodiscard]] Status setMyInfo(const QString &key, const QString &value);

private:
    storage::Database &m_db;
};

} // namespace teahouse::services
