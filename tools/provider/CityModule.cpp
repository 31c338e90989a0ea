#include "CityModule.h"

#include "CodeWriter.h"
#include "Provider.h"
#include "ProviderAccount.h"
#include "pay/PayProtocol.h"
#include "services/CityProtocol.h"
#include "services/FieldRule.h"
#include "services/FormLayout.h"
#include "xmpp/UploadManager.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QDate>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QPointer>
#include <QSslCertificate>
#include <QTimer>
#include <QUrl>

Q_LOGGING_CATEGORY(lcCity, "teahouse.provider.city", QtInfoMsg)

namespace teahouse::provider {

using xmpp::Command;
using xmpp::DataForm;
using xmpp::Element;
using Field = DataForm::Field;

namespace {

constexpr QStringView kValidateNs = u"http://jabber.org/protocol/xdata-validate";
constexpr QStringView kLayoutNs = u"http://jabber.org/protocol/xdata-layout";
constexpr QStringView kMediaNs = u"urn:xmpp:media-element";
constexpr QStringView kBobNs = u"urn:xmpp:bob";

Field field(const QString &var, const QString &type, const QString &label, bool required = false,
            const QString &desc = {})
{
    Field f;
    f.var = var;
    f.type = type;
    f.label = label;
    f.required = required;
    f.desc = desc;
    return f;
}

Field fixed(const QString &text)
{
    Field f;
    f.type = QStringLiteral("fixed");
    f.values = {text};
    return f;
}

Field resultField(const QString &var, const QString &label, const QString &value,
                  const QString &type = {})
{
    Field f;
    f.var = var;
    f.label = label;
    f.type = type;
    f.values = {value};
    return f;
}

// XEP-0122 <validate/>: a datatype and one method element (regex, range) or basic.
Field &validate(Field &f, const QString &datatype, const QString &regex = {},
                const QString &min = {}, const QString &max = {})
{
    Element v(QStringLiteral("validate"), kValidateNs.toString());
    v.setAttribute(QStringLiteral("datatype"), datatype);
    if (!regex.isEmpty()) {
        v.addTextChild(QStringLiteral("regex"), regex);
    } else if (!min.isEmpty() || !max.isEmpty()) {
        Element &range = v.addChild(QStringLiteral("range"));
        if (!min.isEmpty())
            range.setAttribute(QStringLiteral("min"), min);
        if (!max.isEmpty())
            range.setAttribute(QStringLiteral("max"), max);
    } else {
        v.addChild(QStringLiteral("basic"));
    }
    f.extensions.append(v);
    return f;
}

Field &listRange(Field &f, int min, int max)
{
    Element v(QStringLiteral("validate"), kValidateNs.toString());
    v.setAttribute(QStringLiteral("datatype"), QStringLiteral("xs:string"));
    v.addChild(QStringLiteral("basic"));
    Element &range = v.addChild(QStringLiteral("list-range"));
    range.setAttribute(QStringLiteral("min"), QString::number(min));
    range.setAttribute(QStringLiteral("max"), QString::number(max));
    f.extensions.append(v);
    return f;
}

// XEP-0221: an image for the field (data:, cid: or http: URI).
Field &media(Field &f, const QString &uri, const QString &mime, int width, int height)
{
    Element m(QStringLiteral("media"), kMediaNs.toString());
    m.setAttribute(QStringLiteral("width"), QString::number(width));
    m.setAttribute(QStringLiteral("height"), QString::number(height));
    Element &u = m.addTextChild(QStringLiteral("uri"), uri);
    u.setAttribute(QStringLiteral("type"), mime);
    f.extensions.append(m);
    return f;
}

void option(Field &f, const QString &value, const QString &label)
{
    f.options.append({label, value});
}

QByteArray png(const QImage &image)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

// A small picture of a hospital sign (a red cross on white), drawn here so the demo needs no
// image files.
QByteArray hospitalSign()
{
    QImage image(96, 64, QImage::Format_RGB32);
    image.fill(Qt::white);
    for (int y = 14; y < 50; ++y)
        for (int x = 40; x < 56; ++x)
            image.setPixel(x, y, qRgb(0xd3, 0x2f, 0x2f));
    for (int y = 24; y < 40; ++y)
        for (int x = 30; x < 66; ++x)
            image.setPixel(x, y, qRgb(0xd3, 0x2f, 0x2f));
    return png(image);
}

QString bobCid(const QByteArray &data)
{
    return QStringLiteral("sha1+%1@bob.xmpp.org")
        .arg(QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha1).toHex()));
}

Element bobData(const QByteArray &data, const QString &mime)
{
    Element e(QStringLiteral("data"), kBobNs.toString());
    e.setAttribute(QStringLiteral("cid"), bobCid(data));
    e.setAttribute(QStringLiteral("type"), mime);
    e.setAttribute(QStringLiteral("max-age"), QStringLiteral("86400"));
    e.setText(QString::fromLatin1(data.toBase64()));
    return e;
}

Element page(const QString &label, const QStringList &vars, const QString &text = {})
{
    Element p(QStringLiteral("page"), kLayoutNs.toString());
    p.setAttribute(QStringLiteral("label"), label);
    if (!text.isEmpty())
        p.addTextChild(QStringLiteral("text"), text);
    for (const QString &v : vars)
        p.addChild(QStringLiteral("fieldref")).setAttribute(QStringLiteral("var"), v);
    return p;
}

