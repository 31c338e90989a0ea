#include "ItemFinder.h"

#include <QQuickItem>
#include <QQuickWindow>
#include <QRegularExpression>
#include <algorithm>

namespace teahouse::app::automation {

ItemFinder::ItemFinder(QQuickWindow *window)
    : m_window(window)
{}

Result<QList<ItemFinder::Segment>> ItemFinder::parse(const QString &path)
{
    static const QRegularExpression indexed(QStringLiteral("^(.*)\\[(\\d+)\\]$"));
    QList<Segment> segments;
    if (path.trimmed().isEmpty())
        return Error::make(Error::Code::InvalidArgument, QStringLiteral("an empty item path"));
    // "/" separates segments; a text selector may itself hold "/" only as the last segment.
    QStringList parts;
    qsizetype from = 0;
    while (from <= path.size()) {
        const qsizetype slash = path.indexOf(u'/', from);
        const QString part = path.mid(from, slash < 0 ? -1 : slash - from);
        if (part.startsWith(u"text=") || part.startsWith(u"text~") || slash < 0) {
            parts << path.mid(from);
            break;
        }
        parts << part;
        from = slash + 1;
    }
    for (const QString &raw : std::as_const(parts)) {
        Segment segment;
        QString text = raw.trimmed();
        const auto match = indexed.match(text);
        if (match.hasMatch()) {
            text = match.captured(1);
            segment.index = match.captured(2).toInt();
        }
        if (text.startsWith(u"text=")) {
            segment.kind = Segment::Kind::TextEquals;
            segment.value = text.mid(5);
        } else if (text.startsWith(u"text~")) {
            segment.kind = Segment::Kind::TextContains;
            segment.value = text.mid(5);
        } else {
            segment.value = text;
        }
        if (segment.value.isEmpty())
            return Error::make(Error::Code::InvalidArgument,
                               QStringLiteral("the item path \"%1\" has an empty segment").arg(path));
        segments << segment;
    }
    return segments;
}

bool ItemFinder::matches(const QObject *object, const Segment &segment)
{
    switch (segment.kind) {
    case Segment::Kind::Name:
        return object->objectName() == segment.value;
    case Segment::Kind::TextEquals:
        return object->property("text").toString() == segment.value;
    case Segment::Kind::TextContains:
        return object->property("text").toString().contains(segment.value);
    }
    return false;
}

QList<QObject *> ItemFinder::children(QObject *object)
{
    QList<QObject *> out;
    if (auto *item = qobject_cast<QQuickItem *>(object)) {
        const auto items = item->childItems();
        out.reserve(items.size());
        for (QQuickItem *child : items)
            out << child;
        for (QObject *child : item->children())
            if (child->inherits("QQuickPopup"))
                out << child;
    } else if (object->inherits("QQuickPopup")) {
        // The popup's own item is the parent of its contentItem.
        if (auto *content = object->property("contentItem").value<QQuickItem *>())
            if (QQuickItem *popupItem = content->parentItem())
                out << popupItem;
    }
    return out;
}

bool ItemFinder::isShown(const QObject *object)
{
    if (!object)
        return false;
    if (object->inherits("QQuickPopup"))
        return object->property("visible").toBool() && object->property("opened").toBool();
    const auto *item = qobject_cast<const QQuickItem *>(object);
    if (!item)
        return false;
    if (!item->isVisible() || item->width() <= 0 || item->height() <= 0 || !item->window())
        return false;
    for (const QQuickItem *p = item; p; p = p->parentItem())
        if (p->opacity() <= 0)
            return false;
    return true;
}

void ItemFinder::collect(QObject *root, const Segment &segment, QList<QObject *> &out)
{
    const auto kids = children(root);
    for (QObject *child : kids) {
        if (matches(child, segment) && !out.contains(child))
            out << child;
        collect(child, segment, out);
    }
}

void ItemFinder::collectNames(QObject *root, QStringList &out)
{
    const auto kids = children(root);
    for (QObject *child : kids) {
        if (!child->objectName().isEmpty())
            out << child->objectName();
        collectNames(child, out);
    }
}

QList<QObject *> ItemFinder::roots() const
{
    if (!m_window)
        return {};
    // The contentItem's parent holds the overlay (popups, drawers) next to the content.
    QQuickItem *content = m_window->contentItem();
    return {content->parentItem() ? content->parentItem() : content};
}

QStringList ItemFinder::allNames() const
{
    QStringList names;
    for (QObject *root : roots())
        collectNames(root, names);
    names.sort();
    names.removeDuplicates();
    return names;
}

QList<QObject *> ItemFinder::findAll(const QString &path) const
{
    const auto segments = parse(path);
    if (!segments.ok())
        return {};
    QList<QObject *> scope = roots();
    QList<QObject *> matched;
    for (qsizetype i = 0; i < segments.value().size(); ++i) {
        const Segment &segment = segments.value().at(i);
        matched.clear();
        for (QObject *root : std::as_const(scope))
            collect(root, segment, matched);
        QList<QObject *> shown;
        QList<QObject *> hidden;
        for (QObject *o : std::as_const(matched))
            (isShown(o) ? shown : hidden) << o;
        if (segment.index >= 0) {
            if (segment.index >= shown.size())
                return {};
            matched = {shown.at(segment.index)};
        } else {
            matched = shown + hidden;
        }
        if (i + 1 < segments.value().size()) {
            if (matched.isEmpty())
                return {};
            scope = {matched.constFirst()};
        }
    }
    return matched;
}

Result<QObject *> ItemFinder::find(const QString &path) const
{
    const auto segments = parse(path);
    if (!segments.ok())
        return segments.error();
    if (!m_window)
        return Error::make(Error::Code::NotFound, QStringLiteral("the window is gone"));
    QList<QObject *> scope = roots();
    QString done;
    for (const Segment &segment : segments.value()) {
        QList<QObject *> matched;
        for (QObject *root : std::as_const(scope))
            collect(root, segment, matched);
        QList<QObject *> shown;
        for (QObject *o : std::as_const(matched))
            if (isShown(o))
                shown << o;
        QObject *chosen = nullptr;
        QString problem;
        if (segment.index >= 0) {
            if (segment.index < shown.size())
                chosen = shown.at(segment.index);
            else
                problem = QStringLiteral("%1 shown match(es), no index %2")
                              .arg(shown.size())
                              .arg(segment.index);
        } else if (!shown.isEmpty()) {
            chosen = shown.constFirst();
        } else if (!matched.isEmpty()) {
            chosen = matched.constFirst();
        }
        const QString where =
            done.isEmpty() ? QString() : QStringLiteral(" under \"%1\"").arg(done);
        if (!chosen) {
            QString message = QStringLiteral("no item \"%1\"%2").arg(segment.value, where);
            if (!problem.isEmpty())
                message += QStringLiteral(" (%1)").arg(problem);
            if (segment.kind == Segment::Kind::Name && matched.isEmpty()) {
                QStringList names;
                for (QObject *root : std::as_const(scope))
                    collectNames(root, names);
                names.removeDuplicates();
                const QStringList near = nearest(segment.value, names);
                message += near.isEmpty()
                               ? QStringLiteral("; there are no named items here")
                               : QStringLiteral("; nearest names: %1").arg(near.join(u", "));
            }
            return Error::make(Error::Code::NotFound, message);
        }
        done = done.isEmpty() ? segment.value : done + u'/' + segment.value;
        scope = {chosen};
    }
    return scope.constFirst();
}

int ItemFinder::editDistance(QStringView a, QStringView b)
{
    QList<int> previous(b.size() + 1);
    QList<int> current(b.size() + 1);
    for (qsizetype j = 0; j <= b.size(); ++j)
        previous[j] = int(j);
    for (qsizetype i = 1; i <= a.size(); ++i) {
        current[0] = int(i);
        for (qsizetype j = 1; j <= b.size(); ++j) {
            const int substitute = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
            current[j] = std::min({previous[j] + 1, current[j - 1] + 1, substitute});
        }
        std::swap(previous, current);
    }
    return previous[b.size()];
}

QStringList ItemFinder::nearest(const QString &name, const QStringList &candidates, int count)
{
    struct Scored
    {
        int score;
        QString name;
    };
    QList<Scored> scored;
    const QString lower = name.toLower();
    // Close enough to be a typo or a rename: about half the name may differ.
    const int limit = std::max(3, int(name.size()) / 2);
    for (const QString &candidate : candidates) {
        if (candidate == name)
            continue;
        const QString other = candidate.toLower();
        int score = editDistance(lower, other);
        if (other.contains(lower) || lower.contains(other))
            score = std::min(score, 1);
        // Same last part ("chat.send" vs "chats.send"), a common rename.
        const QString tail = lower.section(u'.', -1);
        if (!tail.isEmpty() && other.section(u'.', -1) == tail)
            score = std::min(score, 2);
        if (score <= limit)
            scored.append({score, candidate});
    }
    std::stable_sort(scored.begin(), scored.end(), [](const Scored &x, const Scored &y) {
        return x.score != y.score ? x.score < y.score : x.name < y.name;
    });
    QStringList out;
    for (const Scored &s : std::as_const(scored)) {
        if (out.size() >= count)
            break;
        out << s.name;
    }
    return out;
}

} // namespace teahouse::app::automation
