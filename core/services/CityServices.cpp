#include "services/CityServices.h"

#include "base/Logging.h"
#include "services/CityProtocol.h"
#include "services/FormSession.h"
#include "xmpp/CommandManager.h"
#include "xmpp/DiscoManager.h"
#include "xmpp/Element.h"
#include "xmpp/StanzaChannel.h"
#include "xmpp/UploadManager.h"

#include <memory>

namespace teahouse::services {

CityServices::CityServices(storage::Database &db, QObject *parent)
    : QObject(parent)
    , m_store(db)
{}

CityServices::~CityServices() = default;

Status CityServices::open()
{
    return m_store.open();
}

void CityServices::bind(xmpp::StanzaChannel *channel, xmpp::IqTracker *tracker,
                        xmpp::DiscoManager *disco)
{
    if (m_channel)
        disconnect(m_channel, nullptr, this, nullptr);
    m_channel = channel;
    m_disco = disco;
    m_commands = tracker ? std::make_unique<xmpp::CommandManager>(tracker) : nullptr;
    m_upload = tracker ? std::make_unique<xmpp::UploadManager>(tracker) : nullptr;
    if (m_upload) {
        m_upload->setCaCertificates(m_uploadCa);
        m_upload->setPinnedFingerprints(m_uploadPins);
    }
    if (channel)
        connect(channel, &xmpp::StanzaChannel::stanzaReceived, this, &CityServices::onStanza);
    Q_EMIT connectionChanged();
}

void CityServices::setUploadTrust(const QList<QSslCertificate> &caCertificates,
                                  const QStringList &pinnedFingerprints)
{
    m_uploadCa = caCertificates;
    m_uploadPins = pinnedFingerprints;
    if (m_upload) {
        m_upload->setCaCertificates(caCertificates);
        m_upload->setPinnedFingerprints(pinnedFingerprints);
    }
}

void CityServices::uploadFile(const QByteArray &data, const QString &fileName,
                              const QString &mimeType, QObject *context,
                              std::function<void(Result<QString>)> done,
                              std::function<void(qint64, qint64)> progress)
{
    if (!m_upload || !m_channel || !m_channel->isOnline()) {
        done(Error::make(Error::Code::Network, tr("Not connected.")));
        return;
    }
    QPointer<xmpp::UploadManager> upload = m_upload.get();
    QPointer<QObject> guard = context;
    auto put = [upload, guard, data, fileName, mimeType, done, progress](const Jid &) {
        if (!upload || !guard)
            return;
        upload->requestSlot(fileName, data.size(), mimeType, guard,
                            [upload, guard, data, mimeType, done,
                             progress](const Result<xmpp::UploadManager::Slot> &slot) {
                                if (!upload || !guard)
                                    return;
                                if (!slot.ok()) {
                                    done(slot.error());
                                    return;
                                }
                                const QString url = slot->getUrl.toString();
                                upload->put(slot.value(), data, mimeType, progress,
                                            [guard, url, done](const Status &st) {
                                                if (!guard)
                                                    return;
                                                if (!st.ok())
                                                    done(st.error());
                                                else
                                                    done(url);
                                            });
                            });
    };
    if (m_upload->service().isValid()) {
        put(m_upload->service());
        return;
    }
    m_upload->discoverService(m_channel->boundJid().domain(), context,
                              [put, done](const Result<Jid> &service) {
                                  if (!service.ok())
                                      done(service.error());
                                  else
                                      put(service.value());
                              });
}

Jid CityServices::commandAddress(const QString &city)
{
    const Jid jid = Jid::parse(city);
    if (jid.isValid() && jid.isBare() && !jid.local().isEmpty())
        return jid.withResource(QStringLiteral("provider"));
    return jid;
}

void CityServices::addCity(const QString &jid, std::function<void(Status)> done)
{
    const Jid parsed = Jid::parse(jid.trimmed());
    if (!parsed.isValid()) {
        if (done)
            done(Error::make(Error::Code::InvalidArgument, tr("This is not a service address.")));
        return;
    }
    const QString key = parsed.toString();
    auto known = m_store.cities();
    bool exists = false;
    if (known.ok()) {
        for (const City &c : known.value())
            exists = exists || c.jid == key;
    }
    if (!exists) {
        if (Status s = m_store.saveCity({key, parsed.local().isEmpty() ? key : parsed.local()});
            !s.ok()) {
            if (done)
                done(s);
            return;
        }
        Q_EMIT citiesChanged();
    }
    refreshCity(key, std::move(done));
}

void CityServices::refreshAll()
{
    auto known = m_store.cities();
    if (!known.ok())
        return;
    for (const City &c : known.value())
        refreshCity(c.jid);
}

void CityServices::refreshCity(const QString &jid, std::function<void(Status)> done)
{
    query(jid, false, std::move(done));
}

void CityServices::probeCity(const QString &jid)
{
    query(jid, true, {});
}

void CityServices::query(const QString &jid, bool addIfAnswers, std::function<void(Status)> done)
{
    if (!m_commands) {
        if (done)
            done(Error::make(Error::Code::Network, tr("Not connected.")));
        return;
    }
    const Jid address = commandAddress(jid);
    auto shared = std::make_shared<std::function<void(Status)>>(std::move(done));
    m_commands->listCommands(
        address, this,
        [this, jid, address, shared, addIfAnswers](const Result<QList<xmpp::DiscoItem>> &items) {
            if (!items.ok() || (addIfAnswers && items->isEmpty())) {
                if (!items.ok())
                    qCInfo(lcXmpp)
                        << "city services: no command list from" << jid << items.error().message;
                if (*shared)
                    (*shared)(items.ok() ? Status() : Status(items.error()));
                return;
            }
            if (addIfAnswers) {
                if (m_store.saveCity({jid, Jid::parse(jid).local()}).ok())
                    Q_EMIT citiesChanged();
            }
            QList<ServiceEntry> entries;
            for (const xmpp::DiscoItem &item : items.value())
                entries.append({jid, item.node, item.name, false, {}});
            Status s = m_store.setServices(jid, entries);
            Q_EMIT catalogChanged(jid);
            // The city's own name for itself (XEP-0030 identity).
            if (m_disco) {
                m_disco->requestInfo(
                    address, QString(), this, [this, jid](const Result<xmpp::DiscoInfo> &info) {
                        if (!info.ok() || info->identities.isEmpty() ||
                            info->identities.first().name.isEmpty())
                            return;
                        if (m_store.saveCity({jid, info->identities.first().name}).ok())
                            Q_EMIT citiesChanged();
                    });
            }
            if (*shared)
                (*shared)(s);
        });
}

Result<qint64> CityServices::recordApplication(const QString &city, const QString &node,
                                               const QString &title, const xmpp::Command &answer)
{
    Application a;
    a.city = city;
    a.node = node;
    a.title = title;
    a.state = QStringLiteral("submitted");
    if (answer.form) {
        if (const auto *ref = answer.form->field(city::kReferenceField))
            a.reference = ref->value();
        if (const auto *status = answer.form->field(u"status"))
            a.state = status->value();
    }
    a.receiptXml = answer.toElement().toXmlString();
    a.submitted = QDateTime::currentDateTimeUtc();
    a.updated = a.submitted;
    const QString note = answer.firstNote();
    if (!note.isEmpty())
        a.updates.append({a.submitted, note});
    auto id = m_store.addApplication(a);
    if (id.ok())
        Q_EMIT applicationsChanged();
    return id;
}

QString CityServices::draftId(const QString &city, const QString &node)
{
    return city + u'|' + node;
}

void CityServices::discardDraft(const QString &id)
{
    if (m_store.removeDraft(id).ok())
        Q_EMIT draftsChanged();
}

void CityServices::track(FormSession *session, const QString &city, const QString &title)
{
    const QString id = draftId(city, session->node());
    connect(session, &FormSession::changed, this, [this, session, city, title, id] {
        if (session->state() != FormSession::State::Editing)
            return;
        FormDraft draft{
            id, city, session->node(), title, session->snapshot(), QDateTime::currentDateTimeUtc()};
        if (Status s = m_store.saveDraft(draft); !s.ok())
            qCWarning(lcStorage) << "city services: draft not saved:" << s.error().message;
        else
            Q_EMIT draftsChanged();
    });
    connect(session, &FormSession::finished, this, [this, session, city, title, id] {
        switch (session->state()) {
        case FormSession::State::Completed: {
            xmpp::Command answer;
            answer.status = xmpp::Command::Status::Completed;
            answer.notes = session->notes();
            answer.form = session->result();
            answer.payloads = session->payloads();
            // Look-ups (a balance, a list of fines) are not applications: only answers that
            // carry a reference to follow are kept.
            if (answer.form && answer.form->field(city::kReferenceField))
                (void)recordApplication(city, session->node(), title, answer);
            (void)m_store.markUsed(city, session->node(), QDateTime::currentDateTimeUtc());
            Q_EMIT catalogChanged(city);
            (void)m_store.removeDraft(id);
            Q_EMIT draftsChanged();
            break;
        }
        case FormSession::State::Canceled:
            (void)m_store.removeDraft(id);
            Q_EMIT draftsChanged();
            break;
        default:
            break; // a failure keeps the draft: the person may try again later
        }
    });
}

void CityServices::onStanza(const xmpp::Element &stanza)
{
    if (stanza.name() != u"message")
        return;
    const auto update = city::statusOf(stanza);
    if (!update)
        return;
    const Jid from = Jid::parse(stanza.attribute(u"from"));
    // Only the city that took the application may move it on.
    auto known = m_store.cities();
    if (!known.ok())
        return;
    for (const City &c : known.value()) {
        if (Jid::parse(c.jid).bare() != from.bare())
            continue;
        auto added =
            m_store.addUpdate(c.jid, update->reference,
                              update->state.isEmpty() ? QStringLiteral("updated") : update->state,
                              update->text, QDateTime::currentDateTimeUtc());
        if (added.ok() && added.value()) {
            Q_EMIT applicationsChanged();
            Q_EMIT statusUpdated(c.jid, update->reference, update->text);
        }
        return;
    }
}

} // namespace teahouse::services
