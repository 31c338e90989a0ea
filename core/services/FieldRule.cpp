#include "services/FieldRule.h"

#include "base/Jid.h"
#include "base/Logging.h"

#include <QDate>
#include <QDateTime>
#include <QRegularExpression>
#include <QTime>
#include <QUrl>
#include <limits>

namespace teahouse::services {

namespace {

using Field = xmpp::DataForm::Field;
using xmpp::Element;

// The kinds of datatype we understand; anything else is validated as xs:string (XEP-0122 §5.1).
enum class Kind
{
    String,
    Integer,
    Decimal,
    Double,
    Boolean,
    Date,
    DateTime,
    Time,
    Uri
};

struct IntegerBounds
{
    qint64 min;
    qint64 max;
};

Kind kindOf(const QString &datatype, IntegerBounds *bounds)
{
    constexpr qint64 lo = std::numeric_limits<qint64>::min();
    constexpr qint64 hi = std::numeric_limits<qint64>::max();
    static const QList<std::pair<QString, IntegerBounds>> integers = {
        {QStringLiteral("xs:integer"), {lo, hi}},
        {QStringLiteral("xs:long"), {lo, hi}},
        {QStringLiteral("xs:int"), {-2147483648LL, 2147483647LL}},
        {QStringLiteral("xs:short"), {-32768, 32767}},
        {QStringLiteral("xs:byte"), {-128, 127}},
        {QStringLiteral("xs:nonNegativeInteger"), {0, hi}},
        {QStringLiteral("xs:positiveInteger"), {1, hi}},
        {QStringLiteral("xs:nonPositiveInteger"), {lo, 0}},
        {QStringLiteral("xs:negativeInteger"), {lo, -1}},
        {QStringLiteral("xs:unsignedLong"), {0, hi}},
        {QStringLiteral("xs:unsignedInt"), {0, 4294967295LL}},
        {QStringLiteral("xs:unsignedShort"), {0, 65535}},
        {QStringLiteral("xs:unsignedByte"), {0, 255}},
    };
    for (const auto &[name, b] : integers) {
        if (datatype == name) {
            *bounds = b;
            return Kind::Integer;
        }
    }
    if (datatype == u"xs:decimal")
        return Kind::Decimal;
    if (datatype == u"xs:double" || datatype == u"xs:float")
        return Kind::Double;
    if (datatype == u"xs:boolean")
        return Kind::Boolean;
    if (datatype == u"xs:date")
        return Kind::Date;
    if (datatype == u"xs:dateTime")
        return Kind::DateTime;
    if (datatype == u"xs:time")
        return Kind::Time;
    if (datatype == u"xs:anyURI")
        return Kind::Uri;
    return Kind::String;
}

std::optional<qint64> parseInteger(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^[+-]?[0-9]+$"));
    if (!pattern.match(text).hasMatch())
        return std::nullopt;
    bool ok = false;
    const qint64 value = text.toLongLong(&ok);
    return ok ? std::optional<qint64>(value) : std::nullopt;
}

std::optional<double> parseDecimal(const QString &text, bool allowExponent)
{
    static const QRegularExpression decimal(
        QStringLiteral("^[+-]?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)$"));
    static const QRegularExpression scientific(
        QStringLiteral("^[+-]?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)([eE][+-]?[0-9]+)?$"));
    if (allowExponent && (text == u"INF" || text == u"-INF" || text == u"NaN"))
        return text == u"NaN" ? std::numeric_limits<double>::quiet_NaN()
                              : (text.startsWith(u'-') ? -std::numeric_limits<double>::infinity()
                                                       : std::numeric_limits<double>::infinity());
    if (!(allowExponent ? scientific : decimal).match(text).hasMatch())
        return std::nullopt;
    bool ok = false;
    const double value = text.toDouble(&ok);
    return ok ? std::optional<double>(value) : std::nullopt;
}

// xs:date and xs:dateTime may carry a time zone (Z or ±hh:mm); xs:date's is dropped for
// comparison, which is what a form's "from/to" range means to a person.
std::optional<QDate> parseDate(const QString &text)
{
    static const QRegularExpression pattern(
        QStringLiteral("^([0-9]{4})-([0-9]{2})-([0-9]{2})(Z|[+-][0-9]{2}:[0-9]{2})?$"));
    const auto match = pattern.match(text);
    if (!match.hasMatch())
        return std::nullopt;
    const QDate date(match.captured(1).toInt(), match.captured(2).toInt(),
                     match.captured(3).toInt());
    return date.isValid() ? std::optional<QDate>(date) : std::nullopt;
}

std::optional<QDateTime> parseDateTime(const QString &text)
{
    static const QRegularExpression pattern(
        QStringLiteral("^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]+)?(Z|[+-]["
                       "0-9]{2}:[0-9]{2})?$"));
    if (!pattern.match(text).hasMatch())
        return std::nullopt;
    QDateTime value = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!value.isValid())
        value = QDateTime::fromString(text, Qt::ISODate);
    return value.isValid() ? std::optional<QDateTime>(value) : std::nullopt;
}

std::optional<QTime> parseTime(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral(
        "^([0-9]{2}):([0-9]{2})(:([0-9]{2})(\\.[0-9]+)?)?(Z|[+-][0-9]{2}:[0-9]{2})?$"));
    const auto match = pattern.match(text);
    if (!match.hasMatch())
        return std::nullopt;
    const QTime time(match.captured(1).toInt(), match.captured(2).toInt(),
                     match.captured(4).isEmpty() ? 0 : match.captured(4).toInt());
    return time.isValid() ? std::optional<QTime>(time) : std::nullopt;
}

