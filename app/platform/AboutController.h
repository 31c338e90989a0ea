#pragma once

#include <QObject>
#include <QString>
#include <QVariantList>

namespace teahouse::app {

// Settings → About as QML sees it (features.about): the versions of Teahouse and the libraries
// it runs on, the same text `teahouse --version` prints.
class AboutController : public QObject
{
    Q_OBJECT
    // [{name, version}], Teahouse first.
    Q_PROPERTY(QVariantList components READ components CONSTANT)
    // One "name version" line per component.
    Q_PROPERTY(QString text READ text CONSTANT)

public:
    explicit AboutController(const QString &teahouseVersion, QObject *parent = nullptr);

    [[nodiscard]] QVariantList components() const { return m_components; }
    [[nodiscard]] QString text() const { return m_text; }

private:
    QVariantList m_components;
    QString m_text;
};

} // namespace teahouse::app
