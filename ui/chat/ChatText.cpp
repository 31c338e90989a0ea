#include "ChatText.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>
#include <algorithm>

namespace teahouse::ui::chattext {

namespace {

// Links people paste in chats; trailing punctuation is left out of the link.
const QRegularExpression &linkPattern()
{
    static const QRegularExpression re(
        QStringLiteral(R"((?:https?://|www\.)[^\s<>"]+|(?:xmpp|mailto):[^\s<>"]+)"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    return re;
}

QString trimLink(QString link)
{
    static const QString trailing = QStringLiteral(".,;:!?)]}'，。；：！？）】");
    while (!link.isEmpty() && trailing.contains(link.back()))
        link.chop(1);
    return link;
}

QString escape(QStringView text)
{
    QString out;
    out.reserve(text.size() + text.size() / 8);
    for (const QChar c : text) {
        switch (c.unicode()) {
        case u'<':
            out += QLatin1String("&lt;");
            break;
        case u'>':
            out += QLatin1String("&gt;");
            break;
        case u'&':
            out += QLatin1String("&amp;");
            break;
        case u'"':
            out += QLatin1String("&quot;");
            break;
        case u'\n':
            out += QLatin1String("<br/>");
            break;
        default:
            out += c;
        }
    }
    return out;
}

enum Mark : quint8
{
    None = 0,
    Mention = 1,
    Match = 2,
};

} // namespace

QString listTime(const QDateTime &when, const QDateTime &now)
{
    if (!when.isValid())
        return {};
    const QDateTime local = when.toLocalTime();
    const QDate day = local.date();
    const QDate today = now.toLocalTime().date();
    const QLocale locale;
    if (day == today)
        return local.time().toString(QStringLiteral("HH:mm"));
    if (day == today.addDays(-1))
        return QCoreApplication::translate("ChatText", "Yesterday");
    if (day > today.addDays(-7) && day < today)
        return locale.dayName(day.dayOfWeek(), QLocale::LongFormat);
    if (day.year() == today.year())
        return locale.toString(day, QCoreApplication::translate("ChatText", "M/d"));
    return locale.toString(day, QCoreApplication::translate("ChatText", "yyyy/M/d"));
}

QString separatorTime(const QDateTime &when, const QDateTime &now)
{
    if (!when.isValid())
        return {};
    const QDateTime local = when.toLocalTime();
    const QDate day = local.date();
    const QDate today = now.toLocalTime().date();
    const QString time = local.time().toString(QStringLiteral("HH:mm"));
    if (day == today)
        return time;
    return listTime(when, now) + u' ' + time;
}

bool needsSeparator(const QDateTime &previous, const QDateTime &current)
{
    if (!previous.isValid() || !current.isValid())
        return true;
    if (previous.toLocalTime().date() != current.toLocalTime().date())
        return true;
    // WeChat's rule of thumb: a time line after a pause of five minutes.
    return previous.secsTo(current) > 5 * 60;
}

QString richBody(const QString &body, const QList<chat::Mention> &mentions,
                 const QList<Span> &matches, const QString &linkColor, const QString &mentionColor,
                 const QString &matchColor)
{
    const int n = int(body.size());
    QList<quint8> marks(n, None);
    for (const auto &m : mentions) {
        for (int i = std::max(0, m.start); i < std::min(n, m.start + m.length); ++i)
            marks[i] |= Mention;
    }
    for (const auto &m : matches) {
        for (int i = std::max(0, m.start); i < std::min(n, m.start + m.length); ++i)
            marks[i] |= Match;
    }

    // Link boundaries, so a mark never splits an <a>.
    QList<QPair<int, int>> linkRanges;
    auto it = linkPattern().globalMatch(body);
    while (it.hasNext()) {
        const auto match = it.next();
        const QString link = trimLink(match.captured());
        if (!link.isEmpty())
            linkRanges.append({int(match.capturedStart()), int(link.size())});
    }

    auto styled = [&](int from, int to) {
        QString out;
        int i = from;
        while (i < to) {
            int j = i + 1;
            while (j < to && marks[j] == marks[i])
                ++j;
            const QString text = escape(QStringView(body).mid(i, j - i));
            QString style;
            if (marks[i] & Mention)
                style += QStringLiteral("color:%1;font-weight:600;").arg(mentionColor);
            if (marks[i] & Match)
                style += QStringLiteral("background-color:%1;").arg(matchColor);
            if (style.isEmpty())
                out += text;
            else
                out += QStringLiteral("<span style=\"%1\">%2</span>").arg(style, text);
            i = j;
        }
        return out;
    };

    QString html;
    int pos = 0;
    for (const auto &[start, length] : linkRanges) {
        html += styled(pos, start);
        QString href = body.mid(start, length);
        if (href.startsWith(u"www.", Qt::CaseInsensitive))
            href.prepend(QStringLiteral("https://"));
        html += QStringLiteral("<a href=\"%1\" style=\"color:%2;\">%3</a>")
                    .arg(escape(href), linkColor, styled(start, start + length));
        pos = start + length;
    }
    html += styled(pos, n);
    return html;
}

QList<Span> findTerms(const QString &text, const QString &query)
{
    QList<Span> spans;
    const QStringList terms =
        query.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
    for (const QString &term : terms) {
        qsizetype from = 0;
        while (true) {
            const qsizetype at = text.indexOf(term, from, Qt::CaseInsensitive);
            if (at < 0)
                break;
            spans.append({int(at), int(term.size())});
            from = at + term.size();
        }
    }
    std::sort(spans.begin(), spans.end(),
              [](const Span &a, const Span &b) { return a.start < b.start; });
    return spans;
}

QString snippet(const QString &text, const QList<Span> &matches, const QString &matchColor,
                int context)
{
    QString flat = text;
    flat.replace(u'\n', u' ');
    int from = 0;
    if (!matches.isEmpty())
        from = std::max(0, matches.first().start - context);
    // Do not start inside a surrogate pair.
    if (from > 0 && flat.at(from).isLowSurrogate())
        --from;
    QString out;
    if (from > 0)
        out += QStringLiteral("…");
    int pos = from;
    for (const auto &m : matches) {
        if (m.start < pos)
            continue;
        out += escape(QStringView(flat).mid(pos, m.start - pos));
        out += QStringLiteral("<font color=\"%1\"><b>%2</b></font>")
                   .arg(matchColor, escape(QStringView(flat).mid(m.start, m.length)));
        pos = m.start + m.length;
    }
    out += escape(QStringView(flat).mid(pos));
    return out;
}

QString fileSize(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

QStringList links(const QString &body)
{
    QStringList out;
    auto it = linkPattern().globalMatch(body);
    while (it.hasNext()) {
        const QString link = trimLink(it.next().captured());
        if (!link.isEmpty())
            out.append(link);
    }
    return out;
}

} // namespace teahouse::ui::chattext
