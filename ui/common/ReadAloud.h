#pragma once

#include "SpeechEngine.h"

#include <QLocale>
#include <QObject>
#include <QQueue>
#include <QString>
#include <QtQml/qqmlregistration.h>
#include <functional>
#include <memory>

namespace teahouse::ui {

// Reads text aloud (care mode's speaker buttons, incoming messages) with a voice chosen by the
// text's language. One per app (a QML singleton, as Theme): a new speak() interrupts the
// current one, incoming messages queue up behind each other. The engine is made on first use,
// so a run that never speaks never loads a speech plugin or opens an audio device.
class ReadAloud : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON

    // A speech engine is installed (else speaker buttons hide).
    Q_PROPERTY(bool available READ available NOTIFY stateChanged)
    Q_PROPERTY(State state READ state NOTIFY stateChanged)
    Q_PROPERTY(bool speaking READ speaking NOTIFY stateChanged)
    // The text being read (or last read), exactly as handed to the engine.
    Q_PROPERTY(QString text READ text NOTIFY textChanged)
    // The voice's language for that text ("en_US", "zh_CN"); empty before the first text.
    Q_PROPERTY(QString language READ language NOTIFY textChanged)
    Q_PROPERTY(QString errorString READ errorString NOTIFY stateChanged)
    // Set from the preferences: read incoming messages as they arrive; quiet mode (nothing
    // speaks by itself then, only when asked to).
    Q_PROPERTY(bool readIncoming READ readIncoming WRITE setReadIncoming NOTIFY optionsChanged)
    Q_PROPERTY(bool quiet READ quiet WRITE setQuiet NOTIFY optionsChanged)
    // The UI language: the voice for text whose script does not tell its language (Latin).
    Q_PROPERTY(QString uiLanguage READ uiLanguage WRITE setUiLanguage NOTIFY optionsChanged)

public:
    // Unscoped so QML reads ReadAloud.Speaking.
    enum State
    {
        Idle,
        Speaking,
        Error,
    };
    Q_ENUM(State)

    using EngineFactory = std::function<std::unique_ptr<SpeechEngine>()>;

    // The default engine: the platform's QTextToSpeech engine, else flite.
    explicit ReadAloud(QObject *parent = nullptr);
    // Tests: an engine made by factory (called on first use).
    explicit ReadAloud(EngineFactory factory, QObject *parent = nullptr);
    ~ReadAloud() override;

    [[nodiscard]] bool available() const;
    [[nodiscard]] State state() const { return m_state; }
    [[nodiscard]] bool speaking() const { return m_state == Speaking; }
    [[nodiscard]] QString text() const { return m_text; }
    [[nodiscard]] QString language() const { return m_language; }
    [[nodiscard]] QString errorString() const { return m_error; }
    [[nodiscard]] bool readIncoming() const { return m_readIncoming; }
    void setReadIncoming(bool on);
    [[nodiscard]] bool quiet() const { return m_quiet; }
    void setQuiet(bool on);
    [[nodiscard]] QString uiLanguage() const { return m_uiLanguage.name(); }
    void setUiLanguage(const QString &language);
    // Tests: engines come from factory from now on (the current one, if any, is dropped).
    void setEngineFactory(EngineFactory factory);
    // The engine in use (made now if need be); null when none could be made.
    [[nodiscard]] SpeechEngine *engine();

    // Reads text now, interrupting whatever is being read. languageHint: the text's language
    // if known (xml:lang of a message), else empty. False when there is nothing to read or no
    // voice for its language (state() is Error then, errorString() says why).
    Q_INVOKABLE bool speak(const QString &text, const QString &languageHint = {});
    // speak(), or stop() when this very text is being read (a speaker button's click).
    Q_INVOKABLE void toggle(const QString &text, const QString &languageHint = {});
    Q_INVOKABLE void stop();
    // An incoming message: queued behind what is being read when the user asked for incoming
    // messages to be read and quiet mode is off; otherwise ignored. Returns whether queued.
    Q_INVOKABLE bool announceIncoming(const QString &senderName, const QString &text,
                                      const QString &languageHint = {});

Q_SIGNALS:
    void stateChanged();
    void textChanged();
    void optionsChanged();
    // Each utterance handed to the engine, with its voice's language.
    void started(const QString &text, const QString &language);
    void finished(const QString &text);
    void failed(const QString &text, const QString &error);

private:
    struct Utterance
    {
        QString text;
        QString hint;
    };

    bool start(const Utterance &utterance);
    void onEngineState(SpeechEngine::State state);
    void setState(State state, const QString &error = {});

    EngineFactory m_factory;
    std::unique_ptr<SpeechEngine> m_engine;
    bool m_mayHaveEngine = false;
    bool m_engineTried = false;
    QQueue<Utterance> m_queue;
    State m_state = Idle;
    QString m_text;
    QString m_language;
    QString m_error;
    bool m_readIncoming = false;
    bool m_quiet = false;
    QLocale m_uiLanguage;
};

} // namespace teahouse::ui
