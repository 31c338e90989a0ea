#pragma once

#include "InputSynthesizer.h"
#include "ItemFinder.h"

#include <QJSValue>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QVariant>
#include <QVariantMap>
#include <functional>

class QJSEngine;
class QQuickItem;

namespace teahouse::app {
class AppContext;
}

namespace teahouse::app::automation {

// The app as a scenario drives it, seen from JavaScript as `__driver` (the prelude wraps it in
// click(), type(), text(), app.*, …; docs/testing.md is the reference). Every method that acts
// on an item takes an objectName path or an item from find(); a problem throws a
// ScenarioFailure that says what was expected and what was found.
class ScriptDriver : public QObject
{
    Q_OBJECT

public:
    // fail throws a ScenarioFailure in the script; step records an action for the report.
    ScriptDriver(AppContext &context, QJSEngine &engine, QString screenshotDir,
                 std::function<void(const QString &)> fail,
                 std::function<void(const QString &)> step, QObject *parent = nullptr);

    // How long actions wait for their item to appear, be shown and be enabled.
    Q_INVOKABLE void setDefaultTimeout(int ms) { m_defaultTimeout = ms; }
    Q_INVOKABLE [[nodiscard]] int defaultTimeout() const { return m_defaultTimeout; }

    // Items.
    Q_INVOKABLE QJSValue find(const QJSValue &target);
    Q_INVOKABLE QJSValue findAll(const QString &path);
    Q_INVOKABLE bool exists(const QJSValue &target);
    Q_INVOKABLE bool isShown(const QJSValue &target);
    Q_INVOKABLE bool isEnabled(const QJSValue &target);
    Q_INVOKABLE QStringList names(const QString &prefix = {});
    // "" when the item exists; otherwise why not, with the nearest names.
    Q_INVOKABLE QString whyMissing(const QString &path);

    // Input. options: {x, y (in the item, default its centre), modifiers: "Ctrl+Shift"}.
    Q_INVOKABLE void click(const QJSValue &target, const QVariantMap &options = {});
    Q_INVOKABLE void doubleClick(const QJSValue &target, const QVariantMap &options = {});
    Q_INVOKABLE void rightClick(const QJSValue &target, const QVariantMap &options = {});
    Q_INVOKABLE void hover(const QJSValue &target);
    Q_INVOKABLE void dragTo(const QJSValue &from, const QJSValue &to);
    Q_INVOKABLE void type(const QJSValue &target, const QString &text);
    Q_INVOKABLE void setText(const QJSValue &target, const QString &text);
    Q_INVOKABLE void press(const QString &keys, const QJSValue &target = QJSValue());
    Q_INVOKABLE void focus(const QJSValue &target);
    Q_INVOKABLE void scroll(const QJSValue &target, int dy, int dx = 0);
    Q_INVOKABLE void scrollIntoView(const QJSValue &target);
    Q_INVOKABLE bool dropFiles(const QJSValue &target, const QStringList &files);

    // Reading.
    Q_INVOKABLE QString text(const QJSValue &target);
    Q_INVOKABLE QString visibleText(const QJSValue &target = QJSValue());
    Q_INVOKABLE QJSValue property(const QJSValue &target, const QString &name);
    Q_INVOKABLE void setProperty(const QJSValue &target, const QString &name,
                                 const QJSValue &value);

    // Screenshots: screenshotDir/NN-name.png; returns the path ("" when it could not be saved).
    Q_INVOKABLE QString screenshot(const QString &name);
    [[nodiscard]] QString screenshotDir() const { return m_screenshotDir; }

    // Time.
    Q_INVOKABLE void spin(int ms);
    Q_INVOKABLE void settle();

    // The app: preferences (for this run only, not saved), navigation, session.
    Q_INVOKABLE void setLanguage(const QString &language);
    Q_INVOKABLE void setCareMode(bool on);
    Q_INVOKABLE void setScale(int percent);
    Q_INVOKABLE void resize(int width, int height);
    Q_INVOKABLE QVariantMap state();
    Q_INVOKABLE void goTo(const QString &place);
    Q_INVOKABLE QJSValue session();
    Q_INVOKABLE QJSValue preferences();
    Q_INVOKABLE QJSValue navigation();
    Q_INVOKABLE QString activeLanguage() const;

    // What the app notified (a --script run uses a RecordingNotifier, never the desktop's):
    // [{title, body, key}], oldest first; the unread count the tray would show; a click on the
    // notification with key. Empty / -1 / false when the notifier is not a recording one.
    Q_INVOKABLE QVariantList notifications() const;
    Q_INVOKABLE int unreadCount() const;
    Q_INVOKABLE bool activateNotification(const QString &key);

    // Records an action line for the report without doing anything.
    Q_INVOKABLE void step(const QString &description) { m_step(description); }

private:
    // The item a target names, waiting up to the default timeout for it to be shown (and
    // enabled when requireEnabled). Fails the script and returns null otherwise.
    QQuickItem *actionItem(const QJSValue &target, bool requireEnabled, const QString &action);
    QObject *resolve(const QJSValue &target, QString *error);
    [[nodiscard]] static QString describe(const QJSValue &target);
    QPointF pointIn(QQuickItem *item, const QVariantMap &options, bool *ok);
    void mouseAction(const QJSValue &target, const QVariantMap &options, Qt::MouseButton button,
                     int count, const QString &verb);
    QJSValue wrap(QObject *object);

    AppContext &m_context;
    QJSEngine &m_engine;
    QString m_screenshotDir;
    std::function<void(const QString &)> m_fail;
    std::function<void(const QString &)> m_step;
    ItemFinder m_finder;
    InputSynthesizer m_input;
    int m_defaultTimeout = 5000;
    int m_screenshotNumber = 0;
};

} // namespace teahouse::app::automation
