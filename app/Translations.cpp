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
    // Chinese goes by script, not region: Hong Kong and Macau read the Traditional (zh_TW)
    // catalogue, Singapore the Simplified (zh_CN) one.
    bool loaded = false;
    if (locale.language() == QLocale::Chinese) {
        const bool traditional = locale.script() == QLocale::TraditionalChineseScript ||
                                 (locale.script() == QLocale::AnyScript &&
                                  (locale.territory() == QLocale::Taiwan ||
                                   locale.territory() == QLocale::HongKong ||
                                   locale.territory() == QLocale::Macao));
        const QString catalogue = traditional ? QStringLiteral("zh_TW") : QStringLiteral("zh_CN");
        loaded = m_translator.load(cataloguePrefix + u'_' + catalogue, catalogueDir);
    }
    if (!loaded)
        loaded = m_translator.load(locale, cataloguePrefix, QStringLiteral("_"), catalogueDir);
    if (loaded) {
        m_installed = QCoreApplication::installTranslator(&m_translator);
        // Report one of the languages Preferences knows, whatever region the catalogue names.
        const QString catalogueLanguage = m_translator.language();
        if (catalogueLanguage.startsWith(u"zh_TW") || catalogueLanguage.startsWith(u"zh_Hant"))
            m_active = QStringLiteral("zh_TW");
        else if (catalogueLanguage.startsWith(u"zh"))
            m_active = QStringLiteral("zh_CN");
        else
            m_active = QStringLiteral("en");
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
