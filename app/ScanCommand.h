#pragma once

#include <QString>
#include <QTextStream>

namespace teahouse::app {

// `teahouse scan FILE`: decodes every code in an image file and prints them as JSON, for testers
// and scripts: {"file", "width", "height", "count", "codes": [{format, position, kind, text,
// valid, error?, fields?}]}, or {"file", "error": {code, message}} when the file is no image.
// Exit status: 0 when at least one code was found, 1 when none, 2 when the file is bad.
class ScanCommand
{
public:
    enum ExitCode
    {
        Found = 0,
        NothingFound = 1,
        BadFile = 2,
    };

    // Needs a QCoreApplication (image format plugins).
    [[nodiscard]] static int run(const QString &file, QTextStream &out, QTextStream &err);
};

} // namespace teahouse::app
