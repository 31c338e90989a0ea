#include "FormController.h"

#include "services/CityProtocol.h"
#include "services/CityServices.h"
#include "services/FormSession.h"
#include "xmpp/CommandManager.h"

#include <QBuffer>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QImageReader>
#include <QMimeDatabase>

namespace teahouse::ui {

using services::FormSession;
using xmpp::DataForm;
using xmpp::Element;

namespace {

constexpr QStringView kMediaNs = u"urn:xmpp:media-element";
constexpr QStringView kBobNs = u"urn:xmpp:bob";

// The first image of a field's XEP-0221 <media/> as a URL Image loads: data: and http(s) as
// they are, cid: (XEP-0231) from the data the answer carried.
QString imageOf(const QList<Element> &extensions, const QList<Element> &payloads)
{
    for (const Element &ext : extensions) {
        if (!ext.is(u"media", kMediaNs))
            continue;
        for (const Element &uri : ext.childrenNamed(u"uri")) {
            const QString type = uri.attribute(u"type");
            if (!type.isEmpty() && !type.startsWith(u"image/"))
                continue;
            const QString text = uri.text().trimmed();
            if (text.startsWith(u"data:image/") || text.startsWith(u"https://") ||
                text.startsWith(u"http://"))
                return text;
            if (text.startsWith(u"cid:")) {
                const QString cid = text.mid(4);
                for (const Element &p : payloads) {
                    if (p.is(u"data", kBobNs) && p.attribute(u"cid") == cid)
                        return QStringLiteral("data:%1;base64,%2")
                            .arg(p.attribute(u"type"), p.text().trimmed());
                }
            }
        }
    }
    return {};
}

QString stateName(FormSession::State state)
{
    switch (state) {
    case FormSession::State::Idle:
        return QStringLiteral("idle");
    case FormSession::State::Loading:
        return QStringLiteral("loading");
    case FormSession::State::Editing:
        return QStringLiteral("editing");
    case FormSession::State::Completed:
        return QStringLiteral("completed");
    case FormSession::State::Canceled:
        return QStringLiteral("canceled");
    case FormSession::State::Failed:
        return QStringLiteral("failed");
    }
    return {};
}

} // namespace

FormController::FormController(QObject *parent)
    : QObject(parent)
{}

FormController::~FormController() = default;

void FormController::setServices(services::CityServices *services)
{
    if (m_services)
        disconnect(m_services, nullptr, this, nullptr);
    if (m_session)
        close();
    m_services = services;
    if (!services)
        return;
    // A new sign-in: the command session went with the old stream. Carry on from the draft.
    connect(services, &services::CityServices::connectionChanged, this, [this] {
        if (!m_session || !m_services || !m_services->commands())
            return;
        const auto state = m_session->state();
        if (state != FormSession::State::Editing && state != FormSession::State::Loading &&
            state != FormSession::State::Failed)
            return;
        const QJsonObject snapshot = m_session->snapshot();
        open(m_city, m_cityName, m_session->node(), m_serviceName, snapshot);
    });
}

void FormController::setMyInfo(const QJsonObject &info)
{
    m_myInfo = info;
    if (m_session)
        m_fields.refresh(m_session, offeredInfo());
}

QJsonObject FormController::offeredInfo() const
{
    // A form filled in for someone else is about them: my details are not offered there.
    return m_session && m_session->isLocal() ? QJsonObject() : m_myInfo;
}

void FormController::open(const QString &city, const QString &cityName, const QString &node,
                          const QString &serviceName, const QJsonObject &snapshot)
{
    if (m_session) {
        disconnect(m_session, nullptr, this, nullptr);
        m_session->deleteLater();
        m_session = nullptr;
    }
    m_city = city;
    m_cityName = cityName;
    m_serviceName = serviceName;
    m_helperNote.clear();
    m_images.clear();
    clearPhotos();
    m_shownStage = m_shownPage = m_shownState = -1;
    m_fields.clearTouched();
    m_table.setForm(nullptr);
    if (!m_services || !m_services->commands()) {
        m_fields.reset(nullptr, {}, {});
        Q_EMIT changed();
        return;
    }
    auto *session = new FormSession(m_services->commands(),
                                    services::CityServices::commandAddress(city), node, this);
    m_session = session;
    connect(session, &FormSession::changed, this, &FormController::onSessionChanged);
    connect(session, &FormSession::finished, this, [this] {
        if (m_session && m_session->result())
            m_table.setForm(&*m_session->result());
        Q_EMIT changed();
        Q_EMIT finished();
    });
    m_services->track(session, city, serviceName);
    if (snapshot.isEmpty())
        session->start();
    else
        session->restore(snapshot);
    Q_EMIT changed();
}

void FormController::openLocal(const DataForm &form, const QString &serviceName,
                               const QString &note)
{
    if (m_session) {
        disconnect(m_session, nullptr, this, nullptr);
        m_session->deleteLater();
        m_session = nullptr;
    }
    m_city.clear();
    m_cityName.clear();
    m_serviceName = serviceName;
    m_helperNote = note;
    m_images.clear();
    clearPhotos();
    m_shownStage = m_shownPage = m_shownState = -1;
    m_fields.clearTouched();
    m_table.setForm(nullptr);
    auto *session = new FormSession(nullptr, Jid(), QString(), this);
    m_session = session;
    connect(session, &FormSession::changed, this, &FormController::onSessionChanged);
    connect(session, &FormSession::finished, this, &FormController::finished);
    session->editLocally(form);
    Q_EMIT changed();
}

bool FormController::isLocal() const
{
    return m_session && m_session->isLocal();
}

void FormController::applyValues(const QHash<QString, QStringList> &values, const QString &note)
{
    if (!m_session)
        return;
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        if (m_session->form().field(it.key()))
            m_session->setValues(it.key(), it.value());
    }
    m_helperNote = note;
    Q_EMIT changed();
}

