#pragma once

// Test documents (kept out of the .cpp: moc misreads multi-line raw strings).

#include <QByteArray>

inline const QByteArray kAtomFixture = R"(<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:base="https://news.example/">
  <title>City News</title>
  <subtitle type="html">&lt;b&gt;Daily&lt;/b&gt; news</subtitle>
  <link href="/"/>
  <icon>img/logo.png</icon>
  <entry>
    <id>urn:uuid:1</id>
    <title type="html">Bridge &amp;amp; tunnel</title>
    <link rel="alternate" href="2024/bridge.html"/>
    <link rel="enclosure" type="image/jpeg" href="img/bridge.jpg"/>
    <published>2024-05-01T08:30:00+08:00</published>
    <author><name>Li Ming</name></author>
    <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>Open <a href="map.html">map</a></p></div></content>
  </entry>
  <entry xml:base="https://other.example/dir/">
    <id>urn:uuid:2</id>
    <title>Second</title>
    <link href="two"/>
    <updated>2024-05-02T10:00:00Z</updated>
    <summary>Plain &lt; text</summary>
  </entry>
</feed>)";

inline const QByteArray kRssFixture = R"(<?xml version="1.0"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"
     xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel>
  <title><![CDATA[Health & Tips]]></title>
  <link>/health/</link>
  <description>Daily tips</description>
  <image><url>/logo.png</url></image>
  <item>
    <title><![CDATA[Drink <b>water</b>]]></title>
    <link>tips/water.html</link>
    <guid isPermaLink="false">tip-1</guid>
    <pubDate>Tue, 10 Jun 2003 04:00:00 GMT</pubDate>
    <dc:creator>Dr. Wang</dc:creator>
    <description><![CDATA[<p>Short & sweet</p>]]></description>
    <content:encoded><![CDATA[<p>Eight <img src="/img/glass.png"> cups</p>]]></content:encoded>
    <enclosure url="img/cover.jpg" type="image/jpeg" length="1"/>
  </item>
  <item>
    <title>No date, no guid</title>
    <link>https://health.example/x</link>
  </item>
</channel>
</rss>)";
