// Parse throughput of XmlStreamParser next to a bare QXmlStreamReader token loop over the
// same bytes, fed in the same 4 KiB chunks: the ratio is the price of building Element trees
// and of the safety checks. Figures only; correctness is asserted (all stanzas seen).
#include "xmpp/XmlStreamParser.h"

#include <QTest>
#include <QXmlStreamReader>
#include <ctime>

using teahouse::xmpp::XmlStreamParser;

namespace {

constexpr int kStanzas = 200'000;
constexpr qsizetype kChunk = 4096;
#ifdef __OPTIMIZE__
constexpr int kRounds = 2; // best of
constexpr const char *kBuild = "optimised build";
#else
constexpr int kRounds = 1; // a Debug build is slow enough as it is
constexpr const char *kBuild = "unoptimised (Debug) build: our code at -O0, Qt's release";
#endif

// CPU time of this thread: the machine is shared (parallel builds), so wall time would measure
// the neighbours as much as the parser.
double cpuSeconds()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) + double(ts.tv_nsec) / 1e9;
}

const QByteArray kHeader = "<?xml version='1.0'?><stream:stream xmlns='jabber:client' "
                           "xmlns:stream='http://etherx.jabber.org/streams' id='b1' "
                           "from='teahouse.test' version='1.0' xml:lang='zh'>";

// A chat message as a client receives it: body (Chinese and ASCII), XEP-0359 origin-id,
// XEP-0333 markable, XEP-0184 receipt request; about 300 bytes.
QByteArray message(int i)
{
    const QByteArray n = QByteArray::number(i);
    return "<message from='romeo@teahouse.test/orchard' to='juliet@teahouse.test/balcony' "
           "type='chat' id='msg-" +
           n + "'><body>你好，朱丽叶！明天下午三点在茶馆见面，好吗？ #" + n +
           " &amp; tea</body><origin-id xmlns='urn:xmpp:sid:0' id='a7f3c2e1-" + n +
           "'/><markable xmlns='urn:xmpp:chat-markers:0'/>"
           "<request xmlns='urn:xmpp:receipts'/></message>\n";
}

struct Figures
{
    double seconds = 0;
    qint64 stanzas = 0;
};

Figures bareReader(const QByteArray &stream)
{
    Figures best{1e9, 0};
    for (int round = 0; round < kRounds; ++round) {
        const double start = cpuSeconds();
        QXmlStreamReader reader;
        qint64 stanzas = 0;
        for (qsizetype i = 0; i < stream.size(); i += kChunk) {
            reader.addData(stream.mid(i, kChunk));
            while (true) {
                const auto token = reader.readNext();
                if (token == QXmlStreamReader::Invalid) {
                    if (reader.error() != QXmlStreamReader::PrematureEndOfDocumentError)
                        qFatal("bare reader error: %s", qPrintable(reader.errorString()));
                    break;
                }
                // Depth-1 children of the stream end when the reader is back at level 1.
                if (token == QXmlStreamReader::EndElement && reader.name() == u"message")
                    ++stanzas;
            }
        }
        best = {std::min(best.seconds, cpuSeconds() - start), stanzas};
    }
    return best;
}

Figures parser(const QByteArray &stream)
{
    Figures best{1e9, 0};
    for (int round = 0; round < kRounds; ++round) {
        const double start = cpuSeconds();
        XmlStreamParser parser;
        qint64 stanzas = 0;
        for (qsizetype i = 0; i < stream.size(); i += kChunk) {
            const auto events =
                parser.feed(QByteArrayView(stream).sliced(i, std::min(kChunk, stream.size() - i)));
            for (const auto &e : events) {
                if (e.type == XmlStreamParser::Event::Type::Stanza)
                    ++stanzas;
                else if (e.type == XmlStreamParser::Event::Type::Error)
                    qFatal("parser error: %s", qPrintable(e.errorCondition));
            }
        }
        best = {std::min(best.seconds, cpuSeconds() - start), stanzas};
    }
    return best;
}

} // namespace

class BenchXmlStream : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void throughput()
    {
        QByteArray stream = kHeader;
        stream.reserve(kStanzas * 330);
        for (int i = 0; i < kStanzas; ++i)
            stream += message(i);
        const double mb = stream.size() / 1e6;
        qInfo("input: %d message stanzas, %.1f MB (%.0f bytes/stanza), %lld-byte chunks, "
              "best of %d, thread CPU time; %s",
              kStanzas, mb, double(stream.size() - kHeader.size()) / kStanzas, qint64(kChunk),
              kRounds, kBuild);

        const Figures bare = bareReader(stream);
        const Figures ours = parser(stream);
        QCOMPARE(bare.stanzas, qint64(kStanzas));
        QCOMPARE(ours.stanzas, qint64(kStanzas));

        qInfo("bare QXmlStreamReader (tokens only): %8.3f s  %9.0f stanzas/s  %6.1f MB/s",
              bare.seconds, kStanzas / bare.seconds, mb / bare.seconds);
        qInfo("XmlStreamParser (Element trees):    %8.3f s  %9.0f stanzas/s  %6.1f MB/s",
              ours.seconds, kStanzas / ours.seconds, mb / ours.seconds);
        qInfo("ratio: XmlStreamParser takes %.2fx the time of the bare reader (%.0f%% of its "
              "throughput)",
              ours.seconds / bare.seconds, 100.0 * bare.seconds / ours.seconds);
    }
};

QTEST_GUILESS_MAIN(BenchXmlStream)
#include "bench_xmlstream.moc"
