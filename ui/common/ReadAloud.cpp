#include "ReadAloud.h"

#include "QtSpeechEngine.h"
#include "TextLanguage.h"
#include "base/Logging.h"

#include <QTextToSpeech>

namespace teahouse::ui {

namespace {

std::unique_ptr<SpeechEngine> makeDefaultEngine()
{
    const QStringList engines = QTextToSpeech::availableEngines();
    if (engines.isEmpty())
        return nullptr;
    // The platform's engine first (more voices: speech-dispatcher, SAPI, AVSpeech); flite is
    // English only. QTextToSpeech's own default prefers them in that order already.
    auto engine = std::make_unique<QtSpeechEngine>();
    if (engine->locales().isEmpty() && engines.contains(QStringLiteral("flite")))
        engine = std::make_unique<QtSpeechEngine>(QStringLiteral("flite"));
    return engine;
}

} // namespace

ReadAloud::ReadAloud(QObject *parent)
    : QObject(parent)
    , m_factory(&makeDefaultEngine)
    , m_mayHaveEngine(!QTextToSpeech::availableEngines().isEmpty())
{}

ReadAloud::ReadAloud(EngineFactory factory, QObject *parent)
    : QObject(parent)
    , m_factory(std::move(factory))
    , m_mayHaveEngine(bool(m_factory))
{}

ReadAloud::~ReadAloud() = default;

bool ReadAloud::available() const
{
    return m_engineTried ? m_engine != nullptr : m_mayHaveEngine;
}

void ReadAloud::setReadIncoming(bool on)
{
    if (on == m_readIncoming)
        return;
    m_readIncoming = on;
    Q_EMIT optionsChanged();
}

void ReadAloud::setQuiet(bool on)
{
    if (on == m_quiet)
        return;
    m_quiet = on;
    Q_EMIT optionsChanged();
}

void ReadAloud::setUiLanguage(const QString &language)
{
    const QLocale locale(language);
    if (locale == m_uiLanguage)
        return;
    m_uiLanguage = locale;
    Q_EMIT optionsChanged();
}

void ReadAloud::setEngineFactory(EngineFactory factory)
{
    m_queue.clear();
    if (m_engine) {
        const QSignalBlocker blocker(m_engine.get());
        m_engine->stop();
    }
    m_engine.reset();
    m_engineTried = false;
    m_factory = std::move(factory);
    m_mayHaveEngine = bool(m_factory);
    setState(Idle);
    Q_EMIT stateChanged();
}

SpeechEngine *ReadAloud::engine()
{
    if (!m_engineTried) {
        m_engineTried = true;
        if (m_factory)
            m_engine = m_factory();
        if (m_engine) {
            connect(m_engine.get(), &SpeechEngine::stateChanged, this, &ReadAloud::onEngineState);
            qCInfo(lcUi) << "read aloud: engine" << m_engine->name() << "voices for"
                         << m_engine->locales();
        } else {
            qCInfo(lcUi) << "read aloud: no speech engine installed";
        }
    }
    return m_engine.get();
}

bool ReadAloud::speak(const QString &text, const QString &languageHint)
{
    m_queue.clear();
    if (m_engine && m_engine->state() == SpeechEngine::State::Speaking) {
        const QString interrupted = m_text;
        // Quietly: the interrupted text is not "finished".
        const QSignalBlocker blocker(m_engine.get());
        m_engine->stop();
        Q_EMIT finished(interrupted);
    }
    return start({text, languageHint});
}

void ReadAloud::toggle(const QString &text, const QString &languageHint)
{
    if (speaking() && m_text == text.trimmed())
        stop();
    else
        speak(text, languageHint);
}

void ReadAloud::stop()
{
    m_queue.clear();
    if (!m_engine || m_state != State::Speaking)
        return;
    const QSignalBlocker blocker(m_engine.get());
    m_engine->stop();
    setState(State::Idle);
    Q_EMIT finished(m_text);
}

bool ReadAloud::announceIncoming(const QString &senderName, const QString &text,
                                 const QString &languageHint)
{
    if (!m_readIncoming || m_quiet || text.trimmed().isEmpty())
        return false;
    // Who it is from, in the UI language, then the message in its own language.
    if (!senderName.trimmed().isEmpty())
        m_queue.enqueue({tr("Message from %1").arg(senderName.trimmed()), m_uiLanguage.name()});
    m_queue.enqueue({text, languageHint});
    if (m_state != State::Speaking)
        start(m_queue.dequeue());
    return true;
}

bool ReadAloud::start(const Utterance &utterance)
{
    const QString text = utterance.text.trimmed();
    if (text.isEmpty())
        return false;
    SpeechEngine *speech = engine();
    m_text = text;
    if (!speech) {
        m_language.clear();
        Q_EMIT textChanged();
        setState(State::Error, tr("No speech engine is installed on this computer."));
        Q_EMIT failed(text, m_error);
        return false;
    }
    const QLocale language = TextLanguage::guess(text, utterance.hint, m_uiLanguage);
    const QLocale voice = TextLanguage::bestVoiceLocale(language, speech->locales());
    if (voice == QLocale::c()) {
        m_language = language.name();
        Q_EMIT textChanged();
        setState(State::Error,
                 tr("There is no voice for %1 on this computer.")
                     .arg(language.nativeLanguageName().isEmpty() ? language.name()
                                                                  : language.nativeLanguageName()));
        Q_EMIT failed(text, m_error);
        return false;
    }
    m_language = voice.name();
    Q_EMIT textChanged();
    setState(State::Speaking);
    Q_EMIT started(text, m_language);
    speech->say(text, voice);
    return true;
}

void ReadAloud::onEngineState(SpeechEngine::State state)
{
    switch (state) {
    case SpeechEngine::State::Speaking:
        setState(State::Speaking);
        break;
    case SpeechEngine::State::Ready:
        if (m_state != State::Speaking)
            break;
        Q_EMIT finished(m_text);
        if (!m_queue.isEmpty() && start(m_queue.dequeue()))
            break;
        setState(State::Idle);
        break;
    case SpeechEngine::State::Error: {
        m_queue.clear();
        const QString why =
            m_engine->errorString().isEmpty()
                ? tr("The text could not be read aloud.")
                : tr("The text could not be read aloud: %1").arg(m_engine->errorString());
        setState(State::Error, why);
        Q_EMIT failed(m_text, why);
        break;
    }
    }
}

void ReadAloud::setState(State state, const QString &error)
{
    if (state == m_state && error == m_error)
        return;
    m_state = state;
    m_error = error;
    Q_EMIT stateChanged();
}

} // namespace teahouse::ui
