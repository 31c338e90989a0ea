// Fails while any string in the committed catalogues lacks a finished Simplified Chinese (or,
// once lupdate has filled its catalogue, Traditional Chinese) translation, or a translation
// drops a placeholder its source has. Refresh the catalogues
// with `cmake --build <build> --target teahouse_lupdate` before translating.
#include "TestUtils.h"

#include <QFile>
#include <QRegularExpression>
#include <QTest>
#include <QXmlStreamReader>

namespace {

struct Message
{
    QString context;
    QString source;
    QStringList translations; // one per numerus form
    QString type;             // "", "unfinished", "vanished", "obsolete"
};

QList<Message> readCatalogue(const QString &path, QString *language, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return {};
    }
    QList<Message> messages;
    QXmlStreamReader xml(&file);
    QString context;
    Message current;
    bool inMessage = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const auto name = xml.name();
            if (name == u"TS") {
                *language = xml.attributes().value(QLatin1String("language")).toString();
            } else if (name == u"name" && !inMessage) {
                context = xml.readElementText();
            } else if (name == u"message") {
                inMessage = true;
                current = Message{context, {}, {}, {}};
            } else if (name == u"source" && inMessage) {
                current.source = xml.readElementText();
            } else if (name == u"translation" && inMessage) {
                current.type = xml.attributes().value(QLatin1String("type")).toString();
                // Either text or <numerusform> children.
                QString text;
                while (!(xml.isEndElement() && xml.name() == u"translation") && !xml.atEnd()) {
                    xml.readNext();
                    if (xml.isCharacters())
                        text += xml.text();
                    else if (xml.isStartElement() && xml.name() == u"numerusform")
                        current.translations.append(xml.readElementText());
                }
                if (current.translations.isEmpty())
                    current.translations.append(text.trimmed());
            }
        } else if (xml.isEndElement() && xml.name() == u"message") {
            inMessage = false;
            messages.append(current);
        }
    }
    if (xml.hasError())
        *error = xml.errorString();
    return messages;
}

QSet<QString> placeholders(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("%(\\d+|n)"));
    QSet<QString> found;
    for (auto it = pattern.globalMatch(text); it.hasNext();)
        found.insert(it.next().captured(0));
    return found;
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void chineseIsComplete_data()
    {
        QTest::addColumn<QString>("code");
        QTest::newRow("zh_CN") << "zh_CN";
        QTest::newRow("zh_TW") << "zh_TW";
    }

    void chineseIsComplete()
    {
        QFETCH(QString, code);
        const QString path =
            teahouse::test::sourcePath(QStringLiteral("translations/teahouse_%1.ts").arg(code));
        QString language;
        QString error;
        const auto messages = readCatalogue(path, &language, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(language, code);
        // zh_TW was added as an empty catalogue; it is checked as soon as lupdate fills it.
        if (code == u"zh_TW" && messages.isEmpty())
            QSKIP("teahouse_zh_TW.ts has no strings yet: run the teahouse_lupdate target");
        // The shell alone has well over a hundred strings; an empty catalogue means lupdate
        // never ran.
        QVERIFY2(messages.size() > 100, qPrintable(QString::number(messages.size())));

        QStringList problems;
        for (const Message &m : messages) {
            if (m.type == u"vanished" || m.type == u"obsolete")
                continue; // no longer in the sources
            const QString where = m.context + QStringLiteral(": \"") + m.source + u'"';
            if (m.type == u"unfinished") {
                problems << where + QStringLiteral(" is unfinished");
                continue;
            }
            for (const QString &t : m.translations) {
                if (t.trimmed().isEmpty()) {
                    problems << where + QStringLiteral(" has an empty translation");
                } else if (placeholders(t) != placeholders(m.source)) {
                    problems << where + QStringLiteral(" has placeholders that differ: \"") + t +
                                    u'"';
                }
            }
        }
        QVERIFY2(problems.isEmpty(),
                 qPrintable(QStringLiteral("\n  ") + problems.join(QStringLiteral("\n  "))));
    }

    void catalogueListsTheSameStrings()
    {
        // Both catalogues come from the same lupdate run; a mismatch means one was not
        // refreshed.
        QString language;
        QString error;
        auto keys = [&](const QString &file) {
            QSet<QString> set;
            for (const Message &m :
                 readCatalogue(teahouse::test::sourcePath(file), &language, &error))
                if (m.type != u"vanished" && m.type != u"obsolete")
                    set.insert(m.context + u'\x1f' + m.source);
            return set;
        };
        const auto zh = keys("translations/teahouse_zh_CN.ts");
        const auto en = keys("translations/teahouse_en.ts");
        const auto tw = keys("translations/teahouse_zh_TW.ts");
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(en.size(), zh.size());
        QCOMPARE(en, zh);
        if (!tw.isEmpty()) // see chineseIsComplete: empty until lupdate first fills it
            QCOMPARE(tw, zh);
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