void FormController::collectImages()
{
    m_images.clear();
    if (!m_session)
        return;
    const QList<Element> &payloads = m_session->payloads();
    for (const DataForm::Field &f : m_session->form().fields()) {
        const QString image = imageOf(f.extensions, payloads);
        if (image.isEmpty())
            continue;
        m_images.insert(f.var.isEmpty() ? QStringLiteral("#") + f.values.join(QString()) : f.var,
                        image);
    }
}

void FormController::onSessionChanged()
{
    if (!m_session)
        return;
    const int state = static_cast<int>(m_session->state());
    if (state != m_shownState || m_session->stage() != m_shownStage ||
        m_session->page() != m_shownPage) {
        if (m_session->stage() != m_shownStage)
            m_fields.clearTouched();
        m_shownState = state;
        m_shownStage = m_session->stage();
        m_shownPage = m_session->page();
        collectImages();
        m_fields.reset(m_session, m_images, offeredInfo());
    } else {
        m_fields.refresh(m_session, offeredInfo());
    }
    Q_EMIT changed();
}

QString FormController::state() const
{
    return m_session ? stateName(m_session->state())
                     : (m_services && !m_services->commands() && !m_serviceName.isEmpty()
                            ? QStringLiteral("offline")
                            : QStringLiteral("idle"));
}

QString FormController::title() const
{
    if (!m_session)
        return m_serviceName;
    if (m_session->state() == FormSession::State::Completed && m_session->result() &&
        !m_session->result()->title().isEmpty())
        return m_session->result()->title();
    const QString t = m_session->form().title();
    return t.isEmpty() ? m_serviceName : t;
}

QString FormController::instructions() const
{
    if (!m_session || m_session->state() != FormSession::State::Editing)
        return {};
    return m_session->form().instructions();
}

QString FormController::stepText() const
{
    if (!m_session || m_session->state() != FormSession::State::Editing)
        return {};
    // A Teahouse service says how many steps the whole command has:
    // <steps xmlns='urn:teahouse:city:0' current='2' total='4'/>.
    for (const Element &p : m_session->payloads()) {
        if (p.is(u"steps", services::city::kNamespace)) {
            const int current = p.attribute(u"current").toInt();
            const int total = p.attribute(u"total").toInt();
            if (current > 0 && total >= current) {
                if (m_session->pageCount() > 1)
                    return tr("Step %1 of %2 · page %3 of %4")
                        .arg(current)
                        .arg(total)
                        .arg(m_session->page() + 1)
                        .arg(m_session->pageCount());
                return tr("Step %1 of %2").arg(current).arg(total);
            }
        }
    }
    if (m_session->pageCount() > 1)
        return tr("Step %1 of %2").arg(m_session->page() + 1).arg(m_session->pageCount());
    if (m_session->stage() > 0)
        return tr("Step %1").arg(m_session->stage() + 1);
    return {};
}

QString FormController::pageLabel() const
{
    if (!m_session || m_session->state() != FormSession::State::Editing ||
        m_session->page() >= m_session->layout().pageCount() || !m_session->layout().isDeclared())
        return {};
    return m_session->layout().pages().at(m_session->page()).label;
}

QString FormController::errorText() const
{
    if (!m_session) {
        if (m_services && !m_services->commands() && !m_serviceName.isEmpty())
            return tr("You are offline. The form opens when the connection is back.");
        return {};
    }
    if (!m_session->error())
        return {};
    const Error &e = *m_session->error();
    if (e.condition == u"service-unavailable" || e.condition == u"recipient-unavailable" ||
        e.code == Error::Code::Timeout)
        return tr("The service is not answering. Your draft is kept; try again later.");
    if (e.message.isEmpty())
        return tr("The service refused this form (%1).").arg(e.condition);
    return e.message;
}

