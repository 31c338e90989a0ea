#include "xmpp/CapsVerification.h"

#include <algorithm>
#include <array>

namespace teahouse::xmpp {

namespace {

const QString kDiscoInfoNs = QStringLiteral("http://jabber.org/protocol/disco#info");
const QString kDataFormsNs = QStringLiteral("jabber:x:data");

// i;octet (RFC 4790 §9.3): compare UTF-8 bytes. QString's UTF-16 order differs from it for
// characters above U+FFFF against U+E000..U+FFFF.
void sortOctets(QList<QByteArray> &list)
{
    std::sort(list.begin(), list.end());
}

QList<QByteArray> utf8(const QStringList &strings)
{
    QList<QByteArray> out;
    out.reserve(strings.size());
    for (const QString &s : strings)
        out.append(s.toUtf8());
    return out;
}

Error illFormed(const QString &why)
{
    return Error::make(Error::Code::Protocol,
                       QStringLiteral("caps: ill-formed disco#info: ") + why);
}

} // namespace

QByteArray CapsVerification::verificationString(const QList<Identity> &identities,
                                                const QStringList &features,
                                                const QList<Form> &forms)
{
    QByteArray s;
    // By category, then type, then lang (§5.1 step 2); name only orders entries that would
    // otherwise be equal, which a well-formed response does not have.
    QList<std::array<QByteArray, 4>> ids;
    for (const Identity &id : identities)
        ids.append({id.category.toUtf8(), id.type.toUtf8(), id.lang.toUtf8(), id.name.toUtf8()});
    std::sort(ids.begin(), ids.end());
    for (const auto &id : ids)
        s += id[0] + '/' + id[1] + '/' + id[2] + '/' + id[3] + '<';

    QList<QByteArray> sortedFeatures = utf8(features);
    sortOctets(sortedFeatures);
    for (const QByteArray &feature : sortedFeatures)
        s += feature + '<';

    QList<std::pair<QByteArray, const Form *>> sortedForms;
    for (const Form &form : forms)
        sortedForms.append({form.formType.toUtf8(), &form});
    std::sort(sortedForms.begin(), sortedForms.end(),
              [](const auto &a, const auto &b) { return a.first < b.first; });
    for (const auto &[formType, form] : sortedForms) {
        s += formType + '<';
        QList<std::pair<QByteArray, QList<QByteArray>>> fields;
        for (const auto &[var, values] : form->fields) {
            if (var == u"FORM_TYPE")
                continue;
            fields.append({var.toUtf8(), utf8(values)});
        }
        std::sort(fields.begin(), fields.end(),
                  [](const auto &a, const auto &b) { return a.first < b.first; });
        for (auto &[var, values] : fields) {
            s += var + '<';
            sortOctets(values);
            for (const QByteArray &value : values)
                s += value + '<';
        }
    }
    return s;
}

QString CapsVerification::ver(const QList<Identity> &identities, const QStringList &features,
                              const QList<Form> &forms, QCryptographicHash::Algorithm algorithm)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(verificationString(identities, features, forms), algorithm)
            .toBase64());
}

Result<QString> CapsVerification::verFromDiscoInfo(const Element &query,
                                                   QCryptographicHash::Algorithm algorithm)
{
    if (!query.is(u"query", kDiscoInfoNs))
        return illFormed(QStringLiteral("not a disco#info query"));
    QList<Identity> identities;
    QStringList features;
    QList<Form> forms;
    for (const Element &child : query.children()) {
        if (child.is(u"identity", kDiscoInfoNs)) {
            Identity id{child.attribute(u"category"), child.attribute(u"type"),
                        child.attribute(u"xml:lang"), child.attribute(u"name")};
            for (const Identity &seen : identities) {
                if (seen.category == id.category && seen.type == id.type && seen.lang == id.lang &&
                    seen.name == id.name)
                    return illFormed(QStringLiteral("duplicate identity"));
            }
            identities.append(id);
        } else if (child.is(u"feature", kDiscoInfoNs)) {
            const QString var = child.attribute(u"var");
            if (features.contains(var))
                return illFormed(QStringLiteral("duplicate feature ") + var);
            features.append(var);
        } else if (child.is(u"x", kDataFormsNs)) {
            Form form;
            bool hasHiddenFormType = false;
            for (const Element &field : child.children()) {
                if (!field.is(u"field", kDataFormsNs))
                    continue;
                QStringList values;
                for (const Element &value : field.children()) {
                    if (value.is(u"value", kDataFormsNs))
                        values.append(value.text());
                }
                const QString var = field.attribute(u"var");
                if (var == u"FORM_TYPE") {
                    values.removeDuplicates();
                    if (values.size() != 1)
                        return illFormed(QStringLiteral("FORM_TYPE with differing values"));
                    hasHiddenFormType = field.attribute(u"type") == u"hidden";
                    form.formType = values.first();
                    continue;
                }
                form.fields.append({var, values});
            }
            if (!hasHiddenFormType)
                continue; // §5.4: ignored, processing goes on
            for (const Form &seen : forms) {
                if (seen.formType == form.formType)
                    return illFormed(QStringLiteral("two forms of type ") + form.formType);
            }
            forms.append(std::move(form));
        }
    }
    return ver(identities, features, forms, algorithm);
}

std::optional<QCryptographicHash::Algorithm> CapsVerification::algorithmForName(QStringView name)
{
    if (name == u"sha-1")
        return QCryptographicHash::Sha1;
    if (name == u"sha-224")
        return QCryptographicHash::Sha224;
    if (name == u"sha-256")
        return QCryptographicHash::Sha256;
    if (name == u"sha-384")
        return QCryptographicHash::Sha384;
    if (name == u"sha-512")
        return QCryptographicHash::Sha512;
    if (name == u"sha3-256")
        return QCryptographicHash::Sha3_256;
    if (name == u"sha3-512")
        return QCryptographicHash::Sha3_512;
    return std::nullopt;
}

} // namespace teahouse::xmpp
