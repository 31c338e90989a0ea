#include "StorageTestUtils.h"
#include "services/CityProtocol.h"
#include "services/CityServices.h"
#include "services/FormController.h"
#include "services/FormFieldModel.h"
#include "services/FormSession.h"
#include "services/ResultTableModel.h"
#include "services/ServiceListModel.h"
#include "services/ServicesController.h"
#include "storage/Database.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace teahouse;
using namespace teahouse::ui;
using xmpp::DataForm;
using xmpp::Element;

namespace {

DataForm parse(const QString &xml)
{
    return DataForm::fromElement(Element::fromXml(xml.toUtf8())).value();
}

// Every field type, two pages, a section, a picture and validation.
const QString kForm = QStringLiteral(
    "<x xmlns='jabber:x:data' type='form'><title>All</title>"
    "<page xmlns='http://jabber.org/protocol/xdata-layout' label='One'><text>Intro</text>"
    "<fieldref var='name'/><fieldref var='pin'/><fieldref var='note'/>"
    "<section label='Choices'><text>Pick</text><fieldref var='one'/><fieldref var='many'/>"
    "<fieldref var='yes'/></section></page>"
    "<page xmlns='http://jabber.org/protocol/xdata-layout' label='Two'>"
    "<fieldref var='who'/><fieldref var='whom'/><fieldref var='id_number'/><fieldref var='day'/>"
    "</page>"
    "<field type='hidden' var='FORM_TYPE'><value>urn:x</value></field>"
    "<field type='text-single' var='name' label='Full name'><required/>"
    "<media xmlns='urn:xmpp:media-element'><uri "
    "type='image/png'>data:image/png;base64,AAAA</uri></media></field>"
    "<field type='text-private' var='pin' label='PIN'>"
    "<validate xmlns='http://jabber.org/protocol/xdata-validate' "
    "datatype='xs:string'><regex>[0-9]{4}</regex></validate></field>"
    "<field type='text-multi' var='note' label='Note'/>"
    "<field type='list-single' var='one' label='One'><option label='A'><value>a</value></option>"
    "<option label='B'><value>b</value></option></field>"
    "<field type='list-multi' var='many' "
    "label='Many'><option><value>x</value></option><option><value>y</value></option></field>"
    "<field type='boolean' var='yes' label='Yes'/>"
    "<field type='jid-single' var='who' label='Who'/>"
    "<field type='jid-multi' var='whom' label='Whom'/>"
    "<field type='text-single' var='id_number' label='ID number'/>"
    "<field type='text-single' var='day' label='Day'>"
    "<validate xmlns='http://jabber.org/protocol/xdata-validate' datatype='xs:date'/></field>"
    "<field type='fixed'><value>Read this</value></field>"
    "</x>");

QStringList strings(std::initializer_list<const char *> list)
{
    QStringList out;
    for (const char *s : list)
        out.append(QString::fromLatin1(s));
    return out;
}

QStringList column(const FormFieldModel &m, int role)
{
    QStringList out;
    for (int i = 0; i < m.rowCount(); ++i)
        out.append(m.data(m.index(i), role).toString());
    return out;
}

} // namespace

