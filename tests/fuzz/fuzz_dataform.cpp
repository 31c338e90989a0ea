// libFuzzer target for data forms (XEP-0004) with validation (XEP-0122) and layout
// (XEP-0141). Invariants: a parsed form re-serialises to a form that parses to the same fields
// (types, values, options, required); every field's rule answers check() without crashing, and
// a field it accepts stays accepted after the round trip; every var the layout places is on the
// page pageOf() names; no form yields a layout without a page; no accepted form exceeds the
// size limits (fields, options, values, rows).
#include "services/FieldRule.h"
#include "services/FormLayout.h"
#include "xmpp/DataForm.h"
#include "xmpp/Element.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>

using namespace teahouse;

namespace {

[[noreturn]] void failInvariant(const char *what, const QString &detail)
{
    std::fprintf(stderr, "INVARIANT VIOLATED: %s\n%s\n", what, detail.toUtf8().constData());
    std::abort();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size > 16384)
        return 0;
    const xmpp::Element x = xmpp::Element::fromXml(
        QByteArrayView(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size)));
    if (x.isNull())
        return 0;
    const auto parsed = xmpp::DataForm::fromElement(x);
    if (!parsed.ok())
        return 0;
    const xmpp::DataForm &form = parsed.value();
    if (form.fields().size() > xmpp::DataForm::kMaxFields ||
        form.items().size() > xmpp::DataForm::kMaxItems)
        failInvariant("accepted a form beyond the limits", QString::number(form.fields().size()));
    for (const auto &f : form.fields()) {
        if (f.options.size() > xmpp::DataForm::kMaxOptions ||
            f.values.size() > xmpp::DataForm::kMaxValues)
            failInvariant("accepted a field beyond the limits", f.var);
    }
    const QByteArray xml = form.toElement().toXml();
    const auto again = xmpp::DataForm::fromElement(xmpp::Element::fromXml(xml));
    if (!again.ok())
        failInvariant("a serialised form does not parse", QString::fromUtf8(xml));
    if (again->fields().size() != form.fields().size())
        failInvariant("field count changed in the round trip", QString::fromUtf8(xml));
    for (qsizetype i = 0; i < form.fields().size(); ++i) {
        const auto &a = form.fields().at(i);
        const auto &b = again->fields().at(i);
        if (a.var != b.var || a.values != b.values || a.options != b.options ||
            a.required != b.required ||
            (a.type.isEmpty() ? QStringLiteral("text-single") : a.type) !=
                (b.type.isEmpty() ? QStringLiteral("text-single") : b.type))
            failInvariant("a field changed in the round trip", a.var);
        const auto ok = services::FieldRule::of(a).check(a);
        const auto ok2 = services::FieldRule::of(b).check(b);
        if (ok.has_value() != ok2.has_value())
            failInvariant("a field's check changed in the round trip", a.var);
        for (const QString &v : a.values)
            (void)services::FieldRule::of(a).checkValue(v);
    }
    const services::FormLayout layout = services::FormLayout::of(form);
    if (layout.pageCount() < 1)
        failInvariant("a layout without pages", QString::fromUtf8(xml));
    for (int p = 0; p < layout.pageCount(); ++p) {
        for (const QString &var : layout.fieldsOnPage(p)) {
            if (layout.pageOf(var) != p && layout.fieldsOnPage(layout.pageOf(var)).count(var) == 0)
                failInvariant("pageOf disagrees with fieldsOnPage", var);
        }
    }
    (void)form.toSubmission();
    (void)form.missingRequired();
    return 0;
}
