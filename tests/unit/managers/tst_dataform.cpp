#include "FakeChannel.h"
#include "xmpp/DataForm.h"

#include <QtTest>

using namespace teahouse;
using namespace teahouse::xmpp;
using teahouse::test::FakeChannel;

namespace {

// XEP-0004 §3.2 / Example 2 (abridged): a configuration form.
constexpr const char *kForm =
    "<x xmlns='jabber:x:data' type='form'>"
    "<title>Bot Configuration</title>"
    "<instructions>Fill out this form to configure your new bot!</instructions>"
    "<instructions>Second line.</instructions>"
    "<field type='hidden' var='FORM_TYPE'><value>jabber:bot</value></field>"
    "<field type='fixed'><value>Section 1: Bot Info</value></field>"
    "<field type='text-single' label='The name of your bot' var='botname'/>"
    "<field type='text-multi' label='Helpful description of your bot' var='description'/>"
    "<field type='boolean' label='Public bot?' var='public'><required/></field>"
    "<field type='text-private' label='Password for special access' var='password'/>"
    "<field type='list-multi' label='What features will the bot support?' var='features'>"
    "<option label='Contests'><value>contests</value></option>"
    "<option label='News'><value>news</value></option>"
    "<value>news</value><value>search</value></field>"
    "<field type='list-single' label='Maximum number of subscribers' var='maxsubs'>"
    "<desc>How many?</desc><value>20</value>"
    "<option label='10'><value>10</value></option>"
    "<option label='20'><value>20</value></option>"
    "<validate xmlns='http://jabber.org/protocol/xdata-validate' datatype='xs:integer'/>"
    "</field>"
    "<field type='jid-multi' label='People to invite' var='invitelist'/>"
    "</x>";

} // namespace

class TestDataForm : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parse()
    {
        const auto form = DataForm::fromElement(FakeChannel::parse(kForm));
        QVERIFY(form.ok());
        QCOMPARE(form->type(), DataForm::Type::Form);
        QCOMPARE(form->title(), QStringLiteral("Bot Configuration"));
        QCOMPARE(form->instructions(),
                 QStringLiteral("Fill out this form to configure your new bot!\nSecond line."));
        QCOMPARE(form->formType(), QStringLiteral("jabber:bot"));
        QCOMPARE(form->fields().size(), 9);
        const auto *features = form->field(u"features");
        QVERIFY(features);
        QCOMPARE(features->type, QStringLiteral("list-multi"));
        QCOMPARE(features->values, (QStringList{QStringLiteral("news"), QStringLiteral("search")}));
        QCOMPARE(features->options.size(), 2);
        QCOMPARE(features->options[0].label, QStringLiteral("Contests"));
        QCOMPARE(features->options[0].value, QStringLiteral("contests"));
        const auto *maxsubs = form->field(u"maxsubs");
        QCOMPARE(maxsubs->desc, QStringLiteral("How many?"));
        QCOMPARE(maxsubs->value(), QStringLiteral("20"));
        // Unknown extensions (XEP-0122) are kept for the layers that use them.
        QCOMPARE(maxsubs->extensions.size(), 1);
        QCOMPARE(maxsubs->extensions[0].attribute(u"datatype"), QStringLiteral("xs:integer"));
        QVERIFY(form->field(u"public")->required);
        QVERIFY(!form->field(u"botname")->required);
        QCOMPARE(form->missingRequired(), QStringList{QStringLiteral("public")});
        QVERIFY(!form->field(u"nope"));
    }

    void submission()
    {
        auto form = DataForm::fromElement(FakeChannel::parse(kForm));
        QVERIFY(form.ok());
        form->setValue(QStringLiteral("botname"), QStringLiteral("The Jabber Google Bot"));
        form->setValue(QStringLiteral("public"), QStringLiteral("0"));
        form->setValues(QStringLiteral("invitelist"), {QStringLiteral("juliet@capulet.com"),
                                                       QStringLiteral("romeo@montague.net")});
        QVERIFY(form->missingRequired().isEmpty());
        QVERIFY(!form->field(u"public")->boolValue());
        const Element x = form->toSubmission().toElement();
        QVERIFY(FakeChannel::matches(
            FakeChannel::parse(
                "<x xmlns='jabber:x:data' type='submit'>"
                "<field type='hidden' var='FORM_TYPE'><value>jabber:bot</value></field>"
                "<field var='botname'><value>The Jabber Google Bot</value></field>"
                "<field var='description'/>"
                "<field var='public'><value>0</value></field>"
                "<field var='password'/>"
                "<field var='features'><value>news</value><value>search</value></field>"
                "<field var='maxsubs'><value>20</value></field>"
                "<field var='invitelist'><value>juliet@capulet.com</value>"
                "<value>romeo@montague.net</value></field></x>"),
            x));
    }

    void roundTripAndResultTables()
    {
        const auto form = DataForm::fromElement(FakeChannel::parse(kForm));
        const auto again = DataForm::fromElement(form->toElement());
        QVERIFY(again.ok());
        QVERIFY(FakeChannel::matches(form->toElement(), again->toElement()));
        // XEP-0004 §3.4: reported + items.
        const auto result = DataForm::fromElement(FakeChannel::parse(
            "<x xmlns='jabber:x:data' type='result'><title>Search</title>"
            "<reported><field var='name' label='Name'/><field var='url'/></reported>"
            "<item><field var='name'><value>Comune di Verona</value></field>"
            "<field var='url'><value>http://www.comune.verona.it/</value></field></item>"
            "<item><field var='name'><value>Teatro</value></field>"
            "<field var='url'><value>http://www.teatro.it/</value></field></item></x>"));
        QVERIFY(result.ok());
        QCOMPARE(result->reported().size(), 2);
        QCOMPARE(result->items().size(), 2);
        QCOMPARE(result->items()[1][0].value(), QStringLiteral("Teatro"));
    }

    void rejectsNonForms()
    {
        QVERIFY(!DataForm::fromElement(FakeChannel::parse("<x xmlns='jabber:x:oob'/>")).ok());
        QVERIFY(!DataForm::fromElement(FakeChannel::parse("<x xmlns='jabber:x:data'/>")).ok());
        QVERIFY(
            !DataForm::fromElement(FakeChannel::parse("<x xmlns='jabber:x:data' type='forms'/>"))
                 .ok());
    }
};

QTEST_GUILESS_MAIN(TestDataForm)
#include "tst_dataform.moc"
