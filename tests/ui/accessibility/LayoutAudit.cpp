#include "LayoutAudit.h"

#include <QAccessible>
#include <QColor>
#include <QQuickItem>
#include <QQuickWindow>
#include <algorithm>
#include <cmath>

namespace {

bool shown(const QQuickItem *item)
{
    return item->isVisible() && item->opacity() > 0.01 && item->width() > 0 && item->height() > 0;
}

bool isTextItem(const QQuickItem *item)
{
    if (item->inherits("QQuickText"))
        return true;
    // Read-only text areas show message bodies and articles.
    return item->inherits("QQuickTextEdit") && item->property("readOnly").toBool();
}

QString textOf(const QQuickItem *item)
{
    return item->property("text").toString();
}

// Where a text item's glyphs are, in scene coordinates (its box may be larger than its text).
QRectF inkRect(const QQuickItem *text)
{
    const qreal contentWidth = text->property("contentWidth").toReal();
    const qreal contentHeight = text->property("contentHeight").toReal();
    const qreal w = std::min(text->width(), contentWidth);
    const qreal h = std::min(text->height(), contentHeight);
    const int hAlign = text->property("effectiveHorizontalAlignment").toInt();
    const int vAlign = text->property("verticalAlignment").toInt();
    const qreal left = text->property("leftPadding").toReal();
    const qreal top = text->property("topPadding").toReal();
    qreal x = left;
    if (hAlign & Qt::AlignRight)
        x = text->width() - w - text->property("rightPadding").toReal();
    else if (hAlign & Qt::AlignHCenter)
        x = (text->width() - w) / 2;
    qreal y = top;
    if (vAlign & Qt::AlignBottom)
        y = text->height() - h - text->property("bottomPadding").toReal();
    else if (vAlign & Qt::AlignVCenter)
        y = (text->height() - h) / 2;
    return text->mapRectToScene(QRectF(std::max(0.0, x), std::max(0.0, y), w, h));
}

QRectF sceneRect(const QQuickItem *item)
{
    return item->mapRectToScene(QRectF(0, 0, item->width(), item->height()));
}

// The layer an item belongs to: the page (a child of the window's content item) or a popup
// (a child of the overlay). Items of different layers may cover each other by design.
const QQuickItem *layerOf(const QQuickItem *item, const QQuickItem *root)
{
    const QQuickItem *layer = item;
    for (const QQuickItem *p = item; p && p != root; p = p->parentItem()) {
        const QQuickItem *parent = p->parentItem();
        if (!parent || parent == root || parent->inherits("QQuickOverlay"))
            return p;
        layer = p;
    }
    return layer;
}

bool isAncestor(const QQuickItem *ancestor, const QQuickItem *item)
{
    for (const QQuickItem *p = item->parentItem(); p; p = p->parentItem())
        if (p == ancestor)
            return true;
    return false;
}

// The part of a rectangle a viewer can see: what clipping ancestors (a scrolled list, a page)
// cut away is not drawn, so it cannot overlap anything.
QRectF visiblePart(const QQuickItem *item, QRectF rect)
{
    for (const QQuickItem *p = item->parentItem(); p; p = p->parentItem())
        if (p->clip())
            rect = rect.intersected(sceneRect(p));
    return rect;
}

bool scrollsVertically(const QQuickItem *flickable)
{
    return flickable->property("contentHeight").toReal() > flickable->height() + 1;
}

bool scrollsHorizontally(const QQuickItem *flickable)
{
    return flickable->property("contentWidth").toReal() > flickable->width() + 1;
}

QString accessibleName(QQuickItem *item)
{
    QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(item);
    return accessible ? accessible->text(QAccessible::Name) : QString();
}

double channel(double c)
{
    return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}

double contrast(const QColor &a, const QColor &b)
{
    const auto luminance = [](const QColor &c) {
        return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) +
               0.0722 * channel(c.blueF());
    };
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

bool isIcon(const QQuickItem *item)
{
    return item->inherits("QQuickImage") &&
           item->property("source").toUrl().toString().startsWith(u"image://icon/");
}

// What is painted, in painting order: opaque rectangles (possible backgrounds), images (an
// unknown background), texts and icons (to check against what is under them).
struct Painted
{
    enum Kind
    {
        Fill,
        Picture,
        Ink
    } kind;
    QQuickItem *item;
    QRectF rect;
    QColor color;
};

struct Collected
{
    QList<QQuickItem *> texts;
    QList<QQuickItem *> controls;
    QList<Painted> painted;
};

void collect(QQuickItem *item, Collected &out, qreal opacity, bool enabled)
{
    if (!shown(item))
        return;
    opacity *= item->opacity();
    enabled = enabled && item->isEnabled();
    const bool text = isTextItem(item) && !textOf(item).trimmed().isEmpty();
    if (text)
        out.texts.append(item);
    if (LayoutAudit::isInteractive(item))
        out.controls.append(item);
    if (item->inherits("QQuickRectangle")) {
        const QColor color = item->property("color").value<QColor>();
        if (color.alpha() == 255 && opacity > 0.99)
            out.painted.append({Painted::Fill, item, sceneRect(item), color});
        else if (color.alpha() > 0)
            out.painted.append({Painted::Picture, item, sceneRect(item), color});
    } else if (isIcon(item) || text) {
        // Disabled controls are exempt (WCAG 1.4.3); half-transparent ink is checked as drawn
        // only when fully opaque, other cases need the blend and are left out.
        const QColor color = item->property("color").value<QColor>();
        if (enabled && opacity > 0.99 && color.alpha() == 255)
            out.painted.append({Painted::Ink, item, text ? inkRect(item) : sceneRect(item), color});
    } else if (item->inherits("QQuickImage") || item->inherits("QQuickShaderEffectSource") ||
               item->inherits("QQuickCanvasItem")) {
        out.painted.append({Painted::Picture, item, sceneRect(item), QColor()});
    }
    QList<QQuickItem *> children = item->childItems();
    // Painting order: by z, then in declaration order.
    std::stable_sort(children.begin(), children.end(),
                     [](const QQuickItem *a, const QQuickItem *b) { return a->z() < b->z(); });
    for (QQuickItem *child : std::as_const(children))
        collect(child, out, opacity, enabled);
}

} // namespace

