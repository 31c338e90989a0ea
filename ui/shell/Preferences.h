#pragma once

#include <QObject>
#include <QSettings>
#include <QString>
#include <QStringList>
#include <QtQml/qqmlregistration.h>

namespace teahouse::ui {

// The user's UI preferences (language override, care mode, text size, quiet mode, reading
// incoming messages aloud, whether care mode was offered), kept in an INI file in the profile.
// Only non-secret UI settings belong here: never passwords, keys or content.
class Preferences : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Preferences are created by the app")

    // "" follows the system language; otherwise one of supportedLanguages().
    Q_PROPERTY(QString language READ language WRITE setLanguage NOTIFY languageChanged)
    Q_PROPERTY(bool careMode READ careMode WRITE setCareMode NOTIFY careModeChanged)
    Q_PROPERTY(int scalePercent READ scalePercent WRITE setScalePercent NOTIFY scalePercentChanged)
    Q_PROPERTY(int minimumScalePercent READ minimumScalePercent NOTIFY careModeChanged)
    Q_PROPERTY(int maximumScalePercent READ maximumScalePercent CONSTANT)
    // No sounds: notifications stay silent and nothing is read aloud unless asked for.
    Q_PROPERTY(bool quietMode READ quietMode WRITE setQuietMode NOTIFY quietModeChanged)
    // Read incoming messages aloud as they arrive (ReadAloud.announceIncoming).
    Q_PROPERTY(bool readIncomingAloud READ readIncomingAloud WRITE setReadIncomingAloud NOTIFY
                   readIncomingAloudChanged)
    // The one-time "use care mode?" question is due: enabled for this run (an interactive
    // start), never answered in this profile, and care mode is off.
    Q_PROPERTY(bool careModeOfferPending READ careModeOfferPending NOTIFY careModeOfferChanged)

public:
    static constexpr int lowestScalePercent = 100;
    static constexpr int highestScalePercent = 200;
    static constexpr int careDefaultScalePercent = 150;

    // settingsFile is an INI file; it is created on the first change.
    explicit Preferences(const QString &settingsFile, QObject *parent = nullptr);

    [[nodiscard]] static QStringList supportedLanguages();

    [[nodiscard]] QString language() const { return m_language; }
    void setLanguage(const QString &language);
    [[nodiscard]] bool careMode() const { return m_careMode; }
    void setCareMode(bool careMode);
    [[nodiscard]] int scalePercent() const { return m_scalePercent; }
    void setScalePercent(int percent);
    [[nodiscard]] int minimumScalePercent() const;
    [[nodiscard]] int maximumScalePercent() const { return highestScalePercent; }
    [[nodiscard]] bool quietMode() const { return m_quietMode; }
    void setQuietMode(bool quiet);
    [[nodiscard]] bool readIncomingAloud() const { return m_readIncomingAloud; }
    void setReadIncomingAloud(bool read);

    // The text size the system asks for (its font size against ours) applies while the user
    // has not chosen one in Settings; it is not saved, so a later system change is followed.
    void useSystemScalePercent(int percent);
    // The app's interactive starts ask once whether to use care mode (not the screenshot
    // tour, scripts or tests, where nobody would answer).
    void enableCareModeOffer();
    [[nodiscard]] bool careModeOfferPending() const;
    // The answer: accept turns care mode on (saved); either way the question is not asked again.
    Q_INVOKABLE void answerCareModeOffer(bool accept);

    // Values for this run only (from the command line): applied, but not written to the file.
    void overrideLanguage(const QString &language);
    void overrideCareMode(bool careMode);
    void overrideScalePercent(int percent);

Q_SIGNALS:
    void languageChanged();
    void careModeChanged();
    void scalePercentChanged();
    void quietModeChanged();
    void readIncomingAloudChanged();
    void careModeOfferChanged();

private:
    enum class Persist
    {
        Yes,
        No
    };
    void applyLanguage(const QString &language, Persist persist);
    void applyCareMode(bool careMode, Persist persist);
    void applyScalePercent(int percent, Persist persist);

    QSettings m_settings;
    QString m_language;
    bool m_careMode = false;
    int m_scalePercent = lowestScalePercent;
    bool m_scaleChosen = false; // saved in the file, or given on the command line
    bool m_quietMode = false;
    bool m_readIncomingAloud = false;
    bool m_careOfferEnabled = false;
    bool m_careOfferAnswered = false;
    // The text size before care mode raised it to its floor (0: care mode did not raise it,
    // or the user chose a size since): turning care mode off goes back to it.
    int m_scaleBeforeCare = 0;
};

} // namespace teahouse::ui
