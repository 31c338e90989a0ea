#include "services/FormLayout.h"

#include <QSet>

namespace teahouse::services {

namespace {

using Item = FormLayout::Item;
using Field = xmpp::DataForm::Field;
using xmpp::Element;

bool isShown(const Field &field)
{
    // Fixed fields without a var cannot be referenced; they are shown where they stand.
    return field.type != u"hidden";
}

// Builds items from a <page/> or <section/>'s children, taking each field once (XEP-0141
// §3.2: a field referenced twice is shown where it is first referenced).
QList<Item> itemsOf(const Element &parent, const QSet<QString> &known, QSet<QString> &placed,
                    bool &tablePlaced, bool hasTable)
{
    QList<Item> items;
    for (const Element &child : parent.children()) {
        if (child.xmlns() != FormLayout::kNamespace)
            continue;
        if (child.name() == u"fieldref") {
            const QString var = child.attribute(u"var");
            // §4.3: a reference to a field that does not exist is ignored.
            if (!known.contains(var) || placed.contains(var))
                continue;
            placed.insert(var);
            items.append({Item::Kind::Field, var, {}, {}, {}});
        } else if (child.name() == u"text") {
            const QString text = child.text().simplified();
            if (!text.isEmpty())
                items.append({Item::Kind::Text, {}, {}, text, {}});
        } else if (child.name() == u"reportedref") {
            // §3.3: only once, and only when there is a table.
            if (hasTable && !tablePlaced) {
                tablePlaced = true;
                items.append({Item::Kind::Reported, {}, {}, {}, {}});
            }
        } else if (child.name() == u"section") {
            Item section{Item::Kind::Section, {}, child.attribute(u"label"), {}, {}};
            QStringList texts;
            QList<Item> inner = itemsOf(child, known, placed, tablePlaced, hasTable);
            // A section's leading paragraphs describe it; later ones stay where they stand.
            while (!inner.isEmpty() && inner.first().kind == Item::Kind::Text)
                texts.append(inner.takeFirst().text);
            section.text = texts.join(u'\n');
            section.children = std::move(inner);
            if (!section.children.isEmpty() || !section.text.isEmpty() || !section.label.isEmpty())
                items.append(std::move(section));
        }
    }
    return items;
}

void collectFields(const QList<Item> &items, QStringList &out)
{
    for (const Item &item : items) {
        if (item.kind == Item::Kind::Field)
            out.append(item.var);
        else if (item.kind == Item::Kind::Section)
            collectFields(item.children, out);
    }
}

} // namespace

FormLayout FormLayout::of(const xmpp::DataForm &form)
{
    FormLayout layout;
    QSet<QString> known;
    for (const Field &field : form.fields()) {
        if (!field.var.isEmpty() && isShown(field))
            known.insert(field.var);
    }
    const bool hasTable = !form.reported().isEmpty();
    QSet<QString> placed;
    bool tablePlaced = false;
    for (const Element &extension : form.extensions()) {
        if (!extension.is(u"page", kNamespace))
            continue;
        Page page;
        page.label = extension.attribute(u"label");
        QList<Item> items = itemsOf(extension, known, placed, tablePlaced, hasTable);
        // Leading paragraphs describe the page.
        while (!items.isEmpty() && items.first().kind == Item::Kind::Text)
            page.texts.append(items.takeFirst().text);
        page.items = std::move(items);
        layout.m_pages.append(std::move(page));
    }
    layout.m_declared = !layout.m_pages.isEmpty();
    if (layout.m_pages.isEmpty()) {
        Page page;
        page.label = form.title();
        layout.m_pages.append(std::move(page));
    }

    // Everything not placed by the layout, in form order, on the last page.
    Page &last = layout.m_pages.last();
    for (const Field &field : form.fields()) {
        if (!isShown(field))
            continue;
        if (field.var.isEmpty()) {
            // An unnamed fixed field is a paragraph of the form.
            if (!layout.m_declared && !field.value().isEmpty())
                last.items.append({Item::Kind::Text, {}, {}, field.values.join(u'\n'), {}});
            continue;
        }
        if (!placed.contains(field.var)) {
            placed.insert(field.var);
            last.items.append({Item::Kind::Field, field.var, {}, {}, {}});
        }
    }
    if (hasTable && !tablePlaced)
        last.items.append({Item::Kind::Reported, {}, {}, {}, {}});
    return layout;
}

QStringList FormLayout::fieldsOnPage(int page) const
{
    QStringList vars;
    if (page >= 0 && page < pageCount())
        collectFields(m_pages.at(page).items, vars);
    return vars;
}

int FormLayout::pageOf(const QString &var) const
{
    for (int i = 0; i < pageCount(); ++i) {
        if (fieldsOnPage(i).contains(var))
            return i;
    }
    return -1;
}

} // namespace teahouse::services
