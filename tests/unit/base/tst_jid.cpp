#include "base/Jid.h"

#include <QTest>

using teahouse::Jid;

class TestJid : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parse_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("local");
        QTest::addColumn<QString>("domain");
        QTest::addColumn<QString>("resource");
        QTest::addColumn<bool>("valid");
        QTest::newRow("full") << "Alice@Example.COM/Desk top" << "alice" << "example.com"
                              << "Desk top" << true;
        QTest::newRow("bare") << "bob@example.com" << "bob" << "example.com" << "" << true;
        QTest::newRow("domain") << "example.com" << "" << "example.com" << "" << true;
        QTest::newRow("resource with @ and /")
            << "a@b.c/x@y/z" << "a" << "b.c" << "x@y/z" << true;
        QTest::newRow("chinese") << "张伟@例子.中国" << "张伟" << "例子.中国" << "" << true;
        QTest::newRow("empty") << "" << "" << "" << "" << false;
        QTest::newRow("empty local") << "@example.com" << "" << "" << "" << false;
        QTest::newRow("empty resource") << "a@example.com/" << "" << "" << "" << false;
        QTest::newRow("bad local char") << "a<b@example.com" << "" << "" << "" << false;
        QTest::newRow("space in domain") << "a@exa mple.com" << "" << "" << "" << false;
        QTest::newRow("too long") << QString(1024, QLatin1Char('a')) + "@x.org" << "" << "" << "" << false;
    }
    void parse()
    {
        QFETCH(QString, input);
        QFETCH(QString, local);
        QFETCH(QString, domain);
        QFETCH(QString, resource);
        QFETCH(bool, valid);
        const Jid jid = Jid::parse(input);
        QCOMPARE(jid.isValid(), valid);
        if (!valid)
            return;
        QCOMPARE(jid.local(), local);
        QCOMPARE(jid.domain(), domain);
        QCOMPARE(jid.resource(), resource);
        QCOMPARE(Jid::parse(jid.toString()), jid);
    }
    void bareAndCompare()
    {
        const Jid full = Jid::parse(u"Alice@example.com/phone");
        QCOMPARE(full.bareString(), QStringLiteral("alice@example.com"));
        QVERIFY(full.bare() == Jid::parse(u"alice@EXAMPLE.com"));
        QVERIFY(!(full == full.bare()));
        QCOMPARE(full.withResource(QStringLiteral("pc")).toString(),
                 QStringLiteral("alice@example.com/pc"));
    }
};

QTEST_GUILESS_MAIN(TestJid)
#include "tst_jid.moc"
