#pragma once

#include "base/Result.h"

#include <QString>
#include <QStringView>

namespace teahouse::pay {

// An amount of money in minor units (fen, cents) with its ISO 4217 currency: payments never
// go through floating point. Shared by the client's pay flow and the provider's ledger.
struct Money
{
    qint64 minor = 0;
    QString currency; // "CNY"

    // "12.5", "12.50", "3" in the currency's minor units (2 when the currency is unknown).
    // Refuses signs, exponents, separators other than one '.', too many decimals, and amounts
    // above 10^12 major units.
    [[nodiscard]] static Result<Money> parse(QStringView amount, const QString &currency);
    [[nodiscard]] static int minorUnits(QStringView currency);

    // "12.50" (no currency).
    [[nodiscard]] QString amountText() const;
    // "¥12.50", "€3.00", "USD 5.00"; a minus sign for negative amounts.
    [[nodiscard]] QString display() const;

    friend bool operator==(const Money &, const Money &) = default;
};

} // namespace teahouse::pay