// -1, 0, 1 like <=>; nullopt when either side is not of the datatype (a bad bound in the form
// is ignored rather than making every value wrong).
std::optional<int> compare(Kind kind, const QString &a, const QString &b)
{
    auto order = [](const auto &x, const auto &y) {
        return x < y ? -1 : (y < x ? 1 : 0);
    };
    switch (kind) {
    case Kind::Integer: {
        const auto x = parseInteger(a), y = parseInteger(b);
        return x && y ? std::optional<int>(order(*x, *y)) : std::nullopt;
    }
    case Kind::Decimal:
    case Kind::Double: {
        const auto x = parseDecimal(a, true), y = parseDecimal(b, true);
        return x && y ? std::optional<int>(order(*x, *y)) : std::nullopt;
    }
    case Kind::Date: {
        const auto x = parseDate(a), y = parseDate(b);
        return x && y ? std::optional<int>(order(*x, *y)) : std::nullopt;
    }
    case Kind::DateTime: {
        const auto x = parseDateTime(a), y = parseDateTime(b);
        return x && y ? std::optional<int>(order(x->toUTC(), y->toUTC())) : std::nullopt;
    }
    case Kind::Time: {
        const auto x = parseTime(a), y = parseTime(b);
        return x && y ? std::optional<int>(order(*x, *y)) : std::nullopt;
    }
    case Kind::String:
    case Kind::Uri:
        return order(a, b);
    case Kind::Boolean:
        return std::nullopt;
    }
    return std::nullopt;
}

std::optional<int> positiveInt(const QString &text)
{
    bool ok = false;
    const int value = text.toInt(&ok);
    return ok && value >= 0 ? std::optional<int>(value) : std::nullopt;
}

bool isList(const Field &field)
{
    return field.type == u"list-single" || field.type == u"list-multi";
}

} // namespace

FieldRule FieldRule::of(const Field &field)
{
    FieldRule rule;
    for (const Element &extension : field.extensions) {
        // The XEP's own example once spelled the namespace "protocols"; accept both.
        if (extension.name() != u"validate" ||
            (extension.xmlns() != kNamespace &&
             extension.xmlns() != u"http://jabber.org/protocols/xdata-validate"))
            continue;
        const QString datatype = extension.attribute(u"datatype");
        if (!datatype.isEmpty())
            rule.m_datatype = datatype;
        // XEP-0122 §5.1: one method; an unknown one means basic. Older forms put it in an
        // attribute (method='basic').
        const QString methodAttribute = extension.attribute(u"method");
        if (methodAttribute == u"open")
            rule.m_method = Method::Open;
        for (const Element &child : extension.children()) {
            if (child.name() == u"open") {
                rule.m_method = Method::Open;
            } else if (child.name() == u"range") {
                rule.m_method = Method::Range;
                rule.m_min = child.attribute(u"min");
                rule.m_max = child.attribute(u"max");
            } else if (child.name() == u"regex") {
                rule.m_method = Method::Regex;
                rule.m_regex = child.text();
            } else if (child.name() == u"list-range") {
                rule.m_listMin = positiveInt(child.attribute(u"min"));
                rule.m_listMax = positiveInt(child.attribute(u"max"));
            }
        }
        break;
    }
    return rule;
}

