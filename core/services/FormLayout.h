#pragma once

#include "xmpp/DataForm.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace teahouse::services {

// The pages and sections of a data form (XEP-0141), resolved against its fields: what a
// multi-step form shows as "step 2 of 4". A form without layout is one page with every field
// in order. Fields a layout forgets are not lost: they go on the last page (XEP-0141 §3.2
// lets a renderer skip them, but then a required one could never be filled).
class FormLayout
{
public:
    static constexpr QStringView kNamespace = u"http://jabber.org/protocol/xdata-layout";

    struct Item
    {
        enum class Kind
        {
            Field,    // var names a field of the form
            Text,     // text is a paragraph
            Section,  // label, text and children
            Reported, // the form's table (<reported/> + <item/>s)
        };
        Kind kind = Kind::Field;
        QString var;
        QString label;
        QString text;
        QList<Item> children;
    };

    struct Page
    {
        QString label;
        QStringList texts;
        QList<Item> items;
    };

    [[nodiscard]] static FormLayout of(const xmpp::DataForm &form);

    [[nodiscard]] const QList<Page> &pages() const { return m_pages; }
    [[nodiscard]] int pageCount() const { return static_cast<int>(m_pages.size()); }
    // The vars of the fields on this page, in display order (sections flattened).
    [[nodiscard]] QStringList fieldsOnPage(int page) const;
    // The page a field is on, or -1 (hidden fields and unknown vars).
    [[nodiscard]] int pageOf(const QString &var) const;
    // Whether the form came with its own layout (otherwise one page was made up).
    [[nodiscard]] bool isDeclared() const { return m_declared; }

private:
    QList<Page> m_pages;
    bool m_declared = false;
};

} // namespace teahouse::services
