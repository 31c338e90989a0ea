// XEP-0115 verification strings: the XEP's own examples (§5.2, §5.3), disco#info parsing with
// the §5.4 ill-formedness rules, and i;octet ordering.
#include "xmpp/CapsVerification.h"

#include <QTest>

using teahouse::xmpp::CapsVerification;
using teahouse::xmpp::Element;

namespace {

const QByteArray kComplexQuery =
    "<query xmlns='http://jabber.org/protocol/disco#info' "
    "node='http://psi-im.org#q07IKJEyjvHSyhy//CH0CxmKi8w='>"
    "<identity xml:lang='en' category='client' name='Psi 0.11' type='pc'/>"
    "<identity xml:lang='el' category='client' name='&#936; 0.11' type='pc'/>"
    "<feature var='http://jabber.org/protocol/caps'/>"
    "<feature var='http://jabber.org/protocol/disco#info'/>"
    "<feature var='http://jabber.org/protocol/disco#items'/>"
    "<feature var='http://jabber.org/protocol/muc'/>"
    "<x xmlns='jabber:x:data' type='result'>"
    "<field var='FORM_TYPE' type='hidden'><value>urn:xmpp:dataforms:softwareinfo</value></field>"
    "<field var='ip_version'><value>ipv4</value><value>ipv6</value></field>"
    "<field var='os'><value>Mac</value></field>"
    "<field var='os_version'><value>10.5.1</value></field>"
    "<field var='software'><value>Psi</value></field>"
    "<field var='software_version'><value>0.11</value></field>"
    "</x></query>";

} // namespace