Element section(const QString &label, const QStringList &vars, const QString &text = {})
{
    Element s(QStringLiteral("section"), kLayoutNs.toString());
    s.setAttribute(QStringLiteral("label"), label);
    if (!text.isEmpty())
        s.addTextChild(QStringLiteral("text"), text);
    for (const QString &v : vars)
        s.addChild(QStringLiteral("fieldref")).setAttribute(QStringLiteral("var"), v);
    return s;
}

Command stage(const QString &title, const QString &instructions, QList<Field> fields,
              QList<Command::Action> actions, Command::Action defaultAction)
{
    Command c;
    c.status = Command::Status::Executing;
    c.actions = std::move(actions);
    c.defaultAction = defaultAction;
    DataForm form(DataForm::Type::Form);
    form.setTitle(title);
    form.setInstructions(instructions);
    for (auto &f : fields)
        form.addField(std::move(f));
    c.form = form;
    return c;
}

Command completed(DataForm result, const QString &note = {},
                  Command::Note::Type type = Command::Note::Type::Info)
{
    Command c;
    c.status = Command::Status::Completed;
    if (!note.isEmpty())
        c.notes.append({type, note});
    c.form = std::move(result);
    return c;
}

// The submitted values of the fields `sent` asks for, checked as the client should have
// (XEP-0122 §5.4: the service validates again). An error names the first bad field.
Result<QMap<QString, QStringList>> accept(const Command &sent, const std::optional<DataForm> &got)
{
    if (!sent.form)
        return QMap<QString, QStringList>();
    if (!got)
        return xmpp::CommandServer::error(QStringLiteral("bad-request"),
                                          QStringLiteral("The form is missing."),
                                          QStringLiteral("bad-payload"));
    QMap<QString, QStringList> values;
    for (Field f : sent.form->fields()) {
        if (f.var.isEmpty() || f.type == u"fixed")
            continue;
        const Field *submitted = got->field(f.var);
        f.values = submitted ? submitted->values : QStringList();
        if (f.isHidden())
            continue;
        if (auto problem = services::FieldRule::of(f).check(f)) {
            return xmpp::CommandServer::error(
                QStringLiteral("not-acceptable"),
                QStringLiteral("%1: %2").arg(f.label.isEmpty() ? f.var : f.label, *problem),
                QStringLiteral("bad-payload"));
        }
        values.insert(f.var, f.values);
    }
    return values;
}

} // namespace

namespace {

struct Hospital
{
    QString id;
    QString name;
    QStringList departments;
};

QList<Hospital> hospitalsOf(const QString &plate)
{
    if (plate == u"沪")
        return {{QStringLiteral("ruijin"),
                 QStringLiteral("瑞金医院 Ruijin Hospital"),
                 {QStringLiteral("General medicine"), QStringLiteral("Cardiology"),
                  QStringLiteral("Ophthalmology")}},
                {QStringLiteral("huashan"),
                 QStringLiteral("华山医院 Huashan Hospital"),
                 {QStringLiteral("Dermatology"), QStringLiteral("Neurology")}}};
    return {{QStringLiteral("pumch"),
             QStringLiteral("北京协和医院 Peking Union Medical College Hospital"),
             {QStringLiteral("General medicine"), QStringLiteral("Cardiology"),
              QStringLiteral("Paediatrics")}},
            {QStringLiteral("tiantan"),
             QStringLiteral("北京天坛医院 Beijing Tiantan Hospital"),
             {QStringLiteral("Neurology"), QStringLiteral("Ophthalmology")}}};
}

// The department's name from its value ("general-medicine" → "General medicine").
QString departmentName(const Hospital &hospital, const QString &value)
{
    for (const QString &name : hospital.departments) {
        if (QString(name).toLower().replace(u' ', u'-') == value)
            return name;
    }
    return value;
}

const QStringList kDoctors = {QStringLiteral("Dr. Wang Li 王丽"),
                              QStringLiteral("Dr. Chen Jun 陈军"),
                              QStringLiteral("Dr. Zhao Min 赵敏")};
const QStringList kSlots = {QStringLiteral("08:30"), QStringLiteral("09:30"),
                            QStringLiteral("10:30"), QStringLiteral("14:00"),
                            QStringLiteral("15:30")};

const QString kIdRegex = QStringLiteral("[0-9]{17}[0-9X]");
const QString kPhoneRegex = QStringLiteral("1[3-9][0-9]{9}");

QString text(const QMap<QString, QStringList> &values, const QString &var)
{
    return values.value(var).value(0);
}

QString maskedId(const QString &id)
{
    return id.size() > 8 ? id.left(4) + QString(id.size() - 8, u'*') + id.right(4) : id;
}

int digest(const QString &text)
{
    const QByteArray h = QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Md5);
    return (static_cast<unsigned char>(h[0]) << 8) | static_cast<unsigned char>(h[1]);
}

QString fromVariant(const QVariantMap &data, const QString &var)
{
    return data.value(var).toStringList().value(0);
}

} // namespace

