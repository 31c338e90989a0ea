#include "qr/Currency.h"

#include <array>

namespace teahouse::qr {

namespace {

struct Entry
{
    const char16_t *numeric;
    const char16_t *alpha;
    int minorUnits;
};

// The currencies of the markets the app serves plus the main reserve currencies
// (ISO 4217, minor units as published by the maintenance agency).
constexpr std::array kCurrencies{
    Entry{u"036", u"AUD", 2}, Entry{u"048", u"BHD", 3}, Entry{u"050", u"BDT", 2},
    Entry{u"096", u"BND", 2}, Entry{u"116", u"KHR", 2}, Entry{u"124", u"CAD", 2},
    Entry{u"144", u"LKR", 2}, Entry{u"156", u"CNY", 2}, Entry{u"208", u"DKK", 2},
    Entry{u"344", u"HKD", 2}, Entry{u"356", u"INR", 2}, Entry{u"360", u"IDR", 2},
    Entry{u"392", u"JPY", 0}, Entry{u"410", u"KRW", 0}, Entry{u"418", u"LAK", 2},
    Entry{u"446", u"MOP", 2}, Entry{u"458", u"MYR", 2}, Entry{u"524", u"NPR", 2},
    Entry{u"554", u"NZD", 2}, Entry{u"578", u"NOK", 2}, Entry{u"586", u"PKR", 2},
    Entry{u"608", u"PHP", 2}, Entry{u"643", u"RUB", 2}, Entry{u"682", u"SAR", 2},
    Entry{u"702", u"SGD", 2}, Entry{u"704", u"VND", 0}, Entry{u"752", u"SEK", 2},
    Entry{u"756", u"CHF", 2}, Entry{u"764", u"THB", 2}, Entry{u"784", u"AED", 2},
    Entry{u"826", u"GBP", 2}, Entry{u"840", u"USD", 2}, Entry{u"901", u"TWD", 2},
    Entry{u"949", u"TRY", 2}, Entry{u"978", u"EUR", 2}, Entry{u"985", u"PLN", 2},
    Entry{u"104", u"MMK", 2}, Entry{u"203", u"CZK", 2}, Entry{u"348", u"HUF", 2},
    Entry{u"986", u"BRL", 2}, Entry{u"484", u"MXN", 2}, Entry{u"710", u"ZAR", 2},
};

} // namespace

Currency Currency::fromNumeric(QStringView numeric)
{
    for (const Entry &e : kCurrencies) {
        if (numeric == QStringView(e.numeric))
            return Currency{numeric.toString(), QString::fromUtf16(e.alpha), e.minorUnits};
    }
    return Currency{numeric.toString(), QString(), -1};
}

Currency Currency::fromAlpha(QStringView alpha)
{
    for (const Entry &e : kCurrencies) {
        if (alpha.compare(QStringView(e.alpha), Qt::CaseInsensitive) == 0)
            return Currency{QString::fromUtf16(e.numeric), QString::fromUtf16(e.alpha),
                            e.minorUnits};
    }
    return Currency{QString(), QString(), -1};
}

} // namespace teahouse::qr