QVariantList FormController::notes() const
{
    QVariantList list;
    if (!m_session || m_session->state() == FormSession::State::Loading)
        return list;
    for (const xmpp::Command::Note &n : m_session->notes()) {
        QString type = QStringLiteral("info");
        if (n.type == xmpp::Command::Note::Type::Warn)
            type = QStringLiteral("warning");
        else if (n.type == xmpp::Command::Note::Type::Error)
            type = QStringLiteral("error");
        list.append(QVariantMap{{QStringLiteral("type"), type}, {QStringLiteral("text"), n.text}});
    }
    return list;
}

bool FormController::canBack() const
{
    return m_session && m_session->canGoBack();
}

bool FormController::canForward() const
{
    return m_session && m_session->canGoForward();
}

bool FormController::canComplete() const
{
    return m_session && m_session->canComplete();
}

int FormController::problemCount() const
{
    return m_session ? static_cast<int>(m_session->problems().size()) : 0;
}

QVariantList FormController::resultFields() const
{
    QVariantList list;
    if (!m_session || !m_session->result())
        return list;
    const QList<Element> &payloads = m_session->payloads();
    for (const DataForm::Field &f : m_session->result()->fields()) {
        if (f.isHidden())
            continue;
        QString value = f.values.join(QStringLiteral("\n"));
        if (f.type == u"boolean")
            value = f.boolValue() ? tr("Yes") : tr("No");
        const bool payment = value.startsWith(u"xmpp:") && value.contains(u"command");
        list.append(QVariantMap{
            {QStringLiteral("var"), f.var},
            {QStringLiteral("label"), f.label.isEmpty() ? f.var : f.label},
            {QStringLiteral("value"), value},
            {QStringLiteral("image"), imageOf(f.extensions, payloads)},
            {QStringLiteral("link"), payment || value.startsWith(u"https://")},
            {QStringLiteral("payment"), payment},
        });
    }
    return list;
}

QString FormController::resultTitle() const
{
    return m_session && m_session->result() ? m_session->result()->title() : QString();
}

bool FormController::canAskFamily() const
{
    return m_session && m_session->state() == FormSession::State::Editing && !m_session->isLocal();
}

void FormController::setValue(const QString &var, const QString &value)
{
    setValues(var, value.isEmpty() ? QStringList() : QStringList{value});
}

void FormController::setValues(const QString &var, const QStringList &values)
{
    if (!m_session)
        return;
    m_fields.touch(var);
    m_session->setValues(var, values);
}

void FormController::toggleValue(const QString &var, const QString &value, bool on)
{
    if (!m_session)
        return;
    QStringList values = m_session->values(var);
    values.removeAll(value);
    if (on)
        values.append(value);
    setValues(var, values);
}

void FormController::useMyInfo(const QString &var)
{
    if (!m_session)
        return;
    const DataForm::Field *f = m_session->form().field(var);
    if (!f)
        return;
    const QString key = FormFieldModel::myInfoKeyOf(f->var, f->label);
    const QString value = offeredInfo().value(key).toString();
    if (!key.isEmpty() && !value.isEmpty())
        setValue(var, value);
}

bool FormController::next()
{
    if (!m_session)
        return false;
    const bool moved = m_session->goForward();
    if (!moved && !m_session->problems().isEmpty())
        Q_EMIT problemsShown();
    return moved;
}

void FormController::back()
{
    if (m_session)
        m_session->goBack();
}

bool FormController::complete()
{
    if (!m_session)
        return false;
    const bool sent = m_session->complete();
    if (!sent && !m_session->problems().isEmpty())
        Q_EMIT problemsShown();
    return sent;
}

void FormController::cancel()
{
    if (!m_session)
        return;
    // The service is told (its session ends); the draft goes now, whatever it answers.
    if (m_session->state() == FormSession::State::Editing)
        m_session->cancel();
    if (m_services)
        m_services->discardDraft(services::CityServices::draftId(m_city, m_session->node()));
    close();
}

void FormController::close()
{
    if (m_session) {
        disconnect(m_session, nullptr, this, nullptr);
        m_session->deleteLater();
        m_session = nullptr;
    }
    m_serviceName.clear();
    clearPhotos();
    m_fields.reset(nullptr, {}, {});
    m_table.setForm(nullptr);
    Q_EMIT changed();
    Q_EMIT closed();
}

void FormController::clearPhotos()
{
    ++m_photoGeneration;
    if (m_photos.isEmpty())
        return;
    m_photos.clear();
    Q_EMIT photosChanged();
}

