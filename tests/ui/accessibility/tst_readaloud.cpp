// Read aloud: the voice's language from the text, ReadAloud's states (idle → speaking → idle,
// interrupting, stopping, errors, incoming messages queued and filtered by the options), the
// SpeakButton a message shows, and the real offline engine (flite): the text it is handed is
// the message's text and the state goes through its transitions.
#include "FakeSpeechEngine.h"
#include "common/IconProvider.h"
#include "common/QtSpeechEngine.h"
#include "common/ReadAloud.h"
#include "common/TextLanguage.h"

#include <QAccessible>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QQmlComponent>
#include <QQmlEngine>
#include <QQmlExtensionPlugin>
#include <QQuickItem>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextToSpeech>

Q_IMPORT_QML_PLUGIN(Teahouse_UiPlugin)

using teahouse::ui::IconProvider;
using teahouse::ui::QtSpeechEngine;
using teahouse::ui::ReadAloud;
using teahouse::ui::SpeechEngine;
using teahouse::ui::TextLanguage;

namespace {

const QList<QLocale> englishAndChinese = {QLocale(QLocale::English, QLocale::UnitedStates),
                                          QLocale(QLocale::Chinese, QLocale::China)};

QString stateName(ReadAloud::State state)
{
    switch (state) {
    case ReadAloud::Idle:
        return QStringLiteral("idle");
    case ReadAloud::Speaking:
        return QStringLiteral("speaking");
    case ReadAloud::Error:
        return QStringLiteral("error");
    }
    return {};
}

// A private PulseAudio server with a null sink (nothing is heard; the samples can be recorded
// from its monitor), so flite has an audio device on a headless machine. Started only when
// the pulseaudio program is installed; stopped with the test.
class PrivateAudio
{
public:
    bool start()
    {
        const QString program = QStandardPaths::findExecutable(QStringLiteral("pulseaudio"));
        if (program.isEmpty() || !m_dir.isValid())
            return false;
        m_socket = m_dir.filePath(QStringLiteral("native"));
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_RUNTIME_DIR"), m_dir.path());
        env.insert(QStringLiteral("HOME"), m_dir.path());
        m_server.setProcessEnvironment(env);
        m_server.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        m_server.start(program,
                       {QStringLiteral("-n"), QStringLiteral("--daemonize=no"),
                        QStringLiteral("--exit-idle-time=-1"), QStringLiteral("--use-pid-file=no"),
                        QStringLiteral("--log-level=error"),
                        QStringLiteral("--load=module-null-sink sink_name=teahouse"),
                        QStringLiteral("--load=module-native-protocol-unix socket=%1 "
                                       "auth-anonymous=1")
                            .arg(m_socket)});
        if (!m_server.waitForStarted(5000))
            return false;
        for (int i = 0; i < 100 && !QFile::exists(m_socket); ++i)
            QTest::qWait(50);
        if (!QFile::exists(m_socket))
            return false;
        // Read by QtMultimedia when it first connects, which is after this.
        qputenv("PULSE_SERVER", QByteArray("unix:") + m_socket.toUtf8());
        return true;
    }

    // Records what is played to the null sink until stopRecording().
    bool startRecording()
    {
        const QString parec = QStandardPaths::findExecutable(QStringLiteral("parec"));
        if (parec.isEmpty())
            return false;
        m_recording.setStandardOutputFile(m_dir.filePath(QStringLiteral("out.raw")));
        m_recording.start(parec, {QStringLiteral("--server=unix:") + m_socket,
                                  QStringLiteral("--device=teahouse.monitor"),
                                  QStringLiteral("--format=s16le"), QStringLiteral("--rate=16000"),
                                  QStringLiteral("--channels=1"), QStringLiteral("--raw")});
        return m_recording.waitForStarted(5000);
    }

    // The loudest sample recorded (0 = silence).
    int stopRecording()
    {
        m_recording.terminate();
        m_recording.waitForFinished(5000);
        QFile file(m_dir.filePath(QStringLiteral("out.raw")));
        if (!file.open(QIODevice::ReadOnly))
            return 0;
        const QByteArray raw = file.readAll();
        int peak = 0;
        for (qsizetype i = 0; i + 1 < raw.size(); i += 2) {
            const qint16 sample = qint16(quint8(raw[i]) | (quint8(raw[i + 1]) << 8));
            peak = std::max(peak, std::abs(int(sample)));
        }
        return peak;
    }

