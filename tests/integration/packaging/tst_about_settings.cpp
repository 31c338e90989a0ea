// Settings → About in the running shell shows the same versions `teahouse --version` prints
// (features.about); saves the window on failure to <build>/test-screenshots/.
#include "AppContext.h"
#include "FakeSessionController.h"
#include "FakeUnlockController.h"
#include "features/AboutFeature.h"
#include "platform/AboutInfo.h"
#include "shell/Navigation.h"

#include <QDir>
#include <QQuickItem>
#include <QQuickWindow>
#include <QTemporaryDir>
#include <QTest>

using namespace teahouse::app;
using teahouse::ui::Navigation;
using teahouse::ui::UnlockController;

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

} // namespace

class TestAboutSettings : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_profile;
    std::unique_ptr<AppContext> m_app;

private Q_SLOTS:
    void cleanup()
    {
        if (QTest::currentTestFailed() && m_app && m_app->window()) {
            QDir().mkpath(QStringLiteral("test-screenshots"));
            m_app->window()->grabWindow().save(
                QStringLiteral("test-screenshots/about-%1.png").arg(QTest::currentTestFunction()));
        }
    }

    void settingsShowTheVersions()
    {
        CommandLineOptions options;
        options.profileDir = m_profile.path();
        auto session = std::make_unique<FakeSessionController>();
        auto unlock =
            std::make_unique<FakeUnlockController>(UnlockController::Mode::EnterPassphrase);
        FakeSessionController *fakeSession = session.get();
        FakeUnlockController *fakeUnlock = unlock.get();
        AppContext::Controllers controllers{std::move(session), std::move(unlock)};
        controllers.features = [](const FeatureEnv &env) {
            std::vector<std::unique_ptr<Feature>> features;
            features.push_back(std::make_unique<AboutFeature>(env));
            return features;
        };
        m_app = std::make_unique<AppContext>(std::move(options), std::move(controllers));
        QVERIFY(m_app->start().ok());
        m_app->window()->resize(1280, 800);
        QVERIFY(QTest::qWaitForWindowExposed(m_app->window()));
        fakeUnlock->unlock(fakeUnlock->correct);
        fakeSession->signedIn(QStringLiteral("anna@example.org"));
        m_app->navigation().setSection(Navigation::Section::Settings);

        QQuickItem *root = m_app->window()->contentItem();
        QTRY_VERIFY(findItem(root, "settings.about.versions"));
        QQuickItem *grid = findItem(root, "settings.about.versions");
        QVERIFY(grid->isVisible());

        // Every line of the --version text appears as a name and a version in Settings.
        const auto components = componentVersions(AppContext::version());
        QCOMPARE(findItem(root, "settings.version")->property("text").toString(),
                 QStringLiteral("Teahouse ") + components.at(0).version);
        for (qsizetype i = 1; i < components.size(); ++i) {
            QQuickItem *name = findItem(grid, "settings.about." + components.at(i).name);
            QVERIFY2(name, qPrintable(components.at(i).name));
            QCOMPARE(name->property("text").toString(), components.at(i).name);
            bool found = false;
            for (QQuickItem *child : grid->childItems())
                found = found || child->property("text").toString() == components.at(i).version;
            QVERIFY2(found, qPrintable(components.at(i).version));
        }
        QCOMPARE(versionText(AppContext::version()).count(u'\n'), components.size() - 1);
    }
};

QTEST_MAIN(TestAboutSettings)
#include "tst_about_settings.moc"
