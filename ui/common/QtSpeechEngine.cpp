#include "QtSpeechEngine.h"

#include "base/Logging.h"

#include <QCoreApplication>
#include <QThread>
#include <QVoice>

namespace teahouse::ui {

QtSpeechEngine::QtSpeechEngine(const QString &engineName, QObject *parent)
    : SpeechEngine(parent)
    , m_speech(engineName.isEmpty() ? std::make_unique<QTextToSpeech>()
                                    : std::make_unique<QTextToSpeech>(engineName))
{
    connect(m_speech.get(), &QTextToSpeech::stateChanged, this, &QtSpeechEngine::onStateChanged);
    connect(m_speech.get(), &QTextToSpeech::errorOccurred, this,
            [this](QTextToSpeech::ErrorReason, const QString &message) {
                m_error = message;
                qCInfo(lcUi) << "read aloud:" << message;
            });
    if (m_speech->state() == QTextToSpeech::Error)
        m_error = m_speech->errorString();
}

QtSpeechEngine::~QtSpeechEngine()
{
    // Qt 6.4's flite engine crashes when destroyed in the middle of an utterance: stop it and
    // give its thread a moment to wind down.
    if (m_speech->state() == QTextToSpeech::Speaking) {
        m_speech->stop();
        for (int i = 0; i < 50 && m_speech->state() == QTextToSpeech::Speaking; ++i) {
            QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
            QThread::msleep(10);
        }
    }
}

QString QtSpeechEngine::name() const
{
    return m_speech->engine();
}

QList<QLocale> QtSpeechEngine::locales() const
{
    return m_speech->availableLocales();
}

void QtSpeechEngine::say(const QString &text, const QLocale &locale)
{
    if (m_speech->locale() != locale)
        m_speech->setLocale(locale);
    m_error.clear();
    m_active = true;
    m_started = false;
    // Reported at once: the engine's own Speaking may come late (synthesis first) or, when
    // there is no audio output, never.
    setState(State::Speaking);
    m_speech->say(text);
}

void QtSpeechEngine::stop()
{
    m_active = false;
    m_speech->stop();
    setState(State::Ready);
}

void QtSpeechEngine::onStateChanged(QTextToSpeech::State state)
{
    switch (state) {
    case QTextToSpeech::Speaking:
        // flite may still start playing what it was synthesising when stop() came: stop again.
        if (!m_active) {
            m_speech->stop();
            break;
        }
        m_started = true;
        setState(State::Speaking);
        break;
    case QTextToSpeech::Ready:
        // A late Ready of a stopped utterance is not the end of the one just begun.
        if (m_active && !m_started)
            break;
        m_active = false;
        setState(State::Ready);
        break;
    case QTextToSpeech::Paused:
        break;
    case QTextToSpeech::Error:
        m_active = false;
        if (m_error.isEmpty())
            m_error = m_speech->errorString();
        setState(State::Error);
        break;
    }
}

void QtSpeechEngine::setState(State state)
{
    if (state == m_state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

} // namespace teahouse::ui
