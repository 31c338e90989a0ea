#pragma once

#include "base/Result.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>

class QQuickWindow;

namespace teahouse::app::automation {

// Finds the objects of a window by objectName path, the way scenario scripts name them:
// "settings.language" (anywhere in the tree), "chats.list/chat.row[2]" (the third visible
// chat.row under chats.list), "rail/text=Chats" (an item whose text is "Chats"). A missing
// name is reported with the nearest existing names, so a typo or a renamed control is obvious.
class ItemFinder
{
public:
    explicit ItemFinder(QQuickWindow *window);

    // The object the whole path names; the error says which segment failed and why.
    [[nodiscard]] Result<QObject *> find(const QString &path) const;
    // Every object the last segment matches (visible ones first, in tree order).
    [[nodiscard]] QList<QObject *> findAll(const QString &path) const;
    // All non-empty objectNames in the window, sorted, each once.
    [[nodiscard]] QStringList allNames() const;

    // Up to count names from candidates nearest to name: by edit distance, names containing
    // it (or contained in it) first; only reasonably close ones.
    [[nodiscard]] static QStringList nearest(const QString &name, const QStringList &candidates,
                                             int count = 5);
    // Levenshtein distance (insert, delete, substitute each cost 1).
    [[nodiscard]] static int editDistance(QStringView a, QStringView b);
    // Whether the object is on screen: visible along its parents, with a size and opacity.
    [[nodiscard]] static bool isShown(const QObject *object);

private:
    struct Segment
    {
        enum class Kind
        {
            Name,         // objectName == value
            TextEquals,   // text=value
            TextContains, // text~value
        };
        Kind kind = Kind::Name;
        QString value;
        int index = -1; // [n]: the nth shown match; -1: the first shown, else the first
    };
    [[nodiscard]] static Result<QList<Segment>> parse(const QString &path);
    [[nodiscard]] static bool matches(const QObject *object, const Segment &segment);
    // Children in the item tree, plus popups (QQuickPopup is no item: its items live in the
    // window's overlay, but scripts name the popup).
    [[nodiscard]] static QList<QObject *> children(QObject *object);
    static void collect(QObject *root, const Segment &segment, QList<QObject *> &out);
    static void collectNames(QObject *root, QStringList &out);
    [[nodiscard]] QList<QObject *> roots() const;

    QPointer<QQuickWindow> m_window;
};

} // namespace teahouse::app::automation
