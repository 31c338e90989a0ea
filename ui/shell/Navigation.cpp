#include "Navigation.h"

namespace teahouse::ui {

Navigation::Navigation(QObject *parent)
    : QObject(parent)
{}

void Navigation::setStage(Stage stage)
{
    if (stage == m_stage)
        return;
    m_stage = stage;
    Q_EMIT stageChanged();
}

void Navigation::setSection(Section section)
{
    if (section == m_section)
        return;
    m_section = section;
    Q_EMIT sectionChanged();
}

void Navigation::setDiscoverPage(DiscoverPage page)
{
    if (page == m_discoverPage)
        return;
    m_discoverPage = page;
    Q_EMIT discoverPageChanged();
}

void Navigation::openDiscoverPage(DiscoverPage page)
{
    setSection(Section::Discover);
    setDiscoverPage(page);
}

void Navigation::openChat(const QString &jid)
{
    setSection(Section::Chats);
    Q_EMIT chatRequested(jid);
}

void Navigation::showContact(const QString &jid)
{
    setSection(Section::Contacts);
    Q_EMIT contactRequested(jid);
}

void Navigation::openUri(const QString &uri)
{
    Q_EMIT uriRequested(uri);
}

void Navigation::showMoments(const QString &jid)
{
    openDiscoverPage(DiscoverPage::Moments);
    Q_EMIT momentsRequested(jid);
}

} // namespace teahouse::ui
