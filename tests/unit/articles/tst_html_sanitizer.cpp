#include "articles/HtmlSanitizer.h"

#include <QTest>

using namespace teahouse::articles;

class TestHtmlSanitizer : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void keepsAllowedMarkup()
    {
        const auto s = HtmlSanitizer::sanitize(
            QStringLiteral("<h2 class='x' id='y'>Title</h2><p>Some <b>bold</b> and "
                           "<a href='/more'>a link</a>.</p><ul><li>one</li></ul>"
                           "<img src='pic.png' alt='A picture' width='40' height='x'>"),
            QUrl(QStringLiteral("https://site.example/articles/a.html")));
        QCOMPARE(s.html, QStringLiteral(
                             "<h2>Title</h2><p>Some <b>bold</b> and "
                             "<a href=\"https://site.example/more\">a link</a>.</p>"
                             "<ul><li>one</li></ul>"
                             "<img src=\"https://site.example/articles/pic.png\" alt=\"A picture\" "
                             "width=\"40\">"));
        QCOMPARE(s.images, QList<QUrl>{QUrl(QStringLiteral("https://site.example/articles/pic.png"))});
        QCOMPARE(s.text, QStringLiteral("Title\nSome bold and a link.\none"));
    }

    void dropsHostileContent()
    {
        const QString hostile = QStringLiteral(
            "<p onclick='alert(1)' style='background:url(https://tracker.example/t.gif)'>Safe "
            "text</p><script>document.title='pwned'</script>"
            "<style>body{background:url(https://tracker.example/css.gif)}</style>"
            "<iframe src='https://evil.example/'>frame text</iframe>"
            "<a href='javascript:alert(1)'>js link</a>"
            "<a href=' JaVaScRiPt:alert(1)'>js link 2</a>"
            "<a href='java&#x0A;script:alert(1)'>js link 3</a>"
            "<img src='file:///etc/passwd'><img src='javascript:alert(1)'>"
            "<img src='data:image/png;base64,AAAA'>"
            "<svg onload='alert(1)'><circle/></svg>"
            "<object data='x.swf'></object><embed src='y.swf'>"
            "<form action='https://evil.example/'><input name='q'></form>"
            "<div><span onmouseover='x()'>inner</span></div>"
            "<math><mi xlink:href='javascript:alert(1)'>m</mi></math>"
            "<base href='https://evil.example/'><meta http-equiv='refresh' content='0;url=x'>"
            "<link rel='stylesheet' href='https://evil.example/s.css'>"
            "<p>end<!-- <script>x</script> --></p>");
        const auto s = HtmlSanitizer::sanitize(hostile, QUrl(QStringLiteral("https://a.example/")));
        for (const char *bad : {"script", "onclick", "onload", "onmouseover", "style", "iframe",
                                "javascript", "file:", "data:", "svg", "object", "embed", "form",
                                "input", "tracker", "evil", "<math", "<base", "<meta", "<link",
                                "<!--"}) {
            QVERIFY2(!s.html.contains(QLatin1String(bad), Qt::CaseInsensitive),
                     qPrintable(QStringLiteral("%1 survived: %2").arg(QLatin1String(bad), s.html)));
        }
        QVERIFY(s.html.contains(QStringLiteral("<p>Safe text</p>")));
        QVERIFY(s.html.contains(QStringLiteral("<a>js link</a>")));
        QVERIFY(s.html.contains(QStringLiteral("<div>inner</div>")));
        QVERIFY(s.html.contains(QStringLiteral("<p>end</p>")));
        QVERIFY(!s.text.contains(QStringLiteral("pwned")));
        QVERIFY(!s.text.contains(QStringLiteral("frame text")));
        QVERIFY(s.images.isEmpty());
    }

    void escapesText()
    {
        const auto s = HtmlSanitizer::sanitize(QStringLiteral("<p>a &lt;script&gt; &amp; \"q\"</p>"));
        QCOMPARE(s.html, QStringLiteral("<p>a &lt;script&gt; &amp; &quot;q&quot;</p>"));
        QCOMPARE(s.text, QStringLiteral("a <script> & \"q\""));
    }

    void attributeQuotesCannotBreakOut()
    {
        const auto s = HtmlSanitizer::sanitize(
            QStringLiteral("<img src='https://a.example/x.png' alt='\" onerror=\"alert(1)'>"));
        QCOMPARE(s.html, QStringLiteral("<img src=\"https://a.example/x.png\" "
                                        "alt=\"&quot; onerror=&quot;alert(1)\">"));
    }

    void deepNestingIsBounded()
    {
        QString deep;
        for (int i = 0; i < 5000; ++i)
            deep += QStringLiteral("<div>");
        deep += QStringLiteral("x");
        const auto s = HtmlSanitizer::sanitize(deep);
        QVERIFY(s.html.size() < 5000 * 12);
    }

    void plainText()
    {
        QCOMPARE(HtmlSanitizer::toPlainText(QStringLiteral("Drink <b>water</b>  daily")),
                 QStringLiteral("Drink water daily"));
        QCOMPARE(HtmlSanitizer::toPlainText(QStringLiteral("A &amp; B")), QStringLiteral("A & B"));
    }
};

QTEST_GUILESS_MAIN(TestHtmlSanitizer)
#include "tst_html_sanitizer.moc"
