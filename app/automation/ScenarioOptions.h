#pragma once

#include <QString>

namespace teahouse::app::automation {

// What `teahouse --script FILE [--screenshots DIR] [--junit FILE]` asked for.
struct ScenarioOptions
{
    QString scriptFile;    // the scenario (JavaScript)
    QString screenshotDir; // screenshots (and every failure's) go here; empty: ./screenshots-<name>
    QString junitFile;     // JUnit XML report; empty: none
};

} // namespace teahouse::app::automation
