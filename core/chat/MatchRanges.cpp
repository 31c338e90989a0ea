#include "chat/MatchRanges.h"

#include <QRegularExpression>
#include <algorithm>

namespace teahouse::chat {

QList<SearchHit::Range> MatchRanges::find(const QString &text, const QString &query)
{
    QList<SearchHit::Range> ranges;
    static const QRegularExpression separators(QStringLiteral("[\\s\"*]+"));
    const QStringList terms = query.split(separators, Qt::SkipEmptyParts);
    for (const QString &term : terms) {
        qsizetype from = 0;
        while (true) {
            const qsizetype at = text.indexOf(term, from, Qt::CaseInsensitive);
            if (at < 0)
                break;
            ranges.append({static_cast<int>(at), static_cast<int>(term.size())});
            from = at + term.size();
        }
    }
    std::sort(ranges.begin(), ranges.end(),
              [](const SearchHit::Range &a, const SearchHit::Range &b) { return a.start < b.start; });
    QList<SearchHit::Range> merged;
    for (const SearchHit::Range &r : ranges) {
        if (!merged.isEmpty() && r.start <= merged.last().start + merged.last().length) {
            SearchHit::Range &last = merged.last();
            last.length = std::max(last.start + last.length, r.start + r.length) - last.start;
        } else {
            merged.append(r);
        }
    }
    return merged;
}

} // namespace teahouse::chat
