#include "Translations.h"

#include "base/Logging.h"

#include <QCoreApplication>
#include <QLocale>

namespace teahouse::app {

namespace {
const QString catalogueDir = QStringLiteral(":/i18n");
const QString cataloguePrefix = QStringLiteral("teahouse");
} // namespace

Translations::Translations(QObject *parent)
    : QObject(parent)
{}

Translations::~Translations()
{
    if (m_installed)
        QCoreApplication::removeTranslator(&m_translator);
}

QString Translations::apply(const QString &language)
{
    if (m_installed) {
        QCoreApplication::removeTranslator(&m_translator);
        m_installed = false;
    }

    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    // QTranslator walks the locale's UI languages (zh_CN, zh, …) for the best catalogue.
    if (m_translator.load(locale, cataloguePrefix, QStringLiteral("_"), catalogueDir)) {
        m_installed = QCoreApplication::installTranslator(&m_translator);
        // Report one of the languages Preferences knows, whatever region the catalogue names.
        m_active = m_translator.language().startsWith(u"zh") ? QStringLiteral("zh_CN")
                                                              : QStringLiteral("en");
    } else {
        m_active = QStringLiteral("en");
    }
    QLocale::setDefault(m_active == u"en" && language.isEmpty() ? QLocale::system()
                                                                : QLocale(m_active));
    qCDebug(lcUi) << "language" << (language.isEmpty() ? QStringLiteral("system") : language)
                  << "->" << m_active;
    return m_active;
}

} // namespace teahouse::app
