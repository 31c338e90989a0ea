#include "ScriptDriver.h"

#include "AppContext.h"
#include "platform/RecordingNotifier.h"
#include "shell/Navigation.h"
#include "shell/Preferences.h"
#include "shell/SessionController.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QEventLoop>
#include <QFileInfo>
#include <QJSEngine>
#include <QMetaEnum>
#include <QMetaProperty>
#include <QQuickItem>
#include <QQuickWindow>
#include <QRegularExpression>
#include <QTimer>

namespace teahouse::app::automation {

namespace {

constexpr int pollMs = 20;
constexpr int frameTimeoutMs = 250;

QString enumName(const QObject *object, const char *property)
{
    const QMetaObject *meta = object->metaObject();
    const int index = meta->indexOfProperty(property);
    if (index < 0)
        return {};
    const QMetaProperty p = meta->property(index);
    const int value = p.read(object).toInt();
    if (!p.isEnumType())
        return QString::number(value);
    const char *key = p.enumerator().valueToKey(value);
    return key ? QString::fromLatin1(key) : QString::number(value);
}

QString simplifiedKey(const QString &text)
{
    QString out = text.toLower();
    out.remove(QRegularExpression(QStringLiteral("[^a-z0-9]")));
    return out;
}

void collectTexts(QQuickItem *item, QStringList &out)
{
    if (!item || !item->isVisible() || item->opacity() <= 0)
        return;
    QString text;
    if (item->inherits("QQuickTextInput"))
        text = item->property("displayText").toString();
    else if (item->inherits("QQuickText") || item->inherits("QQuickTextEdit"))
        text = item->property("text").toString();
    if (!text.isEmpty())
        out << text;
    const auto children = item->childItems();
    for (QQuickItem *child : children)
        collectTexts(child, out);
}

QQuickItem *itemOf(QObject *object)
{
    if (auto *item = qobject_cast<QQuickItem *>(object))
        return item;
    if (object && object->inherits("QQuickPopup"))
        if (auto *content = object->property("contentItem").value<QQuickItem *>())
            return content->parentItem() ? content->parentItem() : content;
    return nullptr;
}

} // namespace

ScriptDriver::ScriptDriver(AppContext &context, QJSEngine &engine, QString screenshotDir,
                           std::function<void(const QString &)> fail,
                           std::function<void(const QString &)> step, QObject *parent)
    : QObject(parent)
    , m_context(context)
    , m_engine(engine)
    , m_screenshotDir(std::move(screenshotDir))
    , m_fail(std::move(fail))
    , m_step(std::move(step))
    , m_finder(context.window())
    , m_input(context.window())
{}

QString ScriptDriver::describe(const QJSValue &target)
{
    if (target.isString())
        return QStringLiteral("\"%1\"").arg(target.toString());
    if (QObject *object = target.toQObject()) {
        const QString name = object->objectName();
        return name.isEmpty() ? QStringLiteral("a %1").arg(
                                    QString::fromLatin1(object->metaObject()->className()))
                              : QStringLiteral("\"%1\"").arg(name);
    }
    return target.toString();
}

QJSValue ScriptDriver::wrap(QObject *object)
{
    if (!object)
        return QJSValue(QJSValue::NullValue);
    // The app owns every object a script sees; the script's garbage collector must never
    // delete one.
    QJSEngine::setObjectOwnership(object, QJSEngine::CppOwnership);
    return m_engine.newQObject(object);
}

QObject *ScriptDriver::resolve(const QJSValue &target, QString *error)
{
    if (target.isQObject()) {
        QObject *object = target.toQObject();
        if (!object && error)
            *error = QStringLiteral("the item no longer exists");
        return object;
    }
    if (!target.isString()) {
        if (error)
            *error = QStringLiteral("expected an objectName path or an item from find(), got %1")
                         .arg(target.toString());
        return nullptr;
    }
    auto found = m_finder.find(target.toString());
    if (!found.ok()) {
        if (error)
            *error = found.error().message;
        return nullptr;
    }
    return found.value();
}

QQuickItem *ScriptDriver::actionItem(const QJSValue &target, bool requireEnabled,
                                     const QString &action)
{
    QDeadlineTimer deadline(m_defaultTimeout);
    QString problem;
    for (;;) {
        QString error;
        QObject *object = resolve(target, &error);
        QQuickItem *item = itemOf(object);
        if (!object) {
            problem = error;
        } else if (!item) {
            problem =
                QStringLiteral("%1 is a %2, not an item")
                    .arg(describe(target), QString::fromLatin1(object->metaObject()->className()));
        } else if (!ItemFinder::isShown(object)) {
            problem = QStringLiteral("expected %1 to be shown, found it hidden (visible %2, "
                                     "size %3×%4)")
                          .arg(describe(target))
                          .arg(item->isVisible() ? QStringLiteral("true") : QStringLiteral("false"))
                          .arg(item->width())
                          .arg(item->height());
        } else if (requireEnabled && !item->isEnabled()) {
            problem = QStringLiteral("expected %1 to be enabled, found it disabled")
                          .arg(describe(target));
        } else {
            return item;
        }
        if (deadline.hasExpired() || !target.isString())
            break;
        spin(pollMs);
    }
    m_fail(QStringLiteral("%1 %2: %3 (after %4 ms)")
               .arg(action, describe(target), problem)
               .arg(target.isString() ? m_defaultTimeout : 0));
    return nullptr;
}

QPointF ScriptDriver::pointIn(QQuickItem *item, const QVariantMap &options, bool *ok)
{
    const qreal x = options.contains(QStringLiteral("x"))
                        ? options.value(QStringLiteral("x")).toReal()
                        : item->width() / 2;
    const qreal y = options.contains(QStringLiteral("y"))
                        ? options.value(QStringLiteral("y")).toReal()
                        : item->height() / 2;
    const QPointF scene = item->mapToScene(QPointF(x, y));
    QQuickWindow *window = m_context.window();
    *ok = scene.x() >= 0 && scene.y() >= 0 && scene.x() < window->width() &&
          scene.y() < window->height();
    return scene;
}

void ScriptDriver::mouseAction(const QJSValue &target, const QVariantMap &options,
                               Qt::MouseButton button, int count, const QString &verb)
{
    QQuickItem *item = actionItem(target, true, verb);
    if (!item)
        return;
    auto modifiers =
        InputSynthesizer::parseModifiers(options.value(QStringLiteral("modifiers")).toString());
    if (!modifiers.ok()) {
        m_fail(modifiers.error().message);
        return;
    }
    settle();
    scrollIntoView(wrap(item));
    bool inside = false;
    const QPointF at = pointIn(item, options, &inside);
    if (!inside) {
        m_fail(QStringLiteral("%1 %2: expected it inside the window, found it at (%3, %4) in a "
                              "%5×%6 window")
                   .arg(verb, describe(target))
                   .arg(at.x())
                   .arg(at.y())
                   .arg(m_context.window()->width())
                   .arg(m_context.window()->height()));
        return;
    }
    m_step(QStringLiteral("%1 %2").arg(verb, describe(target)));
    m_input.click(at, {button, modifiers.value(), count});
    settle();
}

QJSValue ScriptDriver::find(const QJSValue &target)
{
    QString error;
    QObject *object = resolve(target, &error);
    if (!object) {
        m_fail(error);
        return {};
    }
    return wrap(object);
}

QJSValue ScriptDriver::findAll(const QString &path)
{
    const QList<QObject *> all = m_finder.findAll(path);
    QJSValue array = m_engine.newArray(uint(all.size()));
    for (qsizetype i = 0; i < all.size(); ++i)
        array.setProperty(quint32(i), wrap(all.at(i)));
    return array;
}

bool ScriptDriver::exists(const QJSValue &target)
{
    return resolve(target, nullptr) != nullptr;
}

bool ScriptDriver::isShown(const QJSValue &target)
{
    return ItemFinder::isShown(resolve(target, nullptr));
}

bool ScriptDriver::isEnabled(const QJSValue &target)
{
    QQuickItem *item = itemOf(resolve(target, nullptr));
    return item && item->isEnabled();
}

QStringList ScriptDriver::names(const QString &prefix)
{
    QStringList all = m_finder.allNames();
    if (!prefix.isEmpty())
        all = all.filter(QRegularExpression(u'^' + QRegularExpression::escape(prefix)));
    return all;
}

QString ScriptDriver::whyMissing(const QString &path)
{
    auto found = m_finder.find(path);
    return found.ok() ? QString() : found.error().message;
}

void ScriptDriver::click(const QJSValue &target, const QVariantMap &options)
{
    mouseAction(target, options, Qt::LeftButton, 1, QStringLiteral("click"));
}

void ScriptDriver::doubleClick(const QJSValue &target, const QVariantMap &options)
{
    mouseAction(target, options, Qt::LeftButton, 2, QStringLiteral("double-click"));
}

void ScriptDriver::rightClick(const QJSValue &target, const QVariantMap &options)
{
    mouseAction(target, options, Qt::RightButton, 1, QStringLiteral("right-click"));
}

void ScriptDriver::hover(const QJSValue &target)
{
    QQuickItem *item = actionItem(target, false, QStringLiteral("hover"));
    if (!item)
        return;
    scrollIntoView(wrap(item));
    bool inside = false;
    const QPointF at = pointIn(item, {}, &inside);
    m_step(QStringLiteral("hover %1").arg(describe(target)));
    m_input.hover(at);
    settle();
}

void ScriptDriver::dragTo(const QJSValue &from, const QJSValue &to)
{
    QQuickItem *source = actionItem(from, true, QStringLiteral("drag"));
    if (!source)
        return;
    QQuickItem *target = actionItem(to, false, QStringLiteral("drag onto"));
    if (!target)
        return;
    bool inside = false;
    const QPointF a = pointIn(source, {}, &inside);
    const QPointF b = pointIn(target, {}, &inside);
    m_step(QStringLiteral("drag %1 to %2").arg(describe(from), describe(to)));
    m_input.drag(a, b);
    settle();
}

void ScriptDriver::focus(const QJSValue &target)
{
    QQuickItem *item = actionItem(target, true, QStringLiteral("focus"));
    if (!item)
        return;
    scrollIntoView(wrap(item));
    m_context.window()->requestActivate();
    item->forceActiveFocus(Qt::MouseFocusReason);
    settle();
    QQuickItem *focused = m_context.window()->activeFocusItem();
    bool within = false;
    for (QQuickItem *p = focused; p; p = p->parentItem())
        within = within || p == item;
    if (!within)
        m_fail(QStringLiteral("focus %1: expected it to take the keyboard focus, found the focus "
                              "on %2")
                   .arg(describe(target),
                        focused ? describe(wrap(focused)) : QStringLiteral("nothing")));
}

void ScriptDriver::type(const QJSValue &target, const QString &text)
{
    QQuickItem *item = actionItem(target, true, QStringLiteral("type into"));
    if (!item)
        return;
    focus(wrap(item));
    if (m_engine.hasError())
        return;
    // Type at the end, as a person continuing a line would.
    const QVariant length = item->property("length");
    if (length.isValid())
        item->setProperty("cursorPosition", length);
    const bool secret = item->property("echoMode").toInt() != 0;
    m_step(QStringLiteral("type %1 into %2")
               .arg(secret ? QStringLiteral("%1 characters").arg(text.size())
                           : QStringLiteral("\"%1\"").arg(text),
                    describe(target)));
    m_input.typeText(text);
    settle();
}

void ScriptDriver::setText(const QJSValue &target, const QString &text)
{
    QQuickItem *item = actionItem(target, false, QStringLiteral("set the text of"));
    if (!item)
        return;
    if (!item->setProperty("text", text)) {
        m_fail(QStringLiteral("set the text of %1: it has no writable text property")
                   .arg(describe(target)));
        return;
    }
    m_step(QStringLiteral("set the text of %1").arg(describe(target)));
    settle();
}

void ScriptDriver::press(const QString &keys, const QJSValue &target)
{
    if (!target.isUndefined() && !target.isNull()) {
        focus(target);
        if (m_engine.hasError())
            return;
    }
    m_step(QStringLiteral("press %1").arg(keys));
    const Status pressed = m_input.pressKeys(keys);
    if (!pressed.ok()) {
        m_fail(pressed.error().message);
        return;
    }
    settle();
}

void ScriptDriver::scroll(const QJSValue &target, int dy, int dx)
{
    QQuickItem *item = actionItem(target, false, QStringLiteral("scroll"));
    if (!item)
        return;
    bool inside = false;
    const QPointF at = pointIn(item, {}, &inside);
    m_step(QStringLiteral("scroll %1 by %2, %3").arg(describe(target)).arg(dx).arg(dy));
    m_input.wheel(at, dx, dy);
    settle();
}

void ScriptDriver::scrollIntoView(const QJSValue &target)
{
    QQuickItem *item = itemOf(resolve(target, nullptr));
    if (!item)
        return;
    // Every Flickable around the item moves so that the item is inside it.
    for (QQuickItem *p = item->parentItem(); p; p = p->parentItem()) {
        if (!p->inherits("QQuickFlickable"))
            continue;
        auto *content = p->property("contentItem").value<QQuickItem *>();
        if (!content)
            continue;
        const QRectF r = item->mapRectToItem(content, item->boundingRect());
        const qreal y = p->property("contentY").toReal();
        const qreal x = p->property("contentX").toReal();
        const qreal originY = p->property("originY").toReal();
        const qreal originX = p->property("originX").toReal();
        if (r.top() < y)
            p->setProperty("contentY", std::max(originY, r.top()));
        else if (r.bottom() > y + p->height())
            p->setProperty("contentY", r.bottom() - p->height());
        if (r.left() < x)
            p->setProperty("contentX", std::max(originX, r.left()));
        else if (r.right() > x + p->width())
            p->setProperty("contentX", r.right() - p->width());
    }
    settle();
}

bool ScriptDriver::dropFiles(const QJSValue &target, const QStringList &files)
{
    QQuickItem *item = actionItem(target, false, QStringLiteral("drop files on"));
    if (!item)
        return false;
    QStringList absolute;
    for (const QString &file : files) {
        if (!QFileInfo::exists(file)) {
            m_fail(QStringLiteral("drop files on %1: the file %2 does not exist")
                       .arg(describe(target), file));
            return false;
        }
        absolute << QFileInfo(file).absoluteFilePath();
    }
    scrollIntoView(wrap(item));
    bool inside = false;
    const QPointF at = pointIn(item, {}, &inside);
    m_step(QStringLiteral("drop %1 on %2").arg(absolute.join(u", "), describe(target)));
    const bool accepted = m_input.dropFiles(at, absolute);
    settle();
    return accepted;
}

QString ScriptDriver::text(const QJSValue &target)
{
    QString error;
    QObject *object = resolve(target, &error);
    if (!object) {
        m_fail(error);
        return {};
    }
    const QVariant value = object->property("text");
    if (value.isValid() && value.canConvert<QString>())
        return value.toString();
    QStringList texts;
    collectTexts(itemOf(object), texts);
    return texts.join(u'\n');
}

QString ScriptDriver::visibleText(const QJSValue &target)
{
    QQuickItem *root = nullptr;
    if (target.isUndefined() || target.isNull()) {
        root = m_context.window()->contentItem();
        if (root->parentItem())
            root = root->parentItem(); // with the popups
    } else {
        QString error;
        root = itemOf(resolve(target, &error));
        if (!root) {
            m_fail(error.isEmpty() ? QStringLiteral("%1 is not an item").arg(describe(target))
                                   : error);
            return {};
        }
    }
    QStringList texts;
    collectTexts(root, texts);
    return texts.join(u'\n');
}

QJSValue ScriptDriver::property(const QJSValue &target, const QString &name)
{
    QString error;
    QObject *object = resolve(target, &error);
    if (!object) {
        m_fail(error);
        return {};
    }
    QVariant value = object->property(name.toUtf8().constData());
    // A QML `var` holds a value of the QML engine: hand over its plain form.
    if (value.metaType() == QMetaType::fromType<QJSValue>())
        value = value.value<QJSValue>().toVariant();
    if (!value.isValid()) {
        m_fail(QStringLiteral("%1 has no property \"%2\"").arg(describe(target), name));
        return {};
    }
    if (value.canConvert<QObject *>() && value.metaType().flags() & QMetaType::PointerToQObject)
        return wrap(value.value<QObject *>());
    return m_engine.toScriptValue(value);
}

void ScriptDriver::setProperty(const QJSValue &target, const QString &name, const QJSValue &value)
{
    QString error;
    QObject *object = resolve(target, &error);
    if (!object) {
        m_fail(error);
        return;
    }
    if (!object->setProperty(name.toUtf8().constData(), value.toVariant())) {
        m_fail(QStringLiteral("set %1.%2: no such writable property, or %3 does not fit it")
                   .arg(describe(target), name, value.toString()));
        return;
    }
    m_step(QStringLiteral("set %1.%2 = %3").arg(describe(target), name, value.toString()));
    settle();
}

QString ScriptDriver::screenshot(const QString &name)
{
    QQuickWindow *window = m_context.window();
    if (!window || m_screenshotDir.isEmpty())
        return {};
    settle();
    QDir().mkpath(m_screenshotDir);
    QString safe = name;
    safe.replace(QRegularExpression(QStringLiteral("[^\\w.-]+")), QStringLiteral("-"));
    const QString path = QDir(m_screenshotDir)
                             .filePath(QStringLiteral("%1-%2.png")
                                           .arg(++m_screenshotNumber, 2, 10, QLatin1Char('0'))
                                           .arg(safe.left(80)));
    const QImage image = window->grabWindow();
    if (image.isNull() || !image.save(path))
        return {};
    return path;
}

void ScriptDriver::spin(int ms)
{
    QEventLoop loop;
    QTimer timer;
    timer.setSingleShot(true);
    connect(&timer, &QTimer::timeout, &loop, &QEventLoop::quit);
    timer.start(std::max(0, ms));
    loop.exec();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
}

void ScriptDriver::settle()
{
    // Let bindings, layouts and polish run, then wait (briefly) for the frame that shows them.
    QQuickWindow *window = m_context.window();
    QCoreApplication::processEvents();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    if (!window || !window->isExposed())
        return;
    QEventLoop loop;
    QTimer timer;
    timer.setSingleShot(true);
    connect(&timer, &QTimer::timeout, &loop, &QEventLoop::quit);
    connect(window, &QQuickWindow::frameSwapped, &loop, &QEventLoop::quit);
    window->update();
    timer.start(frameTimeoutMs);
    loop.exec();
    QCoreApplication::processEvents();
}

void ScriptDriver::setLanguage(const QString &language)
{
    const QStringList supported = ui::Preferences::supportedLanguages();
    if (!language.isEmpty() && !supported.contains(language)) {
        m_fail(QStringLiteral("app.setLanguage: expected one of %1 (or \"\" for the system's), "
                              "found \"%2\"")
                   .arg(supported.join(u", "), language));
        return;
    }
    m_step(QStringLiteral("language %1").arg(language));
    m_context.preferences().overrideLanguage(language);
    settle();
}

void ScriptDriver::setCareMode(bool on)
{
    m_step(QStringLiteral("care mode %1").arg(on ? QStringLiteral("on") : QStringLiteral("off")));
    m_context.preferences().overrideCareMode(on);
    settle();
}

void ScriptDriver::setScale(int percent)
{
    if (percent < ui::Preferences::lowestScalePercent ||
        percent > ui::Preferences::highestScalePercent) {
        m_fail(QStringLiteral("app.setScale: expected %1 to %2 percent, found %3")
                   .arg(ui::Preferences::lowestScalePercent)
                   .arg(ui::Preferences::highestScalePercent)
                   .arg(percent));
        return;
    }
    m_step(QStringLiteral("text size %1 %").arg(percent));
    m_context.preferences().overrideScalePercent(percent);
    settle();
}

void ScriptDriver::resize(int width, int height)
{
    m_context.window()->resize(width, height);
    settle();
}

QString ScriptDriver::activeLanguage() const
{
    return m_context.activeLanguage();
}

QVariantMap ScriptDriver::state()
{
    ui::Navigation &navigation = m_context.navigation();
    ui::Preferences &preferences = m_context.preferences();
    ui::SessionController &session = m_context.session();
    QQuickWindow *window = m_context.window();
    QQuickItem *focused = window ? window->activeFocusItem() : nullptr;
    return {
        {QStringLiteral("stage"), enumName(&navigation, "stage")},
        {QStringLiteral("section"), enumName(&navigation, "section")},
        {QStringLiteral("discoverPage"), enumName(&navigation, "discoverPage")},
        {QStringLiteral("language"), m_context.activeLanguage()},
        {QStringLiteral("languagePreference"), preferences.language()},
        {QStringLiteral("careMode"), preferences.careMode()},
        {QStringLiteral("scalePercent"), preferences.scalePercent()},
        {QStringLiteral("sessionState"), enumName(&session, "state")},
        {QStringLiteral("sessionError"), enumName(&session, "errorKind")},
        {QStringLiteral("sessionErrorDetail"), session.errorDetail()},
        {QStringLiteral("account"), session.accountJid()},
        {QStringLiteral("focus"), focused ? focused->objectName() : QString()},
        {QStringLiteral("windowWidth"), window ? window->width() : 0},
        {QStringLiteral("windowHeight"), window ? window->height() : 0},
    };
}

QVariantList ScriptDriver::notifications() const
{
    QVariantList list;
    const auto *recording = qobject_cast<const RecordingNotifier *>(&m_context.notifier());
    if (!recording)
        return list;
    for (const auto &n : recording->notifications())
        list << QVariantMap{{QStringLiteral("title"), n.title},
                            {QStringLiteral("body"), n.body},
                            {QStringLiteral("key"), n.key}};
    return list;
}

int ScriptDriver::unreadCount() const
{
    const auto *recording = qobject_cast<const RecordingNotifier *>(&m_context.notifier());
    return recording ? recording->unreadCount() : -1;
}

bool ScriptDriver::activateNotification(const QString &key)
{
    auto *recording = qobject_cast<RecordingNotifier *>(&m_context.notifier());
    if (!recording)
        return false;
    m_step(QStringLiteral("click the notification %1").arg(key));
    recording->activate(key);
    settle();
    return true;
}

void ScriptDriver::goTo(const QString &place)
{
    // Any value of any enum property of Navigation but the stage: sections and Discover pages
    // (and whatever pages Navigation grows), matched loosely: "officialAccounts",
    // "official-accounts" and "Official accounts" are the same place.
    ui::Navigation &navigation = m_context.navigation();
    const QMetaObject *meta = navigation.metaObject();
    const QString wanted = simplifiedKey(place);
    QStringList known;
    for (int i = meta->propertyOffset(); i < meta->propertyCount(); ++i) {
        const QMetaProperty p = meta->property(i);
        if (!p.isEnumType() || !p.isWritable() || qstrcmp(p.name(), "stage") == 0)
            continue;
        const QMetaEnum e = p.enumerator();
        for (int k = 0; k < e.keyCount(); ++k) {
            const QString key = QString::fromLatin1(e.key(k));
            known << key;
            if (simplifiedKey(key) != wanted)
                continue;
            m_step(QStringLiteral("go to %1").arg(key));
            // A page inside a section: switch to the section first (Discover's pages).
            const QString section = QString::fromLatin1(p.name()).remove(QStringLiteral("Page"));
            if (section != QLatin1String(p.name()) && section != u"section") {
                const int sectionIndex = meta->indexOfProperty("section");
                if (sectionIndex >= 0) {
                    const QMetaProperty sp = meta->property(sectionIndex);
                    const QMetaEnum se = sp.enumerator();
                    for (int s = 0; s < se.keyCount(); ++s)
                        if (simplifiedKey(QString::fromLatin1(se.key(s))) == simplifiedKey(section))
                            sp.write(&navigation, se.value(s));
                }
            }
            p.write(&navigation, e.value(k));
            settle();
            return;
        }
    }
    known.removeDuplicates();
    m_fail(QStringLiteral("app.goTo: no place \"%1\"; known places: %2")
               .arg(place, known.join(u", ")));
}

QJSValue ScriptDriver::session()
{
    return wrap(&m_context.session());
}

QJSValue ScriptDriver::preferences()
{
    return wrap(&m_context.preferences());
}

QJSValue ScriptDriver::navigation()
{
    return wrap(&m_context.navigation());
}

} // namespace teahouse::app::automation
