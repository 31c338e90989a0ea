#pragma once

#include "CommandLineOptions.h"
#include "base/Result.h"
#include "features/Feature.h"
#include "platform/Notifier.h"
#include "shell/SessionController.h"
#include "shell/UnlockController.h"

#include <QObject>
#include <QQmlApplicationEngine>
#include <QString>
#include <functional>
#include <memory>
#include <optional>
#include <vector>

class QQuickWindow;

namespace teahouse::account {
class AccountSession;
}

namespace teahouse::ui {
class Navigation;
class Preferences;
class Theme;
} // namespace teahouse::ui

namespace teahouse::app {

class FeatureHost;
class Translations;

// The controllers behind the sign-in and unlock screens. Null members get the stand-ins from
// app/stubs; tests pass fakes, and the real XMPP and key-store controllers go here.
struct AppControllers
{
    std::unique_ptr<ui::SessionController> session;
    std::unique_ptr<ui::UnlockController> unlock;
    // The features (chat, contacts, ...): makeFeatures in the app, none in the shell tests.
    std::function<std::vector<std::unique_ptr<Feature>>(const FeatureEnv &)> features;
    // The account the features attach to when its store opens (null: none).
    account::AccountSession *account = nullptr;
    // Desktop notifications and the tray; null: a RecordingNotifier.
    std::unique_ptr<Notifier> notifier;
};

// Builds and owns everything the running app needs — preferences, controllers, translations,
// the QML engine — and hands the objects to Main.qml as required properties. There is one per
// process, created in main() (or in a test); nothing reaches it through a global.
class AppContext : public QObject
{
    Q_OBJECT

public:
    using Controllers = AppControllers;

    explicit AppContext(CommandLineOptions options, Controllers controllers = {},
                        QObject *parent = nullptr);
    ~AppContext() override;

    // Loads Main.qml and shows the window.
    [[nodiscard]] Status start();

    [[nodiscard]] QString profileDir() const { return m_profileDir; }
    [[nodiscard]] QQmlApplicationEngine &engine() { return m_engine; }
    [[nodiscard]] QQuickWindow *window() const { return m_window; }
    [[nodiscard]] ui::Theme *theme() const { return m_theme; }
    [[nodiscard]] ui::Navigation &navigation() const { return *m_navigation; }
    [[nodiscard]] ui::Preferences &preferences() const { return *m_preferences; }
    [[nodiscard]] ui::SessionController &session() const { return *m_session; }
    [[nodiscard]] ui::UnlockController &unlock() const { return *m_unlock; }
    [[nodiscard]] FeatureHost &features() const { return *m_features; }
    [[nodiscard]] Notifier &notifier() const { return *m_notifier; }
    [[nodiscard]] QString activeLanguage() const;

    static QString version();
    // The profile directory these options select (--profile, or the platform's data location).
    [[nodiscard]] static QString profileDirFor(const CommandLineOptions &options);
    [[nodiscard]] static QString settingsFileIn(const QString &profileDir);

private:
    void applyLanguage();
    void applyLook();
    void updateStage();
    // --passphrase-file / TEAHOUSE_PASSPHRASE answers the unlock screen when it first appears,
    // which may be at start or only once an account's store is opened.
    void useScriptedPassphrase();

    CommandLineOptions m_options;
    QString m_profileDir;
    std::unique_ptr<ui::Preferences> m_preferences;
    std::unique_ptr<ui::Navigation> m_navigation;
    std::unique_ptr<ui::SessionController> m_session;
    std::unique_ptr<ui::UnlockController> m_unlock;
    std::unique_ptr<Translations> m_translations;
    std::optional<QString> m_scriptedPassphrase;
    std::unique_ptr<Notifier> m_notifier;
    std::unique_ptr<FeatureHost> m_features;
    // Declared last: destroyed first, so QML never sees the objects above disappear under it.
    QQmlApplicationEngine m_engine;
    ui::Theme *m_theme = nullptr;     // owned by the engine (a QML singleton instance)
    QQuickWindow *m_window = nullptr; // owned by the engine
};

} // namespace teahouse::app
