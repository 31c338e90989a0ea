// Test helper for tst_singleinstance: one process of a SingleInstance pair.
//   singleinstance_helper SERVERNAME ARG...   starts; prints "primary" (then every message it
//                                              receives as a JSON line, and exits after
//                                              TEAHOUSE_HELPER_MESSAGES of them) or "forwarded".
#include "platform/SingleInstance.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTextStream>

using namespace teahouse::app;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const QStringList arguments = QCoreApplication::arguments();
    if (arguments.size() < 2)
        return 2;
    SingleInstance instance(arguments.at(1));
    const int wanted = qEnvironmentVariableIntValue("TEAHOUSE_HELPER_MESSAGES");
    int received = 0;
    QObject::connect(&instance, &SingleInstance::argumentsReceived, &app,
                     [&](const QStringList &args) {
                         out << QJsonDocument(QJsonArray::fromStringList(args))
                                    .toJson(QJsonDocument::Compact)
                             << Qt::endl;
                         if (++received >= wanted)
                             QCoreApplication::quit();
                     });
    switch (instance.start(arguments.mid(2))) {
    case SingleInstance::Role::Forwarded:
        out << "forwarded" << Qt::endl;
        return 0;
    case SingleInstance::Role::Failed:
        out << "failed " << instance.errorString() << Qt::endl;
        return 1;
    case SingleInstance::Role::Primary:
        out << "primary" << Qt::endl;
        break;
    }
    if (wanted <= 0)
        return 0;
    return QCoreApplication::exec();
}