Status CityModule::attach(ProviderAccount &account, const ModuleContext &context)
{
    m_account = &account;
    m_dataDir = context.dataDir;
    const QJsonObject cities = context.config.value(u"cities").toObject();
    const QJsonObject mine = cities.value(account.jid().bareString()).toObject();
    m_cityName = mine.value(u"name").toString(account.jid().local());
    m_plate = mine.value(u"plate").toString(QStringLiteral("京"));
    m_biller = mine.value(u"biller").toString(QStringLiteral("utility@") + account.jid().domain());
    m_statusDelay = context.config.value(u"statusDelayMs").toInt(3000);
    m_fetch = new xmpp::UploadManager(account.iq(), this);
    if (context.provider && !context.provider->config().caFile.isEmpty())
        m_fetch->setCaCertificates(QSslCertificate::fromPath(context.provider->config().caFile));

    xmpp::CommandServer *server = account.commands();
    server->setIdentity(
        {QStringLiteral("automation"), QStringLiteral("command-list"), m_cityName, {}});
    server->addFeature(services::city::kNamespace.toString());
    auto reg = [&](const QString &node, const QString &label, auto method) {
        server->registerCommand({node,
                                 label,
                                 [this, method](Session &s, const Request &r, const Reply &reply) {
                                     (this->*method)(s, r, reply);
                                 },
                                 {}});
    };
    reg(QStringLiteral("public-security/traffic-violations"),
        QStringLiteral("Traffic violations · 交通违法查询"), &CityModule::onViolations);
    reg(QStringLiteral("social-security/balance"),
        QStringLiteral("Social security balance · 社保余额"), &CityModule::onSocialSecurity);
    reg(QStringLiteral("medical/appointment"), QStringLiteral("Hospital appointment · 预约挂号"),
        &CityModule::onAppointment);
    reg(QStringLiteral("utilities/bill"), QStringLiteral("Pay a utility bill · 生活缴费"),
        &CityModule::onUtilityBill);
    reg(QStringLiteral("housing-fund/query"), QStringLiteral("Housing fund · 公积金查询"),
        &CityModule::onHousingFund);
    reg(QStringLiteral("complaints/new"), QStringLiteral("Report a problem · 市民投诉"),
        &CityModule::onComplaint);
    return {};
}

QString CityModule::record(const QString &node, const Request &request,
                           const QMap<QString, QStringList> &values, const QString &prefix,
                           const QByteArray &photo)
{
    ++m_counter;
    const QString reference = QStringLiteral("%1-%2-%3")
                                  .arg(prefix, QDate::currentDate().toString(u"yyMMdd"))
                                  .arg(digest(request.from.bareString() + node) % 900 + 100)
                                  .append(QString::number(m_counter));
    const QByteArray photoHash =
        photo.isEmpty() ? QByteArray()
                        : QCryptographicHash::hash(photo, QCryptographicHash::Sha256).toHex();
    m_submissions.append(
        {node, request.from.bareString(), reference, values, photoHash, photo.size()});
    QJsonObject values_;
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        values_.insert(it.key(), QJsonArray::fromStringList(it.value()));
    QDir().mkpath(m_dataDir);
    QFile log(QDir(m_dataDir).filePath(QStringLiteral("applications.jsonl")));
    if (log.open(QIODevice::Append)) {
        log.write(QJsonDocument(
                      QJsonObject{{QStringLiteral("node"), node},
                                  {QStringLiteral("from"), request.from.bareString()},
                                  {QStringLiteral("reference"), reference},
                                  {QStringLiteral("values"), values_},
                                  {QStringLiteral("photoSha256"), QString::fromLatin1(photoHash)}})
                      .toJson(QJsonDocument::Compact) +
                  '\n');
    }
    qCInfo(lcCity) << m_cityName << node << "from" << request.from.bareString() << reference;
    Q_EMIT submitted(node, reference);
    return reference;
}

void CityModule::sendStatusLater(const Jid &to, const QString &reference, const QString &state,
                                 const QString &text, int extraDelay)
{
    QTimer::singleShot(m_statusDelay + extraDelay, this, [this, to, reference, state, text] {
        if (!m_account)
            return;
        m_account->sendMessage(to.bare(), text,
                               services::city::statusElement({reference, state, text}));
    });
}

// ------------------------------------------------------------------ traffic violations

