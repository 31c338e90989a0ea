#include "contacts/PinyinCollator.h"

#include <QtTest>
#include <algorithm>

using namespace teahouse::contacts;

// Pinyin sort keys and the A–Z index: Han names by their pinyin (surname readings for
// polyphonic surnames), Latin names interleaved with them, everything else under "#".
class TestPinyin : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QVERIFY2(m_collator.isValid(), "ICU has no Han-Latin transliterator"); }

    void romanize_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("latin");
        QTest::addColumn<QString>("initial");
        QTest::newRow("张伟") << u"张伟"_qs << u"zhang wei"_qs << u"Z"_qs;
        QTest::newRow("王芳") << u"王芳"_qs << u"wang fang"_qs << u"W"_qs;
        QTest::newRow("李华") << u"李华"_qs << u"li hua"_qs << u"L"_qs;
        // Polyphonic surnames: read as surnames, not as the common word.
        QTest::newRow("曾 surname") << u"曾国藩"_qs << u"zeng guo fan"_qs << u"Z"_qs;
        QTest::newRow("单 surname") << u"单田芳"_qs << u"shan tian fang"_qs << u"S"_qs;
        QTest::newRow("解 surname") << u"解缙"_qs << u"xie jin"_qs << u"X"_qs;
        QTest::newRow("仇 surname") << u"仇英"_qs << u"qiu ying"_qs << u"Q"_qs;
        QTest::newRow("区 surname") << u"区小明"_qs << u"ou xiao ming"_qs << u"O"_qs;
        QTest::newRow("Latin") << u"alice"_qs << u"alice"_qs << u"A"_qs;
        QTest::newRow("accents") << u"Émile"_qs << u"emile"_qs << u"E"_qs;
        QTest::newRow("mixed") << u"Tom 陈"_qs << u"tom chen"_qs << u"T"_qs;
        QTest::newRow("Cyrillic") << u"Кира"_qs << u"kira"_qs << u"K"_qs;
        QTest::newRow("digit") << u"123"_qs << u"123"_qs << u"#"_qs;
        QTest::newRow("emoji") << u"🍵 tea"_qs << u"🍵 tea"_qs << u"#"_qs;
        QTest::newRow("spaces") << u"  王 芳  "_qs << u"wang fang"_qs << u"W"_qs;
        QTest::newRow("empty") << QString() << QString() << u"#"_qs;
    }
    void romanize()
    {
        QFETCH(QString, name);
        QFETCH(QString, latin);
        QFETCH(QString, initial);
        const PinyinCollator::Key key = m_collator.key(name);
        QCOMPARE(key.latin, latin);
        QCOMPARE(key.initial, initial);
    }

    void textReadingDiffersFromSurname()
    {
        // The same character as an ordinary word keeps its common reading.
        QCOMPARE(m_collator.romanizeText(u"曾经"), u"ceng jing"_qs);
        QCOMPARE(m_collator.romanizeText(u"单独"), u"dan du"_qs);
        QCOMPARE(m_collator.romanize(u"曾经"), u"zeng jing"_qs);
    }

    void mixedOrdering()
    {
        QStringList names = {u"Zoe"_qs,  u"张伟"_qs, u"alice"_qs,  u"王芳"_qs,   u"123"_qs,
                             u"Bob"_qs,  u"李华"_qs, u"Li Hua"_qs, u"曾国藩"_qs, u"单田芳"_qs,
                             u"Wang"_qs, u"安娜"_qs, u"😀"_qs,      u"lian"_qs};
        std::sort(names.begin(), names.end(), [&](const QString &a, const QString &b) {
            return m_collator.key(a).sortKey < m_collator.key(b).sortKey;
        });
        const QStringList expected = {
            u"alice"_qs,  // alice
            u"安娜"_qs,   // an na
            u"Bob"_qs,    // bob
            u"Li Hua"_qs, // li hua (Latin before Han for the same letters)
            u"李华"_qs,   // li hua
            u"lian"_qs,   // lian: syllable by syllable, "li" before "lian"
            u"单田芳"_qs, // shan tian fang (not "dan")
            u"Wang"_qs,   // wang (a shorter romanisation first)
            u"王芳"_qs,   // wang fang
            u"曾国藩"_qs, // zeng guo fan (not "ceng")
            u"张伟"_qs,   // zhang wei
            u"Zoe"_qs,    // zoe
            u"123"_qs,    // "#" after Z
            u"😀"_qs,
        };
        QCOMPARE(names, expected);
    }

    void search()
    {
        QVERIFY(m_collator.matches(u"张伟", u"张"));
        QVERIFY(m_collator.matches(u"张伟", u"zhang"));
        QVERIFY(m_collator.matches(u"张伟", u"zhangwei"));
        QVERIFY(m_collator.matches(u"张伟", u"ZW"));
        QVERIFY(m_collator.matches(u"曾国藩", u"zgf"));
        QVERIFY(m_collator.matches(u"alice", u"LIC"));
        QVERIFY(!m_collator.matches(u"张伟", u"wang"));
        QVERIFY(!m_collator.matches(u"张伟", u"cw")); // 曾-style misreading does not apply here
        QVERIFY(m_collator.matches(u"anything", u"  "));
    }

private:
    PinyinCollator m_collator;
};

QTEST_GUILESS_MAIN(TestPinyin)
#include "tst_pinyin.moc"
