#pragma once

#include "FormController.h"
#include "ServiceListModel.h"
#include "services/CityServices.h"

#include <QObject>
#include <QPointer>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>
#include <functional>
#include <optional>

namespace teahouse::xmpp {
class Element;
}

namespace teahouse::ui {

// What Discover → City Services sees as features.services: the cities (service providers),
// the chosen city's services by category and search, the pinned and recently used ones, the
// form being filled (form), drafts, My applications with their status updates, My info, and
// help from family (a draft sent to a contact as a chat card and the values they send back).
class ServicesController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Made by the app's ServicesFeature")
    Q_PROPERTY(bool ready READ isReady NOTIFY readyChanged)
    Q_PROPERTY(bool online READ isOnline NOTIFY readyChanged)
    Q_PROPERTY(QString view READ view WRITE setView NOTIFY viewChanged)
    Q_PROPERTY(QVariantList cities READ cities NOTIFY citiesChanged)
    Q_PROPERTY(QString currentCity READ currentCity WRITE setCurrentCity NOTIFY citiesChanged)
    Q_PROPERTY(QString currentCityName READ currentCityName NOTIFY citiesChanged)
    Q_PROPERTY(QVariantList categories READ categories NOTIFY catalogChanged)
    Q_PROPERTY(QString category READ category WRITE setCategory NOTIFY catalogChanged)
    Q_PROPERTY(QString search READ search WRITE setSearch NOTIFY catalogChanged)
    Q_PROPERTY(teahouse::ui::ServiceListModel *services READ services CONSTANT)
    Q_PROPERTY(teahouse::ui::ServiceListModel *pinned READ pinned CONSTANT)
    Q_PROPERTY(teahouse::ui::ServiceListModel *recent READ recent CONSTANT)
    Q_PROPERTY(teahouse::ui::FormController *form READ form CONSTANT)
    Q_PROPERTY(QVariantList drafts READ drafts NOTIFY draftsChanged)
    Q_PROPERTY(QVariantList applications READ applications NOTIFY applicationsChanged)
    Q_PROPERTY(QVariantList myInfo READ myInfo NOTIFY myInfoChanged)
    Q_PROPERTY(QVariantList contacts READ contacts NOTIFY contactsChanged)
    // Help from family, both ways (kept in the store): [{id, direction ("in"/"out"), peer,
    // peerName, service, state, stateText, updated, canFill, canReview}].
    Q_PROPERTY(QVariantList helpRequests READ helpRequests NOTIFY helpRequestsChanged)
    // Requests that wait for me: forms to fill in for family, their answers to check.
    Q_PROPERTY(int pendingHelp READ pendingHelp NOTIFY helpRequestsChanged)
    Q_PROPERTY(QString message READ message NOTIFY messageChanged)

public:
    using CardSender = std::function<bool(const QString &jid, const xmpp::Element &payload,
                                          const QString &fallbackText)>;
    // The chat card: <city-form xmlns='urn:teahouse:city:0' type='request|reply' id='draft'
    // stage='n' service='name'><x xmlns='jabber:x:data'/></city-form>.
    static constexpr QStringView kCardKind = u"city-form";
    static constexpr QStringView kCardElement = u"city-form";

    explicit ServicesController(QObject *parent = nullptr);
    ~ServicesController() override;

    void setServices(services::CityServices *services);
    [[nodiscard]] services::CityServices *cityServices() const { return m_services; }
    // How "Ask family" sends a chat card (the chat feature's ChatService::sendCard).
    void setCardSender(CardSender sender) { m_sendCard = std::move(sender); }
    void setContacts(const QVariantList &contacts);
    // A chat card of kind city-form arrived (a request to fill, or a filled form back).
    void cardReceived(const QString &from, const QString &fromName, const QString &xml);