void CityModule::onViolations(Session &session, const Request &request, const Reply &reply)
{
    if (request.isNewSession) {
        Field plate = field(QStringLiteral("plate"), QStringLiteral("text-single"),
                            QStringLiteral("Plate number"), true,
                            QStringLiteral("As on the vehicle, for example %1A12345").arg(m_plate));
        validate(plate, QStringLiteral("xs:string"),
                 QStringLiteral("[\u4e00-\u9fa5][A-Z][A-HJ-NP-Z0-9]{5}"));
        Field kind = field(QStringLiteral("vehicle"), QStringLiteral("list-single"),
                           QStringLiteral("Vehicle type"), true);
        option(kind, QStringLiteral("small"), QStringLiteral("Small car"));
        option(kind, QStringLiteral("large"), QStringLiteral("Lorry or bus"));
        option(kind, QStringLiteral("motorcycle"), QStringLiteral("Motorcycle"));
        kind.values = {QStringLiteral("small")};
        Field engine = field(QStringLiteral("engine"), QStringLiteral("text-single"),
                             QStringLiteral("Last 6 digits of the engine number"), true);
        validate(engine, QStringLiteral("xs:string"), QStringLiteral("[0-9A-Z]{6}"));
        reply(stage(QStringLiteral("Traffic violations · 交通违法查询"),
                    QStringLiteral("Look up the traffic violations recorded for a vehicle."),
                    {plate, kind, engine}, {Command::Action::Complete}, Command::Action::Complete));
        return;
    }
    auto values = accept(session.lastAnswer, request.form);
    if (!values.ok()) {
        reply(values.error());
        return;
    }
    const QString plate = text(values.value(), QStringLiteral("plate"));
    if (plate.endsWith(u'0')) {
        reply(xmpp::CommandServer::error(
            QStringLiteral("item-not-found"),
            QStringLiteral("No vehicle with the plate %1 is registered in %2.")
                .arg(plate, m_cityName)));
        return;
    }
    record(request.node, request, values.value(), QStringLiteral("TV"));
    Element x(QStringLiteral("x"), DataForm::kNamespace.toString());
    x.setAttribute(QStringLiteral("type"), QStringLiteral("result"));
    x.addTextChild(QStringLiteral("title"), QStringLiteral("Violations of %1").arg(plate));
    Element &reported = x.addChild(QStringLiteral("reported"));
    const QList<QPair<QString, QString>> columns = {
        {QStringLiteral("date"), QStringLiteral("Date")},
        {QStringLiteral("place"), QStringLiteral("Place")},
        {QStringLiteral("offence"), QStringLiteral("Offence")},
        {QStringLiteral("fine"), QStringLiteral("Fine (CNY)")},
        {QStringLiteral("points"), QStringLiteral("Points")},
        {QStringLiteral("state"), QStringLiteral("State")}};
    for (const auto &c : columns) {
        Element &f = reported.addChild(QStringLiteral("field"));
        f.setAttribute(QStringLiteral("var"), c.first);
        f.setAttribute(QStringLiteral("label"), c.second);
    }
    const QStringList places = {
        QStringLiteral("Chang'an Avenue 长安街"), QStringLiteral("3rd Ring Road 三环路"),
        QStringLiteral("Century Avenue 世纪大道"), QStringLiteral("Jianguo Road 建国路")};
    const QStringList offences = {
        QStringLiteral("Speeding (10–20%)"), QStringLiteral("Parking where not allowed"),
        QStringLiteral("Ignoring a red light"), QStringLiteral("Not giving way to pedestrians")};
    const int seed = digest(plate);
    const int count = 2 + seed % 3;
    for (int i = 0; i < count; ++i) {
        const int v = (seed >> i) + i * 7;
        Element &item = x.addChild(QStringLiteral("item"));
        auto cell = [&item](const QString &var, const QString &value) {
            Element &f = item.addChild(QStringLiteral("field"));
            f.setAttribute(QStringLiteral("var"), var);
            f.addTextChild(QStringLiteral("value"), value);
        };
        cell(QStringLiteral("date"), QDate(2026, 1 + (v % 10), 1 + (v % 27)).toString(Qt::ISODate));
        cell(QStringLiteral("place"), places.at(v % places.size()));
        const int o = (v / 3) % offences.size();
        cell(QStringLiteral("offence"), offences.at(o));
        cell(QStringLiteral("fine"), QString::number(QList<int>{200, 150, 200, 100}.at(o)));
        cell(QStringLiteral("points"), QString::number(QList<int>{3, 0, 6, 3}.at(o)));
        cell(QStringLiteral("state"), i == 0 ? QStringLiteral("Not paid") : QStringLiteral("Paid"));
    }
    Command c;
    c.status = Command::Status::Completed;
    c.notes.append(
        {Command::Note::Type::Info,
         QStringLiteral("%1 violations found. Unpaid fines can be paid at any bank.").arg(count)});
    c.form = DataForm::fromElement(x).value();
    reply(c);
}

// ------------------------------------------------------------------ social security

void CityModule::onSocialSecurity(Session &session, const Request &request, const Reply &reply)
{
    if (request.isNewSession) {
        Field id = field(QStringLiteral("id_number"), QStringLiteral("text-single"),
                         QStringLiteral("ID number"), true, QStringLiteral("18 characters"));
        validate(id, QStringLiteral("xs:string"), kIdRegex);
        Field pin =
            field(QStringLiteral("password"), QStringLiteral("text-private"),
                  QStringLiteral("Query password"), true,
                  QStringLiteral("The 6-digit password from your social-security card letter"));
        validate(pin, QStringLiteral("xs:string"), QStringLiteral("[0-9]{6}"));
        Field type;
        type.var = QStringLiteral("FORM_TYPE");
        type.type = QStringLiteral("hidden");
        type.values = {QStringLiteral("urn:teahouse:city:social-security")};
        reply(stage(QStringLiteral("Social security balance · 社保余额"),
                    QStringLiteral("See your pension and medical insurance accounts."),
                    {type, id, pin}, {Command::Action::Complete}, Command::Action::Complete));
        return;
    }
    auto values = accept(session.lastAnswer, request.form);
    if (!values.ok()) {
        reply(values.error());
        return;
    }
    if (text(values.value(), QStringLiteral("password")) != u"123456") {
        reply(xmpp::CommandServer::error(QStringLiteral("not-authorized"),
                                         QStringLiteral("The query password is wrong. Check the "
                                                        "letter that came with your card.")));
        return;
    }
    const QString id = text(values.value(), QStringLiteral("id_number"));
    record(request.node, request, values.value(), QStringLiteral("SS"));
    const int seed = digest(id);
    DataForm result(DataForm::Type::Result);
    result.setTitle(QStringLiteral("Social security · %1").arg(m_cityName));
    result.addField(
        resultField(QStringLiteral("id_number"), QStringLiteral("ID number"), maskedId(id)));
    result.addField(resultField(
        QStringLiteral("pension"), QStringLiteral("Pension account (CNY)"),
        QStringLiteral("%1.%2").arg(30000 + seed).arg(seed % 100, 2, 10, QLatin1Char('0'))));
    result.addField(resultField(QStringLiteral("medical"), QStringLiteral("Medical account (CNY)"),
                                QStringLiteral("%1.00").arg(2000 + seed % 3000)));
    result.addField(resultField(QStringLiteral("months"), QStringLiteral("Months paid in"),
                                QString::number(60 + seed % 120)));
    result.addField(resultField(QStringLiteral("active"),
                                QStringLiteral("Contributions up to date"), QStringLiteral("1"),
                                QStringLiteral("boolean")));
    reply(completed(result));
}

// ------------------------------------------------------------------ hospital appointment

