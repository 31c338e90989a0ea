#include "AppContext.h"

#include "Translations.h"
#include "base/Logging.h"
#include "features/FeatureHost.h"
#include "features/FeaturePlugins.h"
#include "platform/RecordingNotifier.h"
#include "common/IconProvider.h"
#include "common/Theme.h"
#include "shell/Navigation.h"
#include "shell/Preferences.h"
#include "shell/SessionController.h"
#include "shell/SystemTextSize.h"
#include "shell/UnlockController.h"
#include "stubs/NoStorageUnlockController.h"
#include "stubs/OfflineSessionController.h"

#include <QDir>
#include <QFont>
#include <QGuiApplication>
#include <QQmlExtensionPlugin>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QStandardPaths>

// The QML modules are static libraries; their plugins must be pulled in explicitly.
Q_IMPORT_QML_PLUGIN(Teahouse_UiPlugin)
Q_IMPORT_QML_PLUGIN(Teahouse_ShellPlugin)

namespace teahouse::app {

namespace {

const QUrl mainQml(QStringLiteral("qrc:/qt/qml/Teahouse/Shell/Main.qml"));

QString defaultProfileDir()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
}

} // namespace

AppContext::AppContext(CommandLineOptions options, Controllers controllers, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_profileDir(profileDirFor(m_options))
    , m_navigation(std::make_unique<ui::Navigation>())
    , m_session(controllers.session ? std::move(controllers.session)
                                    : std::make_unique<OfflineSessionController>())
    , m_unlock(controllers.unlock ? std::move(controllers.unlock)
                                  : std::make_unique<NoStorageUnlockController>())
    , m_translations(std::make_unique<Translations>())
    , m_notifier(controllers.notifier ? std::move(controllers.notifier)
                                      : std::make_unique<RecordingNotifier>())
    , m_features(std::make_unique<FeatureHost>())
{
    QDir().mkpath(m_profileDir);
    m_preferences = std::make_unique<ui::Preferences>(settingsFileIn(m_profileDir));
    if (controllers.features) {
        m_features->setFeatures(controllers.features(
            FeatureEnv{*m_navigation, *m_preferences, *m_notifier, *m_features, m_profileDir}));
    }
    m_features->setAccount(controllers.account);
    // A larger system font makes the text larger until the user picks a size in Settings.
    m_preferences->useSystemScalePercent(ui::SystemTextSize::current());
    // Command-line choices hold for this run only; the saved preferences stay as they were.
    if (!m_options.language.isEmpty())
        m_preferences->overrideLanguage(m_options.language);
    if (m_options.careMode)
        m_preferences->overrideCareMode(true);
    if (m_options.scalePercent)
        m_preferences->overrideScalePercent(*m_options.scalePercent);
    // The one-time care-mode question needs a person in front of a screen: not the tour, a
    // script, a run that chose care mode already, or an offscreen run (tests).
    const QString platformName = QGuiApplication::platformName();
    if (m_options.screenshotTourDir.isEmpty() && m_options.scriptFile.isEmpty() &&
        !m_options.careMode && platformName != u"offscreen" && platformName != u"minimal")
        m_preferences->enableCareModeOffer();

    // Basic draws every control from our own Theme-driven delegates and renders the same
    // everywhere, headless included. Software rendering where there is no GPU context to get.
    // (Both are process-wide: a second AppContext in the same process, as in the tests, finds
    // them set already.)
    if (QQuickStyle::name() != u"Basic")
        QQuickStyle::setStyle(QStringLiteral("Basic"));
    const QString platform = QGuiApplication::platformName();
    const bool software = !m_options.screenshotTourDir.isEmpty() || platform == u"offscreen" ||
                          platform == u"minimal";
    static bool softwareChosen = false;
    if (software && !softwareChosen) {
        QQuickWindow::setGraphicsApi(QSGRendererInterface::Software);
        softwareChosen = true;
    }

    m_engine.addImportPath(QStringLiteral("qrc:/qt/qml"));
    m_engine.addImageProvider(QString::fromLatin1(ui::IconProvider::providerId),
                              new ui::IconProvider);

    applyLanguage();
    connect(m_preferences.get(), &ui::Preferences::languageChanged, this,
            &AppContext::applyLanguage);
    connect(m_preferences.get(), &ui::Preferences::careModeChanged, this, &AppContext::applyLook);
    connect(m_preferences.get(), &ui::Preferences::scalePercentChanged, this,
            &AppContext::applyLook);
    connect(m_unlock.get(), &ui::UnlockController::lockedChanged, this, &AppContext::updateStage);
    connect(m_session.get(), &ui::SessionController::accountChanged, this,
            &AppContext::updateStage);
    updateStage();
}

AppContext::~AppContext() = default;

QString AppContext::profileDirFor(const CommandLineOptions &options)
{
    return options.profileDir.isEmpty() ? defaultProfileDir()
                                        : QDir(options.profileDir).absolutePath();
}

QString AppContext::settingsFileIn(const QString &profileDir)
{
    return QDir(profileDir).filePath(QStringLiteral("settings.ini"));
}

Status AppContext::start()
{
    m_engine.setInitialProperties({
        {QStringLiteral("navigation"), QVariant::fromValue(m_navigation.get())},
        {QStringLiteral("session"), QVariant::fromValue(m_session.get())},
        {QStringLiteral("unlock"), QVariant::fromValue(m_unlock.get())},
        {QStringLiteral("preferences"), QVariant::fromValue(m_preferences.get())},
        {QStringLiteral("features"), QVariant::fromValue<QObject *>(m_features->qmlMap())},
        {QStringLiteral("appVersion"), version()},
    });
    m_engine.load(mainQml);
    if (m_engine.rootObjects().isEmpty())
        return Error::make(Error::Code::Unknown,
                           QStringLiteral("Could not load %1.").arg(mainQml.toString()));
    m_window = qobject_cast<QQuickWindow *>(m_engine.rootObjects().constFirst());
    if (!m_window)
        return Error::make(Error::Code::Unknown, QStringLiteral("Main.qml is not a window."));

    // Qt 6.4 registers a static module's types when QML first imports it, so the Theme
    // singleton is reachable only now; the window is not shown yet, so nothing was drawn with
    // the defaults.
    const int themeType = qmlTypeId("Teahouse.Ui", 1, 0, "Theme");
    m_theme = themeType >= 0 ? m_engine.singletonInstance<ui::Theme *>(themeType) : nullptr;
    if (!m_theme)
        return Error::make(Error::Code::Unknown,
                           QStringLiteral("The Teahouse.Ui QML module is not linked in."));
    QFont font = QGuiApplication::font();
    font.setFamily(m_theme->fontFamily());
    QGuiApplication::setFont(font);
    applyLook();
    m_window->show();

    auto passphrase = readPassphrase(m_options);
    if (!passphrase.ok())
        return passphrase.error();
    m_scriptedPassphrase = std::move(passphrase).value();
    connect(m_unlock.get(), &ui::UnlockController::lockedChanged, this,
            &AppContext::useScriptedPassphrase);
    useScriptedPassphrase();
    return {};
}

void AppContext::useScriptedPassphrase()
{
    // Once only: if it is wrong, the unlock screen shows the error and a person takes over.
    if (m_unlock->locked() && m_scriptedPassphrase)
        m_unlock->unlock(*std::exchange(m_scriptedPassphrase, std::nullopt));
}

QString AppContext::activeLanguage() const
{
    return m_translations->activeLanguage();
}

QString AppContext::version()
{
    return QStringLiteral(TEAHOUSE_VERSION);
}

void AppContext::applyLanguage()
{
    const QString language = m_translations->apply(m_preferences->language());
    m_engine.setUiLanguage(language);
    m_engine.retranslate();
}

void AppContext::applyLook()
{
    if (!m_theme)
        return;
    m_theme->setCareMode(m_preferences->careMode());
    m_theme->setScale(m_preferences->scalePercent() / 100.0);
}

void AppContext::updateStage()
{
    using Stage = ui::Navigation::Stage;
    if (m_unlock->locked())
        m_navigation->setStage(Stage::Unlock);
    else if (!m_session->hasAccount())
        m_navigation->setStage(Stage::SignIn);
    else
        m_navigation->setStage(Stage::Main);
}

} // namespace teahouse::app