// The models City Services shows: rows of a page in layout order with every field type,
// values changed in place, problems after a try or a touch, My info masks and no offers of my
// details on a form filled in for someone else; help from family kept both ways; the result
// table sorted; the service list. Each under
// QAbstractItemModelTester.
class TestServicesModels : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void pageRowsAndInPlaceUpdates()
    {
        FormController controller;
        QAbstractItemModelTester tester(controller.fields(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        controller.setMyInfo(
            QJsonObject{{QStringLiteral("id_number"), QStringLiteral("110101199003071234")},
                        {QStringLiteral("name"), QStringLiteral("李华")}});
        controller.openLocal(parse(kForm), QStringLiteral("All"), QString());
        FormFieldModel &m = *controller.fields();
        // Page one: the fixed text first, the page text, fields, the section, its text, fields.
        QCOMPARE(column(m, FormFieldModel::KindRole),
                 strings({"field", "text", "field", "field", "field", "section", "field", "field",
                          "field"}));
        QCOMPARE(column(m, FormFieldModel::TypeRole).mid(2),
                 strings({"text-single", "text-private", "text-multi", "", "list-single",
                          "list-multi", "boolean"}));
        QCOMPARE(m.data(m.index(2), FormFieldModel::ImageRole).toString(),
                 QStringLiteral("data:image/png;base64,AAAA"));
        QVERIFY(m.data(m.index(2), FormFieldModel::RequiredRole).toBool());
        QVERIFY(m.data(m.index(2), FormFieldModel::FirstRole).toBool());
        QCOMPARE(m.data(m.index(2), FormFieldModel::MyInfoKeyRole).toString(),
                 QStringLiteral("name"));
        // A form filled in for someone else (local) offers none of my details (services'
        // own forms do: tst_services_ui).
        QVERIFY(m.data(m.index(2), FormFieldModel::MyInfoPreviewRole).toString().isEmpty());
        QCOMPARE(m.data(m.index(6), FormFieldModel::OptionsRole).toList().size(), 2);
        QCOMPARE(controller.stepText(), QStringLiteral("Step 1 of 2"));
        QCOMPARE(controller.pageLabel(), QStringLiteral("One"));

        // A value changes one row in place; a wrong PIN shows its problem once touched.
        QSignalSpy reset(&m, &QAbstractItemModel::modelReset);
        QSignalSpy changed(&m, &QAbstractItemModel::dataChanged);
        controller.setValue(QStringLiteral("pin"), QStringLiteral("12"));
        QCOMPARE(reset.count(), 0);
        QVERIFY(changed.count() >= 1);
        QVERIFY(!m.data(m.index(3), FormFieldModel::ProblemRole).toString().isEmpty());
        // Leaving the page with a missing required name and a bad PIN is refused.
        QVERIFY(!controller.next());
        QCOMPARE(controller.problemCount(), 2);
        QVERIFY(!m.data(m.index(2), FormFieldModel::ProblemRole).toString().isEmpty());
        controller.useMyInfo(QStringLiteral("name"));
        QVERIFY(controller.valuesOf(QStringLiteral("name")).isEmpty());
        controller.setValue(QStringLiteral("name"), QStringLiteral("李华"));
        controller.setValue(QStringLiteral("pin"), QStringLiteral("1234"));
        controller.toggleValue(QStringLiteral("many"), QStringLiteral("y"), true);
        controller.toggleValue(QStringLiteral("many"), QStringLiteral("x"), true);
        controller.toggleValue(QStringLiteral("many"), QStringLiteral("y"), false);
        QCOMPARE(controller.valuesOf(QStringLiteral("many")), QStringList{QStringLiteral("x")});
        QCOMPARE(controller.valuesOf(QStringLiteral("name")), QStringList{QStringLiteral("李华")});
        QVERIFY(m.data(m.index(2), FormFieldModel::MyInfoPreviewRole).toString().isEmpty());
        QVERIFY(controller.next());
        QCOMPARE(reset.count(), 1);

        // Page two: the ID number field is recognised, still nothing of mine offered.
        QCOMPARE(column(m, FormFieldModel::VarRole), strings({"who", "whom", "id_number", "day"}));
        QCOMPARE(m.data(m.index(2), FormFieldModel::MyInfoKeyRole).toString(),
                 QStringLiteral("id_number"));
        QVERIFY(m.data(m.index(2), FormFieldModel::MyInfoPreviewRole).toString().isEmpty());
        QVERIFY(controller.valuesOf(QStringLiteral("id_number")).isEmpty());
        QCOMPARE(m.data(m.index(3), FormFieldModel::HintRole).toString(),
                 QStringLiteral("YYYY-MM-DD"));
        controller.setValue(QStringLiteral("day"), QStringLiteral("2026-02-30"));
        controller.setValue(QStringLiteral("who"), QStringLiteral("not a jid@"));
        QVERIFY(!controller.complete());
        QVERIFY(controller.problemCount() >= 1);
        controller.setValue(QStringLiteral("day"), QStringLiteral("2026-02-28"));
        controller.setValue(QStringLiteral("who"), QStringLiteral("zhangwei@localhost"));
        controller.setValues(QStringLiteral("whom"),
                             {QStringLiteral("a@x"), QStringLiteral("b@x")});
        controller.back();
        QCOMPARE(controller.valuesOf(QStringLiteral("pin")), QStringList{QStringLiteral("1234")});
        QVERIFY(controller.next());
        QCOMPARE(controller.valuesOf(QStringLiteral("day")),
                 QStringList{QStringLiteral("2026-02-28")});
        QVERIFY(controller.complete());
        QCOMPARE(controller.state(), QStringLiteral("completed"));
        // The filled form (what goes back to whoever asked) has every value, hidden included.
        const auto *session = controller.session();
        QVERIFY(session->result());
        QCOMPARE(session->result()->type(), DataForm::Type::Submit);
        QCOMPARE(session->result()->field(u"FORM_TYPE")->value(), QStringLiteral("urn:x"));
        QCOMPARE(session->result()->field(u"whom")->values.size(), 2);
        QCOMPARE(session->result()->field(u"many")->values, QStringList{QStringLiteral("x")});
    }

    void myInfoKeysAndMasks()
    {
        QCOMPARE(FormFieldModel::myInfoKeyOf(QStringLiteral("patient_name"),
                                             QStringLiteral("Patient's name")),
                 QStringLiteral("name"));
        QCOMPARE(FormFieldModel::myInfoKeyOf(QStringLiteral("birth_date"), {}),
                 QStringLiteral("birth_date"));
        QCOMPARE(FormFieldModel::myInfoKeyOf(QStringLiteral("phone"), {}), QStringLiteral("phone"));
        QCOMPARE(FormFieldModel::myInfoKeyOf(QStringLiteral("home_address"), {}),
                 QStringLiteral("address"));
        QCOMPARE(
            FormFieldModel::myInfoKeyOf(QStringLiteral("plate"), QStringLiteral("Plate number")),
            QString());
        QCOMPARE(FormFieldModel::masked(QStringLiteral("phone"), QStringLiteral("13800138000")),
                 QStringLiteral("138****8000"));
        QCOMPARE(FormFieldModel::masked(QStringLiteral("name"), QStringLiteral("李华")),
                 QStringLiteral("李华"));
    }

    void tableSorts()
    {
        ResultTableModel m;
        QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const DataForm form = parse(QStringLiteral(
            "<x xmlns='jabber:x:data' type='result'><reported><field var='d' label='Date'/>"
            "<field var='f' label='Fine'/></reported>"
            "<item><field var='d'><value>2026-03-01</value></field><field "
            "var='f'><value>200</value></field></item>"
            "<item><field var='f'><value>50</value></field><field "
            "var='d'><value>2026-01-09</value></field></item>"
            "<item><field var='d'><value>2026-02-11</value></field><field "
            "var='f'><value>1000</value></field></item>"
            "</x>"));
        m.setForm(&form);
        QCOMPARE(m.columns(), strings({"Date", "Fine"}));
        QCOMPARE(m.rowCount(), 3);
        auto cell = [&](int row, int col) {
            return m.data(m.index(row), ResultTableModel::CellsRole).toStringList().value(col);
        };
        QCOMPARE(cell(1, 0), QStringLiteral("2026-01-09")); // cells follow the reported order
        m.sortBy(1);
        QCOMPARE(cell(0, 1), QStringLiteral("50")); // numbers as numbers, not text
        QCOMPARE(cell(2, 1), QStringLiteral("1000"));
        m.sortBy(1);
        QVERIFY(!m.sortAscending());
        QCOMPARE(cell(0, 1), QStringLiteral("1000"));
        m.sortBy(0);
        QCOMPARE(cell(0, 0), QStringLiteral("2026-01-09"));
    }

    void serviceList()
    {
        ServiceListModel m;
        QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
        m.setEntries({{QStringLiteral("c@x"),
                       QStringLiteral("medical/appointment"),
                       QStringLiteral("Hospital"),
                       true,
                       {}},
                      {QStringLiteral("c@x"), QStringLiteral("survey"), QString(), false, {}}});
        QCOMPARE(m.rowCount(), 2);
        QCOMPARE(m.data(m.index(0), ServiceListModel::CategoryRole).toString(),
                 QStringLiteral("medical"));
        QCOMPARE(m.data(m.index(0), ServiceListModel::CategoryLabelRole).toString(),
                 QStringLiteral("Medical"));
        QVERIFY(m.data(m.index(0), ServiceListModel::PinnedRole).toBool());
        QCOMPARE(m.data(m.index(1), ServiceListModel::NameRole).toString(),
                 QStringLiteral("survey"));
        QCOMPARE(m.data(m.index(1), ServiceListModel::CategoryRole).toString(),
                 QStringLiteral("other"));
    }

    // "Ask family to fill this": a request card becomes a form to fill here, sent back as a
    // reply card; a reply card puts its values into our draft (nothing submitted) and says who.
    void serviceLinkOpensTheForm()
    {
        QTemporaryDir dir;
        auto db = storage::Database::open(dir.filePath(QStringLiteral("l.db")), test::fixedKey(6));
        QVERIFY(db.ok());
        services::CityServices cityServices(db.value());
        QVERIFY(cityServices.open().ok());
        ServicesController controller;
        controller.setServices(&cityServices);
        QSignalSpy page(&controller, &ServicesController::pageRequested);
        const QString home = controller.view();

        // Not a service link: nothing opens.
        QVERIFY(!controller.openServiceUri(QStringLiteral("xmpp:zhangwei@localhost?roster")));
        QVERIFY(!controller.openServiceUri(QStringLiteral("xmpp:city@localhost?command")));
        QVERIFY(!controller.openServiceUri(QStringLiteral("https://example.org/")));
        QCOMPARE(controller.view(), home);
        QCOMPARE(page.size(), 0);

        // A scanned service code: that city's form, and City Services asked for.
        QVERIFY(controller.openServiceUri(
            QStringLiteral("xmpp:city-beijing@localhost?command;node=traffic/violations")));
        QCOMPARE(controller.view(), QStringLiteral("form"));
        QCOMPARE(page.size(), 1);
        // A city whose list is not known yet: the form is named by the service's node until
        // the service answers.
        QCOMPARE(controller.form()->serviceName(), QStringLiteral("traffic/violations"));
    }

    void helpFromFamily()
    {
        QTemporaryDir dir;
        auto db = storage::Database::open(dir.filePath(QStringLiteral("f.db")), test::fixedKey(5));
        QVERIFY(db.ok());
        services::CityServices cityServices(db.value());
        QVERIFY(cityServices.open().ok());
        ServicesController controller;
        controller.setServices(&cityServices);
        QList<std::pair<QString, Element>> sent;
        controller.setCardSender([&](const QString &jid, const Element &payload, const QString &) {
            sent.append({jid, payload});
            return true;
        });

        // Mum asks: the card carries her form and the draft it belongs to.
        Element request(QStringLiteral("city-form"), services::city::kNamespace.toString());
        request.setAttribute(QStringLiteral("type"), QStringLiteral("request"));
        request.setAttribute(QStringLiteral("id"), QStringLiteral("c@x|medical/appointment"));
        request.setAttribute(QStringLiteral("stage"), QStringLiteral("2"));
        request.setAttribute(QStringLiteral("service"), QStringLiteral("Hospital appointment"));
        request.appendChild(parse(kForm).toElement());
        controller.cardReceived(QStringLiteral("mum@x"), QStringLiteral("Mum"),
                                request.toXmlString());
        QCOMPARE(controller.helpRequests().size(), 1);
        QCOMPARE(controller.pendingHelp(), 1);
        const QVariantMap asked = controller.helpRequests().first().toMap();
        QCOMPARE(asked.value(QStringLiteral("direction")).toString(), QStringLiteral("in"));
        QCOMPARE(asked.value(QStringLiteral("state")).toString(), QStringLiteral("asked"));
        QCOMPARE(asked.value(QStringLiteral("service")).toString(),
                 QStringLiteral("Hospital appointment"));
        // The same card again (history) is one request, not two.
        controller.cardReceived(QStringLiteral("mum@x"), QStringLiteral("Mum"),
                                request.toXmlString());
        QCOMPARE(controller.helpRequests().size(), 1);
        // The chat card: who asks, for what, and an Open button.
        controller.setContacts({QVariantMap{{QStringLiteral("jid"), QStringLiteral("mum@x")},
                                            {QStringLiteral("name"), QStringLiteral("妈妈")}}});
        const QVariantMap card =
            controller.cardInfo(request.toXmlString(), false, QStringLiteral("mum@x"));
        QCOMPARE(card.value(QStringLiteral("title")).toString(),
                 QStringLiteral("妈妈 asks you to fill: Hospital appointment"));
        QCOMPARE(card.value(QStringLiteral("buttonText")).toString(), QStringLiteral("Open"));
        QVERIFY(controller.cardInfo(request.toXmlString(), true, QStringLiteral("me@x"))
                    .value(QStringLiteral("buttonText"))
                    .toString()
                    .isEmpty());
        controller.openHelpRequest(asked.value(QStringLiteral("id")).toLongLong());
        QCOMPARE(controller.view(), QStringLiteral("form"));
        QVERIFY(controller.form()->isLocal());
        QVERIFY(!controller.form()->canAskFamily());
        FormController &form = *controller.form();
        form.setValue(QStringLiteral("name"), QStringLiteral("王芳"));
        form.setValue(QStringLiteral("pin"), QStringLiteral("4321"));
        QVERIFY(form.next());
        form.setValue(QStringLiteral("id_number"), QStringLiteral("110101196501011234"));
        QVERIFY(form.complete());
        QCOMPARE(sent.size(), 1);
        QCOMPARE(sent.first().first, QStringLiteral("mum@x"));
        const Element &reply = sent.first().second;
        QCOMPARE(reply.attribute(u"type"), QStringLiteral("reply"));
        QCOMPARE(reply.attribute(u"id"), QStringLiteral("c@x|medical/appointment"));
        auto filled = DataForm::fromElement(*reply.findChild(u"x", DataForm::kNamespace));
        QVERIFY(filled.ok());
        QCOMPARE(filled->field(u"id_number")->value(), QStringLiteral("110101196501011234"));
        // Kept, and marked as sent back.
        QCOMPARE(controller.helpRequests().size(), 1);
        QCOMPARE(
            controller.helpRequests().first().toMap().value(QStringLiteral("state")).toString(),
            QStringLiteral("sent"));
        QCOMPARE(controller.pendingHelp(), 0);
        QCOMPARE(controller.cardInfo(request.toXmlString(), false, QStringLiteral("mum@x"))
                     .value(QStringLiteral("stateText"))
                     .toString(),
                 QStringLiteral("You sent it back."));

        // On Mum's side: the reply fills her draft's stage 2, and the draft says who helped.
        QVERIFY(cityServices.store()
                    .saveDraft({QStringLiteral("c@x|medical/appointment"), QStringLiteral("c@x"),
                                QStringLiteral("medical/appointment"),
                                QStringLiteral("Hospital appointment"),
                                QJsonObject{{QStringLiteral("stage"), 2},
                                            {QStringLiteral("entered"), QJsonArray{}}},
                                QDateTime::currentDateTimeUtc()})
                    .ok());
        services::HelpRequest out;
        out.direction = services::HelpRequest::Direction::Out;
        out.peer = QStringLiteral("son@x");
        out.draftId = QStringLiteral("c@x|medical/appointment");
        out.service = QStringLiteral("Hospital appointment");
        out.state = QStringLiteral("asked");
        out.updated = QDateTime::currentDateTimeUtc();
        QVERIFY(cityServices.store().saveHelpRequest(out).ok());
        controller.cardReceived(QStringLiteral("son@x"), QStringLiteral("Son"),
                                reply.toXmlString());
        bool answered = false;
        for (const QVariant &v : controller.helpRequests()) {
            const QVariantMap m = v.toMap();
            if (m.value(QStringLiteral("direction")).toString() == u"out")
                answered = m.value(QStringLiteral("state")).toString() == u"answered" &&
                           m.value(QStringLiteral("canReview")).toBool();
        }
        QVERIFY(answered);
        QCOMPARE(controller.cardInfo(reply.toXmlString(), false, QStringLiteral("son@x"))
                     .value(QStringLiteral("buttonText"))
                     .toString(),
                 QStringLiteral("Review and submit"));
        auto draft = cityServices.store().draft(QStringLiteral("c@x|medical/appointment"));
        QVERIFY(draft.ok() && draft->has_value());
        const QJsonArray entered = (*draft)->snapshot.value(QStringLiteral("entered")).toArray();
        QCOMPARE(entered.size(), 3);
        QCOMPARE(
            entered.at(2).toObject().value(QStringLiteral("name")).toArray().first().toString(),
            QStringLiteral("王芳"));
        QCOMPARE((*draft)->snapshot.value(QStringLiteral("helpedBy")).toString(),
                 QStringLiteral("Son"));
        QCOMPARE(controller.drafts().first().toMap().value(QStringLiteral("helpedBy")).toString(),
                 QStringLiteral("Son"));
        // A card of another kind or a reply for an unknown draft changes nothing.
        controller.cardReceived(QStringLiteral("x@x"), {},
                                QStringLiteral("<transfer xmlns='urn:x'/>"));
        QCOMPARE(controller.helpRequests().size(), 2);
        controller.setServices(nullptr);
        QCOMPARE(controller.helpRequests().size(), 0);
        // Both requests are in the encrypted store: another start finds them.
        services::CityServices again(db.value());
        QVERIFY(again.open().ok());
        ServicesController restarted;
        restarted.setServices(&again);
        QCOMPARE(restarted.helpRequests().size(), 2);
        restarted.setServices(nullptr);
    }
};

QTEST_GUILESS_MAIN(TestServicesModels)
#include "tst_services_models.moc"
