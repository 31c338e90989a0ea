#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace teahouse::moments {

// Who may see a post of mine: the server enforces it through the node's access model.
enum class Audience
{
    AllFriends = 0, // main node, access model "presence"
    OnlyTags = 1,   // own whitelist node: the contacts carrying one of the tags
    ExceptTags = 2, // own whitelist node: every friend but those carrying one of the tags
};

// A picture of a post as cached: the remote URL, and once fetched (or, for mine, from the
// start) the encrypted original and its thumbnail in the media store.
struct MomentsImage
{
    enum class State
    {
        Pending = 0, // not fetched yet
        Done = 1,
        Failed = 2,
    };
    qint64 id = 0;
    QString url;
    QString mimeType;
    QString name;
    qint64 size = 0;
    QString mediaId;
    QString thumbId;
    int width = 0;
    int height = 0;
    State state = State::Pending;
};

// A comment or a like (a comment titled "♥") on a post.
struct MomentsComment
{
    qint64 id = 0;
    QString owner;    // the post's author (whose PEP holds the comments node)
    QString postItem; // the post's item id
    QString itemId;
    QString author;
    QString authorName;
    QString text;
    bool like = false;
    QDateTime published;
    QString atomId;
    QString replyToRef;  // atom id of the comment this one answers
    QString replyToName; // filled when loading, from that comment
};

// A post of the feed, mine or a friend's, with its images, likes and comments.
struct MomentsPost
{
    enum class State
    {
        Published = 0,
        Sending = 1,
        Failed = 2,
    };
    qint64 id = 0;
    QString owner; // the author's bare JID (the PEP service)
    QString node;
    QString itemId;
    QString atomId;
    QString authorName;
    QString text;
    QDateTime published;
    QString commentsNode;
    Audience audience = Audience::AllFriends;
    QStringList audienceTags;
    State state = State::Published;
    QList<MomentsImage> images;
    QList<MomentsComment> likes;
    QList<MomentsComment> comments;
};

} // namespace teahouse::moments
