// `teahouse scan FILE`: the JSON it prints for testers and scripts, field by field, and its exit
// status (0 codes found, 1 none, 2 bad file). Runs the real executable.
#include "QrTestImages.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

namespace {

struct Run
{
    int exitCode = -1;
    QJsonObject json;
    QString err;
};

Run scan(const QStringList &arguments)
{
    QProcess p;
    p.start(QStringLiteral(TEAHOUSE_EXE), arguments);
    Run run;
    if (!p.waitForFinished(60000))
        return run;
    run.exitCode = p.exitCode();
    QJsonParseError error;
    run.json = QJsonDocument::fromJson(p.readAllStandardOutput(), &error).object();
    run.err = QString::fromUtf8(p.readAllStandardError());
    return run;
}

const QString kEmvco = QString::fromUtf8(
    "00020101021229300012D156000000000510A93FO3230Q31280012D15600000001030812345678520441115802"
    "CN5914BEST TRANSPORT6007BEIJING64200002ZH0104最佳运输0202北京540523.72530315655020162330304"
    "12340603***0708A60086670902ME91320016A0112233449988770708123456786304A13A");
const QString kRoster = QStringLiteral("xmpp:zhangwei@localhost?roster;name=Zhang%20Wei");

} // namespace

class TestScanCommand : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

private Q_SLOTS:
    void twoCodes()
    {
        QImage sheet(1000, 500, QImage::Format_RGB32);
        sheet.fill(Qt::white);
        {
            QPainter p(&sheet);
            p.drawImage(30, 30, teahouse::test::codeImage(kRoster, 5));
            p.drawImage(500, 30, teahouse::test::codeImage(kEmvco, 4));
        }
        const QString path = m_dir.filePath("two codes.png");
        QVERIFY(sheet.save(path));
        const Run run = scan({"scan", path});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.json.value("file").toString(), path);
        QCOMPARE(run.json.value("width").toInt(), 1000);
        QCOMPARE(run.json.value("height").toInt(), 500);
        QCOMPARE(run.json.value("count").toInt(), 2);
        const QJsonArray codes = run.json.value("codes").toArray();
        QCOMPARE(codes.size(), 2);

        const QJsonObject roster = codes[0].toObject();
        QCOMPARE(roster.value("format").toString(), QStringLiteral("QRCode"));
        QCOMPARE(roster.value("text").toString(), kRoster);
        QCOMPARE(roster.value("kind").toString(), QStringLiteral("xmpp"));
        QCOMPARE(roster.value("valid").toBool(), true);
        QCOMPARE(roster.value("payment").toBool(), false);
        QVERIFY(!roster.contains("error"));
        const QJsonObject xmpp = roster.value("fields").toObject();
        QCOMPARE(xmpp.value("kind").toString(), QStringLiteral("AddFriend"));
        QCOMPARE(xmpp.value("jid").toString(), QStringLiteral("zhangwei@localhost"));
        QCOMPARE(xmpp.value("action").toString(), QStringLiteral("roster"));
        QCOMPARE(xmpp.value("params").toObject().value("name").toString(),
                 QStringLiteral("Zhang Wei"));
        const QJsonArray position = roster.value("position").toArray();
        QCOMPARE(position.size(), 4);
        for (const auto &corner : position) {
            QVERIFY(corner.toArray()[0].toInt() >= 30 && corner.toArray()[0].toInt() < 500);
            QVERIFY(corner.toArray()[1].toInt() >= 30);
        }

        const QJsonObject pay = codes[1].toObject();
        QCOMPARE(pay.value("kind").toString(), QStringLiteral("emvco"));
        QCOMPARE(pay.value("text").toString(), kEmvco);
        QCOMPARE(pay.value("valid").toBool(), true);
        QCOMPARE(pay.value("payment").toBool(), true);
        const QJsonObject emvco = pay.value("fields").toObject();
        QCOMPARE(emvco.value("merchantName").toString(), QStringLiteral("BEST TRANSPORT"));
        QCOMPARE(emvco.value("merchantCity").toString(), QStringLiteral("BEIJING"));
        QCOMPARE(emvco.value("amount").toString(), QStringLiteral("23.72"));
        QCOMPARE(emvco.value("currency").toString(), QStringLiteral("CNY"));
        QCOMPARE(emvco.value("crc").toString(), QStringLiteral("A13A"));
    }

    void damagedPaymentCode()
    {
        QString damaged = kEmvco;
        damaged.replace("23.72", "93.72");
        const QString path = m_dir.filePath("damaged.png");
        QVERIFY(teahouse::test::codeImage(damaged, 4).save(path));
        const Run run = scan({"scan", path});
        QCOMPARE(run.exitCode, 0); // a code was found; it is just not valid
        const QJsonObject code = run.json.value("codes").toArray()[0].toObject();
        QCOMPARE(code.value("kind").toString(), QStringLiteral("emvco"));
        QCOMPARE(code.value("valid").toBool(), false);
        QCOMPARE(code.value("payment").toBool(), false);
        QCOMPARE(code.value("error").toObject().value("code").toString(),
                 QStringLiteral("corrupt"));
        QVERIFY(code.value("error").toObject().value("message").toString().contains("checksum"));
        QVERIFY(!code.contains("fields"));
    }

    void nothingFound()
    {
        QImage blank(320, 240, QImage::Format_RGB32);
        blank.fill(Qt::gray);
        const QString path = m_dir.filePath("blank.jpg");
        QVERIFY(blank.save(path));
        const Run run = scan({"scan", path});
        QCOMPARE(run.exitCode, 1);
        QCOMPARE(run.json.value("count").toInt(), 0);
        QCOMPARE(run.json.value("codes").toArray().size(), 0);
    }

    void badFiles()
    {
        const Run missing = scan({"scan", m_dir.filePath("missing.png")});
        QCOMPARE(missing.exitCode, 2);
        QCOMPARE(missing.json.value("error").toObject().value("code").toString(),
                 QStringLiteral("not-found"));
        QVERIFY(missing.err.contains("missing.png"));

        const QString text = m_dir.filePath("notes.png");
        QFile f(text);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("not an image");
        f.close();
        const Run notImage = scan({"scan", text});
        QCOMPARE(notImage.exitCode, 2);
        QCOMPARE(notImage.json.value("error").toObject().value("code").toString(),
                 QStringLiteral("corrupt"));

        const Run noFile = scan({"scan"});
        QCOMPARE(noFile.exitCode, 2);
        QVERIFY(noFile.err.contains("scan"));
        const Run extra = scan({"scan", text, "more"});
        QCOMPARE(extra.exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(TestScanCommand)
#include "tst_scan_command.moc"
