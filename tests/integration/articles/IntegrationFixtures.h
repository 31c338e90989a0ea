#pragma once

// Test documents (kept out of the .cpp: moc misreads multi-line raw strings).

#include <QByteArray>

inline const QByteArray kRssFeed = R"(<?xml version="1.0"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel><title><![CDATA[Bus & Metro News]]></title><link>/</link>
<item><title>Route 5 &nbsp;more buses</title><link>/news/route-5.html</link>
<guid>r5</guid><pubDate>Tue, 30 Apr 2024 09:00:00 +0800</pubDate>
<content:encoded><![CDATA[<p>Every <a href="timetable.html">6 minutes</a>.<script>x()</script></p>
<img src="/img/bus.png">]]></content:encoded></item>
<item><title>No date here</title><link>news/undated.html</link></item>
</channel></rss>)";

inline const QByteArray kAtomFeed =
    R"(<feed xmlns="http://www.w3.org/2005/Atom"><title>Atom one</title><icon>/img/bus.png</icon>
<entry><id>e1</id><title>Entry</title><link href="e1.html"/><content type="html">&lt;p&gt;Hi&lt;/p&gt;</content></entry></feed>)";

inline const QByteArray kAccountJson =
    R"({"title": "City News 城市新闻", "description": "What happens in town",
                      "site": "https://news.city.example/", "icon": "icon.png"})";
