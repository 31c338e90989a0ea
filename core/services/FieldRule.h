#pragma once

#include "xmpp/DataForm.h"

#include <QCoreApplication>
#include <QString>
#include <optional>

namespace teahouse::services {

// What XEP-0122 says a data-form field must hold: a datatype (xs:integer, xs:date, ...), one
// method (basic, open, range, regex) and, for lists, how many values may be chosen. check()
// tells the user in plain words what is wrong before anything is submitted; the service still
// validates on its side (XEP-0122 §5.4: a form is never assumed validated).
class FieldRule
{
    Q_DECLARE_TR_FUNCTIONS(FieldRule)

public:
    static constexpr QStringView kNamespace = u"http://jabber.org/protocol/xdata-validate";

    enum class Method
    {
        Basic,
        Open,
        Range,
        Regex
    };

    // The rule of this field: its <validate/> child if it has one, else basic xs:string.
    [[nodiscard]] static FieldRule of(const xmpp::DataForm::Field &field);

    [[nodiscard]] const QString &datatype() const { return m_datatype; }
    [[nodiscard]] Method method() const { return m_method; }
    [[nodiscard]] const QString &min() const { return m_min; }
    [[nodiscard]] const QString &max() const { return m_max; }
    [[nodiscard]] const QString &regex() const { return m_regex; }
    [[nodiscard]] std::optional<int> listMin() const { return m_listMin; }
    [[nodiscard]] std::optional<int> listMax() const { return m_listMax; }
    // Whether list fields accept values that are not among the options (<open/>).
    [[nodiscard]] bool isOpen() const { return m_method != Method::Basic; }

    // Why the field's current values are not acceptable (for the label shown next to it), or
    // nothing when they are. Checks required, the field type (booleans, JIDs, list options,
    // one value for single fields), the datatype, the range, the pattern and the list range.
    [[nodiscard]] std::optional<QString> check(const xmpp::DataForm::Field &field) const;
    // The same for one value (a text-single entry while it is typed).
    [[nodiscard]] std::optional<QString> checkValue(const QString &value) const;

private:
    QString m_datatype = QStringLiteral("xs:string");
    Method m_method = Method::Basic;
    QString m_min;
    QString m_max;
    QString m_regex;
    std::optional<int> m_listMin;
    std::optional<int> m_listMax;
};

} // namespace teahouse::services