    ~PrivateAudio()
    {
        m_recording.kill();
        m_recording.waitForFinished(2000);
        m_server.terminate();
        if (!m_server.waitForFinished(3000)) {
            m_server.kill();
            m_server.waitForFinished(2000);
        }
    }

private:
    QTemporaryDir m_dir;
    QString m_socket;
    QProcess m_server;
    QProcess m_recording;
};

} // namespace

class TestReadAloud : public QObject
{
    Q_OBJECT

private:
    FakeSpeechEngine *m_fake = nullptr;
    std::unique_ptr<PrivateAudio> m_audio;
    bool m_haveAudio = false;

    std::unique_ptr<ReadAloud> makeReader(QList<QLocale> locales = englishAndChinese)
    {
        auto reader = std::make_unique<ReadAloud>([this, locales] {
            auto engine = std::make_unique<FakeSpeechEngine>(locales);
            m_fake = engine.get();
            return engine;
        });
        reader->setUiLanguage(QStringLiteral("en_US"));
        return reader;
    }

    // Every state change of reader, as names.
    static void trace(ReadAloud &reader, QStringList &states)
    {
        QObject::connect(&reader, &ReadAloud::stateChanged, &reader,
                         [&reader, &states] { states << stateName(reader.state()); });
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_audio = std::make_unique<PrivateAudio>();
        m_haveAudio = m_audio->start();
        if (!m_haveAudio)
            qInfo("no pulseaudio program: flite will have no audio device to speak to");
    }

    void cleanupTestCase() { m_audio.reset(); }

    void init() { m_fake = nullptr; }

