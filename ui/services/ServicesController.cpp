#include "ServicesController.h"

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
            setView(m_helping >= 0 ? QStringLiteral("applications") : QStringLiteral("home"));
        m_helping = -1;
    });
    connect(&m_form, &FormController::finished, this, [this] {
        if (m_helping >= 0 && m_form.session() &&
            m_form.session()->state() == services::FormSession::State::Completed)
            sendHelpBack();
    });
}

ServicesController::~ServicesController() = default;

void ServicesController::setServices(CityServices *services)
{
    if (m_services)
        disconnect(m_services, nullptr, this, nullptr);
    m_services = services;
    m_form.setServices(services);
    m_helpRequests.clear();
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
    m_helping = -1;
    (void)m_services->store().markUsed(city, node, QDateTime::currentDateTimeUtc());
    reloadCatalog();
    m_form.open(city, cityName(city), node, name);
    setView(QStringLiteral("form"));
}

void ServicesController::resumeDraft(const QString &id)
{
    if (!m_services)
        return;
    auto draft = m_services->store().draft(id);
    if (!draft.ok() || !draft.value())
        return;
    const services::FormDraft &d = *draft.value();
    m_helping = -1;
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
        m_helpRequests.append(QVariantMap{{QStringLiteral("from"), from},
                                          {QStringLiteral("fromName"), fromName},
                                          {QStringLiteral("service"), card.attribute(u"service")},
                                          {QStringLiteral("xml"), xml}});
        Q_EMIT helpRequestsChanged();
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
    d.snapshot.insert(QStringLiteral("helpedBy"), fromName.isEmpty() ? from : fromName);
    d.updated = QDateTime::currentDateTimeUtc();
    if (m_services->store().saveDraft(d).ok()) {
        Q_EMIT draftsChanged();
        showMessage(tr("%1 filled in %2. Open the draft to check it and submit.")
                        .arg(fromName.isEmpty() ? from : fromName, d.title));
    }
}

void ServicesController::openHelpRequest(int index)
{
    if (index < 0 || index >= m_helpRequests.size())
        return;
    const QVariantMap r = m_helpRequests.at(index).toMap();
    const Element card = Element::fromXml(r.value(QStringLiteral("xml")).toString().toUtf8());
    const Element *x = card.findChild(u"x", DataForm::kNamespace);
    auto form =
        x ? DataForm::fromElement(*x) : Result<DataForm>(Error::make(Error::Code::Corrupt, {}));
    if (!form.ok())
        return;
    m_form.openLocal(form.value(), r.value(QStringLiteral("service")).toString(),
                     tr("%1 asked you to fill this in. Your answers go back to them; they check "
                        "and submit it.")
                         .arg(r.value(QStringLiteral("fromName")).toString()));
    m_helping = index;
    setView(QStringLiteral("form"));
}

void ServicesController::sendHelpBack()
{
    auto *session = m_form.session();
    if (m_helping < 0 || m_helping >= m_helpRequests.size() || !session || !session->result() ||
        !m_sendCard)
        return;
    const QVariantMap r = m_helpRequests.at(m_helping).toMap();
    const Element request = Element::fromXml(r.value(QStringLiteral("xml")).toString().toUtf8());
    Element reply(kCardElement.toString(), services::city::kNamespace.toString());
    reply.setAttribute(QStringLiteral("type"), QStringLiteral("reply"));
    reply.setAttribute(QStringLiteral("id"), request.attribute(u"id"));
    reply.setAttribute(QStringLiteral("stage"), request.attribute(u"stage"));
    reply.setAttribute(QStringLiteral("service"), request.attribute(u"service"));
    reply.appendChild(session->result()->toElement());
    const bool sent =
        m_sendCard(r.value(QStringLiteral("from")).toString(), reply,
                   tr("I filled in your form: %1").arg(request.attribute(u"service")));
    if (sent) {
        m_helpRequests.removeAt(m_helping);
        Q_EMIT helpRequestsChanged();
    }
    m_helping = -1;
    m_form.close();
    showMessage(sent ? tr("Sent back. They will check it and submit it.")
                     : tr("The form could not be sent back."));
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
