#include "pay/Money.h"

#include "qr/Currency.h"

namespace teahouse::pay {

int Money::minorUnits(QStringView currency)
{
    const qr::Currency c = qr::Currency::fromAlpha(currency);
    return c.minorUnits >= 0 ? c.minorUnits : 2;
}

Result<Money> Money::parse(QStringView amount, const QString &currency)
{
    const auto invalid = [&] {
        return Error::make(Error::Code::InvalidArgument,
                           QStringLiteral("'%1' is not an amount.").arg(amount.toString()));
    };
    const QStringView text = amount.trimmed();
    if (text.isEmpty())
        return Error::make(Error::Code::InvalidArgument, QStringLiteral("No amount given."));
    if (currency.size() != 3)
        return Error::make(Error::Code::InvalidArgument,
                           QStringLiteral("'%1' is not a currency code.").arg(currency));
    const int units = minorUnits(currency);
    const qsizetype dot = text.indexOf(u'.');
    const QStringView whole = dot < 0 ? text : text.left(dot);
    const QStringView fraction = dot < 0 ? QStringView() : text.mid(dot + 1);
    if (whole.isEmpty() || whole.size() > 12 || (dot >= 0 && fraction.isEmpty()))
        return invalid();
    for (QStringView part : {whole, fraction}) {
        for (QChar c : part) {
            if (c < u'0' || c > u'9')
                return invalid();
        }
    }
    if (fraction.size() > units)
        return Error::make(
            Error::Code::InvalidArgument,
            QStringLiteral("%1 amounts have at most %2 decimals.").arg(currency).arg(units));
    qint64 minor = whole.toLongLong();
    for (int i = 0; i < units; ++i)
        minor = minor * 10 + (i < fraction.size() ? fraction[i].digitValue() : 0);
    return Money{minor, currency.toUpper()};
}

QString Money::amountText() const
{
    const int units = minorUnits(currency);
    const qint64 absolute = minor < 0 ? -minor : minor;
    qint64 scale = 1;
    for (int i = 0; i < units; ++i)
        scale *= 10;
    QString text = QString::number(absolute / scale);
    if (units > 0)
        text += u'.' + QStringLiteral("%1").arg(absolute % scale, units, 10, QLatin1Char('0'));
    return minor < 0 ? u'-' + text : text;
}

QString Money::display() const
{
    const QString text = amountText();
    const bool negative = text.startsWith(u'-');
    const QString digits = negative ? text.mid(1) : text;
    QString symbol;
    if (currency == u"CNY" || currency == u"JPY")
        symbol = QStringLiteral("¥");
    else if (currency == u"EUR")
        symbol = QStringLiteral("€");
    else if (currency == u"GBP")
        symbol = QStringLiteral("£");
    else if (currency == u"USD")
        symbol = QStringLiteral("$");
    const QString body = symbol.isEmpty() ? currency + u' ' + digits : symbol + digits;
    return negative ? u'-' + body : body;
}

} // namespace teahouse::pay
