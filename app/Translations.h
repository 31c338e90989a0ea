#pragma once

#include <QObject>
#include <QString>
#include <QTranslator>

namespace teahouse::app {

// Installs the translator for the chosen language ("" = the system's) and swaps it when the
// user picks another one; the caller then retranslates the QML engine.
class Translations : public QObject
{
    Q_OBJECT

public:
    explicit Translations(QObject *parent = nullptr);
    ~Translations() override;

    // Returns the language now in effect: "zh_CN", "zh_TW" or "en" (English is the source
    // language, so it needs no catalogue).
    QString apply(const QString &language);
    [[nodiscard]] QString activeLanguage() const { return m_active; }

private:
    QTranslator m_translator;
    bool m_installed = false;
    QString m_active = QStringLiteral("en");
};

} // namespace teahouse::app
