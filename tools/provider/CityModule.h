#pragma once

#include "ProviderModule.h"
#include "xmpp/CommandServer.h"

#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>

namespace teahouse::xmpp {
class UploadManager;
}

namespace teahouse::provider {

// A city's public services as XEP-0050 commands with XEP-0004 forms (XEP-0122 validation,
// XEP-0141 pages, XEP-0221 images): traffic violations (a result table), social-security
// balance (a result form), a hospital appointment in four stages with a QR-code receipt, a
// utility bill handed over to the payment service as a payment link, a housing-fund query and
// a complaint with text and a photo. Every submission is checked again here (a client's
// checks are never trusted) and recorded; applications get status messages a little later.
//
// Configuration ("city"): {"cities": {"city-beijing@localhost": {"name": "北京 Beijing",
// "plate": "京", "biller": "utility@localhost"}}, "statusDelayMs": 3000} — each account
// running the module serves the city configured for its bare JID.
class CityModule : public ProviderModule
{
    Q_OBJECT
public:
    [[nodiscard]] QString name() const override { return QStringLiteral("city"); }
    [[nodiscard]] Status attach(ProviderAccount &account, const ModuleContext &context) override;

    // What was submitted, for the tests and the demo's log: node, requester and the values.
    struct Submission
    {
        QString node;
        QString from;
        QString reference;
        QMap<QString, QStringList> values;
        // A photo field's picture as the service fetched it from its URL (complaints).
        QByteArray photoSha256;
        qint64 photoSize = 0;
    };
    [[nodiscard]] const QList<Submission> &submissions() const { return m_submissions; }
    [[nodiscard]] const QString &cityName() const { return m_cityName; }

Q_SIGNALS:
    void submitted(const QString &node, const QString &reference);

private:
    using Reply = xmpp::CommandServer::Reply;
    using Request = xmpp::CommandServer::Request;
    using Session = xmpp::CommandServer::Session;

    void onViolations(Session &s, const Request &r, const Reply &reply);
    void onSocialSecurity(Session &s, const Request &r, const Reply &reply);
    void onAppointment(Session &s, const Request &r, const Reply &reply);
    void onUtilityBill(Session &s, const Request &r, const Reply &reply);
    void onHousingFund(Session &s, const Request &r, const Reply &reply);
    void onComplaint(Session &s, const Request &r, const Reply &reply);
    void acceptComplaint(const Request &request, const QMap<QString, QStringList> &values,
                         const QByteArray &photo, const Reply &reply);

    QString record(const QString &node, const Request &request,
                   const QMap<QString, QStringList> &values, const QString &prefix,
                   const QByteArray &photo = {});
    void sendStatusLater(const Jid &to, const QString &reference, const QString &state,
                         const QString &text, int extraDelay = 0);

    ProviderAccount *m_account = nullptr;
    // Fetches the pictures complaints link to (HTTPS, trusting the server's CA).
    xmpp::UploadManager *m_fetch = nullptr;
    QString m_cityName;
    QString m_plate;
    QString m_biller;
    QString m_dataDir;
    int m_statusDelay = 3000;
    int m_counter = 0;
    QList<Submission> m_submissions;
};

} // namespace teahouse::provider
