#include "services/FieldRule.h"
#include "xmpp/DataForm.h"
#include "xmpp/Element.h"

#include <QTest>

using namespace teahouse;
using namespace teahouse::services;
using Field = xmpp::DataForm::Field;

namespace {

// A field parsed from XML, so the rules are read the way a service sends them.
Field field(const QString &inner, const QString &type = QStringLiteral("text-single"))
{
    const QString xml = QStringLiteral("<x xmlns='jabber:x:data' type='form'>"
                                       "<field var='f' type='%1'>%2</field></x>")
                            .arg(type, inner);
    auto form = xmpp::DataForm::fromElement(xmpp::Element::fromXml(xml.toUtf8()));
    return form.ok() ? form->fields().value(0) : Field{};
}

QString validate(const QString &datatype, const QString &method = {})
{
    return QStringLiteral("<validate xmlns='http://jabber.org/protocol/xdata-validate' "
                          "datatype='%1'>%2</validate>")
        .arg(datatype, method);
}

Field withValues(Field f, const QStringList &values)
{
    f.values = values;
    return f;
}

} // namespace

// XEP-0122 rules, each checked with a value that passes and one that fails, and the message a
// person reads.
class TestFieldRule : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void datatypes_data()
    {
        QTest::addColumn<QString>("datatype");
        QTest::addColumn<QString>("value");
        QTest::addColumn<bool>("ok");

        QTest::newRow("string anything") << "xs:string"
                                         << "任何 text" << true;
        QTest::newRow("unknown datatype is string") << "x:custom"
                                                    << "whatever" << true;
        QTest::newRow("integer") << "xs:integer"
                                 << "-42" << true;
        QTest::newRow("integer plus sign") << "xs:integer"
                                           << "+7" << true;
        QTest::newRow("integer decimal") << "xs:integer"
                                         << "4.2" << false;
        QTest::newRow("integer words") << "xs:integer"
                                       << "twelve" << false;
        QTest::newRow("int overflow") << "xs:int"
                                      << "2147483648" << false;
        QTest::newRow("byte range") << "xs:byte"
                                    << "-129" << false;
        QTest::newRow("nonNegative zero") << "xs:nonNegativeInteger"
                                          << "0" << true;
        QTest::newRow("nonNegative negative") << "xs:nonNegativeInteger"
                                              << "-1" << false;
        QTest::newRow("positive zero") << "xs:positiveInteger"
                                       << "0" << false;
        QTest::newRow("decimal") << "xs:decimal"
                                 << "12.50" << true;
        QTest::newRow("decimal leading dot") << "xs:decimal"
                                             << ".5" << true;
        QTest::newRow("decimal exponent") << "xs:decimal"
                                          << "1e3" << false;
        QTest::newRow("decimal comma") << "xs:decimal"
                                       << "12,5" << false;
        QTest::newRow("double exponent") << "xs:double"
                                         << "1.5E-3" << true;
        QTest::newRow("double INF") << "xs:double"
                                    << "INF" << true;
        QTest::newRow("boolean true") << "xs:boolean"
                                      << "true" << true;
        QTest::newRow("boolean 0") << "xs:boolean"
                                   << "0" << true;
        QTest::newRow("boolean yes") << "xs:boolean"
                                     << "yes" << false;
        QTest::newRow("date") << "xs:date"
                              << "2026-05-01" << true;
        QTest::newRow("date with zone") << "xs:date"
                                        << "2026-05-01Z" << true;
        QTest::newRow("date impossible") << "xs:date"
                                         << "2026-02-30" << false;
        QTest::newRow("date slashes") << "xs:date"
                                      << "2026/05/01" << false;
        QTest::newRow("dateTime") << "xs:dateTime"
                                  << "2003-10-06T11:22:00-07:00" << true;
        QTest::newRow("dateTime utc ms") << "xs:dateTime"
                                         << "2026-05-01T09:30:00.250Z" << true;
        QTest::newRow("dateTime date only") << "xs:dateTime"
                                            << "2026-05-01" << false;
        QTest::newRow("dateTime bad hour") << "xs:dateTime"
                                           << "2026-05-01T25:00:00" << false;
        QTest::newRow("time") << "xs:time"
                              << "09:30:00" << true;
        QTest::newRow("time short") << "xs:time"
                                    << "09:30" << true;
        QTest::newRow("time bad") << "xs:time"
                                  << "9.30" << false;
        QTest::newRow("anyURI") << "xs:anyURI"
                                << "https://example.org/a?b=c" << true;
        QTest::newRow("anyURI relative") << "xs:anyURI"
                                         << "just words" << false;
    }

    void datatypes()
    {
        QFETCH(QString, datatype);
        QFETCH(QString, value);
        QFETCH(bool, ok);
        const Field f = withValues(field(validate(datatype)), {value});
        const auto problem = FieldRule::of(f).check(f);
        QCOMPARE(!problem.has_value(), ok);
        if (problem)
            QVERIFY(!problem->isEmpty());
    }

    void parsesMethods()
    {
        const FieldRule range =
            FieldRule::of(field(validate("xs:integer", "<range min='1' max='10'/>")));
        QCOMPARE(range.datatype(), QStringLiteral("xs:integer"));
        QCOMPARE(range.method(), FieldRule::Method::Range);
        QCOMPARE(range.min(), QStringLiteral("1"));
        QCOMPARE(range.max(), QStringLiteral("10"));

        const FieldRule regex =
            FieldRule::of(field(validate("xs:string", "<regex>[0-9]{3}</regex>")));
        QCOMPARE(regex.method(), FieldRule::Method::Regex);
        QCOMPARE(regex.regex(), QStringLiteral("[0-9]{3}"));

        const FieldRule none = FieldRule::of(field({}));
        QCOMPARE(none.datatype(), QStringLiteral("xs:string"));
        QCOMPARE(none.method(), FieldRule::Method::Basic);

        const FieldRule lists =
            FieldRule::of(field(validate("xs:string", "<basic/><list-range min='1' max='3'/>"),
                                QStringLiteral("list-multi")));
        QCOMPARE(lists.method(), FieldRule::Method::Basic);
        QCOMPARE(lists.listMin(), std::optional<int>(1));
        QCOMPARE(lists.listMax(), std::optional<int>(3));
    }

    void ranges()
    {
        const Field f = field(validate("xs:integer", "<range min='1' max='10'/>"));
        const FieldRule rule = FieldRule::of(f);
        QVERIFY(!rule.check(withValues(f, {"1"})));
        QVERIFY(!rule.check(withValues(f, {"10"})));
        QCOMPARE(rule.check(withValues(f, {"0"})).value_or(QString()),
                 QStringLiteral("Enter a value from 1 to 10."));
        QVERIFY(rule.check(withValues(f, {"11"})));
        // Numbers compare as numbers, not text: "9" < "10".
        QVERIFY(!rule.check(withValues(f, {"9"})));

        const Field dates = field(validate("xs:date", "<range min='2026-01-01'/>"));
        const FieldRule dateRule = FieldRule::of(dates);
        QVERIFY(!dateRule.check(withValues(dates, {"2026-03-01"})));
        QCOMPARE(dateRule.check(withValues(dates, {"2025-12-31"})).value_or(QString()),
                 QStringLiteral("Enter a value of at least 2026-01-01."));

        const Field money = field(validate("xs:decimal", "<range max='500.00'/>"));
        QCOMPARE(FieldRule::of(money).check(withValues(money, {"500.01"})).value_or(QString()),
                 QStringLiteral("Enter a value of at most 500.00."));
        QVERIFY(!FieldRule::of(money).check(withValues(money, {"499.99"})));
    }

    void regexMatchesTheWholeValue()
    {
        const Field f =
            field(validate("xs:string", "<regex>([0-9]{3})-([0-9]{2})-([0-9]{4})</regex>"));
        const FieldRule rule = FieldRule::of(f);
        QVERIFY(!rule.check(withValues(f, {"123-12-1234"})));
        QCOMPARE(rule.check(withValues(f, {"x123-12-1234"})).value_or(QString()),
                 QStringLiteral("This is not in the expected format."));
        QVERIFY(rule.check(withValues(f, {"123-12-12345"})));
    }

    void requiredAndFieldTypes()
    {
        Field required = field(QStringLiteral("<required/>"));
        QCOMPARE(FieldRule::of(required).check(required).value_or(QString()),
                 QStringLiteral("This field is required."));
        // Whitespace-free empty values count as missing too.
        QVERIFY(FieldRule::of(required).check(withValues(required, {""})));
        QVERIFY(!FieldRule::of(required).check(withValues(required, {"x"})));

        const Field optional = field({});
        QVERIFY(!FieldRule::of(optional).check(optional));
        QCOMPARE(
            FieldRule::of(optional).check(withValues(optional, {"a", "b"})).value_or(QString()),
            QStringLiteral("Enter one value only."));

        const Field boolean = field({}, QStringLiteral("boolean"));
        QVERIFY(!FieldRule::of(boolean).check(withValues(boolean, {"true"})));
        QVERIFY(FieldRule::of(boolean).check(withValues(boolean, {"maybe"})));

        const Field jid = field({}, QStringLiteral("jid-single"));
        QVERIFY(!FieldRule::of(jid).check(withValues(jid, {"alice@localhost"})));
        QCOMPARE(FieldRule::of(jid).check(withValues(jid, {"alice@@"})).value_or(QString()),
                 QStringLiteral("Enter an account address, such as name@example.org."));

        const Field hidden = field(QStringLiteral("<required/>"), QStringLiteral("hidden"));
        QVERIFY(!FieldRule::of(hidden).check(hidden));
    }

    void listOptionsAndListRange()
    {
        const QString options = QStringLiteral("<option><value>a</value></option>"
                                               "<option><value>b</value></option>"
                                               "<option><value>c</value></option>");
        const Field single = field(options, QStringLiteral("list-single"));
        QVERIFY(!FieldRule::of(single).check(withValues(single, {"b"})));
        QCOMPARE(FieldRule::of(single).check(withValues(single, {"z"})).value_or(QString()),
                 QStringLiteral("Choose one of the options."));

        const Field open =
            field(validate("xs:string", "<open/>") + options, QStringLiteral("list-single"));
        QVERIFY(!FieldRule::of(open).check(withValues(open, {"z"})));

        const Field multi = field(validate("xs:string", "<list-range min='2' max='2'/>") + options,
                                  QStringLiteral("list-multi"));
        const FieldRule rule = FieldRule::of(multi);
        QVERIFY(!rule.check(withValues(multi, {"a", "c"})));
        QCOMPARE(rule.check(withValues(multi, {"a"})).value_or(QString()),
                 QStringLiteral("Choose at least 2 option(s)."));
        QCOMPARE(rule.check(withValues(multi, {"a", "b", "c"})).value_or(QString()),
                 QStringLiteral("Choose at most 2 option(s)."));
        QCOMPARE(rule.check(withValues(multi, {"a", "q"})).value_or(QString()),
                 QStringLiteral("Choose only from the options."));
    }

    void textMultiChecksEachLine()
    {
        const Field f = field(validate("xs:integer", "<open/>"), QStringLiteral("text-multi"));
        QVERIFY(!FieldRule::of(f).check(withValues(f, {"1", "2"})));
        QVERIFY(FieldRule::of(f).check(withValues(f, {"1", "two"})));
    }

    void brokenPatternIsIgnored()
    {
        const Field f = field(validate("xs:string", "<regex>([unclosed</regex>"));
        QVERIFY(!FieldRule::of(f).check(withValues(f, {"anything"})));
    }
};

QTEST_GUILESS_MAIN(TestFieldRule)
#include "tst_field_rule.moc"
