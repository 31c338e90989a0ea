#include "JUnitReport.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QHostInfo>
#include <QSaveFile>
#include <QXmlStreamWriter>

namespace teahouse::app::automation {

namespace {

// XML 1.0 allows no control characters but tab, LF and CR, even escaped.
QString xmlSafe(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u < 0x20 && u != u'\t' && u != u'\n' && u != u'\r')
            out += QStringLiteral("\\x%1").arg(int(u), 2, 16, QLatin1Char('0'));
        else if (u == 0xfffe || u == 0xffff)
            out += u'?';
        else
            out += c;
    }
    return out;
}

QString seconds(qint64 ms)
{
    return QString::number(double(ms) / 1000.0, 'f', 3);
}

} // namespace

JUnitReport::JUnitReport(QString suiteName)
    : m_suiteName(std::move(suiteName))
{}

void JUnitReport::add(TestCaseResult result)
{
    m_cases.append(std::move(result));
}

int JUnitReport::count(TestCaseResult::Outcome outcome) const
{
    return int(std::count_if(m_cases.cbegin(), m_cases.cend(),
                             [outcome](const TestCaseResult &c) { return c.outcome == outcome; }));
}

bool JUnitReport::passed() const
{
    return count(TestCaseResult::Outcome::Failed) == 0 &&
           count(TestCaseResult::Outcome::Error) == 0;
}

int JUnitReport::steps() const
{
    int total = 0;
    for (const TestCaseResult &c : m_cases)
        total += int(c.steps.size());
    return total;
}

QByteArray JUnitReport::toXml(qint64 totalMilliseconds) const
{
    using Outcome = TestCaseResult::Outcome;
    QByteArray bytes;
    QXmlStreamWriter xml(&bytes);
    xml.setAutoFormatting(true);
    xml.writeStartDocument();
    xml.writeStartElement(QStringLiteral("testsuites"));
    xml.writeAttribute(QStringLiteral("name"), xmlSafe(m_suiteName));
    xml.writeAttribute(QStringLiteral("tests"), QString::number(m_cases.size()));
    xml.writeAttribute(QStringLiteral("failures"), QString::number(count(Outcome::Failed)));
    xml.writeAttribute(QStringLiteral("errors"), QString::number(count(Outcome::Error)));
    xml.writeAttribute(QStringLiteral("skipped"), QString::number(count(Outcome::Skipped)));
    xml.writeAttribute(QStringLiteral("time"), seconds(totalMilliseconds));

    xml.writeStartElement(QStringLiteral("testsuite"));
    xml.writeAttribute(QStringLiteral("name"), xmlSafe(m_suiteName));
    xml.writeAttribute(QStringLiteral("tests"), QString::number(m_cases.size()));
    xml.writeAttribute(QStringLiteral("failures"), QString::number(count(Outcome::Failed)));
    xml.writeAttribute(QStringLiteral("errors"), QString::number(count(Outcome::Error)));
    xml.writeAttribute(QStringLiteral("skipped"), QString::number(count(Outcome::Skipped)));
    xml.writeAttribute(QStringLiteral("time"), seconds(totalMilliseconds));
    xml.writeAttribute(QStringLiteral("timestamp"),
                       QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    xml.writeAttribute(QStringLiteral("hostname"), QHostInfo::localHostName());

    xml.writeStartElement(QStringLiteral("properties"));
    xml.writeStartElement(QStringLiteral("property"));
    xml.writeAttribute(QStringLiteral("name"), QStringLiteral("steps"));
    xml.writeAttribute(QStringLiteral("value"), QString::number(steps()));
    xml.writeEndElement();
    xml.writeEndElement();

    for (const TestCaseResult &c : m_cases) {
        xml.writeStartElement(QStringLiteral("testcase"));
        xml.writeAttribute(QStringLiteral("name"), xmlSafe(c.name));
        xml.writeAttribute(QStringLiteral("classname"), xmlSafe(m_suiteName));
        xml.writeAttribute(QStringLiteral("time"), seconds(c.milliseconds));
        xml.writeAttribute(QStringLiteral("steps"), QString::number(c.steps.size()));
        const QString where = c.location.isEmpty() ? QString() : c.location + QStringLiteral(": ");
        switch (c.outcome) {
        case Outcome::Passed:
            break;
        case Outcome::Failed:
        case Outcome::Error:
            xml.writeStartElement(c.outcome == Outcome::Failed ? QStringLiteral("failure")
                                                               : QStringLiteral("error"));
            xml.writeAttribute(QStringLiteral("message"), xmlSafe(where + c.message));
            xml.writeAttribute(QStringLiteral("type"), c.outcome == Outcome::Failed
                                                           ? QStringLiteral("ScenarioFailure")
                                                           : QStringLiteral("ScriptError"));
            xml.writeCharacters(xmlSafe(c.detail));
            xml.writeEndElement();
            break;
        case Outcome::Skipped:
            xml.writeStartElement(QStringLiteral("skipped"));
            xml.writeAttribute(QStringLiteral("message"), xmlSafe(c.message));
            xml.writeEndElement();
            break;
        }
        QString out = c.steps.join(u'\n');
        if (!c.screenshot.isEmpty())
            out += QStringLiteral("\n[[ATTACHMENT|%1]]").arg(c.screenshot);
        if (!out.trimmed().isEmpty()) {
            xml.writeStartElement(QStringLiteral("system-out"));
            xml.writeCharacters(xmlSafe(out));
            xml.writeEndElement();
        }
        xml.writeEndElement();
    }
    xml.writeEndElement();
    xml.writeEndElement();
    xml.writeEndDocument();
    return bytes;
}

Status JUnitReport::write(const QString &path, qint64 totalMilliseconds) const
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error::make(Error::Code::Io, QStringLiteral("can't write the JUnit report %1: %2")
                                                .arg(path, file.errorString()));
    file.write(toXml(totalMilliseconds));
    if (!file.commit())
        return Error::make(Error::Code::Io, QStringLiteral("can't write the JUnit report %1: %2")
                                                .arg(path, file.errorString()));
    return {};
}

} // namespace teahouse::app::automation