class TestCaps : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void simpleExample()
    {
        const QList<CapsVerification::Identity> ids = {{"client", "pc", "", "Exodus 0.9.1"}};
        const QStringList features = {
            "http://jabber.org/protocol/disco#info", "http://jabber.org/protocol/disco#items",
            "http://jabber.org/protocol/muc", "http://jabber.org/protocol/caps"};
        QCOMPARE(CapsVerification::verificationString(ids, features),
                 QByteArray("client/pc//Exodus 0.9.1<http://jabber.org/protocol/caps<"
                            "http://jabber.org/protocol/disco#info<"
                            "http://jabber.org/protocol/disco#items<"
                            "http://jabber.org/protocol/muc<"));
        QCOMPARE(CapsVerification::ver(ids, features), "QgayPKawpkPSDYmwT/WM94uAlu0=");
    }

    void complexExample()
    {
        // Given out of order, to show the sorting.
        const QList<CapsVerification::Identity> ids = {
            {"client", "pc", "en", "Psi 0.11"},
            {"client", "pc", "el", QString::fromUtf8("Ψ 0.11")}};
        const QStringList features = {
            "http://jabber.org/protocol/muc", "http://jabber.org/protocol/caps",
            "http://jabber.org/protocol/disco#items", "http://jabber.org/protocol/disco#info"};
        CapsVerification::Form form{"urn:xmpp:dataforms:softwareinfo",
                                    {{"software_version", {"0.11"}},
                                     {"os", {"Mac"}},
                                     {"ip_version", {"ipv6", "ipv4"}},
                                     {"FORM_TYPE", {"urn:xmpp:dataforms:softwareinfo"}},
                                     {"software", {"Psi"}},
                                     {"os_version", {"10.5.1"}}}};
        QCOMPARE(CapsVerification::verificationString(ids, features, {form}),
                 QByteArray("client/pc/el/\xce\xa8 0.11<client/pc/en/Psi 0.11<"
                            "http://jabber.org/protocol/caps<http://jabber.org/protocol/disco#info<"
                            "http://jabber.org/protocol/disco#items<http://jabber.org/protocol/muc<"
                            "urn:xmpp:dataforms:softwareinfo<"
                            "ip_version<ipv4<ipv6<os<Mac<os_version<10.5.1<software<Psi<"
                            "software_version<0.11<"));
        QCOMPARE(CapsVerification::ver(ids, features, {form}), "q07IKJEyjvHSyhy//CH0CxmKi8w=");
    }

    void fromDiscoInfo()
    {
        const Element query = Element::fromXml(kComplexQuery);
        QVERIFY(!query.isNull());
        const auto ver = CapsVerification::verFromDiscoInfo(query);
        QVERIFY(ver.ok());
        QCOMPARE(ver.value(), "q07IKJEyjvHSyhy//CH0CxmKi8w=");
        QCOMPARE(CapsVerification::verFromDiscoInfo(query, QCryptographicHash::Sha256).value(),
                 QString::fromLatin1(QCryptographicHash::hash(
                                         CapsVerification::verificationString(
                                             {{"client", "pc", "el", QString::fromUtf8("Ψ 0.11")},
                                              {"client", "pc", "en", "Psi 0.11"}},
                                             {"http://jabber.org/protocol/caps",
                                              "http://jabber.org/protocol/disco#info",
                                              "http://jabber.org/protocol/disco#items",
                                              "http://jabber.org/protocol/muc"},
                                             {{"urn:xmpp:dataforms:softwareinfo",
                                               {{"ip_version", {"ipv4", "ipv6"}},
                                                {"os", {"Mac"}},
                                                {"os_version", {"10.5.1"}},
                                                {"software", {"Psi"}},
                                                {"software_version", {"0.11"}}}}}),
                                         QCryptographicHash::Sha256)
                                         .toBase64()));
    }

    void illFormed_data()
    {
        QTest::addColumn<QByteArray>("from");
        QTest::addColumn<QByteArray>("to");
        QTest::newRow("duplicate-identity")
            << QByteArray("<identity xml:lang='en'")
            << QByteArray("<identity xml:lang='en' category='client' name='Psi 0.11' type='pc'/>"
                          "<identity xml:lang='en'");
        QTest::newRow("duplicate-feature")
            << QByteArray("<feature var='http://jabber.org/protocol/muc'/>")
            << QByteArray("<feature var='http://jabber.org/protocol/muc'/>"
                          "<feature var='http://jabber.org/protocol/muc'/>");
        QTest::newRow("form-type-two-values")
            << QByteArray("<value>urn:xmpp:dataforms:softwareinfo</value>")
            << QByteArray("<value>urn:xmpp:dataforms:softwareinfo</value><value>urn:other</value>");
        QTest::newRow("two-forms-same-type")
            << QByteArray("</x></query>")
            << QByteArray("</x><x xmlns='jabber:x:data' type='result'><field var='FORM_TYPE' "
                          "type='hidden'><value>urn:xmpp:dataforms:softwareinfo</value></field>"
                          "</x></query>");
    }

    void illFormed()
    {
        QFETCH(QByteArray, from);
        QFETCH(QByteArray, to);
        QByteArray xml = kComplexQuery;
        QVERIFY(xml.contains(from));
        xml.replace(xml.indexOf(from), from.size(), to);
        const Element query = Element::fromXml(xml);
        QVERIFY(!query.isNull());
        QVERIFY(!CapsVerification::verFromDiscoInfo(query).ok());
    }

    void formsWithoutHiddenFormTypeAreIgnored()
    {
        QByteArray xml = kComplexQuery;
        // Same FORM_TYPE value twice is fine ("different XML character data" is the rule).
        xml.replace("<value>urn:xmpp:dataforms:softwareinfo</value>",
                    "<value>urn:xmpp:dataforms:softwareinfo</value>"
                    "<value>urn:xmpp:dataforms:softwareinfo</value>");
        xml.replace("</x></query>", "</x><x xmlns='jabber:x:data' type='result'>"
                                    "<field var='FORM_TYPE'><value>urn:not-hidden</value></field>"
                                    "<field var='a'><value>b</value></field></x>"
                                    "<x xmlns='jabber:x:data' type='result'>"
                                    "<field var='c'><value>d</value></field></x></query>");
        QCOMPARE(CapsVerification::verFromDiscoInfo(Element::fromXml(xml)).value(),
                 "q07IKJEyjvHSyhy//CH0CxmKi8w=");
    }

    void octetOrdering()
    {
        // In UTF-16, U+10000 is D800 DC00 and sorts before U+FFFD; i;octet compares UTF-8
        // (F0 90 80 80 against EF BF BD) and puts U+FFFD first.
        const QString high = QString::fromUtf8("\xf0\x90\x80\x80"); // U+10000
        const QString bmp = QString::fromUtf8("\xef\xbf\xbd");      // U+FFFD
        QVERIFY(high < bmp);                                        // QString order
        QCOMPARE(CapsVerification::verificationString({}, {high, bmp}),
                 bmp.toUtf8() + '<' + high.toUtf8() + '<');
    }

    void notAQuery()
    {
        QVERIFY(!CapsVerification::verFromDiscoInfo(
                     Element(QStringLiteral("query"), QStringLiteral("urn:other")))
                     .ok());
    }

    void hashNames()
    {
        QCOMPARE(CapsVerification::algorithmForName(u"sha-1"), QCryptographicHash::Sha1);
        QCOMPARE(CapsVerification::algorithmForName(u"sha-256"), QCryptographicHash::Sha256);
        QVERIFY(!CapsVerification::algorithmForName(u"md5").has_value());
    }
};

QTEST_GUILESS_MAIN(TestCaps)
#include "tst_caps.moc"
