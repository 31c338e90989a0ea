#include "scan/ScanResultModel.h"

#include <QCoreApplication>
#include <QVariantMap>

namespace teahouse::ui {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ScanResult)
};

void add(QVariantList &rows, const QString &label, const QString &value)
{
    if (!value.isEmpty())
        rows.append(
            QVariantMap{{QStringLiteral("label"), label}, {QStringLiteral("value"), value}});
}

// A list in the user's language: "%1, %2" is translated ("%1、%2" in Chinese).
QString joined(const QStringList &items)
{
    QString out;
    for (const QString &item : items)
        out = out.isEmpty()
                  ? item
                  : Tr::tr("%1, %2", "a list of items, joined two at a time").arg(out, item);
    return out;
}

QString money(const QString &amount, const QString &currency)
{
    if (amount.isEmpty())
        return Tr::tr("Entered when you pay");
    return currency.isEmpty() ? amount : amount + QLatin1Char(' ') + currency;
}

QString currencyOf(const qr::EmvcoPayload &e)
{
    return e.currency.isKnown() ? e.currency.alpha : e.currency.numeric;
}

} // namespace

ScanResultModel::ScanResultModel(QObject *parent)
    : QAbstractListModel(parent)
{}

int ScanResultModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : count();
}

QString ScanResultModel::titleOf(const qr::QrPayload &p)
{
    using K = qr::QrPayload::Kind;
    if (!p.valid && p.kind != K::Text)
        return Tr::tr("Damaged or unknown code");
    switch (p.kind) {
    case K::Xmpp: {
        const auto *x = p.xmpp();
        if (x->isPaymentLink())
            return Tr::tr("Payment code");
        switch (x->kind) {
        case qr::XmppUri::Kind::OpenChat:
            return Tr::tr("Chat");
        case qr::XmppUri::Kind::AddFriend:
            return x->invite ? Tr::tr("Invitation") : Tr::tr("Friend");
        case qr::XmppUri::Kind::JoinGroup:
            return Tr::tr("Group");
        case qr::XmppUri::Kind::RunCommand:
            return Tr::tr("Service");
        case qr::XmppUri::Kind::FollowAccount:
            return Tr::tr("Official account");
        case qr::XmppUri::Kind::Register:
            return Tr::tr("Invitation to an account");
        case qr::XmppUri::Kind::Unknown:
            break;
        }
        return Tr::tr("XMPP link");
    }
    case K::Emvco:
        return Tr::tr("Payment code");
    case K::Epc:
        return Tr::tr("SEPA transfer");
    case K::Payto:
        return Tr::tr("Payment request");
    case K::ClosedScheme:
        return p.closedScheme()->appName();
    case K::Url:
        return Tr::tr("Web address");
    case K::Text:
        break;
    }
    return Tr::tr("Text");
}

QString ScanResultModel::summaryOf(const qr::QrPayload &p)
{
    if (!p.valid)
        return p.error.message;
    if (const auto *x = p.xmpp()) {
        if (!x->name.isEmpty())
            return x->name + QStringLiteral(" · ") + x->jid.toString();
        if (!x->node.isEmpty())
            return x->node + QStringLiteral(" · ") + x->jid.toString();
        return x->jid.toString();
    }
    if (const auto *e = p.emvco()) {
        const QString name = e->language ? e->language->merchantName : e->merchantName;
        return name + QStringLiteral(" · ") + money(e->amount, currencyOf(*e));
    }
    if (const auto *b = p.epc())
        return b->name + QStringLiteral(" · ") + money(b->amount, QStringLiteral("EUR"));
    if (const auto *t = p.payto()) {
        const QString who =
            t->receiverName.isEmpty() ? t->path.join(QLatin1Char('/')) : t->receiverName;
        return who + QStringLiteral(" · ") + money(t->amountValue, t->amountCurrency);
    }
    if (const auto *c = p.closedScheme())
        return c->explanation();
    if (const auto *u = p.url())
        return u->toDisplayString();
    return p.text.simplified().left(120);
}

