#pragma once

#include <QObject>
#include <QtQml/qqmlregistration.h>

namespace teahouse::ui {

// Where the window is: which stage (unlock, sign-in, main shell), which rail section and which
// Discover page. The rail and lists write it; the app moves between stages; the screenshot tour
// and scripts drive it directly.
class Navigation : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Navigation is created by the app and handed to Main.qml")

    Q_PROPERTY(Stage stage READ stage WRITE setStage NOTIFY stageChanged)
    Q_PROPERTY(Section section READ section WRITE setSection NOTIFY sectionChanged)
    Q_PROPERTY(DiscoverPage discoverPage READ discoverPage WRITE setDiscoverPage NOTIFY
                   discoverPageChanged)

public:
    enum class Stage
    {
        Unlock,
        SignIn,
        Main
    };
    Q_ENUM(Stage)
    enum class Section
    {
        Chats,
        Contacts,
        Discover,
        Wallet,
        Settings
    };
    Q_ENUM(Section)
    enum class DiscoverPage
    {
        Overview,
        Moments,
        OfficialAccounts,
        Scan,
        CityServices
    };
    Q_ENUM(DiscoverPage)

    explicit Navigation(QObject *parent = nullptr);

    [[nodiscard]] Stage stage() const { return m_stage; }
    void setStage(Stage stage);
    [[nodiscard]] Section section() const { return m_section; }
    void setSection(Section section);
    [[nodiscard]] DiscoverPage discoverPage() const { return m_discoverPage; }
    void setDiscoverPage(DiscoverPage page);

    // Opens a Discover page, switching the rail to Discover.
    Q_INVOKABLE void openDiscoverPage(teahouse::ui::Navigation::DiscoverPage page);

    // Requests between features, which do not know each other: each switches the rail to the
    // right section and announces the request; the feature that owns it acts on the signal.
    // The conversation with this account or group (Chats).
    Q_INVOKABLE void openChat(const QString &jid);
    // This contact's card (Contacts).
    Q_INVOKABLE void showContact(const QString &jid);
    // An address to act on: an xmpp: link, a payment code's text, ... (whoever routes URIs).
    Q_INVOKABLE void openUri(const QString &uri);
    // This person's Moments (Discover → Moments); an empty jid shows everyone's.
    Q_INVOKABLE void showMoments(const QString &jid);

Q_SIGNALS:
    void stageChanged();
    void sectionChanged();
    void discoverPageChanged();
    void chatRequested(const QString &jid);
    void contactRequested(const QString &jid);
    void uriRequested(const QString &uri);
    void momentsRequested(const QString &jid);

private:
    Stage m_stage = Stage::SignIn;
    Section m_section = Section::Chats;
    DiscoverPage m_discoverPage = DiscoverPage::Overview;
};

} // namespace teahouse::ui
