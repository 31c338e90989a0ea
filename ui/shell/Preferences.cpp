#include "Preferences.h"

#include <algorithm>

namespace teahouse::ui {

namespace {
const QString languageKey = QStringLiteral("ui/language");
const QString careModeKey = QStringLiteral("ui/careMode");
const QString scaleKey = QStringLiteral("ui/scalePercent");
const QString quietKey = QStringLiteral("ui/quietMode");
const QString readIncomingKey = QStringLiteral("ui/readIncomingAloud");
const QString careOfferKey = QStringLiteral("ui/careModeOffered");
const QString scaleBeforeCareKey = QStringLiteral("ui/scaleBeforeCareMode");
} // namespace

Preferences::Preferences(const QString &settingsFile, QObject *parent)
    : QObject(parent)
    , m_settings(settingsFile, QSettings::IniFormat)
{
    const QString language = m_settings.value(languageKey).toString();
    m_language = supportedLanguages().contains(language) ? language : QString();
    m_careMode = m_settings.value(careModeKey, false).toBool();
    m_scaleChosen = m_settings.contains(scaleKey);
    m_scalePercent = std::clamp(m_settings.value(scaleKey, lowestScalePercent).toInt(),
                                minimumScalePercent(), highestScalePercent);
    m_quietMode = m_settings.value(quietKey, false).toBool();
    m_readIncomingAloud = m_settings.value(readIncomingKey, false).toBool();
    m_careOfferAnswered = m_settings.value(careOfferKey, false).toBool();
    m_scaleBeforeCare = m_careMode ? m_settings.value(scaleBeforeCareKey, 0).toInt() : 0;
}

void Preferences::setQuietMode(bool quiet)
{
    m_settings.setValue(quietKey, quiet);
    if (quiet == m_quietMode)
        return;
    m_quietMode = quiet;
    Q_EMIT quietModeChanged();
}

void Preferences::setReadIncomingAloud(bool read)
{
    m_settings.setValue(readIncomingKey, read);
    if (read == m_readIncomingAloud)
        return;
    m_readIncomingAloud = read;
    Q_EMIT readIncomingAloudChanged();
}

void Preferences::useSystemScalePercent(int percent)
{
    if (m_scaleChosen)
        return;
    applyScalePercent(percent, Persist::No);
}

void Preferences::enableCareModeOffer()
{
    if (m_careOfferEnabled)
        return;
    m_careOfferEnabled = true;
    Q_EMIT careModeOfferChanged();
}

bool Preferences::careModeOfferPending() const
{
    return m_careOfferEnabled && !m_careOfferAnswered && !m_careMode;
}

void Preferences::answerCareModeOffer(bool accept)
{
    m_settings.setValue(careOfferKey, true);
    const bool wasPending = careModeOfferPending();
    m_careOfferAnswered = true;
    if (accept)
        setCareMode(true);
    if (wasPending)
        Q_EMIT careModeOfferChanged();
}

QStringList Preferences::supportedLanguages()
{
    return {QStringLiteral("en"), QStringLiteral("zh_CN"), QStringLiteral("zh_TW")};
}

void Preferences::setLanguage(const QString &language)
{
    applyLanguage(language, Persist::Yes);
}

void Preferences::setCareMode(bool careMode)
{
    applyCareMode(careMode, Persist::Yes);
}

void Preferences::setScalePercent(int percent)
{
    applyScalePercent(percent, Persist::Yes);
}

int Preferences::minimumScalePercent() const
{
    return m_careMode ? careDefaultScalePercent : lowestScalePercent;
}

void Preferences::overrideLanguage(const QString &language)
{
    applyLanguage(language, Persist::No);
}

void Preferences::overrideCareMode(bool careMode)
{
    applyCareMode(careMode, Persist::No);
}

void Preferences::overrideScalePercent(int percent)
{
    m_scaleChosen = true;
    applyScalePercent(percent, Persist::No);
}

void Preferences::applyLanguage(const QString &language, Persist persist)
{
    const QString value = supportedLanguages().contains(language) ? language : QString();
    if (persist == Persist::Yes)
        m_settings.setValue(languageKey, value);
    if (value == m_language)
        return;
    m_language = value;
    Q_EMIT languageChanged();
}

void Preferences::applyCareMode(bool careMode, Persist persist)
{
    if (persist == Persist::Yes)
        m_settings.setValue(careModeKey, careMode);
    if (careMode == m_careMode)
        return;
    const bool offerWasPending = careModeOfferPending();
    m_careMode = careMode;
    Q_EMIT careModeChanged();
    if (offerWasPending != careModeOfferPending())
        Q_EMIT careModeOfferChanged();
    // Care mode starts at 150 % text; a larger size the user already chose is kept. Turning it
    // off again goes back to the size it replaced, unless the user chose another one since.
    if (careMode && m_scalePercent < minimumScalePercent()) {
        const int before = m_scalePercent;
        applyScalePercent(minimumScalePercent(), persist);
        m_scaleBeforeCare = before;
    } else if (!careMode && m_scaleBeforeCare > 0) {
        const int before = m_scaleBeforeCare;
        applyScalePercent(before, persist);
        m_scaleBeforeCare = 0;
    }
    if (persist == Persist::Yes)
        m_settings.setValue(scaleBeforeCareKey, m_scaleBeforeCare);
}

void Preferences::applyScalePercent(int percent, Persist persist)
{
    percent = std::clamp(percent, minimumScalePercent(), highestScalePercent);
    if (persist == Persist::Yes) {
        m_settings.setValue(scaleKey, percent);
        m_scaleChosen = true;
    }
    // A size set while care mode is on is the user's: keep it when care mode goes off (the
    // care-mode switch sets m_scaleBeforeCare again right after its own call).
    m_scaleBeforeCare = 0;
    if (percent == m_scalePercent)
        return;
    m_scalePercent = percent;
    Q_EMIT scalePercentChanged();
}

} // namespace teahouse::ui
