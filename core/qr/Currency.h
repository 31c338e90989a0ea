#pragma once

#include <QString>
#include <QStringView>

namespace teahouse::qr {

// An ISO 4217 currency as EMVCo codes carry it (numeric) and people read it (alphabetic),
// with the number of minor-unit digits amounts may have.
struct Currency
{
    QString numeric;     // "156"
    QString alpha;       // "CNY"; empty when the code is not in our table
    int minorUnits = -1; // 2 for CNY, 0 for JPY; -1 when unknown

    [[nodiscard]] bool isKnown() const { return !alpha.isEmpty(); }
    [[nodiscard]] static Currency fromNumeric(QStringView numeric);
    [[nodiscard]] static Currency fromAlpha(QStringView alpha);

    friend bool operator==(const Currency &, const Currency &) = default;
};

} // namespace teahouse::qr