LayoutAudit::LayoutAudit(QQuickWindow *window, int minimumHitSize, double minimumContrast)
    : m_window(window)
    , m_minimumHitSize(minimumHitSize)
    , m_minimumContrast(minimumContrast)
{}

bool LayoutAudit::isInteractive(const QQuickItem *item)
{
    if (!item->isEnabled())
        return false;
    static const char *const controls[] = {
        "QQuickAbstractButton", "QQuickSlider", "QQuickRangeSlider", "QQuickComboBox",
        "QQuickSpinBox",        "QQuickDial",   "QQuickTumbler"};
    for (const char *type : controls)
        if (item->inherits(type))
            return true;
    const QQuickItem *parent = item->parentItem();
    // An editable field; the text inside a spin box or an editable combo box is part of it.
    if ((item->inherits("QQuickTextInput") || item->inherits("QQuickTextEdit")) &&
        !item->property("readOnly").toBool())
        return !(parent &&
                 (parent->inherits("QQuickSpinBox") || parent->inherits("QQuickComboBox")));
    if (item->inherits("QQuickMouseArea")) {
        // Hover trackers take no clicks.
        return item->property("acceptedButtons").toInt() != Qt::NoButton;
    }
    return false;
}

QString LayoutAudit::pathOf(const QQuickItem *item)
{
    QStringList names;
    for (const QQuickItem *p = item->parentItem(); p; p = p->parentItem())
        if (!p->objectName().isEmpty())
            names.prepend(p->objectName());
    QString self = item->objectName().isEmpty()
                       ? QString::fromLatin1(item->metaObject()->className()).section(u'_', 0, 0)
                       : item->objectName();
    const QString text = textOf(item).simplified();
    if (!text.isEmpty())
        self += QStringLiteral(" \"%1\"").arg(text.left(48));
    names.append(self);
    return names.join(u'/');
}

