#pragma once

#include "base/Result.h"
#include "qr/Currency.h"

#include <QByteArrayView>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <optional>

namespace teahouse::qr {

// One ID-length-value record of an EMVCo code; nested templates hold lists of these.
struct EmvcoRecord
{
    QString id;    // two digits
    QString value; // lengths count characters (Unicode code points), not bytes

    friend bool operator==(const EmvcoRecord &, const EmvcoRecord &) = default;
};

// An EMVCo merchant-presented QR code (EMV QRCPS MPM): the records checked (format, lengths,
// mandatory fields, CRC-16 in tag 63) and the fields a payment confirmation shows.
struct EmvcoPayload
{
    enum class Initiation
    {
        Unspecified, // tag 01 absent
        Static,      // "11": the same code for every payment
        Dynamic,     // "12": one code per transaction
    };

    // Tags 02–51. 26–51 are templates whose sub-tag 00 names the scheme (GUID, AID, domain).
    struct MerchantAccount
    {
        QString id;
        QString value;             // the raw value (all of it for 02–25)
        QString guid;              // sub-tag 00 of a template, else empty
        QList<EmvcoRecord> fields; // the template's sub-records, in order
        friend bool operator==(const MerchantAccount &, const MerchantAccount &) = default;
    };

    // Tag 62.
    struct AdditionalData
    {
        QString billNumber;          // 01
        QString mobileNumber;        // 02
        QString storeLabel;          // 03
        QString loyaltyNumber;       // 04
        QString referenceLabel;      // 05
        QString customerLabel;       // 06
        QString terminalLabel;       // 07
        QString purpose;             // 08
        QString consumerDataRequest; // 09: letters A, M, E asking for address, mobile, email
        QList<EmvcoRecord> fields;   // every sub-record, in order
        friend bool operator==(const AdditionalData &, const AdditionalData &) = default;
    };

    // Tag 64: the merchant's name and city in another language (may be non-Latin script).
    struct Language
    {
        QString preference;   // 00, ISO 639 two letters
        QString merchantName; // 01
        QString merchantCity; // 02
        friend bool operator==(const Language &, const Language &) = default;
    };

    QString formatIndicator; // 00, always "01"
    Initiation initiation = Initiation::Unspecified;
    QList<MerchantAccount> merchantAccounts;
    QString merchantCategoryCode;     // 52, ISO 18245
    Currency currency;                // 53
    QString amount;                   // 54 as written ("12.50"); empty: the payer enters it
    QString tipIndicator;             // 55: "01" prompt, "02" fixed fee, "03" percentage
    QString convenienceFeeFixed;      // 56
    QString convenienceFeePercentage; // 57
    QString countryCode;              // 58
    QString merchantName;             // 59
    QString merchantCity;             // 60
    QString postalCode;               // 61
    std::optional<AdditionalData> additionalData;
    std::optional<Language> language;
    QString crc;                // 63, four upper-case hex digits
    QList<EmvcoRecord> records; // every top-level record but the CRC, in code order

    [[nodiscard]] static Result<EmvcoPayload> parse(const QString &text);
    // The bytes of a code: must be UTF-8 (ASCII for most codes).
    [[nodiscard]] static Result<EmvcoPayload> parse(QByteArrayView bytes);

    // The records again with a freshly computed CRC: equal to the parsed text.
    [[nodiscard]] QString toString() const;
    // The CRC text ("A1B2") for everything before it, `withoutCrc` ending in "6304".
    [[nodiscard]] static QString crcFor(const QString &withoutCrc);

    [[nodiscard]] QJsonObject toJson() const;

    friend bool operator==(const EmvcoPayload &, const EmvcoPayload &) = default;
};

} // namespace teahouse::qr
