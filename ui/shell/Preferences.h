#pragma once

#include <QObject>
#include <QSettings>
#include <QString>
#include <QStringList>
#include <QtQml/qqmlregistration.h>

namespace teahouse::ui {

// The user's UI preferences (language override, care mode, text size), kept in an INI file in
// the profile. Only non-secret UI settings belong here: never passwords, keys or content.
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

    // Values for this run only (from the command line): applied, but not written to the file.
    void overrideLanguage(const QString &language);
    void overrideCareMode(bool careMode);
    void overrideScalePercent(int percent);

Q_SIGNALS:
    void languageChanged();
    void careModeChanged();
    void scalePercentChanged();

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
};

} // namespace teahouse::ui