    void languageOfTheText_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("hint");
        QTest::addColumn<QString>("fallback");
        QTest::addColumn<QString>("expected");
        QTest::newRow("english") << "Tea is ready"
                                 << ""
                                 << "en_US"
                                 << "en_US";
        QTest::newRow("chinese") << "我们明天去医院"
                                 << ""
                                 << "en_US"
                                 << "zh_CN";
        QTest::newRow("chinese, traditional ui") << "我們明天去醫院"
                                                 << ""
                                                 << "zh_TW"
                                                 << "zh_TW";
        QTest::newRow("chinese, hint") << "明天见"
                                       << "zh_TW"
                                       << "en_US"
                                       << "zh_TW";
        QTest::newRow("japanese kana") << "こんにちは"
                                       << ""
                                       << "en_US"
                                       << "ja_JP";
        QTest::newRow("japanese kanji+kana") << "東京へ行きます"
                                             << ""
                                             << "zh_CN"
                                             << "ja_JP";
        QTest::newRow("korean") << "안녕하세요"
                                << ""
                                << "en_US"
                                << "ko_KR";
        QTest::newRow("russian") << "Привет, как дела?"
                                 << ""
                                 << "en_US"
                                 << "ru_RU";
        QTest::newRow("german by hint") << "Guten Tag"
                                        << "de"
                                        << "en_US"
                                        << "de_DE";
        // A hint that does not fit the script is ignored.
        QTest::newRow("wrong hint") << "我们明天见"
                                    << "de"
                                    << "en_US"
                                    << "zh_CN";
        // Latin text under a Chinese UI: English, not a Chinese voice spelling letters.
        QTest::newRow("latin, chinese ui") << "See you tomorrow"
                                           << ""
                                           << "zh_CN"
                                           << "en_US";
        QTest::newRow("mostly latin") << "Sample text: 你好, Teahouse"
                                      << ""
                                      << "en_US"
                                      << "en_US";
        QTest::newRow("no letters") << "12:30 !!"
                                    << ""
                                    << "zh_CN"
                                    << "en_US";
    }

    void languageOfTheText()
    {
        QFETCH(QString, text);
        QFETCH(QString, hint);
        QFETCH(QString, fallback);
        QFETCH(QString, expected);
        QCOMPARE(TextLanguage::guess(text, hint, QLocale(fallback)).name(), expected);
    }

    void voiceForALanguage()
    {
        const QList<QLocale> available = {QLocale(QLocale::English, QLocale::UnitedStates),
                                          QLocale(QLocale::English, QLocale::UnitedKingdom),
                                          QLocale(QLocale::Chinese, QLocale::China)};
        QCOMPARE(TextLanguage::bestVoiceLocale(QLocale("en_GB"), available).name(), "en_GB");
        QCOMPARE(TextLanguage::bestVoiceLocale(QLocale("en_AU"), available).name(), "en_US");
        QCOMPARE(TextLanguage::bestVoiceLocale(QLocale("zh_TW"), available).name(), "zh_CN");
        QCOMPARE(TextLanguage::bestVoiceLocale(QLocale("de_DE"), available), QLocale::c());
    }

    void speaksAndFinishes()
    {
        auto reader = makeReader();
        QStringList states;
        trace(*reader, states);
        QSignalSpy started(reader.get(), &ReadAloud::started);
        QSignalSpy finished(reader.get(), &ReadAloud::finished);
        QCOMPARE(reader->state(), ReadAloud::Idle);
        QVERIFY(reader->available());

        const QString message = QStringLiteral("  The doctor is at nine tomorrow.  ");
        QVERIFY(reader->speak(message));
        QCOMPARE(reader->state(), ReadAloud::Speaking);
        QVERIFY(reader->speaking());
        QCOMPARE(m_fake->said, QStringList{message.trimmed()});
        QCOMPARE(m_fake->voices, QStringList{"en_US"});
        QCOMPARE(reader->text(), message.trimmed());
        QCOMPARE(reader->language(), "en_US");
        QCOMPARE(started.size(), 1);
        QCOMPARE(started.at(0).at(0).toString(), message.trimmed());

        m_fake->finish();
        QCOMPARE(reader->state(), ReadAloud::Idle);
        QCOMPARE(finished.size(), 1);
        QCOMPARE(finished.at(0).at(0).toString(), message.trimmed());
        QCOMPARE(states, (QStringList{"speaking", "idle"}));
    }

    void chineseGetsAChineseVoice()
    {
        auto reader = makeReader();
        QVERIFY(reader->speak(QStringLiteral("我们明天去医院")));
        QCOMPARE(m_fake->voices, QStringList{"zh_CN"});
        QCOMPARE(reader->language(), "zh_CN");
    }

    void noVoiceForTheLanguage()
    {
        auto reader = makeReader({QLocale(QLocale::English, QLocale::UnitedStates)});
        QSignalSpy failed(reader.get(), &ReadAloud::failed);
        QVERIFY(!reader->speak(QStringLiteral("我们明天去医院")));
        QCOMPARE(reader->state(), ReadAloud::Error);
        QVERIFY(m_fake->said.isEmpty());
        QCOMPARE(failed.size(), 1);
        QVERIFY2(reader->errorString().contains("voice"), qPrintable(reader->errorString()));
        // English still works afterwards.
        QVERIFY(reader->speak(QStringLiteral("Hello")));
        QCOMPARE(reader->state(), ReadAloud::Speaking);
    }

    void newTextInterrupts()
    {
        auto reader = makeReader();
        QSignalSpy finished(reader.get(), &ReadAloud::finished);
        reader->speak(QStringLiteral("First message"));
        reader->speak(QStringLiteral("Second message"));
        QCOMPARE(m_fake->said, (QStringList{"First message", "Second message"}));
        QCOMPARE(m_fake->stops, 1);
        QCOMPARE(finished.size(), 1);
        QCOMPARE(finished.at(0).at(0).toString(), "First message");
        QCOMPARE(reader->text(), "Second message");
        QCOMPARE(reader->state(), ReadAloud::Speaking);
    }

    void toggleStopsTheSameText()
    {
        auto reader = makeReader();
        QStringList states;
        trace(*reader, states);
        reader->toggle(QStringLiteral("Lunch at noon"));
        QCOMPARE(reader->state(), ReadAloud::Speaking);
        reader->toggle(QStringLiteral("Lunch at noon"));
        QCOMPARE(reader->state(), ReadAloud::Idle);
        QCOMPARE(m_fake->stops, 1);
        QCOMPARE(states, (QStringList{"speaking", "idle"}));
        // Another text while one is read: switches to it.
        reader->toggle(QStringLiteral("Lunch at noon"));
        reader->toggle(QStringLiteral("Dinner at six"));
        QCOMPARE(reader->text(), "Dinner at six");
        QCOMPARE(reader->state(), ReadAloud::Speaking);
    }

    void engineErrorIsReported()
    {
        auto reader = makeReader();
        QStringList states;
        trace(*reader, states);
        QSignalSpy failed(reader.get(), &ReadAloud::failed);
        reader->speak(QStringLiteral("Hello"));
        m_fake->fail(QStringLiteral("No audio device available"));
        QCOMPARE(reader->state(), ReadAloud::Error);
        QVERIFY(reader->errorString().contains("No audio device available"));
        QCOMPARE(failed.size(), 1);
        QCOMPARE(states, (QStringList{"speaking", "error"}));
        // Nothing to read: refused, state untouched.
        QVERIFY(!reader->speak(QStringLiteral("   ")));
        QCOMPARE(reader->state(), ReadAloud::Error);
    }

    void incomingMessagesFollowTheOptions()
    {
        auto reader = makeReader();
        // Off by default.
        QVERIFY(!reader->announceIncoming(QStringLiteral("Zhang Wei"), QStringLiteral("Hi")));
        QVERIFY(m_fake == nullptr); // not even an engine was made

        reader->setReadIncoming(true);
        QVERIFY(reader->announceIncoming(QStringLiteral("Zhang Wei"),
                                         QStringLiteral("明天一起喝茶吗？")));
        QCOMPARE(m_fake->said, QStringList{"Message from Zhang Wei"});
        QCOMPARE(m_fake->voices, QStringList{"en_US"});
        // A second message while the first is read waits its turn.
        QVERIFY(reader->announceIncoming(QString(), QStringLiteral("See you")));
        QCOMPARE(m_fake->said.size(), 1);
        m_fake->finish();
        QCOMPARE(m_fake->said.last(), QString::fromUtf8("明天一起喝茶吗？"));
        QCOMPARE(m_fake->voices.last(), "zh_CN");
        m_fake->finish();
        QCOMPARE(m_fake->said.last(), "See you");
        m_fake->finish();
        QCOMPARE(reader->state(), ReadAloud::Idle);
        QCOMPARE(m_fake->said.size(), 3);

        // Quiet mode: nothing speaks by itself; a speaker button still works.
        reader->setQuiet(true);
        QVERIFY(!reader->announceIncoming(QStringLiteral("Bob"), QStringLiteral("Ping")));
        QCOMPARE(m_fake->said.size(), 3);
        QVERIFY(reader->speak(QStringLiteral("Ping")));
        QCOMPARE(m_fake->said.size(), 4);

        // A text the user asks for replaces the queue.
        reader->setQuiet(false);
        reader->announceIncoming(QString(), QStringLiteral("queued one"));
        reader->speak(QStringLiteral("Read this now"));
        m_fake->finish();
        QCOMPARE(reader->state(), ReadAloud::Idle);
        QVERIFY(!m_fake->said.contains("queued one"));
    }

    void speakButton()
    {
        QQmlEngine engine;
        engine.addImportPath(QStringLiteral("qrc:/qt/qml"));
        engine.addImageProvider(QString::fromLatin1(IconProvider::providerId), new IconProvider);
        QQmlComponent component(&engine);
        component.setData("import QtQuick\nimport Teahouse.Ui\n"
                          "SpeakButton { objectName: \"chat.message.speak\";"
                          " speechText: \"Tea at three\" }",
                          QUrl());
        std::unique_ptr<QObject> object(component.create());
        QVERIFY2(object, qPrintable(component.errorString()));
        auto *reader =
            engine.singletonInstance<ReadAloud *>(qmlTypeId("Teahouse.Ui", 1, 0, "ReadAloud"));
        QVERIFY(reader);
        reader->setEngineFactory([this] {
            auto fake = std::make_unique<FakeSpeechEngine>(englishAndChinese);
            m_fake = fake.get();
            return fake;
        });
        auto *button = qobject_cast<QQuickItem *>(object.get());
        QVERIFY(button);
        QVERIFY(button->isVisible());
        QVERIFY(button->isEnabled());
        QCOMPARE(button->property("text").toString(), "Read aloud");
        QVERIFY(button->width() >= 24 && button->height() >= 24);

        QVERIFY(QMetaObject::invokeMethod(button, "clicked"));
        QCOMPARE(m_fake->said, QStringList{"Tea at three"});
        QCOMPARE(button->property("reading").toBool(), true);
        QCOMPARE(button->property("text").toString(), "Stop reading");

        QVERIFY(QMetaObject::invokeMethod(button, "clicked"));
        QCOMPARE(reader->state(), ReadAloud::Idle);
        QCOMPARE(button->property("reading").toBool(), false);

        // A failure shows on the button and is told to screen readers.
        QVERIFY(QMetaObject::invokeMethod(button, "clicked"));
        m_fake->fail(QStringLiteral("No audio device available"));
        QCOMPARE(button->property("failed").toBool(), true);

        // No engine installed: the button hides itself.
        reader->setEngineFactory({});
        QVERIFY(!button->isVisible());
    }

    // The real offline engine, flite, speaking to a private PulseAudio null sink: the text it
    // is handed is the message's text, the state goes idle → speaking → idle, and sound came
    // out (recorded from the sink's monitor). Where pulseaudio is not installed there is no
    // audio device: then flite is still handed the text, and the state goes speaking → error
    // with Qt's audio-device message; that is checked instead and said.
    void fliteReadsTheMessage()
    {
        if (!QTextToSpeech::availableEngines().contains(QStringLiteral("flite")))
            QFAIL("the flite engine is missing: install qt6-speech-flite-plugin");
        ReadAloud reader([] { return std::make_unique<QtSpeechEngine>(QStringLiteral("flite")); });
        reader.setUiLanguage(QStringLiteral("en_US"));
        SpeechEngine *engine = reader.engine();
        QVERIFY(engine);
        QCOMPARE(engine->name(), "flite");
        QVERIFY(engine->locales().contains(QLocale(QLocale::English, QLocale::UnitedStates)));

        QStringList states;
        trace(reader, states);
        QSignalSpy started(&reader, &ReadAloud::started);
        QSignalSpy finished(&reader, &ReadAloud::finished);
        const bool recording = m_haveAudio && m_audio->startRecording();
        const QString message = QStringLiteral("Your tea is ready. See you at three o'clock.");
        QCOMPARE(reader.state(), ReadAloud::Idle);
        QVERIFY(reader.speak(message));
        QCOMPARE(started.size(), 1);
        QCOMPARE(started.at(0).at(0).toString(), message);
        QCOMPARE(started.at(0).at(1).toString(), "en_US");
        QCOMPARE(reader.text(), message);
        QCOMPARE(reader.state(), ReadAloud::Speaking);

        QTRY_VERIFY_WITH_TIMEOUT(reader.state() != ReadAloud::Speaking, 30000);
        QCOMPARE(states.first(), "speaking");
        if (m_haveAudio) {
            QVERIFY2(reader.state() == ReadAloud::Idle, qPrintable(reader.errorString()));
            QCOMPARE(states, (QStringList{"speaking", "idle"}));
            QCOMPARE(finished.size(), 1);
            QCOMPARE(finished.at(0).at(0).toString(), message);
            if (recording) {
                const int peak = m_audio->stopRecording();
                QVERIFY2(peak > 1000, qPrintable(QStringLiteral("peak %1").arg(peak)));
                qInfo("flite spoke the message: speaking → idle, peak sample %d", peak);
            }
        } else {
            QCOMPARE(reader.state(), ReadAloud::Error);
            QCOMPARE(states, (QStringList{"speaking", "error"}));
            QVERIFY2(reader.errorString().contains("audio", Qt::CaseInsensitive),
                     qPrintable(reader.errorString()));
            qInfo("no audio device: flite was handed the message and the state went speaking → "
                  "error (%s); sound output could not be checked",
                  qPrintable(reader.errorString()));
        }

        // Stopping in the middle goes back to idle at once.
        if (m_haveAudio) {
            QVERIFY(reader.speak(QStringLiteral("This is a long message that is stopped before "
                                                "it ends, because the reader pressed stop.")));
            QTest::qWait(200);
            reader.stop();
            QCOMPARE(reader.state(), ReadAloud::Idle);
            QTest::qWait(500);
            QCOMPARE(reader.state(), ReadAloud::Idle);
        }

        // flite has English voices only: Chinese is refused with a clear reason, not mumbled.
        QVERIFY(!reader.speak(QStringLiteral("我们明天去医院")));
        QCOMPARE(reader.state(), ReadAloud::Error);
        QVERIFY(reader.errorString().contains("voice"));
    }
};

QTEST_MAIN(TestReadAloud)
#include "tst_readaloud.moc"
