#include "xmpp/DataForm.h"
#include "xmpp/Element.h"

#include <QTest>

using namespace teahouse;
using namespace teahouse::xmpp;

// XEP-0004: every field type survives parse → serialise → parse with its values, options,
// required flag, description and extension children (validation, media, layout).
class TestFormFields : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void everyFieldTypeRoundTrips_data()
    {
        QTest::addColumn<QString>("xml");
        QTest::addColumn<QString>("type");
        QTest::addColumn<QStringList>("values");
        QTest::addColumn<int>("options");

        QTest::newRow("text-single")
            << QStringLiteral("<field var='a' type='text-single' label='Name'><value>李华</value>"
                              "<required/></field>")
            << "text-single" << QStringList{QStringLiteral("李华")} << 0;
        QTest::newRow("text-private")
            << QStringLiteral("<field var='a' type='text-private'><value>s3cret</value></field>")
            << "text-private" << QStringList{"s3cret"} << 0;
        QTest::newRow("text-multi")
            << QStringLiteral("<field var='a' type='text-multi'><value>line 1</value>"
                              "<value>line 2</value></field>")
            << "text-multi" << QStringList{"line 1", "line 2"} << 0;
        QTest::newRow("list-single")
            << QStringLiteral("<field var='a' type='list-single'><value>b</value>"
                              "<option label='A'><value>a</value></option>"
                              "<option label='B'><value>b</value></option></field>")
            << "list-single" << QStringList{"b"} << 2;
        QTest::newRow("list-multi")
            << QStringLiteral("<field var='a' type='list-multi'><value>a</value><value>c</value>"
                              "<option><value>a</value></option><option><value>b</value></option>"
                              "<option><value>c</value></option></field>")
            << "list-multi" << QStringList{"a", "c"} << 3;
        QTest::newRow("boolean") << QStringLiteral(
                                        "<field var='a' type='boolean'><value>1</value></field>")
                                 << "boolean" << QStringList{"1"} << 0;
        QTest::newRow("jid-single")
            << QStringLiteral(
                   "<field var='a' type='jid-single'><value>bob@localhost</value></field>")
            << "jid-single" << QStringList{"bob@localhost"} << 0;
        QTest::newRow("jid-multi")
            << QStringLiteral(
                   "<field var='a' type='jid-multi'><value>a@x</value><value>b@x</value></field>")
            << "jid-multi" << QStringList{"a@x", "b@x"} << 0;
        QTest::newRow("fixed") << QStringLiteral(
                                      "<field var='a' type='fixed'><value>Note</value></field>")
                               << "fixed" << QStringList{"Note"} << 0;
        QTest::newRow("hidden")
            << QStringLiteral("<field var='FORM_TYPE' type='hidden'><value>urn:x</value></field>")
            << "hidden" << QStringList{"urn:x"} << 0;
    }

    void everyFieldTypeRoundTrips()
    {
        QFETCH(QString, xml);
        QFETCH(QString, type);
        QFETCH(QStringList, values);
        QFETCH(int, options);

        const QString formXml = QStringLiteral("<x xmlns='jabber:x:data' type='form'>"
                                               "<title>T</title>%1</x>")
                                    .arg(xml);
        const Element element = Element::fromXml(formXml.toUtf8());
        QVERIFY(!element.isNull());
        auto form = DataForm::fromElement(element);
        QVERIFY2(form.ok(), qPrintable(form.ok() ? QString() : form.error().message));
        QCOMPARE(form->fields().size(), 1);
        const DataForm::Field &field = form->fields().first();
        QCOMPARE(field.type, type);
        QCOMPARE(field.values, values);
        QCOMPARE(field.options.size(), options);

        auto again = DataForm::fromElement(form->toElement());
        QVERIFY(again.ok());
        const DataForm::Field &field2 = again->fields().first();
        QCOMPARE(field2.type, field.type);
        QCOMPARE(field2.values, field.values);
        QCOMPARE(field2.options, field.options);
        QCOMPARE(field2.label, field.label);
        QCOMPARE(field2.required, field.required);
        QCOMPARE(again->title(), QStringLiteral("T"));
    }

    void extensionsAreKept()
    {
        const QString xml = QStringLiteral(
            "<x xmlns='jabber:x:data' type='form'>"
            "<page xmlns='http://jabber.org/protocol/xdata-layout' label='P1'>"
            "<fieldref var='age'/></page>"
            "<field var='age' type='text-single'>"
            "<validate xmlns='http://jabber.org/protocol/xdata-validate' datatype='xs:integer'>"
            "<range min='0' max='150'/></validate>"
            "<media xmlns='urn:xmpp:media-element' height='80' width='290'>"
            "<uri type='image/png'>https://example.org/captcha.png</uri></media>"
            "</field></x>");
        auto form = DataForm::fromElement(Element::fromXml(xml.toUtf8()));
        QVERIFY(form.ok());
        QCOMPARE(form->extensions().size(), 1);
        QCOMPARE(form->extensions().first().name(), QStringLiteral("page"));
        QCOMPARE(form->fields().first().extensions.size(), 2);

        const Element out = form->toElement();
        QVERIFY(out.findChild(u"page", u"http://jabber.org/protocol/xdata-layout"));
        const Element *field = out.findChild(u"field", u"jabber:x:data");
        QVERIFY(field);
        QVERIFY(field->findChild(u"validate", u"http://jabber.org/protocol/xdata-validate"));
        QVERIFY(field->findChild(u"media", u"urn:xmpp:media-element"));

        // A submission carries values only: no layout, no validation rules.
        const Element submitted = form->toSubmission().toElement();
        QVERIFY(!submitted.findChild(u"page", u"http://jabber.org/protocol/xdata-layout"));
    }
};

QTEST_GUILESS_MAIN(TestFormFields)
#include "tst_form_fields.moc"
