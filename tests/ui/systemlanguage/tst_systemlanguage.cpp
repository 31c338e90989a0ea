// The app as it starts by default (stand-in controllers, no saved language) under a Chinese
// system locale: Chinese UI, "Follow system" selected, and an override that wins over it.
#include "AppContext.h"
#include "shell/Navigation.h"
#include "shell/Preferences.h"

#include <QQuickItem>
#include <QQuickWindow>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using teahouse::app::AppContext;
using teahouse::app::CommandLineOptions;
using teahouse::ui::Navigation;

namespace {

QQuickItem *findItem(QQuickItem *root, const QString &name)
{
    if (!root)
        return nullptr;
    if (root->objectName() == name)
        return root;
    const auto children = root->childItems();
    for (QQuickItem *child : children)
        if (QQuickItem *found = findItem(child, name))
            return found;
    return nullptr;
}

void settle(QQuickWindow *window)
{
    for (int i = 0; i < 3; ++i) {
        QSignalSpy frame(window, &QQuickWindow::frameSwapped);
        window->update();
        frame.wait(2000);
    }
}

} // namespace

class TestSystemLanguage : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void followsTheSystem()
    {
        QVERIFY2(QLocale::system().uiLanguages().constFirst().startsWith("zh"),
                 qPrintable(QLocale::system().uiLanguages().join(", ")));
        QTemporaryDir profile;
        CommandLineOptions options;
        options.profileDir = profile.path();
        AppContext app(options);
        QVERIFY(app.start().ok());
        QCOMPARE(app.preferences().language(), QString());
        QCOMPARE(app.activeLanguage(), "zh_CN");

        // The stand-in controllers: nothing to unlock, no account yet.
        QCOMPARE(app.navigation().stage(), Navigation::Stage::SignIn);
        QQuickItem *root = app.window()->contentItem();
        QTRY_VERIFY(findItem(root, "signin.title"));
        QCOMPARE(findItem(root, "signin.title")->property("text").toString(),
                 QString::fromUtf8("登录茶馆"));

        // Without a backend, signing in says so, in Chinese.
        app.session().signIn({}, "anna@example.org", "pw");
        settle(app.window());
        QQuickItem *error = findItem(root, "signin.error");
        QVERIFY(error && error->isVisible());
        QCOMPARE(error->property("text").toString(),
                 QString::fromUtf8("此版本的茶馆暂不支持登录。"));

        // Settings shows "Follow system" as the choice.
        app.navigation().setStage(Navigation::Stage::Main);
        app.navigation().setSection(Navigation::Section::Settings);
        settle(app.window());
        QQuickItem *combo = findItem(app.window()->contentItem(), "settings.language");
        QVERIFY(combo);
        QCOMPARE(combo->property("currentIndex").toInt(), 0);
        QCOMPARE(combo->property("displayText").toString(), QString::fromUtf8("跟随系统"));
    }

    void overrideWins()
    {
        QTemporaryDir profile;
        CommandLineOptions options;
        options.profileDir = profile.path();
        options.language = "en";
        AppContext app(options);
        QVERIFY(app.start().ok());
        QCOMPARE(app.activeLanguage(), "en");
        QTRY_VERIFY(findItem(app.window()->contentItem(), "signin.title"));
        QCOMPARE(findItem(app.window()->contentItem(), "signin.title")->property("text").toString(),
                 "Sign in to Teahouse");
    }
};

QTEST_MAIN(TestSystemLanguage)
#include "tst_systemlanguage.moc"
