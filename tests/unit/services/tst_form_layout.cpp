#include "services/FormLayout.h"
#include "xmpp/DataForm.h"
#include "xmpp/Element.h"

#include <QTest>

using namespace teahouse;
using namespace teahouse::services;
using Item = FormLayout::Item;

namespace {

xmpp::DataForm form(const QString &inner)
{
    const QString xml = QStringLiteral("<x xmlns='jabber:x:data' type='form'><title>Booking</title>"
                                       "%1</x>")
                            .arg(inner);
    return xmpp::DataForm::fromElement(xmpp::Element::fromXml(xml.toUtf8())).value();
}

const QString fields = QStringLiteral(
    "<field var='hospital' type='list-single'/><field var='department' type='list-single'/>"
    "<field var='doctor' type='list-single'/><field var='slot' type='list-single'/>"
    "<field var='note' type='text-multi'/><field var='FORM_TYPE' "
    "type='hidden'><value>x</value></field>");

} // namespace

// XEP-0141 pages and sections resolved against the form's fields.
class TestFormLayout : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void noLayoutIsOnePageOfVisibleFields()
    {
        const FormLayout layout = FormLayout::of(form(fields));
        QVERIFY(!layout.isDeclared());
        QCOMPARE(layout.pageCount(), 1);
        QCOMPARE(layout.pages().first().label, QStringLiteral("Booking"));
        QCOMPARE(layout.fieldsOnPage(0),
                 (QStringList{"hospital", "department", "doctor", "slot", "note"}));
        QCOMPARE(layout.pageOf(QStringLiteral("FORM_TYPE")), -1);
    }

    void pagesInOrderWithTexts()
    {
        const QString ns = QStringLiteral("xmlns='http://jabber.org/protocol/xdata-layout'");
        const FormLayout layout = FormLayout::of(
            form(QStringLiteral("<page %1 label='Hospital'><text>Step one.</text>"
                                "<fieldref var='hospital'/></page>"
                                "<page %1 label='Doctor'><fieldref var='department'/>"
                                "<fieldref var='doctor'/><fieldref var='slot'/></page>"
                                "<page %1 label='Confirm'><text>Check and confirm.</text></page>")
                     .arg(ns) +
                 fields));
        QVERIFY(layout.isDeclared());
        QCOMPARE(layout.pageCount(), 3);
        QCOMPARE(layout.pages().at(0).label, QStringLiteral("Hospital"));
        QCOMPARE(layout.pages().at(0).texts, QStringList{"Step one."});
        QCOMPARE(layout.fieldsOnPage(0), QStringList{"hospital"});
        QCOMPARE(layout.fieldsOnPage(1), (QStringList{"department", "doctor", "slot"}));
        // "note" was not placed by the layout: it lands on the last page, not lost.
        QCOMPARE(layout.fieldsOnPage(2), QStringList{"note"});
        QCOMPARE(layout.pages().at(2).texts, QStringList{"Check and confirm."});
        QCOMPARE(layout.pageOf(QStringLiteral("slot")), 1);
    }

    void sectionsNestAndIgnoreUnknownAndRepeatedRefs()
    {
        const FormLayout layout = FormLayout::of(form(
            QStringLiteral(
                "<page xmlns='http://jabber.org/protocol/xdata-layout'>"
                "<section label='Where'><text>Choose where.</text>"
                "<section label='Place'><fieldref var='hospital'/><fieldref var='nope'/></section>"
                "<fieldref var='department'/></section>"
                "<section label='Who'><fieldref var='doctor'/><fieldref var='hospital'/>"
                "<fieldref var='slot'/><fieldref var='note'/></section></page>") +
            fields));
        QCOMPARE(layout.pageCount(), 1);
        const QList<Item> &items = layout.pages().first().items;
        QCOMPARE(items.size(), 2);
        QCOMPARE(items.at(0).kind, Item::Kind::Section);
        QCOMPARE(items.at(0).label, QStringLiteral("Where"));
        QCOMPARE(items.at(0).text, QStringLiteral("Choose where."));
        QCOMPARE(items.at(0).children.size(), 2);
        QCOMPARE(items.at(0).children.at(0).kind, Item::Kind::Section);
        QCOMPARE(items.at(0).children.at(0).children.size(), 1); // "nope" ignored
        // hospital referenced twice: shown where it is first referenced.
        QCOMPARE(layout.fieldsOnPage(0),
                 (QStringList{"hospital", "department", "doctor", "slot", "note"}));
    }

    void reportedTableOnceAndOnlyWithATable()
    {
        const QString ns = QStringLiteral("xmlns='http://jabber.org/protocol/xdata-layout'");
        const FormLayout withoutTable = FormLayout::of(
            form(QStringLiteral("<page %1><reportedref/><fieldref var='note'/></page>").arg(ns) +
                 fields));
        for (const Item &item : withoutTable.pages().first().items)
            QVERIFY(item.kind != Item::Kind::Reported);

        const FormLayout table = FormLayout::of(
            form(QStringLiteral("<page %1><reportedref/><reportedref/></page>"
                                "<reported><field var='date'/><field var='fine'/></reported>"
                                "<item><field var='date'><value>2026-01-02</value></field>"
                                "<field var='fine'><value>200</value></field></item>")
                     .arg(ns)));
        int tables = 0;
        for (const Item &item : table.pages().first().items)
            tables += item.kind == Item::Kind::Reported ? 1 : 0;
        QCOMPARE(tables, 1);
    }
};

QTEST_GUILESS_MAIN(TestFormLayout)
#include "tst_form_layout.moc"