void CityModule::onAppointment(Session &session, const Request &request, const Reply &reply)
{
    const QList<Hospital> hospitals = hospitalsOf(m_plate);
    auto hospitalOf = [&](const QString &id) {
        for (const Hospital &h : hospitals)
            if (h.id == id)
                return h;
        return Hospital{};
    };
    const QByteArray sign = hospitalSign();
    auto stageCommand = [&](int n) -> Command {
        const QVariantMap &d = session.data;
        switch (n) {
        case 0: {
            Field h = field(QStringLiteral("hospital"), QStringLiteral("list-single"),
                            QStringLiteral("Hospital"), true);
            for (const Hospital &hh : hospitals)
                option(h, hh.id, hh.name);
            media(h, QStringLiteral("cid:") + bobCid(sign), QStringLiteral("image/png"), 96, 64);
            Command c = stage(QStringLiteral("Hospital appointment · 预约挂号"),
                              QStringLiteral("Step 1: choose the hospital."), {h},
                              {Command::Action::Next}, Command::Action::Next);
            c.payloads.append(bobData(sign, QStringLiteral("image/png")));
            return c;
        }
        case 1: {
            const Hospital h = hospitalOf(fromVariant(d, QStringLiteral("hospital")));
            Field dep = field(QStringLiteral("department"), QStringLiteral("list-single"),
                              QStringLiteral("Department"), true);
            for (const QString &name : h.departments)
                option(dep, name.toLower().replace(u' ', u'-'), name);
            return stage(QStringLiteral("Department · 科室"),
                         QStringLiteral("Step 2: %1. Choose the department.").arg(h.name), {dep},
                         {Command::Action::Prev, Command::Action::Next}, Command::Action::Next);
        }
        case 2: {
            Field doctor = field(QStringLiteral("doctor"), QStringLiteral("list-single"),
                                 QStringLiteral("Doctor"), true);
            for (int i = 0; i < kDoctors.size(); ++i)
                option(doctor, QStringLiteral("d%1").arg(i + 1), kDoctors.at(i));
            const QDate today = QDate::currentDate();
            Field day =
                field(QStringLiteral("day"), QStringLiteral("text-single"), QStringLiteral("Day"),
                      true, QStringLiteral("Within the next two weeks (YYYY-MM-DD)"));
            validate(day, QStringLiteral("xs:date"), {}, today.addDays(1).toString(Qt::ISODate),
                     today.addDays(14).toString(Qt::ISODate));
            Field slot = field(QStringLiteral("slot"), QStringLiteral("list-single"),
                               QStringLiteral("Time"), true);
            for (const QString &s : kSlots)
                option(slot, s, s);
            Field name = field(QStringLiteral("patient_name"), QStringLiteral("text-single"),
                               QStringLiteral("Patient's name"), true);
            Field id = field(QStringLiteral("id_number"), QStringLiteral("text-single"),
                             QStringLiteral("ID number"), true);
            validate(id, QStringLiteral("xs:string"), kIdRegex);
            Field phone = field(QStringLiteral("phone"), QStringLiteral("text-single"),
                                QStringLiteral("Mobile phone"), true,
                                QStringLiteral("The hospital sends a reminder here"));
            validate(phone, QStringLiteral("xs:string"), kPhoneRegex);
            Field birth = field(QStringLiteral("birth_date"), QStringLiteral("text-single"),
                                QStringLiteral("Date of birth"), false);
            validate(birth, QStringLiteral("xs:date"), {}, QStringLiteral("1900-01-01"),
                     today.toString(Qt::ISODate));
            Command c =
                stage(QStringLiteral("Doctor and time · 医生和时间"),
                      QStringLiteral("Step 3: choose the doctor and the time, then say "
                                     "who the patient is."),
                      {doctor, day, slot, name, id, phone, birth},
                      {Command::Action::Prev, Command::Action::Next}, Command::Action::Next);
            c.form->addExtension(
                page(QStringLiteral("Doctor and time"),
                     {QStringLiteral("doctor"), QStringLiteral("day"), QStringLiteral("slot")}));
            Element patient = page(QStringLiteral("Patient"), {});
            patient.appendChild(section(QStringLiteral("Who is the patient"),
                                        {QStringLiteral("patient_name"),
                                         QStringLiteral("id_number"), QStringLiteral("birth_date")},
                                        QStringLiteral("As on the patient's ID card.")));
            patient.appendChild(
                section(QStringLiteral("How to reach you"), {QStringLiteral("phone")}));
            c.form->addExtension(patient);
            return c;
        }
        default: {
            const Hospital h = hospitalOf(fromVariant(d, QStringLiteral("hospital")));
            Command c = stage(
                QStringLiteral("Confirm · 确认"), QStringLiteral("Step 4: check and confirm."),
                {fixed(QStringLiteral("%1, %2").arg(
                     h.name, departmentName(h, fromVariant(d, QStringLiteral("department"))))),
                 fixed(QStringLiteral("%1 at %2")
                           .arg(fromVariant(d, QStringLiteral("day")),
                                fromVariant(d, QStringLiteral("slot")))),
                 fixed(QStringLiteral("Patient: %1")
                           .arg(fromVariant(d, QStringLiteral("patient_name"))))},
                {Command::Action::Prev, Command::Action::Complete}, Command::Action::Complete);
            Field agree =
                field(QStringLiteral("agree"), QStringLiteral("boolean"),
                      QStringLiteral("I will come 15 minutes early or cancel in time"), true);
            c.form->addField(agree);
            Field notes = field(QStringLiteral("notes"), QStringLiteral("text-multi"),
                                QStringLiteral("Anything the doctor should know"));
            c.form->addField(notes);
            c.notes.append(
                {Command::Note::Type::Warn,
                 QStringLiteral(
                     "Three missed appointments in a year block online booking for 90 days.")});
            return c;
        }
        }
    };

    // Each stage says where it is in the four (a Teahouse extension clients may ignore).
    auto withSteps = [](Command c, int n) {
        Element steps(QStringLiteral("steps"), services::city::kNamespace.toString());
        steps.setAttribute(QStringLiteral("current"), QString::number(n + 1));
        steps.setAttribute(QStringLiteral("total"), QStringLiteral("4"));
        c.payloads.append(steps);
        return c;
    };
    if (request.isNewSession) {
        session.stage = 0;
        reply(withSteps(stageCommand(0), 0));
        return;
    }
    if (request.action == Command::Action::Prev) {
        session.stage = std::max(0, session.stage - 1);
        reply(withSteps(stageCommand(session.stage), session.stage));
        return;
    }
    auto values = accept(session.lastAnswer, request.form);
    if (!values.ok()) {
        reply(values.error());
        return;
    }
    for (auto it = values->cbegin(); it != values->cend(); ++it)
        session.data.insert(it.key(), it.value());
    if (session.stage == 1) {
        // The department list depends on the hospital: a department of another one is refused.
        const Hospital h = hospitalOf(fromVariant(session.data, QStringLiteral("hospital")));
        if (h.id.isEmpty()) {
            reply(xmpp::CommandServer::error(QStringLiteral("not-acceptable"),
                                             QStringLiteral("Unknown hospital.")));
            return;
        }
    }
    if (session.stage < 3) {
        if (request.action == Command::Action::Complete) {
            reply(xmpp::CommandServer::error(QStringLiteral("bad-request"),
                                             QStringLiteral("Finish every step first."),
                                             QStringLiteral("bad-action")));
            return;
        }
        ++session.stage;
        reply(withSteps(stageCommand(session.stage), session.stage));
        return;
    }
    QMap<QString, QStringList> all;
    for (auto it = session.data.cbegin(); it != session.data.cend(); ++it)
        all.insert(it.key(), it.value().toStringList());
    const QString reference = record(request.node, request, all, QStringLiteral("HA"));
    const Hospital h = hospitalOf(fromVariant(session.data, QStringLiteral("hospital")));
    DataForm result(DataForm::Type::Result);
    result.setTitle(QStringLiteral("Appointment booked · 预约成功"));
    result.addField(
        resultField(QStringLiteral("reference"), QStringLiteral("Reference"), reference));
    result.addField(resultField(QStringLiteral("hospital"), QStringLiteral("Hospital"), h.name));
    result.addField(
        resultField(QStringLiteral("department"), QStringLiteral("Department"),
                    departmentName(h, fromVariant(session.data, QStringLiteral("department")))));
    const int doctor = fromVariant(session.data, QStringLiteral("doctor")).mid(1).toInt() - 1;
    result.addField(
        resultField(QStringLiteral("doctor"), QStringLiteral("Doctor"), kDoctors.value(doctor)));
    result.addField(resultField(QStringLiteral("time"), QStringLiteral("Time"),
                                fromVariant(session.data, QStringLiteral("day")) + u' ' +
                                    fromVariant(session.data, QStringLiteral("slot"))));
    result.addField(
        resultField(QStringLiteral("status"), QStringLiteral("Status"), QStringLiteral("booked")));
    Field qr = resultField(QStringLiteral("qr"), QStringLiteral("Show this code at the hospital"),
                           reference, QStringLiteral("fixed"));
    qr.var.clear();
    auto image = CodeWriter::render(QStringLiteral("HOSPITAL:%1:%2").arg(h.id, reference), 240);
    if (image.ok())
        media(qr,
              QStringLiteral("data:image/png;base64,") +
                  QString::fromLatin1(png(image.value()).toBase64()),
              QStringLiteral("image/png"), 240, 240);
    result.addField(qr);
    sendStatusLater(request.from, reference, QStringLiteral("confirmed"),
                    QStringLiteral("%1 confirmed your appointment %2.").arg(h.name, reference));
    reply(completed(result, QStringLiteral("Booked. Bring the patient's ID card.")));
}