QVariantList ScanResultModel::fieldsOf(const qr::QrPayload &p)
{
    QVariantList rows;
    if (const auto *x = p.xmpp()) {
        add(rows, Tr::tr("Address"), x->jid.toString());
        add(rows, Tr::tr("Name"), x->name);
        add(rows, Tr::tr("Tags"), joined(x->groups));
        add(rows, Tr::tr("Service"), x->node);
        add(rows, Tr::tr("Message"), x->body);
        add(rows, Tr::tr("Subject"), x->subject);
        if (x->invite)
            add(rows, Tr::tr("Server"), x->invite->server());
        if (x->isPaymentLink()) {
            for (const auto &[key, value] : x->params) {
                if (key == u"amount")
                    add(rows, Tr::tr("Amount"), value);
                else if (key == u"currency")
                    add(rows, Tr::tr("Currency"), value);
            }
        }
    } else if (const auto *e = p.emvco()) {
        add(rows, Tr::tr("Payee"), e->merchantName);
        if (e->language) {
            add(rows, Tr::tr("Payee (%1)").arg(e->language->preference), e->language->merchantName);
        }
        add(rows, Tr::tr("City"),
            e->language && !e->language->merchantCity.isEmpty()
                ? e->merchantCity + QStringLiteral(" / ") + e->language->merchantCity
                : e->merchantCity);
        add(rows, Tr::tr("Country"), e->countryCode);
        add(rows, Tr::tr("Amount"), money(e->amount, currencyOf(*e)));
        add(rows, Tr::tr("Currency"), currencyOf(*e));
        add(rows, Tr::tr("Merchant category"), e->merchantCategoryCode);
        if (e->additionalData) {
            add(rows, Tr::tr("Bill number"), e->additionalData->billNumber);
            add(rows, Tr::tr("Reference"), e->additionalData->referenceLabel);
            add(rows, Tr::tr("Store"), e->additionalData->storeLabel);
            add(rows, Tr::tr("Terminal"), e->additionalData->terminalLabel);
            add(rows, Tr::tr("Purpose"), e->additionalData->purpose);
        }
        QStringList schemes;
        for (const auto &account : e->merchantAccounts)
            schemes << (account.guid.isEmpty() ? account.id : account.guid);
        add(rows, Tr::tr("Payment schemes"), joined(schemes));
        add(rows, Tr::tr("Type of code"),
            e->initiation == qr::EmvcoPayload::Initiation::Dynamic
                ? Tr::tr("Dynamic: valid for this one payment")
                : Tr::tr("Static: the merchant's code for every payment"));
    } else if (const auto *b = p.epc()) {
        add(rows, Tr::tr("Payee"), b->name);
        add(rows, Tr::tr("IBAN"), b->iban);
        add(rows, Tr::tr("BIC"), b->bic);
        add(rows, Tr::tr("Amount"), money(b->amount, QStringLiteral("EUR")));
        add(rows, Tr::tr("Reference"), b->reference);
        add(rows, Tr::tr("Note"), b->text);
        add(rows, Tr::tr("Purpose"), b->purpose);
        add(rows, Tr::tr("Information"), b->information);
    } else if (const auto *t = p.payto()) {
        add(rows, Tr::tr("Account type"), t->targetType);
        add(rows, Tr::tr("Account"), t->iban.isEmpty() ? t->path.join(QLatin1Char('/')) : t->iban);
        add(rows, Tr::tr("BIC"), t->bic);
        add(rows, Tr::tr("Payee"), t->receiverName);
        add(rows, Tr::tr("Amount"), money(t->amountValue, t->amountCurrency));
        add(rows, Tr::tr("Note"), t->message);
    } else if (const auto *c = p.closedScheme()) {
        add(rows, Tr::tr("App"), c->appName());
        add(rows, Tr::tr("Address"), c->address);
    } else if (const auto *u = p.url()) {
        add(rows, Tr::tr("Address"), u->toDisplayString());
        add(rows, Tr::tr("Site"), u->host());
    }
    return rows;
}

void ScanResultModel::setCodes(const qr::ScannedCodes &codes, QSize imageSize,
                               const ScanActions *actions)
{
    beginResetModel();
    m_rows.clear();
    for (const qr::ScannedCode &code : codes) {
        Row row{code, {}, {}};
        if (actions) {
            row.action = actions->plan(code.payload);
        } else {
            row.action.explanation =
                code.payload.valid ? summaryOf(code.payload) : code.payload.error.message;
        }
        if (!imageSize.isEmpty() && !code.position.isEmpty()) {
            const QRectF r = code.position.boundingRect();
            row.box = QRectF(r.x() / imageSize.width(), r.y() / imageSize.height(),
                             r.width() / imageSize.width(), r.height() / imageSize.height());
        }
        m_rows.append(std::move(row));
    }
    endResetModel();
    Q_EMIT countChanged();
}

void ScanResultModel::clear()
{
    if (m_rows.isEmpty())
        return;
    beginResetModel();
    m_rows.clear();
    endResetModel();
    Q_EMIT countChanged();
}

const qr::ScannedCode *ScanResultModel::code(int row) const
{
    return row >= 0 && row < count() ? &m_rows.at(row).code : nullptr;
}

QVariant ScanResultModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    const qr::QrPayload &p = row.code.payload;
    switch (role) {
    case FormatRole:
        return row.code.format;
    case TextRole:
        return p.text;
    case KindRole:
        return qr::QrPayload::kindName(p.kind);
    case TitleRole:
        return titleOf(p);
    case SummaryRole:
        return summaryOf(p);
    case ValidRole:
        return p.valid;
    case ErrorRole:
        return p.valid ? QString() : p.error.message;
    case FieldsRole:
        return fieldsOf(p);
    case ActionLabelRole:
        return row.action.label;
    case ActionAvailableRole:
        return row.action.available;
    case ExplanationRole:
        return row.action.explanation;
    case BoxRole:
        return row.box;
    case UrlRole:
        return p.url() ? p.url()->toString(QUrl::FullyEncoded) : QString();
    case PaymentRole:
        return p.isPayment();
    default:
        return {};
    }
}

QHash<int, QByteArray> ScanResultModel::roleNames() const
{
    return {{FormatRole, "format"},
            {TextRole, "text"},
            {KindRole, "kind"},
            {TitleRole, "title"},
            {SummaryRole, "summary"},
            {ValidRole, "valid"},
            {ErrorRole, "errorText"},
            {FieldsRole, "fields"},
            {ActionLabelRole, "actionLabel"},
            {ActionAvailableRole, "actionAvailable"},
            {ExplanationRole, "explanation"},
            {BoxRole, "box"},
            {UrlRole, "url"},
            {PaymentRole, "payment"}};
}

QVariantMap ScanResultModel::row(int r) const
{
    QVariantMap map;
    if (r < 0 || r >= count())
        return map;
    const QHash<int, QByteArray> names = roleNames();
    for (auto it = names.cbegin(); it != names.cend(); ++it)
        map.insert(QString::fromLatin1(it.value()), data(index(r), it.key()));
    map.insert(QStringLiteral("index"), r);
    return map;
}

} // namespace teahouse::ui