    [[nodiscard]] bool isReady() const { return m_services != nullptr; }
    [[nodiscard]] bool isOnline() const;
    [[nodiscard]] QString view() const { return m_view; }
    void setView(const QString &view);
    [[nodiscard]] QVariantList cities() const;
    [[nodiscard]] QString currentCity() const { return m_city; }
    void setCurrentCity(const QString &city);
    [[nodiscard]] QString currentCityName() const;
    [[nodiscard]] QVariantList categories() const;
    [[nodiscard]] QString category() const { return m_category; }
    void setCategory(const QString &category);
    [[nodiscard]] QString search() const { return m_search; }
    void setSearch(const QString &search);
    [[nodiscard]] ServiceListModel *services() { return &m_list; }
    [[nodiscard]] ServiceListModel *pinned() { return &m_pinned; }
    [[nodiscard]] ServiceListModel *recent() { return &m_recent; }
    [[nodiscard]] FormController *form() { return &m_form; }
    [[nodiscard]] QVariantList drafts() const;
    [[nodiscard]] QVariantList applications() const;
    [[nodiscard]] QVariantList myInfo() const;
    [[nodiscard]] QVariantList contacts() const { return m_contacts; }
    [[nodiscard]] QVariantList helpRequests() const;
    [[nodiscard]] int pendingHelp() const;
    [[nodiscard]] QString message() const { return m_message; }

    Q_INVOKABLE void openService(const QString &city, const QString &node, const QString &name);
    Q_INVOKABLE void resumeDraft(const QString &id);
    Q_INVOKABLE void discardDraft(const QString &id);
    Q_INVOKABLE void setPinned(const QString &city, const QString &node, bool pinned);
    Q_INVOKABLE void addCity(const QString &jid);
    Q_INVOKABLE void refresh();
    Q_INVOKABLE void setMyInfo(const QString &key, const QString &value);
    // The unmasked value, for the My info editor.
    Q_INVOKABLE QString myInfoValue(const QString &key) const;
    // Sends the form being filled to a contact as a chat card.
    Q_INVOKABLE bool askFamily(const QString &jid);
    // Fills a form a family member asked for help with (an id from helpRequests).
    Q_INVOKABLE void openHelpRequest(qint64 id);
    // The city-form chat card (the delegate's model): {type, title, service, stateText,
    // buttonText (empty: no button)}.
    Q_INVOKABLE QVariantMap cardInfo(const QString &xml, bool outgoing,
                                     const QString &senderJid) const;
    // The card's button: fill in a request from family, or check the form they sent back.
    Q_INVOKABLE void openCard(const QString &xml, bool outgoing, const QString &senderJid);
    Q_INVOKABLE void sendHelpBack();
    Q_INVOKABLE void clearMessage();
    // A service link ("xmpp:city@host?command;node=…", scanned or tapped in a chat): opens
    // that service's form (or its draft) and asks the app to show City Services. False for
    // any other link, and before the account is open.
    Q_INVOKABLE bool openServiceUri(const QString &uri);
    // A link from a result ("Pay now"): handed to the app (Navigation.openUri).
    Q_INVOKABLE void openUri(const QString &uri) { Q_EMIT openUriRequested(uri); }

Q_SIGNALS:
    void readyChanged();
    void viewChanged();
    void citiesChanged();
    void catalogChanged();
    void draftsChanged();
    void applicationsChanged();
    void myInfoChanged();
    void contactsChanged();
    void helpRequestsChanged();
    void messageChanged();
    // A payment link from a service's result ("Pay now"): the app opens it (Navigation.openUri).
    void openUriRequested(const QString &uri);
    // openServiceUri opened a form: the app shows Discover → City Services.
    void pageRequested();

private:
    void reloadCatalog();
    void showMessage(const QString &text);
    [[nodiscard]] QString cityName(const QString &jid) const;
    [[nodiscard]] QString contactName(const QString &jid) const;
    // Records an incoming request card (once per card) and returns its id, or 0.
    qint64 rememberRequest(const QString &from, const QString &xml);
    [[nodiscard]] std::optional<services::HelpRequest>
    findHelp(services::HelpRequest::Direction direction, const QString &peer,
             const QString &draftId) const;

    QPointer<services::CityServices> m_services;
    CardSender m_sendCard;
    QString m_view = QStringLiteral("home");
    QString m_city;
    QString m_category;
    QString m_search;
    ServiceListModel m_list;
    ServiceListModel m_pinned;
    ServiceListModel m_recent;
    FormController m_form;
    QVariantList m_contacts;
    qint64 m_helping = 0; // the help request (in) being filled, or 0
    QString m_message;
};

} // namespace teahouse::ui