// ------------------------------------------------------------------ utility bill

void CityModule::onUtilityBill(Session &session, const Request &request, const Reply &reply)
{
    auto first = [&] {
        Field utility = field(QStringLiteral("utility"), QStringLiteral("list-single"),
                              QStringLiteral("What to pay"), true);
        option(utility, QStringLiteral("electricity"), QStringLiteral("Electricity 电费"));
        option(utility, QStringLiteral("water"), QStringLiteral("Water 水费"));
        option(utility, QStringLiteral("gas"), QStringLiteral("Gas 燃气费"));
        Field account = field(QStringLiteral("account"), QStringLiteral("text-single"),
                              QStringLiteral("Customer number"), true,
                              QStringLiteral("8 digits, printed on your bill"));
        validate(account, QStringLiteral("xs:string"), QStringLiteral("[0-9]{8}"));
        return stage(QStringLiteral("Pay a utility bill · 生活缴费"),
                     QStringLiteral("Find your bill, then pay it from your wallet."),
                     {utility, account}, {Command::Action::Next}, Command::Action::Next);
    };
    auto amountOf = [](const QString &account) {
        const int cents = digest(account) % 30000 + 2000;
        return QStringLiteral("%1.%2").arg(cents / 100).arg(cents % 100, 2, 10, QLatin1Char('0'));
    };
    if (request.isNewSession || request.action == Command::Action::Prev) {
        session.stage = 0;
        reply(first());
        return;
    }
    auto values = accept(session.lastAnswer, request.form);
    if (!values.ok()) {
        reply(values.error());
        return;
    }
    if (session.stage == 0) {
        for (auto it = values->cbegin(); it != values->cend(); ++it)
            session.data.insert(it.key(), it.value());
        session.stage = 1;
        const QString account = fromVariant(session.data, QStringLiteral("account"));
        Field months = field(QStringLiteral("amount"), QStringLiteral("text-single"),
                             QStringLiteral("Amount due (CNY)"), true);
        months.values = {amountOf(account)};
        validate(months, QStringLiteral("xs:decimal"), {}, QStringLiteral("0.01"),
                 QStringLiteral("5000"));
        reply(stage(QStringLiteral("Your bill · 账单"),
                    QStringLiteral("Customer %1: the amount due this month. You may pay more in "
                                   "advance.")
                        .arg(account),
                    {months}, {Command::Action::Prev, Command::Action::Complete},
                    Command::Action::Complete));
        return;
    }
    for (auto it = values->cbegin(); it != values->cend(); ++it)
        session.data.insert(it.key(), it.value());
    QMap<QString, QStringList> all;
    for (auto it = session.data.cbegin(); it != session.data.cend(); ++it)
        all.insert(it.key(), it.value().toStringList());
    const QString reference = record(request.node, request, all, QStringLiteral("UB"));
    const QString amount = fromVariant(session.data, QStringLiteral("amount"));
    const QString utility = fromVariant(session.data, QStringLiteral("utility"));
    const QString link = pay::protocol::paymentLink(
        Jid::parse(m_biller), amount, QStringLiteral("CNY"),
        QStringLiteral("%1 bill %2")
            .arg(utility, fromVariant(session.data, QStringLiteral("account"))),
        reference, QStringLiteral("City utilities 城市公用事业"));
    DataForm result(DataForm::Type::Result);
    result.setTitle(QStringLiteral("Bill ready to pay · 待缴费"));
    result.addField(
        resultField(QStringLiteral("reference"), QStringLiteral("Reference"), reference));
    result.addField(resultField(QStringLiteral("amount"), QStringLiteral("Amount (CNY)"), amount));
    result.addField(resultField(QStringLiteral("status"), QStringLiteral("Status"),
                                QStringLiteral("awaiting payment")));
    result.addField(resultField(QStringLiteral("payment"), QStringLiteral("Pay now"), link,
                                QStringLiteral("text-single")));
    reply(completed(result, QStringLiteral("Pay within 7 days to avoid a late fee.")));
}