std::optional<QString> FieldRule::checkValue(const QString &value) const
{
    IntegerBounds bounds{};
    const Kind kind = kindOf(m_datatype, &bounds);
    switch (kind) {
    case Kind::Integer: {
        const auto number = parseInteger(value);
        if (!number)
            return tr("Enter a whole number, such as 12.");
        if (*number < bounds.min)
            return bounds.min == 0 ? tr("Enter a number that is not negative.")
                                   : tr("Enter a number of at least %1.").arg(bounds.min);
        if (*number > bounds.max)
            return tr("Enter a number of at most %1.").arg(bounds.max);
        break;
    }
    case Kind::Decimal:
        if (!parseDecimal(value, false))
            return tr("Enter a number, such as 12.5.");
        break;
    case Kind::Double:
        if (!parseDecimal(value, true))
            return tr("Enter a number, such as 12.5.");
        break;
    case Kind::Boolean:
        if (value != u"true" && value != u"false" && value != u"1" && value != u"0")
            return tr("Choose yes or no.");
        break;
    case Kind::Date:
        if (!parseDate(value))
            return tr("Enter a date as year-month-day, such as 2026-05-01.");
        break;
    case Kind::DateTime:
        if (!parseDateTime(value))
            return tr("Enter a date and time, such as 2026-05-01T09:30:00.");
        break;
    case Kind::Time:
        if (!parseTime(value))
            return tr("Enter a time as hours:minutes, such as 09:30.");
        break;
    case Kind::Uri: {
        const QUrl url(value, QUrl::StrictMode);
        if (!url.isValid() || url.scheme().isEmpty())
            return tr("Enter a full address, such as https://example.org.");
        break;
    }
    case Kind::String:
        break;
    }

    if (m_method == Method::Range) {
        const auto low = m_min.isEmpty() ? std::nullopt : compare(kind, value, m_min);
        const auto high = m_max.isEmpty() ? std::nullopt : compare(kind, value, m_max);
        const bool tooLow = low && *low < 0;
        const bool tooHigh = high && *high > 0;
        if (tooLow || tooHigh) {
            if (!m_min.isEmpty() && !m_max.isEmpty())
                return tr("Enter a value from %1 to %2.").arg(m_min, m_max);
            if (tooLow)
                return tr("Enter a value of at least %1.").arg(m_min);
            return tr("Enter a value of at most %1.").arg(m_max);
        }
    }
    if (m_method == Method::Regex && !m_regex.isEmpty()) {
        const QRegularExpression pattern(QRegularExpression::anchoredPattern(m_regex));
        if (!pattern.isValid()) {
            qCWarning(lcXmpp) << "ignoring a form field pattern that does not compile";
        } else if (!pattern.match(value).hasMatch()) {
            return tr("This is not in the expected format.");
        }
    }
    return std::nullopt;
}

std::optional<QString> FieldRule::check(const Field &field) const
{
    if (field.type == u"hidden" || field.type == u"fixed")
        return std::nullopt;
    QStringList values;
    for (const QString &value : field.values) {
        if (!value.isEmpty())
            values.append(value);
    }
    if (values.isEmpty()) {
        if (field.required)
            return tr("This field is required.");
        return std::nullopt;
    }
    const QString &type = field.type;
    const bool multi = type == u"list-multi" || type == u"jid-multi" || type == u"text-multi";
    if (!multi && values.size() > 1)
        return tr("Enter one value only.");

    if (type == u"boolean") {
        const QString &v = values.first();
        if (v != u"true" && v != u"false" && v != u"1" && v != u"0")
            return tr("Choose yes or no.");
        return std::nullopt;
    }
    if (type == u"jid-single" || type == u"jid-multi") {
        for (const QString &v : values) {
            if (!Jid::parse(v).isValid())
                return tr("Enter an account address, such as name@example.org.");
        }
        return std::nullopt;
    }
    if (isList(field) && !field.options.isEmpty() && !isOpen()) {
        for (const QString &v : values) {
            const bool offered = std::any_of(field.options.cbegin(), field.options.cend(),
                                             [&v](const auto &o) { return o.value == v; });
            if (!offered)
                return type == u"list-single" ? tr("Choose one of the options.")
                                              : tr("Choose only from the options.");
        }
    }
    if (type == u"list-multi") {
        const int count = static_cast<int>(values.size());
        if (m_listMin && count < *m_listMin)
            return tr("Choose at least %n option(s).", nullptr, *m_listMin);
        if (m_listMax && count > *m_listMax)
            return tr("Choose at most %n option(s).", nullptr, *m_listMax);
    }
    // A list's offered values are the service's own; typed values are checked by datatype.
    for (const QString &v : values) {
        if (auto problem = checkValue(v))
            return problem;
    }
    return std::nullopt;
}

} // namespace teahouse::services
