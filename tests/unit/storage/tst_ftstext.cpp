#include "StorageTestUtils.h"
#include "storage/Database.h"
#include "storage/FtsText.h"

#include <QTemporaryDir>
#include <QTest>

using namespace teahouse;
using namespace teahouse::storage;

// Full-text search over Chinese and mixed text: the bigram transform and FTS4 queries with it.
class TestFtsText : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    Database m_db;

    QList<qint64> search(const QString &input)
    {
        QList<qint64> ids;
        const QString query = ftsMatchQuery(input);
        if (query.isEmpty())
            return ids;
        Result<Statement> st = m_db.prepare(QStringLiteral(
            "SELECT m.id FROM messages_fts JOIN messages m ON m.id = messages_fts.docid "
            "WHERE messages_fts MATCH ? ORDER BY m.id"));
        if (!st.ok())
            return {-1};
        st->bind(1, query);
        for (;;) {
            Result<bool> row = st->step();
            if (!row.ok())
                return {-2};
            if (!*row)
                break;
            ids << st->columnInt64(0);
        }
        return ids;
    }

private Q_SLOTS:
    void bigrams_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        QTest::newRow("brief example") << "我们明天去医院"
                                       << "我们 们明 明天 天去 去医 医院";
        QTest::newRow("latin words kept whole, lowercased") << "Hello World"
                                                            << "hello world";
        QTest::newRow("mixed") << "明天meeting在医院"
                               << "明天 meeting 在医 医院";
        QTest::newRow("punctuation separates runs") << "你好，世界！OK?"
                                                    << "你好 世界 ok";
        QTest::newRow("single cjk char") << "我 love 你"
                                         << "我 love 你";
        QTest::newRow("digits") << "3点在A座"
                                << "3 点在 a 座";
        QTest::newRow("accents") << "Café NAÏVE"
                                 << "café naïve";
        QTest::newRow("japanese") << "東京タワー"
                                  << "東京 京タ タワ ワー";
        QTest::newRow("full-width latin") << "ＡＢＣ１２３ ｶﾀｶﾅ"
                                          << "abc123 カタ タカ カナ";
        QTest::newRow("hangul") << "안녕하세요"
                                << "안녕 녕하 하세 세요";
        QTest::newRow("astral han") << "𠀀𠀁"
                                    << "𠀀𠀁";
        QTest::newRow("empty") << ""
                               << "";
        QTest::newRow("only punctuation") << "!!! ..."
                                          << "";
        QTest::newRow("underscore and apostrophe") << "don't snake_case"
                                                   << "don t snake case";
    }
    void bigrams()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        QCOMPARE(cjkBigramTokens(input), expected);
    }

    void queries_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        QTest::newRow("cjk phrase") << "医院"
                                    << "\"医院\"";
        QTest::newRow("longer cjk phrase") << "明天去"
                                           << "\"明天 天去\"";
        QTest::newRow("single char prefix") << "医"
                                            << "医*";
        QTest::newRow("words quoted") << "Meeting OR near"
                                      << "\"meeting\" \"or\" \"near\"";
        QTest::newRow("quotes and operators dropped") << "\"x\" -y *"
                                                      << "\"x\" \"y\"";
        QTest::newRow("empty") << "  "
                               << "";
    }
    void queries()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        QCOMPARE(ftsMatchQuery(input), expected);
    }

    void searchInFts4()
    {
        QVERIFY(m_dir.isValid());
        Result<Database> db =
            Database::open(m_dir.filePath(QStringLiteral("fts.db")), test::fixedKey(9));
        QVERIFY(db.ok());
        m_db = std::move(*db);
        QVERIFY(
            m_db.exec(QStringLiteral(
                          "CREATE TABLE messages(id INTEGER PRIMARY KEY, body TEXT NOT NULL);"
                          "CREATE VIRTUAL TABLE messages_fts USING fts4(body, tokenize=simple)"))
                .ok());
        const QStringList bodies = {
            QStringLiteral("我们明天去医院"),               // 1
            QStringLiteral("医生说明天再来"),               // 2
            QStringLiteral("Meeting at the hospital 医院"), // 3
            QStringLiteral("院子里有一棵树"),               // 4
            QStringLiteral("meetings are boring"),          // 5
            QStringLiteral("明天见"),                       // 6
        };
        Result<Statement> ins =
            m_db.prepare(QStringLiteral("INSERT INTO messages(id, body) VALUES(?, ?)"));
        Result<Statement> fts =
            m_db.prepare(QStringLiteral("INSERT INTO messages_fts(docid, body) VALUES(?, ?)"));
        for (int i = 0; i < bodies.size(); ++i) {
            QVERIFY(ins->bind(1, i + 1).bind(2, bodies.at(i)).execute().ok());
            QVERIFY(fts->bind(1, i + 1).bind(2, cjkBigramTokens(bodies.at(i))).execute().ok());
        }

        QCOMPARE(search(QStringLiteral("医院")), (QList<qint64>{1, 3}));
        QCOMPARE(search(QStringLiteral("明天")), (QList<qint64>{1, 2, 6}));
        QCOMPARE(search(QStringLiteral("明天去")),
                 (QList<qint64>{1})); // phrase, not "明天" AND "天去" anywhere
        QCOMPARE(search(QStringLiteral("去医院")), (QList<qint64>{1}));
        QCOMPARE(search(QStringLiteral("医")), (QList<qint64>{1, 2, 3})); // 医院, 医生
        QCOMPARE(search(QStringLiteral("MEETING")), (QList<qint64>{3}));  // whole words
        QCOMPARE(search(QStringLiteral("hospital 医院")), (QList<qint64>{3}));
        QCOMPARE(search(QStringLiteral("院子")), (QList<qint64>{4}));
        QCOMPARE(search(QStringLiteral("医院子")), (QList<qint64>{}));
        QCOMPARE(search(QStringLiteral("or")), (QList<qint64>{})); // not an operator
        QCOMPARE(search(QStringLiteral("\"")), (QList<qint64>{})); // nothing searchable
    }
};

QTEST_GUILESS_MAIN(TestFtsText)
#include "tst_ftstext.moc"
