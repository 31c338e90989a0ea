#pragma once

#include "SpeechEngine.h"

#include <QTextToSpeech>
#include <memory>

namespace teahouse::ui {

// SpeechEngine on QtTextToSpeech: the platform's engine (speech-dispatcher, SAPI, AVSpeech) or
// flite, Qt's offline engine on Linux.
class QtSpeechEngine : public SpeechEngine
{
    Q_OBJECT
public:
    // engineName: a QTextToSpeech plugin ("flite", "speechd", ...); empty: the default one.
    explicit QtSpeechEngine(const QString &engineName = {}, QObject *parent = nullptr);
    ~QtSpeechEngine() override;

    [[nodiscard]] QString name() const override;
    [[nodiscard]] QList<QLocale> locales() const override;
    void say(const QString &text, const QLocale &locale) override;
    void stop() override;
    [[nodiscard]] State state() const override { return m_state; }
    [[nodiscard]] QString errorString() const override { return m_error; }

private:
    void onStateChanged(QTextToSpeech::State state);
    void setState(State state);

    std::unique_ptr<QTextToSpeech> m_speech;
    State m_state = State::Ready;
    QString m_error;
    // An utterance we asked for is under way (not stopped since).
    bool m_active = false;
    // The engine said Speaking for it (its Ready then means it ended).
    bool m_started = false;
};

} // namespace teahouse::ui
