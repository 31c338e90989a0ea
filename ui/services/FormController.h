#pragma once

#include "FormFieldModel.h"
#include "ResultTableModel.h"
#include "services/CityServices.h"
#include "services/FormSession.h"
#include "xmpp/DataForm.h"

#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QUrl>
#include <QVariantList>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

namespace teahouse::ui {

// The service form on screen (features.services.form): one FormSession shown page by page —
// title, "Step 2 of 4", instructions, notes, the page's rows (FormFieldModel), the buttons the
// service allows, and at the end the result form or table. Every change is kept as a draft by
// CityServices; closing keeps the draft, cancelling drops it.
class FormController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Made by the services controller")
    Q_PROPERTY(bool active READ isActive NOTIFY changed)
    Q_PROPERTY(QString state READ state NOTIFY changed)
    Q_PROPERTY(QString serviceName READ serviceName NOTIFY changed)
    Q_PROPERTY(QString cityName READ cityName NOTIFY changed)
    Q_PROPERTY(QString title READ title NOTIFY changed)
    Q_PROPERTY(QString instructions READ instructions NOTIFY changed)
    Q_PROPERTY(QString stepText READ stepText NOTIFY changed)
    Q_PROPERTY(QString pageLabel READ pageLabel NOTIFY changed)
    Q_PROPERTY(QString errorText READ errorText NOTIFY changed)
    Q_PROPERTY(QVariantList notes READ notes NOTIFY changed)
    Q_PROPERTY(bool canBack READ canBack NOTIFY changed)
    Q_PROPERTY(bool canForward READ canForward NOTIFY changed)
    Q_PROPERTY(bool canComplete READ canComplete NOTIFY changed)
    Q_PROPERTY(int problemCount READ problemCount NOTIFY changed)
    Q_PROPERTY(teahouse::ui::FormFieldModel *fields READ fields CONSTANT)
    Q_PROPERTY(QVariantList resultFields READ resultFields NOTIFY changed)
    Q_PROPERTY(QString resultTitle READ resultTitle NOTIFY changed)
    Q_PROPERTY(teahouse::ui::ResultTableModel *table READ table CONSTANT)
    Q_PROPERTY(bool hasTable READ hasTable NOTIFY changed)
    Q_PROPERTY(bool canAskFamily READ canAskFamily NOTIFY changed)
    Q_PROPERTY(QString helperNote READ helperNote NOTIFY changed)
    Q_PROPERTY(bool local READ isLocal NOTIFY changed)
    // Pictures of image fields (datatype x:image-url): var → {preview, name, state
    // ("uploading", "done", "failed"), progress (0..1), error}.
    Q_PROPERTY(QVariantMap photos READ photos NOTIFY photosChanged)

public:
    explicit FormController(QObject *parent = nullptr);
    ~FormController() override;

    void setServices(services::CityServices *services);
    void setMyInfo(const QJsonObject &info);
    // Opens a service (a new run), or a draft when snapshot is not empty.
    void open(const QString &city, const QString &cityName, const QString &node,
              const QString &serviceName, const QJsonObject &snapshot = {});
    // Shows a form someone asked us to fill in; nothing goes to a service (finished() with the
    // filled form as the session's result()).
    void openLocal(const xmpp::DataForm &form, const QString &serviceName, const QString &note);
    [[nodiscard]] bool isLocal() const;
    // Puts values someone else filled in into the form being shown (help from family).
    void applyValues(const QHash<QString, QStringList> &values, const QString &note);

    [[nodiscard]] services::FormSession *session() const { return m_session; }
    [[nodiscard]] const QString &city() const { return m_city; }

    [[nodiscard]] bool isActive() const { return m_session != nullptr; }
    [[nodiscard]] QString state() const;
    [[nodiscard]] QString serviceName() const { return m_serviceName; }
    [[nodiscard]] QString cityName() const { return m_cityName; }
    [[nodiscard]] QString title() const;
    [[nodiscard]] QString instructions() const;
    [[nodiscard]] QString stepText() const;
    [[nodiscard]] QString pageLabel() const;
    [[nodiscard]] QString errorText() const;
    [[nodiscard]] QVariantList notes() const;
    [[nodiscard]] bool canBack() const;
    [[nodiscard]] bool canForward() const;
    [[nodiscard]] bool canComplete() const;
    [[nodiscard]] int problemCount() const;
    [[nodiscard]] FormFieldModel *fields() { return &m_fields; }
    [[nodiscard]] QVariantList resultFields() const;
    [[nodiscard]] QString resultTitle() const;
    [[nodiscard]] ResultTableModel *table() { return &m_table; }
    [[nodiscard]] bool hasTable() const
    {
        return m_table.rowCount() > 0 || !m_table.columns().isEmpty();
    }
    [[nodiscard]] bool canAskFamily() const;
    [[nodiscard]] QString helperNote() const { return m_helperNote; }

    Q_INVOKABLE void setValue(const QString &var, const QString &value);
    Q_INVOKABLE void setValues(const QString &var, const QStringList &values);
    Q_INVOKABLE void toggleValue(const QString &var, const QString &value, bool on);
    // Fills the field with the My info value it offers (the person confirmed it).
    Q_INVOKABLE void useMyInfo(const QString &var);
    Q_INVOKABLE bool next();
    Q_INVOKABLE void back();
    Q_INVOKABLE bool complete();
    // Ends the form and drops its draft.
    Q_INVOKABLE void cancel();
    // Leaves the form; its draft stays (My applications → drafts).
    Q_INVOKABLE void close();
    // A picture for an image field (a file chosen or dropped): shown at once, uploaded over
    // XEP-0363, and its https URL becomes the field's value when the upload is done.
    Q_INVOKABLE bool attachPhoto(const QString &var, const QUrl &file);
    // The same from bytes (a paste, a test); false when they are not a picture.
    bool attachPhotoData(const QString &var, const QByteArray &data, const QString &fileName);
    Q_INVOKABLE void removePhoto(const QString &var);
    [[nodiscard]] QVariantMap photos() const { return m_photos; }
    // Largest picture accepted (the server may allow less).
    static constexpr qint64 kMaxPhotoBytes = 10 * 1024 * 1024;
    static constexpr int kPreviewSize = 480;

    Q_INVOKABLE QString problemOf(const QString &var) const;
    Q_INVOKABLE QStringList valuesOf(const QString &var) const;

Q_SIGNALS:
    void changed();
    void closed();
    // next()/complete() found mistakes: the page shows them (focus goes to the first).
    void problemsShown();
    // The service is done (completed, cancelled or failed).
    void finished();
    void photosChanged();

private:
    void onSessionChanged();
    void collectImages();
    void clearPhotos();
    [[nodiscard]] QJsonObject offeredInfo() const;
    void setPhotoError(const QString &var, const QString &name, const QString &error);

    QPointer<services::CityServices> m_services;
    QPointer<services::FormSession> m_session;
    QString m_city;
    QString m_cityName;
    QString m_serviceName;
    QJsonObject m_myInfo;
    FormFieldModel m_fields;
    ResultTableModel m_table;
    QHash<QString, QString> m_images;
    QVariantMap m_photos;
    int m_photoGeneration = 0; // uploads of a form left behind report to nothing
    QString m_helperNote;
    int m_shownStage = -1;
    int m_shownPage = -1;
    int m_shownState = -1;
};

} // namespace teahouse::ui