QList<LayoutAudit::Finding> LayoutAudit::run() const
{
    QList<Finding> findings;
    QQuickItem *root = m_window->contentItem();
    Collected items;
    collect(root, items, 1.0, true);
    m_texts = int(items.texts.size());
    m_controls = int(items.controls.size());
    const QRectF windowRect(0, 0, m_window->width(), m_window->height());

    QList<std::pair<QQuickItem *, QRectF>> inks;
    for (QQuickItem *text : std::as_const(items.texts)) {
        const QString path = pathOf(text);
        if (text->property("truncated").toBool())
            findings.append(
                {QStringLiteral("elided"), path, QStringLiteral("the text is cut short")});
        const QRectF ink = inkRect(text);
        inks.append({text, visiblePart(text, ink)});

        // Glyphs that do not fit the text's own box spill over whatever is next to it.
        const qreal contentWidth = text->property("contentWidth").toReal();
        const qreal contentHeight = text->property("contentHeight").toReal();
        const qreal padH =
            text->property("leftPadding").toReal() + text->property("rightPadding").toReal();
        const qreal padV =
            text->property("topPadding").toReal() + text->property("bottomPadding").toReal();
        if (contentWidth > text->width() - padH + 2 || contentHeight > text->height() - padV + 2)
            findings.append({QStringLiteral("overflow"), path,
                             QStringLiteral("text %1×%2 in a box of %3×%4")
                                 .arg(qRound(contentWidth))
                                 .arg(qRound(contentHeight))
                                 .arg(qRound(text->width() - padH))
                                 .arg(qRound(text->height() - padV))});

        // Cut off by the window or by a clipping ancestor (a scrolling list may hide what is
        // scrolled away, but not what sticks out across the direction it does not scroll).
        bool reported = false;
        const auto cut = [&](const QRectF &bounds, bool horizontal, bool vertical,
                             const QString &by) {
            if (reported)
                return;
            const bool outH =
                horizontal && (ink.left() < bounds.left() - 1 || ink.right() > bounds.right() + 1);
            const bool outV =
                vertical && (ink.top() < bounds.top() - 1 || ink.bottom() > bounds.bottom() + 1);
            // Entirely outside a scrolling view is "scrolled away", not clipped.
            if ((outH || outV) && ink.intersects(bounds)) {
                findings.append(
                    {QStringLiteral("clipped"), path, QStringLiteral("cut off by %1").arg(by)});
                reported = true;
            }
        };
        bool inVerticalScroller = false;
        bool inHorizontalScroller = false;
        for (QQuickItem *p = text->parentItem(); p && p != root; p = p->parentItem()) {
            // A ScrollView clips for the Flickable inside it and has the same content size.
            const bool flickable = p->inherits("QQuickFlickable") || p->inherits("QQuickScrollView");
            if (flickable) {
                inVerticalScroller |= scrollsVertically(p);
                inHorizontalScroller |= scrollsHorizontally(p);
            }
            if (!p->clip())
                continue;
            const bool h = !(flickable && scrollsHorizontally(p));
            const bool v = !(flickable && scrollsVertically(p));
            cut(sceneRect(p), h, v, pathOf(p));
        }
        cut(windowRect, !inHorizontalScroller, !inVerticalScroller, QStringLiteral("the window"));
    }

    // Text drawn over other text or over a control it is not part of.
    for (qsizetype i = 0; i < inks.size(); ++i) {
        const auto &[text, ink] = inks.at(i);
        const QQuickItem *layer = layerOf(text, root);
        for (qsizetype j = i + 1; j < inks.size(); ++j) {
            const auto &[other, otherInk] = inks.at(j);
            if (layerOf(other, root) != layer)
                continue;
            const QRectF overlap = ink.intersected(otherInk);
            if (overlap.width() > 2 && overlap.height() > 2)
                findings.append({QStringLiteral("overlap"), pathOf(text),
                                 QStringLiteral("drawn over %1").arg(pathOf(other))});
        }
        for (QQuickItem *control : std::as_const(items.controls)) {
            if (control->inherits("QQuickMouseArea") || isAncestor(control, text) ||
                layerOf(control, root) != layer || isAncestor(text, control))
                continue;
            const QRectF overlap = ink.intersected(visiblePart(control, sceneRect(control)));
            if (overlap.width() > 2 && overlap.height() > 2)
                findings.append({QStringLiteral("overlap"), pathOf(text),
                                 QStringLiteral("drawn over the control %1").arg(pathOf(control))});
        }
    }

    // Text and icons against the last opaque fill painted under their middle (the window's
    // colour when none); skipped when a picture lies between (its colours are unknown).
    const QColor windowColor = m_window->color();
    for (qsizetype i = 0; i < items.painted.size(); ++i) {
        const Painted &ink = items.painted.at(i);
        if (ink.kind != Painted::Ink)
            continue;
        const QPointF middle = ink.rect.center();
        QColor under = windowColor;
        bool unknown = false;
        for (qsizetype j = i - 1; j >= 0; --j) {
            const Painted &below = items.painted.at(j);
            if (below.kind == Painted::Ink || !below.rect.contains(middle))
                continue;
            // An ancestor's own fill counts; another item's picture hides what is below.
            if (below.kind == Painted::Picture)
                unknown = true;
            else
                under = below.color;
            break;
        }
        if (unknown)
            continue;
        const double ratio = contrast(ink.color, under);
        if (ratio + 0.005 < m_minimumContrast)
            findings.append({QStringLiteral("contrast"), pathOf(ink.item),
                             QStringLiteral("%1 on %2 is %3:1, needs %4:1")
                                 .arg(ink.color.name(), under.name())
                                 .arg(ratio, 0, 'f', 2)
                                 .arg(m_minimumContrast)});
    }

    for (QQuickItem *control : std::as_const(items.controls)) {
        const QString path = pathOf(control);
        // A mouse area usually lends its parent's name and role (a clickable card).
        const QQuickItem *named = control;
        if (control->inherits("QQuickMouseArea") && control->objectName().isEmpty() &&
            control->parentItem())
            named = control->parentItem();
        if (named->objectName().isEmpty())
            findings.append(
                {QStringLiteral("unnamed"), path, QStringLiteral("no objectName for scripts")});
        if (accessibleName(const_cast<QQuickItem *>(named)).trimmed().isEmpty())
            findings.append({QStringLiteral("unnamed"), path,
                             QStringLiteral("no Accessible.name for screen readers")});
        if (control->width() < m_minimumHitSize - 0.5 || control->height() < m_minimumHitSize - 0.5)
            findings.append({QStringLiteral("small"), path,
                             QStringLiteral("%1×%2 px, the minimum is %3×%3")
                                 .arg(qRound(control->width()))
                                 .arg(qRound(control->height()))
                                 .arg(m_minimumHitSize)});
    }
    return findings;
}
