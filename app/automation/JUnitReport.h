#pragma once

#include "base/Result.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace teahouse::app::automation {

// The outcome of one test() block of a scenario (or of the whole script when it has none).
struct TestCaseResult
{
    enum class Outcome
    {
        Passed,
        Failed,  // an assertion, a wait or an action failed
        Error,   // a script error (TypeError, syntax, …)
        Skipped, // skip() was called, or an earlier failure stopped the run
    };
    QString name;
    Outcome outcome = Outcome::Passed;
    qint64 milliseconds = 0;
    QString message;    // one line: what was expected and found
    QString location;   // "signin.js:12"
    QString detail;     // the JS stack and context
    QString screenshot; // saved at the failure, when any
    QStringList steps;  // the actions taken, one line each
};

// Collects test cases and writes them as a JUnit XML report (one <testsuite> per scenario),
// the format CI servers read.
class JUnitReport
{
public:
    explicit JUnitReport(QString suiteName);

    void add(TestCaseResult result);
    [[nodiscard]] const QList<TestCaseResult> &cases() const { return m_cases; }
    [[nodiscard]] int count(TestCaseResult::Outcome outcome) const;
    [[nodiscard]] bool passed() const;
    [[nodiscard]] int steps() const;

    [[nodiscard]] QByteArray toXml(qint64 totalMilliseconds) const;
    [[nodiscard]] Status write(const QString &path, qint64 totalMilliseconds) const;

private:
    QString m_suiteName;
    QList<TestCaseResult> m_cases;
};

} // namespace teahouse::app::automation