bool FormController::attachPhoto(const QString &var, const QUrl &file)
{
    const QString path = file.isLocalFile() ? file.toLocalFile() : file.toString();
    QFile f(path);
    if (QFileInfo(path).size() > kMaxPhotoBytes) {
        setPhotoError(var, QFileInfo(path).fileName(),
                      tr("The picture is larger than 10 MB. Choose a smaller one."));
        return false;
    }
    if (!f.open(QIODevice::ReadOnly)) {
        setPhotoError(var, QFileInfo(path).fileName(), tr("The file could not be read."));
        return false;
    }
    return attachPhotoData(var, f.readAll(), QFileInfo(path).fileName());
}

void FormController::setPhotoError(const QString &var, const QString &name, const QString &error)
{
    m_photos.insert(var, QVariantMap{{QStringLiteral("preview"), QString()},
                                     {QStringLiteral("name"), name},
                                     {QStringLiteral("state"), QStringLiteral("failed")},
                                     {QStringLiteral("progress"), 0.0},
                                     {QStringLiteral("error"), error}});
    Q_EMIT photosChanged();
    // The field holds what the person sees: no picture.
    if (m_session && m_session->form().field(var) && !m_session->values(var).isEmpty())
        setValues(var, {});
}

bool FormController::attachPhotoData(const QString &var, const QByteArray &data,
                                     const QString &fileName)
{
    if (!m_session || !m_session->form().field(var))
        return false;
    QBuffer buffer;
    buffer.setData(data);
    QImageReader reader(&buffer);
    const QByteArray format = reader.format();
    if (format.isEmpty() || !reader.canRead()) {
        setPhotoError(var, fileName, tr("This file is not a picture (JPEG, PNG, …)."));
        return false;
    }
    if (data.size() > kMaxPhotoBytes) {
        setPhotoError(var, fileName, tr("The picture is larger than 10 MB. Choose a smaller one."));
        return false;
    }
    const QString mime = QMimeDatabase().mimeTypeForData(data).name();
    // A small copy for the preview, held in memory: nothing of the picture is written anywhere.
    reader.setAutoTransform(true);
    QImage image = reader.read();
    if (image.isNull()) {
        setPhotoError(var, fileName, tr("This file is not a picture (JPEG, PNG, …)."));
        return false;
    }
    if (image.width() > kPreviewSize || image.height() > kPreviewSize)
        image =
            image.scaled(kPreviewSize, kPreviewSize, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    QByteArray jpeg;
    QBuffer out(&jpeg);
    out.open(QIODevice::WriteOnly);
    image.save(&out, "JPEG", 85);
    const QString preview =
        QStringLiteral("data:image/jpeg;base64,") + QString::fromLatin1(jpeg.toBase64());
    m_photos.insert(var, QVariantMap{{QStringLiteral("preview"), preview},
                                     {QStringLiteral("name"), fileName},
                                     {QStringLiteral("state"), QStringLiteral("uploading")},
                                     {QStringLiteral("progress"), 0.0},
                                     {QStringLiteral("error"), QString()}});
    Q_EMIT photosChanged();
    // Until the upload is done the field holds no value (a required photo stays missing).
    setValues(var, {});
    if (!m_services) {
        setPhotoError(var, fileName, tr("Not connected. Try again when you are online."));
        return false;
    }
    const int generation = m_photoGeneration;
    const auto update = [this, var, generation](const QVariantMap &change) {
        if (generation != m_photoGeneration || !m_photos.contains(var))
            return false;
        QVariantMap photo = m_photos.value(var).toMap();
        for (auto it = change.cbegin(); it != change.cend(); ++it)
            photo.insert(it.key(), it.value());
        m_photos.insert(var, photo);
        Q_EMIT photosChanged();
        return true;
    };
    m_services->uploadFile(
        data, fileName, mime, this,
        [this, var, update](const Result<QString> &url) {
            if (!url.ok()) {
                update({{QStringLiteral("state"), QStringLiteral("failed")},
                        {QStringLiteral("error"),
                         tr("The picture could not be uploaded: %1").arg(url.error().message)}});
                return;
            }
            if (update({{QStringLiteral("state"), QStringLiteral("done")},
                        {QStringLiteral("progress"), 1.0}}))
                setValue(var, url.value());
        },
        [update](qint64 done, qint64 total) {
            if (total > 0)
                update({{QStringLiteral("progress"), double(done) / double(total)}});
        });
    return true;
}

void FormController::removePhoto(const QString &var)
{
    if (m_photos.remove(var) > 0)
        Q_EMIT photosChanged();
    setValues(var, {});
}

QString FormController::problemOf(const QString &var) const
{
    return m_session ? m_session->problemOf(var) : QString();
}

QStringList FormController::valuesOf(const QString &var) const
{
    return m_session ? m_session->values(var) : QStringList();
}

} // namespace teahouse::ui
