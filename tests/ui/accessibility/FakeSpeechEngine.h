#pragma once

#include "common/SpeechEngine.h"

#include <QStringList>

// A speech engine the test drives: records what it was asked to say and in which language,
// and finishes or fails an utterance when told to.
class FakeSpeechEngine : public teahouse::ui::SpeechEngine
{
    Q_OBJECT
public:
    explicit FakeSpeechEngine(QList<QLocale> locales, QObject *parent = nullptr)
        : SpeechEngine(parent)
        , m_locales(std::move(locales))
    {}

    QString name() const override { return QStringLiteral("fake"); }
    QList<QLocale> locales() const override { return m_locales; }
    void say(const QString &text, const QLocale &locale) override
    {
        said.append(text);
        voices.append(locale.name());
        set(State::Speaking);
    }
    void stop() override
    {
        ++stops;
        set(State::Ready);
    }
    State state() const override { return m_state; }
    QString errorString() const override { return m_error; }

    void finish() { set(State::Ready); }
    void fail(const QString &why)
    {
        m_error = why;
        set(State::Error);
    }

    QStringList said;
    QStringList voices;
    int stops = 0;

private:
    void set(State state)
    {
        if (state == m_state)
            return;
        m_state = state;
        Q_EMIT stateChanged(state);
    }

    QList<QLocale> m_locales;
    State m_state = State::Ready;
    QString m_error;
};
