// libFuzzer target for XmppUri (and the InviteUri it delegates invites to). Invariants: an
// accepted link re-serialises (toString) to a link that parses to an equal value; a join link
// names a bare room address; a follow link names a node.
#include "qr/XmppUri.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>

using teahouse::qr::XmppUri;

namespace {

[[noreturn]] void failInvariant(const char *what, const QString &detail)
{
    std::fprintf(stderr, "INVARIANT VIOLATED: %s\n%s\n", what, detail.toUtf8().constData());
    std::abort();
}

// InviteUri reads '+' in 'name' as a space (XEP-0379's example) while RFC 5122 keeps it, and
// it takes a later 'name'/'group' when an earlier one trims to nothing, so after re-encoding
// the invite's name and group may legitimately differ. XmppUri's own name/groups (compared)
// follow RFC 5122 exactly.
XmppUri comparable(XmppUri u)
{
    if (u.invite) {
        u.invite->name.clear();
        u.invite->group.clear();
    }
    return u;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size > 8192)
        return 0;
    const QString text =
        QString::fromUtf8(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    const auto parsed = XmppUri::parse(text);
    if (!parsed.ok()) {
        if (parsed.error().message.isEmpty())
            failInvariant("error without a message", text);
        return 0;
    }
    const XmppUri &u = parsed.value();
    if (u.kind == XmppUri::Kind::JoinGroup && (!u.jid.isBare() || u.jid.local().isEmpty()))
        failInvariant("join link without a room address", text);
    if (u.kind == XmppUri::Kind::FollowAccount && u.node.isEmpty())
        failInvariant("follow link without a node", text);
    const QString again = u.toString();
    const auto reparsed = XmppUri::parse(again);
    // %-escaping can push a long accepted link past the 4096-character cap; that refusal is
    // the cap working, not a parser fault.
    if (!reparsed.ok() && again.size() > 4096)
        return 0;
    if (!reparsed.ok())
        failInvariant("re-serialised link refused", text + QStringLiteral("\n") + again +
                                                        QStringLiteral("\n") +
                                                        reparsed.error().message);
    if (!(comparable(reparsed.value()) == comparable(u)))
        failInvariant("re-serialised link parses differently", text + QStringLiteral("\n") + again);
    (void)u.toJson();
    return 0;
}