// ------------------------------------------------------------------ housing fund

void CityModule::onHousingFund(Session &session, const Request &request, const Reply &reply)
{
    if (request.isNewSession) {
        Field id = field(QStringLiteral("id_number"), QStringLiteral("text-single"),
                         QStringLiteral("ID number"), true);
        validate(id, QStringLiteral("xs:string"), kIdRegex);
        Field birth = field(QStringLiteral("birth_date"), QStringLiteral("text-single"),
                            QStringLiteral("Date of birth"), true, QStringLiteral("YYYY-MM-DD"));
        validate(birth, QStringLiteral("xs:date"), {}, QStringLiteral("1900-01-01"),
                 QDate::currentDate().toString(Qt::ISODate));
        Field years = field(QStringLiteral("years"), QStringLiteral("text-single"),
                            QStringLiteral("Show the last N years"), false);
        years.values = {QStringLiteral("1")};
        validate(years, QStringLiteral("xs:integer"), {}, QStringLiteral("1"), QStringLiteral("5"));
        reply(stage(QStringLiteral("Housing fund · 公积金查询"),
                    QStringLiteral("Your housing provident fund account."), {id, birth, years},
                    {Command::Action::Complete}, Command::Action::Complete));
        return;
    }
    auto values = accept(session.lastAnswer, request.form);
    if (!values.ok()) {
        reply(values.error());
        return;
    }
    record(request.node, request, values.value(), QStringLiteral("HF"));
    const int seed = digest(text(values.value(), QStringLiteral("id_number")));
    DataForm result(DataForm::Type::Result);
    result.setTitle(QStringLiteral("Housing fund · %1").arg(m_cityName));
    result.addField(resultField(QStringLiteral("balance"), QStringLiteral("Balance (CNY)"),
                                QStringLiteral("%1.00").arg(40000 + seed)));
    result.addField(resultField(QStringLiteral("monthly"), QStringLiteral("Paid in monthly (CNY)"),
                                QStringLiteral("%1.00").arg(800 + seed % 1200)));
    result.addField(resultField(QStringLiteral("loan"), QStringLiteral("Can apply for a loan"),
                                seed % 2 ? QStringLiteral("1") : QStringLiteral("0"),
                                QStringLiteral("boolean")));
    result.addField(resultField(QStringLiteral("employer"), QStringLiteral("Employer"),
                                QStringLiteral("Teahouse Trading Co. 茶馆商贸有限公司")));
    reply(completed(result));
}

// ------------------------------------------------------------------ complaint

