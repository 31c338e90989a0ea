#include "ServicesController.h"

#include "qr/XmppUri.h"
#include "services/CityProtocol.h"
#include "services/CityServices.h"
#include "services/FormSession.h"
#include "xmpp/DataForm.h"
#include "xmpp/Element.h"

#include <QJsonArray>
#include <QLocale>
#include <algorithm>

namespace teahouse::ui {

using services::CityServices;
using xmpp::DataForm;
using xmpp::Element;

namespace {

const QStringList kMyInfoKeys = {QStringLiteral("name"), QStringLiteral("id_number"),
                                 QStringLiteral("phone"), QStringLiteral("address"),
                                 QStringLiteral("birth_date")};

QString myInfoLabel(const QString &key)
{
    if (key == u"name")
        return ServicesController::tr("Name");
    if (key == u"id_number")
        return ServicesController::tr("ID number");
    if (key == u"phone")
        return ServicesController::tr("Mobile phone");
    if (key == u"address")
        return ServicesController::tr("Address");
    return ServicesController::tr("Date of birth");
}

QString when(const QDateTime &t)
{
    return t.isValid() ? QLocale().toString(t.toLocalTime(), QLocale::ShortFormat) : QString();
}

QString stateLabel(const QString &state)
{
    if (state == u"submitted" || state == u"received")
        return ServicesController::tr("Received");
    if (state == u"booked")
        return ServicesController::tr("Booked");
    if (state == u"confirmed")
        return ServicesController::tr("Confirmed");
    if (state == u"accepted")
        return ServicesController::tr("Being handled");
    if (state == u"resolved")
        return ServicesController::tr("Resolved");
    if (state == u"awaiting payment")
        return ServicesController::tr("Awaiting payment");
    if (state == u"approved")
        return ServicesController::tr("Approved");
    if (state == u"rejected")
        return ServicesController::tr("Rejected");
    return state;
}

} // namespace

ServicesController::ServicesController(QObject *parent)
    : QObject(parent)
{
    connect(&m_form, &FormController::closed, this, [this] {
        if (m_view == u"form")
            setView(m_helping > 0 ? QStringLiteral("applications") : QStringLiteral("home"));
        m_helping = 0;
    });
    connect(&m_form, &FormController::finished, this, [this] {
        auto *session = m_form.session();
        if (!session || session->state() != services::FormSession::State::Completed)
            return;
        if (m_helping > 0) {
            sendHelpBack();
            return;
        }
        // A form family helped with is now submitted: their requests say so.
        if (m_services && !session->isLocal() &&
            m_services->store()
                .setHelpState(services::HelpRequest::Direction::Out,
                              CityServices::draftId(m_form.city(), session->node()), QString(),
                              QStringLiteral("submitted"))
                .ok())
            Q_EMIT helpRequestsChanged();
    });
}

ServicesController::~ServicesController() = default;

void ServicesController::setServices(CityServices *services)
{
    if (m_services)
        disconnect(m_services, nullptr, this, nullptr);
    m_services = services;
    m_form.setServices(services);
    m_helping = 0;
    if (services) {
        connect(services, &CityServices::citiesChanged, this, [this] {
            if (m_city.isEmpty() && !cities().isEmpty())
                m_city = cities().first().toMap().value(QStringLiteral("jid")).toString();
            Q_EMIT citiesChanged();
        });
        connect(services, &CityServices::catalogChanged, this, &ServicesController::reloadCatalog);
        connect(services, &CityServices::draftsChanged, this, &ServicesController::draftsChanged);
        connect(services, &CityServices::applicationsChanged, this,
                &ServicesController::applicationsChanged);
        connect(services, &CityServices::connectionChanged, this,
                &ServicesController::readyChanged);
        connect(services, &CityServices::statusUpdated, this,
                [this](const QString &, const QString &reference, const QString &text) {
                    showMessage(tr("Update on %1: %2").arg(reference, text));
                });
        const QVariantList list = cities();
        m_city = list.isEmpty() ? QString()
                                : list.first().toMap().value(QStringLiteral("jid")).toString();
        auto info = services->store().myInfo();
        m_form.setMyInfo(info.ok() ? info.value() : QJsonObject());
    } else {
        m_city.clear();
    }
    reloadCatalog();
    Q_EMIT readyChanged();
    Q_EMIT citiesChanged();
    Q_EMIT draftsChanged();
    Q_EMIT applicationsChanged();
    Q_EMIT myInfoChanged();
    Q_EMIT helpRequestsChanged();
}

bool ServicesController::isOnline() const
{
    return m_services && m_services->isOnline();
}

void ServicesController::setView(const QString &view)
{
    if (view == m_view)
        return;
    m_view = view;
    // A message belongs to the screen it appeared on; updates stay in My applications.
    showMessage(QString());
    Q_EMIT viewChanged();
}

QVariantList ServicesController::cities() const
{
    QVariantList list;
    if (!m_services)
        return list;
    auto cities = m_services->store().cities();
    if (!cities.ok())
        return list;
    for (const services::City &c : cities.value())
        list.append(QVariantMap{{QStringLiteral("jid"), c.jid}, {QStringLiteral("name"), c.name}});
    return list;
}

QString ServicesController::cityName(const QString &jid) const
{
    for (const QVariant &v : cities()) {
        const QVariantMap m = v.toMap();
        if (m.value(QStringLiteral("jid")).toString() == jid)
            return m.value(QStringLiteral("name")).toString();
    }
    return jid;
}

void ServicesController::setCurrentCity(const QString &city)
{
    if (city == m_city)
        return;
    m_city = city;
    m_category.clear();
    Q_EMIT citiesChanged();
    reloadCatalog();
}

QString ServicesController::currentCityName() const
{
    return m_city.isEmpty() ? QString() : cityName(m_city);
}

QVariantList ServicesController::categories() const
{
    QVariantList list;
    if (!m_services || m_city.isEmpty())
        return list;
    auto entries = m_services->store().services(m_city);
    if (!entries.ok())
        return list;
    QStringList keys;
    for (QStringView c : services::city::kCategories)
        keys.append(c.toString());
    keys.append(QStringLiteral("other"));
    for (const QString &key : std::as_const(keys)) {
        const auto n = std::count_if(entries->cbegin(), entries->cend(), [&](const auto &e) {
            return services::city::categoryOf(e.node) == key;
        });
        if (n > 0)
            list.append(QVariantMap{{QStringLiteral("key"), key},
                                    {QStringLiteral("label"), ServiceListModel::categoryLabel(key)},
                                    {QStringLiteral("count"), int(n)}});
    }
    return list;
}

void ServicesController::setCategory(const QString &category)
{
    if (category == m_category)
        return;
    m_category = category;
    reloadCatalog();
}

void ServicesController::setSearch(const QString &search)
{
    if (search == m_search)
        return;
    m_search = search;
    reloadCatalog();
}

void ServicesController::reloadCatalog()
{
    QList<services::ServiceEntry> filtered;
    QList<services::ServiceEntry> pinned;
    QList<services::ServiceEntry> recent;
    if (m_services) {
        // Pinned and recent come from every city: a service used in Shanghai stays at hand.
        auto cities = m_services->store().cities();
        for (const services::City &c : cities.ok() ? cities.value() : QList<services::City>()) {
            auto entries = m_services->store().services(c.jid);
            if (!entries.ok())
                continue;
            for (const services::ServiceEntry &e : entries.value()) {
                if (e.pinned)
                    pinned.append(e);
                if (e.lastUsed.isValid())
                    recent.append(e);
                if (c.jid != m_city)
                    continue;
                if (!m_category.isEmpty() && services::city::categoryOf(e.node) != m_category)
                    continue;
                const QString needle = m_search.trimmed();
                if (!needle.isEmpty() && !e.name.contains(needle, Qt::CaseInsensitive) &&
                    !ServiceListModel::categoryLabel(services::city::categoryOf(e.node))
                         .contains(needle, Qt::CaseInsensitive))
                    continue;
                filtered.append(e);
            }
        }
    }
    std::sort(recent.begin(), recent.end(),
              [](const auto &a, const auto &b) { return a.lastUsed > b.lastUsed; });
    if (recent.size() > 4)
        recent.resize(4);
    m_list.setEntries(filtered);
    m_pinned.setEntries(pinned);
    m_recent.setEntries(recent);
    Q_EMIT catalogChanged();
}

QVariantList ServicesController::drafts() const
{
    QVariantList list;
    if (!m_services)
        return list;
    auto drafts = m_services->store().drafts();
    if (!drafts.ok())
        return list;
    for (const services::FormDraft &d : drafts.value()) {
        const QString helper = d.snapshot.value(QStringLiteral("helpedBy")).toString();
        list.append(QVariantMap{{QStringLiteral("id"), d.id},
                                {QStringLiteral("title"), d.title},
                                {QStringLiteral("city"), cityName(d.city)},
                                {QStringLiteral("updated"), when(d.updated)},
                                {QStringLiteral("helpedBy"), helper}});
    }
    return list;
}

QVariantList ServicesController::applications() const
{
    QVariantList list;
    if (!m_services)
        return list;
    auto apps = m_services->store().applications();
    if (!apps.ok())
        return list;
    for (const services::Application &a : apps.value()) {
        QVariantList updates;
        for (const auto &u : a.updates)
            updates.append(QVariantMap{{QStringLiteral("time"), when(u.first)},
                                       {QStringLiteral("text"), u.second}});
        QVariantList receipt;
        QString qr;
        auto command = xmpp::Command::fromElement(Element::fromXml(a.receiptXml.toUtf8()));
        if (command.ok() && command->form) {
            for (const DataForm::Field &f : command->form->fields()) {
                if (f.isHidden())
                    continue;
                if (f.var.isEmpty()) {
                    for (const Element &ext : f.extensions) {
                        const Element *uri = ext.findChild(u"uri");
                        if (uri && uri->text().startsWith(u"data:image/"))
                            qr = uri->text();
                    }
                    continue;
                }
                receipt.append(
                    QVariantMap{{QStringLiteral("label"), f.label.isEmpty() ? f.var : f.label},
                                {QStringLiteral("value"), f.values.join(QStringLiteral(", "))}});
            }
        }
        list.append(QVariantMap{{QStringLiteral("id"), a.id},
                                {QStringLiteral("title"), a.title},
                                {QStringLiteral("city"), cityName(a.city)},
                                {QStringLiteral("reference"), a.reference},
                                {QStringLiteral("state"), stateLabel(a.state)},
                                {QStringLiteral("submitted"), when(a.submitted)},
                                {QStringLiteral("updates"), updates},
                                {QStringLiteral("receipt"), receipt},
                                {QStringLiteral("qr"), qr}});
    }
    return list;
}

QVariantList ServicesController::myInfo() const
{
    QVariantList list;
    QJsonObject info;
    if (m_services) {
        auto stored = m_services->store().myInfo();
        if (stored.ok())
            info = stored.value();
    }
    for (const QString &key : kMyInfoKeys) {
        const QString value = info.value(key).toString();
        list.append(
            QVariantMap{{QStringLiteral("key"), key},
                        {QStringLiteral("label"), myInfoLabel(key)},
                        {QStringLiteral("shown"), FormFieldModel::masked(key, value)},
                        {QStringLiteral("set"), !value.isEmpty()},
                        {QStringLiteral("sensitive"), key == u"id_number" || key == u"phone"}});
    }
    return list;
}

QString ServicesController::myInfoValue(const QString &key) const
{
    if (!m_services)
        return {};
    auto stored = m_services->store().myInfo();
    return stored.ok() ? stored->value(key).toString() : QString();
}

void ServicesController::setMyInfo(const QString &key, const QString &value)
{
    if (!m_services || !kMyInfoKeys.contains(key))
        return;
    if (!m_services->store().setMyInfo(key, value.trimmed()).ok()) {
        showMessage(tr("My info could not be saved."));
        return;
    }
    auto info = m_services->store().myInfo();
    m_form.setMyInfo(info.ok() ? info.value() : QJsonObject());
    Q_EMIT myInfoChanged();
}

void ServicesController::openService(const QString &city, const QString &node, const QString &name)
{
    if (!m_services)
        return;
    // An unfinished draft of the same service is carried on rather than started again.
    auto draft = m_services->store().draft(CityServices::draftId(city, node));
    if (draft.ok() && draft.value()) {
        resumeDraft(draft.value()->id);
        return;
    }
    m_helping = 0;
    (void)m_services->store().markUsed(city, node, QDateTime::currentDateTimeUtc());
    reloadCatalog();
    m_form.open(city, cityName(city), node, name);
    setView(QStringLiteral("form"));
}

bool ServicesController::openServiceUri(const QString &uri)
{
    const auto parsed = qr::XmppUri::parse(uri);
    if (!m_services || !parsed.ok() || parsed->kind != qr::XmppUri::Kind::RunCommand ||
        parsed->node.isEmpty())
        return false;
    const QString city = parsed->jid.bare().toString();
    // The service's own name when the city's list is known; its node otherwise (the form's
    // title follows from the service's answer either way).
    QString name = parsed->node;
    const auto entries = m_services->store().services(city);
    if (entries.ok()) {
        for (const services::ServiceEntry &e : entries.value())
            if (e.node == parsed->node && !e.name.isEmpty())
                name = e.name;
    }
    openService(city, parsed->node, name);
    Q_EMIT pageRequested();
    return true;
}

void ServicesController::resumeDraft(const QString &id)
{
    if (!m_services)
        return;
    auto draft = m_services->store().draft(id);
    if (!draft.ok() || !draft.value())
        return;
    const services::FormDraft &d = *draft.value();
    m_helping = 0;
    m_form.open(d.city, cityName(d.city), d.node, d.title, d.snapshot);
    const QString helper = d.snapshot.value(QStringLiteral("helpedBy")).toString();
    if (!helper.isEmpty())
        m_form.applyValues({}, tr("%1 filled this in for you. Check every value before you "
                                  "submit.")
                                   .arg(helper));
    setView(QStringLiteral("form"));
}

void ServicesController::discardDraft(const QString &id)
{
    if (m_services)
        m_services->discardDraft(id);
}

void ServicesController::setPinned(const QString &city, const QString &node, bool pinned)
{
    if (m_services && m_services->store().setPinned(city, node, pinned).ok())
        reloadCatalog();
}

void ServicesController::addCity(const QString &jid)
{
    if (!m_services)
        return;
    const QString trimmed = jid.trimmed();
    m_services->addCity(trimmed, [this, trimmed](Status s) {
        if (!s.ok())
            showMessage(tr("%1 did not answer: %2").arg(trimmed, s.error().message));
    });
    setCurrentCity(Jid::parse(trimmed).toString());
}

void ServicesController::refresh()
{
    if (m_services)
        m_services->refreshAll();
}

void ServicesController::setContacts(const QVariantList &contacts)
{
    m_contacts = contacts;
    Q_EMIT contactsChanged();
}

bool ServicesController::askFamily(const QString &jid)
{
    auto *session = m_form.session();
    if (!session || !m_sendCard || session->isLocal())
        return false;
    Element request(kCardElement.toString(), services::city::kNamespace.toString());
    request.setAttribute(QStringLiteral("type"), QStringLiteral("request"));
    request.setAttribute(QStringLiteral("id"),
                         CityServices::draftId(m_form.city(), session->node()));
    request.setAttribute(QStringLiteral("service"), m_form.serviceName());
    request.setAttribute(QStringLiteral("stage"), QString::number(session->stage()));
    DataForm form = session->form();
    form.setType(DataForm::Type::Form);
    request.appendChild(form.toElement());
    const bool sent = m_sendCard(
        jid, request, tr("Please help me fill in this form: %1").arg(m_form.serviceName()));
    if (sent) {
        services::HelpRequest r;
        r.direction = services::HelpRequest::Direction::Out;
        r.peer = Jid::parse(jid).bareString();
        r.draftId = request.attribute(u"id");
        r.service = m_form.serviceName();
        r.state = QStringLiteral("asked");
        r.cardXml = request.toXmlString();
        r.updated = QDateTime::currentDateTimeUtc();
        if (m_services->store().saveHelpRequest(r).ok())
            Q_EMIT helpRequestsChanged();
    }
    // Said on the form itself (messages do not cover a form).
    m_form.applyValues({}, sent ? tr("Sent. When they answer, their values appear in this "
                                     "draft for you to check.")
                                : tr("The form could not be sent."));
    return sent;
}

void ServicesController::cardReceived(const QString &from, const QString &fromName,
                                      const QString &xml)
{
    const Element card = Element::fromXml(xml.toUtf8());
    if (card.xmlns() != services::city::kNamespace || card.name() != kCardElement)
        return;
    const Element *x = card.findChild(u"x", DataForm::kNamespace);
    if (!x)
        return;
    auto form = DataForm::fromElement(*x);
    if (!form.ok())
        return;
    if (card.attribute(u"type") == u"request") {
        rememberRequest(from, xml);
        return;
    }
    if (card.attribute(u"type") != u"reply" || !m_services)
        return;
    // Values a family member filled in go into our draft of that form, on the stage we sent;
    // nothing is submitted until we have looked at them.
    const QString id = card.attribute(u"id");
    auto draft = m_services->store().draft(id);
    if (!draft.ok() || !draft.value())
        return;
    services::FormDraft d = *draft.value();
    const int stage = card.attribute(u"stage").toInt();
    QJsonArray entered = d.snapshot.value(QStringLiteral("entered")).toArray();
    while (entered.size() <= stage)
        entered.append(QJsonObject());
    QJsonObject values = entered.at(stage).toObject();
    for (const DataForm::Field &f : form->fields()) {
        if (!f.var.isEmpty() && !f.isHidden() && f.var != u"FORM_TYPE")
            values.insert(f.var, QJsonArray::fromStringList(f.values));
    }
    entered[stage] = values;
    d.snapshot.insert(QStringLiteral("entered"), entered);
    // The name the person gave the contact first; the chat's name for the sender otherwise.
    QString helper = contactName(from);
    if (helper == Jid::parse(from).local() && !fromName.isEmpty())
        helper = fromName;
    d.snapshot.insert(QStringLiteral("helpedBy"), helper);
    d.updated = QDateTime::currentDateTimeUtc();
    (void)m_services->store().setHelpState(services::HelpRequest::Direction::Out, id,
                                           Jid::parse(from).bareString(),
                                           QStringLiteral("answered"));
    Q_EMIT helpRequestsChanged();
    // The form is on screen at that stage: the values go straight in (the draft follows).
    services::FormSession *shown = m_form.session();
    if (shown && !shown->isLocal() && shown->state() == services::FormSession::State::Editing &&
        CityServices::draftId(m_form.city(), shown->node()) == id && shown->stage() == stage) {
        QHash<QString, QStringList> filled;
        for (auto it = values.begin(); it != values.end(); ++it) {
            QStringList list;
            for (const QJsonValue &v : it.value().toArray())
                list.append(v.toString());
            filled.insert(it.key(), list);
        }
        m_form.applyValues(filled, tr("%1 filled this in for you. Check every value before you "
                                      "submit.")
                                       .arg(helper));
        return;
    }
    if (m_services->store().saveDraft(d).ok()) {
        Q_EMIT draftsChanged();
        showMessage(
            tr("%1 filled in %2. Open the draft to check it and submit.").arg(helper, d.title));
    }
}

void ServicesController::openHelpRequest(qint64 id)
{
    if (!m_services)
        return;
    auto found = m_services->store().helpRequest(id);
    if (!found.ok() || !found.value() ||
        found.value()->direction != services::HelpRequest::Direction::In)
        return;
    const services::HelpRequest &r = *found.value();
    const Element card = Element::fromXml(r.cardXml.toUtf8());
    const Element *x = card.findChild(u"x", DataForm::kNamespace);
    auto form =
        x ? DataForm::fromElement(*x) : Result<DataForm>(Error::make(Error::Code::Corrupt, {}));
    if (!form.ok())
        return;
    m_form.openLocal(form.value(), r.service,
                     tr("%1 asked you to fill this in. Your answers go back to them; they check "
                        "and submit it.")
                         .arg(contactName(r.peer)));
    m_helping = id;
    setView(QStringLiteral("form"));
}

void ServicesController::sendHelpBack()
{
    auto *session = m_form.session();
    if (m_helping <= 0 || !m_services || !session || !session->result() || !m_sendCard)
        return;
    auto found = m_services->store().helpRequest(m_helping);
    if (!found.ok() || !found.value())
        return;
    const services::HelpRequest &r = *found.value();
    const Element request = Element::fromXml(r.cardXml.toUtf8());
    Element reply(kCardElement.toString(), services::city::kNamespace.toString());
    reply.setAttribute(QStringLiteral("type"), QStringLiteral("reply"));
    reply.setAttribute(QStringLiteral("id"), request.attribute(u"id"));
    reply.setAttribute(QStringLiteral("stage"), request.attribute(u"stage"));
    reply.setAttribute(QStringLiteral("service"), request.attribute(u"service"));
    reply.appendChild(session->result()->toElement());
    const bool sent = m_sendCard(
        r.peer, reply, tr("I filled in your form: %1").arg(request.attribute(u"service")));
    if (sent) {
        services::HelpRequest done = r;
        done.state = QStringLiteral("sent");
        done.updated = QDateTime::currentDateTimeUtc();
        (void)m_services->store().saveHelpRequest(done);
        Q_EMIT helpRequestsChanged();
    }
    m_helping = 0;
    m_form.close();
    showMessage(sent ? tr("Sent back. They will check it and submit it.")
                     : tr("The form could not be sent back."));
}

qint64 ServicesController::rememberRequest(const QString &from, const QString &xml)
{
    if (!m_services)
        return 0;
    const Element card = Element::fromXml(xml.toUtf8());
    const QString peer = Jid::parse(from).bareString();
    const QString draftId = card.attribute(u"id");
    // The same card seen again (history, a second look) keeps how far it got.
    if (auto known = findHelp(services::HelpRequest::Direction::In, peer, draftId);
        known && known->cardXml == xml)
        return known->id;
    services::HelpRequest r;
    r.direction = services::HelpRequest::Direction::In;
    r.peer = peer;
    r.draftId = draftId;
    r.service = card.attribute(u"service");
    r.state = QStringLiteral("asked");
    r.cardXml = xml;
    r.updated = QDateTime::currentDateTimeUtc();
    auto id = m_services->store().saveHelpRequest(r);
    if (!id.ok())
        return 0;
    Q_EMIT helpRequestsChanged();
    return id.value();
}

std::optional<services::HelpRequest>
ServicesController::findHelp(services::HelpRequest::Direction direction, const QString &peer,
                             const QString &draftId) const
{
    if (!m_services)
        return std::nullopt;
    auto all = m_services->store().helpRequests();
    if (!all.ok())
        return std::nullopt;
    for (const services::HelpRequest &r : all.value()) {
        if (r.direction == direction && r.draftId == draftId && (peer.isEmpty() || r.peer == peer))
            return r;
    }
    return std::nullopt;
}

QString ServicesController::contactName(const QString &jid) const
{
    const QString bare = Jid::parse(jid).bareString();
    for (const QVariant &v : m_contacts) {
        const QVariantMap m = v.toMap();
        if (m.value(QStringLiteral("jid")).toString() == bare)
            return m.value(QStringLiteral("name")).toString();
    }
    const Jid parsed = Jid::parse(bare);
    return parsed.local().isEmpty() ? bare : parsed.local();
}

namespace {

QString helpStateText(const services::HelpRequest &r)
{
    const bool in = r.direction == services::HelpRequest::Direction::In;
    if (r.state == u"asked")
        return in ? ServicesController::tr("Waiting for you")
                  : ServicesController::tr("Waiting for their answer");
    if (r.state == u"sent")
        return ServicesController::tr("Sent back");
    if (r.state == u"answered")
        return ServicesController::tr("Filled in: check and submit");
    if (r.state == u"submitted")
        return ServicesController::tr("Submitted");
    return r.state;
}

} // namespace

QVariantList ServicesController::helpRequests() const
{
    QVariantList list;
    if (!m_services)
        return list;
    auto all = m_services->store().helpRequests();
    if (!all.ok())
        return list;
    for (const services::HelpRequest &r : all.value()) {
        const bool in = r.direction == services::HelpRequest::Direction::In;
        bool draftKept = false;
        if (!in) {
            auto d = m_services->store().draft(r.draftId);
            draftKept = d.ok() && d.value().has_value();
        }
        list.append(QVariantMap{
            {QStringLiteral("id"), r.id},
            {QStringLiteral("direction"), in ? QStringLiteral("in") : QStringLiteral("out")},
            {QStringLiteral("peer"), r.peer},
            {QStringLiteral("peerName"), contactName(r.peer)},
            {QStringLiteral("service"), r.service},
            {QStringLiteral("state"), r.state},
            {QStringLiteral("stateText"), helpStateText(r)},
            {QStringLiteral("updated"), when(r.updated)},
            {QStringLiteral("canFill"), in},
            {QStringLiteral("canReview"), !in && r.state == u"answered" && draftKept},
            {QStringLiteral("draftId"), r.draftId}});
    }
    return list;
}

int ServicesController::pendingHelp() const
{
    int n = 0;
    for (const QVariant &v : helpRequests()) {
        const QVariantMap m = v.toMap();
        if ((m.value(QStringLiteral("canFill")).toBool() &&
             m.value(QStringLiteral("state")).toString() == u"asked") ||
            m.value(QStringLiteral("canReview")).toBool())
            ++n;
    }
    return n;
}

QVariantMap ServicesController::cardInfo(const QString &xml, bool outgoing,
                                         const QString &senderJid) const
{
    const Element card = Element::fromXml(xml.toUtf8());
    const QString type = card.attribute(u"type");
    const QString service = card.attribute(u"service");
    const QString draftId = card.attribute(u"id");
    QString title;
    QString state;
    QString button;
    const QString name = contactName(senderJid);
    if (type == u"request" && !outgoing) {
        title = tr("%1 asks you to fill: %2").arg(name, service);
        const auto known = findHelp(services::HelpRequest::Direction::In,
                                    Jid::parse(senderJid).bareString(), draftId);
        state = known && known->state == u"sent" ? tr("You sent it back.")
                                                 : tr("Fill it in; they check it and submit it.");
        button = known && known->state == u"sent" ? tr("Open again") : tr("Open");
    } else if (type == u"request") {
        title = tr("You asked for help with: %1").arg(service);
        const auto known = findHelp(services::HelpRequest::Direction::Out, {}, draftId);
        state = known ? helpStateText(*known) : tr("Waiting for their answer");
    } else if (type == u"reply" && !outgoing) {
        title = tr("%1 filled in: %2").arg(name, service);
        bool draftKept = false;
        if (m_services) {
            auto d = m_services->store().draft(draftId);
            draftKept = d.ok() && d.value().has_value();
        }
        state = draftKept ? tr("Check the values, then submit it yourself.")
                          : tr("This form is no longer a draft.");
        if (draftKept)
            button = tr("Review and submit");
    } else if (type == u"reply") {
        title = tr("You filled in: %1").arg(service);
        state = tr("Sent back for them to check and submit.");
    }
    return {{QStringLiteral("type"), type},
            {QStringLiteral("title"), title},
            {QStringLiteral("service"), service},
            {QStringLiteral("stateText"), state},
            {QStringLiteral("buttonText"), button}};
}

void ServicesController::openCard(const QString &xml, bool outgoing, const QString &senderJid)
{
    if (!m_services || outgoing)
        return;
    const Element card = Element::fromXml(xml.toUtf8());
    if (card.attribute(u"type") == u"request") {
        const qint64 id = rememberRequest(senderJid, xml);
        if (id <= 0)
            return;
        openHelpRequest(id);
        Q_EMIT pageRequested();
    } else if (card.attribute(u"type") == u"reply") {
        auto d = m_services->store().draft(card.attribute(u"id"));
        if (!d.ok() || !d.value())
            return;
        resumeDraft(card.attribute(u"id"));
        Q_EMIT pageRequested();
    }
}

void ServicesController::showMessage(const QString &text)
{
    m_message = text;
    Q_EMIT messageChanged();
}

void ServicesController::clearMessage()
{
    showMessage(QString());
}

} // namespace teahouse::ui
