#pragma once

#include <QList>
#include <QObject>
#include <QString>
#include <functional>

namespace teahouse::account {
class AccountSession;
}

namespace teahouse::ui {
class Navigation;
class Preferences;
} // namespace teahouse::ui

namespace teahouse::app {

class FeatureHost;
class Notifier;

// What every feature is given when it is made: the app's shared objects. All outlive it.
struct FeatureEnv
{
    ui::Navigation &navigation;
    ui::Preferences &preferences;
    Notifier &notifier;
    FeatureHost &host; // to find another feature by key (loose coupling, may be absent)
    QString profileDir;
};

// One screen of the screenshot tour: name becomes NN-<name>-<lang>-<mode>.png; show() brings
// the window there (it may rely on the screens before it).
struct TourStop
{
    QString name;
    std::function<void()> show;
};

// A feature of the app (chat, contacts, pay, ...), as the app sees it: a controller object that
// QML finds as features.<key>, services built when an account's encrypted store opens and
// dropped when it closes, and the feature's screens for the screenshot tour. Each lives in
// app/features/<Name>Feature.{h,cpp} and is listed once in FeatureList.cpp.
class Feature : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    // The name QML uses: features.<key> ("chat", "contacts", "pay", "scan", ...).
    [[nodiscard]] virtual QString key() const = 0;
    // The object QML sees under features.<key>; it lives as long as the feature, with or
    // without an account (it shows an empty state without one).
    [[nodiscard]] virtual QObject *controller() = 0;
    // The account's store is open (session.database(), session.profile()): build the services.
    // The stream and its managers are rebuilt on every sign-in: connect to
    // session.sessionCreated() to bind to them (a stream may already exist when this runs).
    virtual void attach(account::AccountSession &session) = 0;
    // The account goes away (another account opens, or the app ends): drop what attach() built.
    virtual void detach() = 0;
    // Extra screens for the screenshot tour, shown after the built-in ones, in feature order.
    [[nodiscard]] virtual QList<TourStop> tourStops() { return {}; }
};

} // namespace teahouse::app
