#include "FormFieldModel.h"

#include "services/FieldRule.h"
#include "services/FormLayout.h"
#include "services/FormSession.h"

namespace teahouse::ui {

using services::FormLayout;
using xmpp::DataForm;

namespace {

QString hintFor(const services::FieldRule &rule)
{
    const QString &t = rule.datatype();
    if (t == u"xs:date")
        return FormFieldModel::tr("YYYY-MM-DD");
    if (t == u"xs:dateTime")
        return FormFieldModel::tr("YYYY-MM-DD hh:mm");
    if (t == u"xs:time")
        return FormFieldModel::tr("hh:mm");
    if (t == u"xs:decimal")
        return FormFieldModel::tr("A number, e.g. 12.50");
    if (t.contains(u"nteger") || t == u"xs:int" || t == u"xs:long" || t == u"xs:short")
        return FormFieldModel::tr("A whole number");
    if (t == u"xs:anyURI")
        return FormFieldModel::tr("A web address");
    return {};
}

} // namespace

FormFieldModel::FormFieldModel(QObject *parent)
    : QAbstractListModel(parent)
{}

QString FormFieldModel::myInfoKeyOf(const QString &var, const QString &label)
{
    const QString v = var.toLower();
    const QString l = label.toLower();
    if (v.contains(u"birth") || l.contains(u"birth"))
        return QStringLiteral("birth_date");
    if (v.contains(u"id_number") || v == u"id" || v.contains(u"idcard") || l.contains(u"id number"))
        return QStringLiteral("id_number");
    if (v.contains(u"phone") || v.contains(u"mobile") || l.contains(u"phone"))
        return QStringLiteral("phone");
    if (v.contains(u"address") || l.contains(u"address"))
        return QStringLiteral("address");
    if (v == u"name" || v.endsWith(u"_name") || v == u"fullname" || l == u"name" ||
        l.endsWith(u"'s name") || l == u"full name")
        return QStringLiteral("name");
    return {};
}

QString FormFieldModel::masked(const QString &key, const QString &value)
{
    if (key == u"id_number" && value.size() > 8)
        return value.left(4) + QString(value.size() - 8, u'*') + value.right(4);
    if (key == u"phone" && value.size() > 7)
        return value.left(3) + QString(value.size() - 7, u'*') + value.right(4);
    return value;
}

void FormFieldModel::fillDynamic(Row &row, const services::FormSession *session,
                                 const QJsonObject &myInfo) const
{
    if (row.kind != u"field")
        return;
    row.values = session->values(row.var);
    const QString reported = session->problems().value(row.var);
    if (!reported.isEmpty())
        row.problem = reported;
    else if (m_touched.contains(row.var) && !row.values.join(QString()).isEmpty())
        row.problem = session->problemOf(row.var);
    else
        row.problem.clear();
    const QString info =
        row.myInfoKey.isEmpty() ? QString() : myInfo.value(row.myInfoKey).toString();
    // Offered only while the field is empty and the value differs: never filled unasked.
    row.myInfoPreview =
        info.isEmpty() || row.values.value(0) == info ? QString() : masked(row.myInfoKey, info);
}

FormFieldModel::Row FormFieldModel::textRow(const QString &kind, const QString &label,
                                            const QString &text)
{
    Row row;
    row.kind = kind;
    row.label = label;
    row.desc = text;
    return row;
}

void FormFieldModel::reset(const services::FormSession *session,
                           const QHash<QString, QString> &images, const QJsonObject &myInfo)
{
    beginResetModel();
    m_rows.clear();
    if (session && session->state() == services::FormSession::State::Editing &&
        session->page() < session->layout().pageCount()) {
        const DataForm &form = session->form();
        const FormLayout::Page &page = session->layout().pages().at(session->page());
        for (const QString &text : page.texts)
            m_rows.append(textRow(QStringLiteral("text"), {}, text));
        bool first = true;
        std::function<void(const QList<FormLayout::Item> &)> add =
            [&](const QList<FormLayout::Item> &items) {
                for (const FormLayout::Item &item : items) {
                    switch (item.kind) {
                    case FormLayout::Item::Kind::Text:
                        m_rows.append(textRow(QStringLiteral("text"), {}, item.text));
                        break;
                    case FormLayout::Item::Kind::Section:
                        m_rows.append(textRow(QStringLiteral("section"), item.label, item.text));
                        add(item.children);
                        break;
                    case FormLayout::Item::Kind::Reported:
                        break;
                    case FormLayout::Item::Kind::Field: {
                        const DataForm::Field *f = form.field(item.var);
                        if (!f || f->isHidden())
                            break;
                        Row row;
                        row.kind = QStringLiteral("field");
                        row.var = f->var;
                        row.type = f->type.isEmpty() ? QStringLiteral("text-single") : f->type;
                        row.label = f->label.isEmpty() ? f->var : f->label;
                        row.desc = f->desc;
                        row.required = f->required;
                        for (const DataForm::Option &o : f->options)
                            row.options.append(QVariantMap{
                                {QStringLiteral("label"), o.label.isEmpty() ? o.value : o.label},
                                {QStringLiteral("value"), o.value}});
                        const services::FieldRule rule = services::FieldRule::of(*f);
                        row.datatype = rule.datatype();
                        row.hint = hintFor(rule);
                        row.image = images.value(f->var);
                        if (row.type == u"text-single" || row.type == u"text-multi")
                            row.myInfoKey = myInfoKeyOf(f->var, f->label);
                        if (row.type != u"fixed") {
                            row.first = first;
                            first = false;
                        } else {
                            row.values = f->values;
                        }
                        m_rows.append(row);
                        break;
                    }
                    }
                }
            };
        add(page.items);
        // A declared layout cannot name fixed fields without a var: show them first (without a
        // layout they are already paragraphs in form order).
        QList<Row> fixed;
        for (const DataForm::Field &f : form.fields()) {
            if (f.var.isEmpty() && f.type == u"fixed" && session->page() == 0 &&
                session->layout().isDeclared()) {
                Row row;
                row.kind = QStringLiteral("field");
                row.type = f.type;
                row.label = f.label;
                row.values = f.values;
                row.image = images.value(QStringLiteral("#") + f.values.join(QString()));
                fixed.append(row);
            }
        }
        m_rows = fixed + m_rows;
        for (Row &row : m_rows) {
            if (!row.var.isEmpty())
                fillDynamic(row, session, myInfo);
        }
    }
    endResetModel();
    Q_EMIT countChanged();
}

void FormFieldModel::refresh(const services::FormSession *session, const QJsonObject &myInfo)
{
    for (int i = 0; i < m_rows.size(); ++i) {
        Row &row = m_rows[i];
        if (row.var.isEmpty())
            continue;
        const Row before = row;
        fillDynamic(row, session, myInfo);
        if (before.values != row.values || before.problem != row.problem ||
            before.myInfoPreview != row.myInfoPreview)
            Q_EMIT dataChanged(index(i), index(i),
                               {ValueRole, ValuesRole, ProblemRole, MyInfoPreviewRole});
    }
}

int FormFieldModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

QVariant FormFieldModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &r = m_rows.at(index.row());
    switch (role) {
    case KindRole:
        return r.kind;
    case VarRole:
        return r.var;
    case TypeRole:
        return r.type;
    case LabelRole:
        return r.label;
    case DescRole:
        return r.desc;
    case RequiredRole:
        return r.required;
    case ValueRole:
        return r.values.value(0);
    case ValuesRole:
        return r.values;
    case OptionsRole:
        return r.options;
    case ProblemRole:
        return r.problem;
    case ImageRole:
        return r.image;
    case DatatypeRole:
        return r.datatype;
    case HintRole:
        return r.hint;
    case MyInfoKeyRole:
        return r.myInfoKey;
    case MyInfoPreviewRole:
        return r.myInfoPreview;
    case FirstRole:
        return r.first;
    default:
        return {};
    }
}

QHash<int, QByteArray> FormFieldModel::roleNames() const
{
    return {{KindRole, "kind"},
            {VarRole, "fieldVar"},
            {TypeRole, "fieldType"},
            {LabelRole, "label"},
            {DescRole, "desc"},
            {RequiredRole, "required"},
            {ValueRole, "value"},
            {ValuesRole, "values"},
            {OptionsRole, "options"},
            {ProblemRole, "problem"},
            {ImageRole, "image"},
            {DatatypeRole, "datatype"},
            {HintRole, "hint"},
            {MyInfoKeyRole, "myInfoKey"},
            {MyInfoPreviewRole, "myInfoPreview"},
            {FirstRole, "first"}};
}

} // namespace teahouse::ui
