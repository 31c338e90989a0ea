#pragma once

#include <QAbstractListModel>
#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QStringList>
#include <QtQml/qqmlregistration.h>

namespace teahouse::services {
class FormSession;
}

namespace teahouse::ui {

// The rows of the page of a service form being shown: section headings, paragraphs and the
// fields in XEP-0141 order, each field with its type, label, values, options, the reason its
// value is refused (XEP-0122, in plain words), its image (XEP-0221) and the "My info" value it
// could be filled with. Values change in place (dataChanged), so typing never rebuilds a row.
class FormFieldModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Made by the form controller")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)

public:
    enum Roles
    {
        KindRole = Qt::UserRole + 1, // "field", "section", "text"
        VarRole,
        TypeRole, // the XEP-0004 type, "text-single" when none was given
        LabelRole,
        DescRole,
        RequiredRole,
        ValueRole,
        ValuesRole,
        OptionsRole, // [{label, value}]
        ProblemRole,
        ImageRole,    // a URL Image can load (data:, http:), or empty
        DatatypeRole, // XEP-0122 datatype
        HintRole,     // what to type, e.g. "YYYY-MM-DD"
        MyInfoKeyRole,
        MyInfoPreviewRole, // the My info value as shown (sensitive ones masked)
        FirstRole,         // the first field of the page (gets the focus)
    };

    explicit FormFieldModel(QObject *parent = nullptr);

    // Rebuilds the rows from the session's current page.
    void reset(const services::FormSession *session, const QHash<QString, QString> &images,
               const QJsonObject &myInfo);
    // Values, problems and My info offers changed; rows stay.
    void refresh(const services::FormSession *session, const QJsonObject &myInfo);
    // The person typed in this field: its problems show from now on.
    void touch(const QString &var) { m_touched.insert(var); }
    void clearTouched() { m_touched.clear(); }

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

    // Which My info entry a field asks for ("name", "id_number", "phone", "address",
    // "birth_date"), from its var and label; empty when none.
    [[nodiscard]] static QString myInfoKeyOf(const QString &var, const QString &label);
    // A My info value as it may be shown on screen: ID numbers and phones partly hidden.
    [[nodiscard]] static QString masked(const QString &key, const QString &value);

Q_SIGNALS:
    void countChanged();

private:
    struct Row
    {
        QString kind;
        QString var;
        QString type;
        QString label;
        QString desc;
        bool required = false;
        QStringList values;
        QVariantList options;
        QString problem;
        QString image;
        QString datatype;
        QString hint;
        QString myInfoKey;
        QString myInfoPreview;
        bool first = false;
    };
    [[nodiscard]] static Row textRow(const QString &kind, const QString &label,
                                     const QString &text);
    void fillDynamic(Row &row, const services::FormSession *session,
                     const QJsonObject &myInfo) const;

    QList<Row> m_rows;
    QSet<QString> m_touched;
};

} // namespace teahouse::ui
