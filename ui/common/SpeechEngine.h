#pragma once

#include <QList>
#include <QLocale>
#include <QObject>
#include <QString>

namespace teahouse::ui {

// What ReadAloud needs from a text-to-speech engine: speak one text in one language, stop, and
// say when it is done. QtSpeechEngine wraps QTextToSpeech; tests put a scripted engine here.
class SpeechEngine : public QObject
{
    Q_OBJECT
public:
    enum class State
    {
        Ready,    // nothing being spoken
        Speaking, // an utterance is being synthesised or played
        Error,    // the last utterance failed (errorString() says why)
    };
    Q_ENUM(State)

    using QObject::QObject;

    [[nodiscard]] virtual QString name() const = 0;
    // The languages it has voices for.
    [[nodiscard]] virtual QList<QLocale> locales() const = 0;
    // Speaks text with a voice for locale (one of locales()).
    virtual void say(const QString &text, const QLocale &locale) = 0;
    virtual void stop() = 0;
    [[nodiscard]] virtual State state() const = 0;
    [[nodiscard]] virtual QString errorString() const = 0;

Q_SIGNALS:
    void stateChanged(teahouse::ui::SpeechEngine::State state);
};

} // namespace teahouse::ui
