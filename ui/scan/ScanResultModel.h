#pragma once

#include "qr/ScannedCode.h"
#include "scan/ScanActions.h"

#include <QAbstractListModel>
#include <QRectF>
#include <QSize>
#include <QtQml/qqmlregistration.h>

namespace teahouse::ui {

// The codes of one scan, as the picker list and the result pages show them: a title per kind,
// a one-line summary, the parsed fields as label/value rows, the action the app plans for it,
// and the code's box in the scanned picture (0–1 of its width and height) for the markers.
class ScanResultModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("ScanResultModel belongs to ScanController")
    Q_PROPERTY(int count READ count NOTIFY countChanged)

public:
    enum Role
    {
        FormatRole = Qt::UserRole + 1,
        TextRole,
        KindRole,
        TitleRole,
        SummaryRole,
        ValidRole,
        ErrorRole,
        FieldsRole,
        ActionLabelRole,
        ActionAvailableRole,
        ExplanationRole,
        BoxRole,
        UrlRole,
        PaymentRole,
    };

    explicit ScanResultModel(QObject *parent = nullptr);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;
    [[nodiscard]] int count() const { return static_cast<int>(m_rows.size()); }

    // `imageSize`: the picture the codes were found in (empty: no boxes).
    void setCodes(const qr::ScannedCodes &codes, QSize imageSize, const ScanActions *actions);
    void clear();
    [[nodiscard]] const qr::ScannedCode *code(int row) const;
    // Every role of a row, for the result page (a QVariantMap keyed by role name).
    [[nodiscard]] QVariantMap row(int row) const;

    // The label/value rows and title of a payload, in the UI language.
    [[nodiscard]] static QVariantList fieldsOf(const qr::QrPayload &payload);
    [[nodiscard]] static QString titleOf(const qr::QrPayload &payload);
    [[nodiscard]] static QString summaryOf(const qr::QrPayload &payload);

Q_SIGNALS:
    void countChanged();

private:
    struct Row
    {
        qr::ScannedCode code;
        ScanAction action;
        QRectF box;
    };
    QList<Row> m_rows;
};

} // namespace teahouse::ui