void CityModule::onComplaint(Session &session, const Request &request, const Reply &reply)
{
    if (request.isNewSession) {
        Field kind = field(QStringLiteral("kind"), QStringLiteral("list-single"),
                           QStringLiteral("What is it about"), true);
        option(kind, QStringLiteral("roads"), QStringLiteral("Roads and pavements"));
        option(kind, QStringLiteral("noise"), QStringLiteral("Noise"));
        option(kind, QStringLiteral("rubbish"), QStringLiteral("Rubbish and cleanliness"));
        option(kind, QStringLiteral("other"), QStringLiteral("Something else"));
        Field topics = field(QStringLiteral("when"), QStringLiteral("list-multi"),
                             QStringLiteral("When does it happen"), true,
                             QStringLiteral("Choose one to three"));
        option(topics, QStringLiteral("morning"), QStringLiteral("Mornings"));
        option(topics, QStringLiteral("day"), QStringLiteral("During the day"));
        option(topics, QStringLiteral("evening"), QStringLiteral("Evenings"));
        option(topics, QStringLiteral("night"), QStringLiteral("At night"));
        listRange(topics, 1, 3);
        Field where = field(QStringLiteral("place"), QStringLiteral("text-single"),
                            QStringLiteral("Where"), true);
        Field what = field(QStringLiteral("description"), QStringLiteral("text-multi"),
                           QStringLiteral("What happened"), true,
                           QStringLiteral("At least 10 characters a line"));
        validate(what, QStringLiteral("xs:string"), QStringLiteral("[\\s\\S]{10,2000}"));
        Field photo =
            field(QStringLiteral("photo"), QStringLiteral("text-single"), QStringLiteral("Photo"),
                  false, QStringLiteral("A picture helps the city find the problem"));
        validate(photo, services::city::kImageDatatype.toString());
        Field phone = field(QStringLiteral("phone"), QStringLiteral("text-single"),
                            QStringLiteral("Mobile phone"), false);
        validate(phone, QStringLiteral("xs:string"), kPhoneRegex);
        Field anonymous = field(QStringLiteral("anonymous"), QStringLiteral("boolean"),
                                QStringLiteral("Keep my name from the department"));
        anonymous.values = {QStringLiteral("0")};
        Field cc = field(QStringLiteral("cc"), QStringLiteral("jid-multi"),
                         QStringLiteral("Also tell (XMPP addresses)"), false);
        Command c = stage(QStringLiteral("Report a problem · 市民投诉"),
                          QStringLiteral("Tell the city what is wrong. You get a reference and "
                                         "updates as it is handled."),
                          {kind, topics, where, what, photo, phone, anonymous, cc},
                          {Command::Action::Complete}, Command::Action::Complete);
        Element p = page(QStringLiteral("Your report"), {});
        p.appendChild(
            section(QStringLiteral("What happened"),
                    {QStringLiteral("kind"), QStringLiteral("when"), QStringLiteral("place"),
                     QStringLiteral("description"), QStringLiteral("photo")}));
        p.appendChild(
            section(QStringLiteral("How to reach you"),
                    {QStringLiteral("phone"), QStringLiteral("anonymous"), QStringLiteral("cc")},
                    QStringLiteral("Optional.")));
        c.form->addExtension(p);
        reply(c);
        return;
    }
    auto values = accept(session.lastAnswer, request.form);
    if (!values.ok()) {
        reply(values.error());
        return;
    }
    const QString photo = text(values.value(), QStringLiteral("photo"));
    if (photo.isEmpty()) {
        acceptComplaint(request, values.value(), {}, reply);
        return;
    }
    if (!photo.startsWith(u"https://") || !QUrl(photo).isValid()) {
        reply(xmpp::CommandServer::error(QStringLiteral("not-acceptable"),
                                         QStringLiteral("Photo: upload the picture first."),
                                         QStringLiteral("bad-payload")));
        return;
    }
    // The picture must be there and be a picture: the department sees it, not a link.
    const Request copy = request;
    const QMap<QString, QStringList> checked = values.value();
    QPointer<CityModule> self(this);
    m_fetch->get(QUrl(photo), {}, [self, copy, checked, reply](const Result<QByteArray> &bytes) {
        if (!self)
            return;
        if (!bytes.ok() || bytes->isEmpty()) {
            reply(xmpp::CommandServer::error(
                QStringLiteral("not-acceptable"),
                QStringLiteral("Photo: the picture could not be fetched (%1). Upload it again.")
                    .arg(bytes.ok() ? QStringLiteral("empty") : bytes.error().message),
                QStringLiteral("bad-payload")));
            return;
        }
        if (QImage::fromData(bytes.value()).isNull()) {
            reply(xmpp::CommandServer::error(QStringLiteral("not-acceptable"),
                                             QStringLiteral("Photo: the file is not a picture."),
                                             QStringLiteral("bad-payload")));
            return;
        }
        self->acceptComplaint(copy, checked, bytes.value(), reply);
    });
}

void CityModule::acceptComplaint(const Request &request, const QMap<QString, QStringList> &values,
                                 const QByteArray &photo, const Reply &reply)
{
    const QString reference = record(request.node, request, values, QStringLiteral("CP"), photo);
    DataForm result(DataForm::Type::Result);
    result.setTitle(QStringLiteral("Report received · 已受理"));
    result.addField(
        resultField(QStringLiteral("reference"), QStringLiteral("Reference"), reference));
    result.addField(resultField(QStringLiteral("status"), QStringLiteral("Status"),
                                QStringLiteral("received")));
    result.addField(resultField(QStringLiteral("due"), QStringLiteral("Answer expected by"),
                                QDate::currentDate().addDays(5).toString(Qt::ISODate)));
    sendStatusLater(request.from, reference, QStringLiteral("accepted"),
                    QStringLiteral("Report %1 was passed to the district office.").arg(reference));
    sendStatusLater(
        request.from, reference, QStringLiteral("resolved"),
        QStringLiteral("Report %1 is resolved. Thank you for telling us.").arg(reference),
        m_statusDelay);
    reply(
        completed(result, QStringLiteral("Thank you. Keep the reference to follow your report.")));
}

} // namespace teahouse::provider
