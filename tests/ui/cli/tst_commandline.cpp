#include "CommandLineOptions.h"

#include <QTemporaryDir>
#include <QTest>

using teahouse::Error;
using teahouse::app::CommandLineOptions;
using teahouse::app::parseCommandLine;
using teahouse::app::readPassphrase;

namespace {

teahouse::Result<CommandLineOptions> parse(QStringList args, QProcessEnvironment env = {})
{
    args.prepend(QStringLiteral("teahouse"));
    return parseCommandLine(args, env);
}

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write(bytes);
    return path;
}

} // namespace

class TestCommandLine : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void defaults()
    {
        const auto parsed = parse({});
        QVERIFY(parsed.ok());
        QVERIFY(parsed->profileDir.isEmpty());
        QVERIFY(parsed->passphraseFile.isEmpty());
        QVERIFY(parsed->passphraseFromEnvironment.isEmpty());
        QVERIFY(parsed->language.isEmpty());
        QCOMPARE(parsed->careMode, false);
        QVERIFY(!parsed->scalePercent.has_value());
        QVERIFY(parsed->screenshotTourDir.isEmpty());
        QCOMPARE(parsed->showVersion, false);
        QCOMPARE(parsed->showHelp, false);
    }

    void everyOption()
    {
        QProcessEnvironment env;
        env.insert("TEAHOUSE_PASSPHRASE", "from env");
        const auto parsed =
            parse({"--profile", "/tmp/p", "--passphrase-file", "/tmp/pass", "--lang", "zh_CN",
                   "--care-mode", "--scale", "150", "--screenshot-tour", "out/demo"},
                  env);
        QVERIFY2(parsed.ok(), qPrintable(parsed.ok() ? QString() : parsed.error().message));
        QCOMPARE(parsed->profileDir, "/tmp/p");
        QCOMPARE(parsed->passphraseFile, "/tmp/pass");
        QCOMPARE(parsed->passphraseFromEnvironment, "from env");
        QCOMPARE(parsed->language, "zh_CN");
        QCOMPARE(parsed->careMode, true);
        QCOMPARE(parsed->scalePercent.value_or(0), 150);
        QCOMPARE(parsed->screenshotTourDir, "out/demo");
    }

    void equalsSyntax()
    {
        const auto parsed = parse({"--scale=120", "--lang=en"});
        QVERIFY(parsed.ok());
        QCOMPARE(parsed->scalePercent.value_or(0), 120);
        QCOMPARE(parsed->language, "en");
    }

    void languages_data()
    {
        QTest::addColumn<QString>("given");
        QTest::addColumn<QString>("expected");
        QTest::newRow("en") << "en"
                            << "en";
        QTest::newRow("en_US") << "en_US"
                               << "en";
        QTest::newRow("zh") << "zh"
                            << "zh_CN";
        QTest::newRow("zh-CN") << "zh-CN"
                               << "zh_CN";
        QTest::newRow("zh_CN") << "zh_CN"
                               << "zh_CN";
        QTest::newRow("ZH_cn") << "ZH_cn"
                               << "zh_CN";
        QTest::newRow("french") << "fr"
                                << "";
        QTest::newRow("traditional") << "zh_TW"
                                     << "zh_TW";
        QTest::newRow("zh-Hant") << "zh-Hant"
                                 << "zh_TW";
        QTest::newRow("cantonese") << "yue"
                                   << "";
        QTest::newRow("empty") << ""
                               << "";
    }

    void languages()
    {
        QFETCH(QString, given);
        QFETCH(QString, expected);
        const auto parsed = parse({"--lang", given});
        if (expected.isEmpty()) {
            QVERIFY(!parsed.ok());
            QCOMPARE(parsed.error().code, Error::Code::InvalidArgument);
            QVERIFY(parsed.error().message.contains(given));
        } else {
            QVERIFY(parsed.ok());
            QCOMPARE(parsed->language, expected);
        }
    }

    void scale_data()
    {
        QTest::addColumn<QString>("given");
        QTest::addColumn<int>("expected"); // 0: rejected
        QTest::newRow("100") << "100" << 100;
        QTest::newRow("200") << "200" << 200;
        QTest::newRow("percent sign") << "175%" << 175;
        QTest::newRow("below") << "99" << 0;
        QTest::newRow("above") << "201" << 0;
        QTest::newRow("fraction") << "1.5" << 0;
        QTest::newRow("word") << "big" << 0;
    }

    void scale()
    {
        QFETCH(QString, given);
        QFETCH(int, expected);
        const auto parsed = parse({"--scale", given});
        if (expected == 0) {
            QVERIFY(!parsed.ok());
            QCOMPARE(parsed.error().code, Error::Code::InvalidArgument);
            QVERIFY(parsed.error().message.contains(given));
        } else {
            QVERIFY(parsed.ok());
            QCOMPARE(parsed->scalePercent.value_or(0), expected);
        }
    }

    void versionAndHelp()
    {
        const auto version = parse({"--version"});
        QVERIFY(version.ok());
        QVERIFY(version->showVersion);
        const auto help = parse({"--help"});
        QVERIFY(help.ok());
        QVERIFY(help->showHelp);
        for (const char *option : {"--profile", "--passphrase-file", "--lang", "--care-mode",
                                   "--scale", "--screenshot-tour", "--version"})
            QVERIFY2(help->helpText.contains(QLatin1String(option)), option);
    }

    void rejects_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("unknown option") << QStringList{"--frobnicate"};
        QTest::newRow("missing value") << QStringList{"--profile"};
        QTest::newRow("empty profile") << QStringList{"--profile", ""};
        QTest::newRow("empty tour dir") << QStringList{"--screenshot-tour", " "};
        QTest::newRow("positional") << QStringList{"stray"};
    }

    void rejects()
    {
        QFETCH(QStringList, args);
        const auto parsed = parse(args);
        QVERIFY(!parsed.ok());
        QCOMPARE(parsed.error().code, Error::Code::InvalidArgument);
        QVERIFY(!parsed.error().message.isEmpty());
    }

    void passphraseFromFile()
    {
        QTemporaryDir dir;
        CommandLineOptions options;
        options.passphraseFromEnvironment = "from env";

        options.passphraseFile = writeFile(dir, "lf", "correct horse battery\n");
        auto read = readPassphrase(options);
        QVERIFY(read.ok());
        QCOMPARE(read->value_or(QString()), "correct horse battery");

        options.passphraseFile = writeFile(dir, "crlf", "  spaced  \r\n");
        read = readPassphrase(options);
        QVERIFY(read.ok());
        QCOMPARE(read->value_or(QString()), "  spaced  ");

        options.passphraseFile = writeFile(dir, "utf8", "茶馆的口令");
        read = readPassphrase(options);
        QVERIFY(read.ok());
        QCOMPARE(read->value_or(QString()), QString::fromUtf8("茶馆的口令"));
    }

    void passphraseFileErrors()
    {
        QTemporaryDir dir;
        CommandLineOptions options;
        options.passphraseFile = dir.filePath("missing");
        auto read = readPassphrase(options);
        QVERIFY(!read.ok());
        QCOMPARE(read.error().code, Error::Code::Io);

        options.passphraseFile = writeFile(dir, "empty", "\n");
        read = readPassphrase(options);
        QVERIFY(!read.ok());
        QCOMPARE(read.error().code, Error::Code::InvalidArgument);

        options.passphraseFile = writeFile(dir, "huge", QByteArray(5000, 'x'));
        read = readPassphrase(options);
        QVERIFY(!read.ok());
        QCOMPARE(read.error().code, Error::Code::InvalidArgument);
    }

    void passphraseFromEnvironmentOrNone()
    {
        CommandLineOptions options;
        auto read = readPassphrase(options);
        QVERIFY(read.ok());
        QVERIFY(!read->has_value());

        options.passphraseFromEnvironment = "env secret";
        read = readPassphrase(options);
        QVERIFY(read.ok());
        QCOMPARE(read->value_or(QString()), "env secret");
    }
};

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
