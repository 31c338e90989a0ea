#!/usr/bin/python3
"""Lists and fills the unfinished messages of a Qt Linguist catalogue.

    tools/i18n/ts_todo.py export translations/teahouse_zh_CN.ts todo.json
    (translate: fill "translation" — or "forms" for plural messages — in todo.json)
    tools/i18n/ts_todo.py apply translations/teahouse_zh_CN.ts todo.json

A message is identified by its context, source text and disambiguation comment. apply fills
only messages still unfinished and leaves everything else in the file byte for byte.
"""

import json
import re
import sys
import html

MESSAGE_RE = re.compile(r"(<context>\s*<name>(?P<ctx>.*?)</name>)|(?P<msg><message(?P<attrs>[^>]*)>(?P<body>.*?)</message>)", re.S)


def unescape(text):
    return html.unescape(text)


def escape(text):
    return (text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            .replace('"', "&quot;").replace("'", "&apos;"))


def field(body, tag):
    m = re.search(r"<%s>(.*?)</%s>" % (tag, tag), body, re.S)
    return unescape(m.group(1)) if m else ""


def walk(text):
    context = None
    for m in MESSAGE_RE.finditer(text):
        if m.group("ctx") is not None:
            context = unescape(m.group("ctx"))
            continue
        yield context, m


def export(ts, out):
    text = open(ts, encoding="utf-8").read()
    todo = []
    for context, m in walk(text):
        body = m.group("body")
        if 'type="unfinished"' not in body and "type='unfinished'" not in body:
            continue
        item = {"context": context, "source": field(body, "source"),
                "comment": field(body, "comment")}
        if 'numerus="yes"' in m.group("attrs"):
            item["forms"] = [""]
        else:
            item["translation"] = ""
        todo.append(item)
    json.dump(todo, open(out, "w", encoding="utf-8"), ensure_ascii=False, indent=1)
    print(f"{len(todo)} unfinished messages written to {out}")


def apply(ts, todo_path):
    text = open(ts, encoding="utf-8").read()
    todo = json.load(open(todo_path, encoding="utf-8"))
    table = {(t["context"], t["source"], t.get("comment", "")): t for t in todo}
    out, last, filled = [], 0, 0
    for context, m in walk(text):
        body = m.group("body")
        if "unfinished" not in body:
            continue
        key = (context, field(body, "source"), field(body, "comment"))
        item = table.get(key)
        if not item:
            continue
        if "forms" in item:
            if not all(item["forms"]):
                continue
            forms = "".join("\n            <numerusform>%s</numerusform>" % escape(f)
                            for f in item["forms"])
            new_tr = "<translation>%s\n        </translation>" % forms
        else:
            if not item.get("translation"):
                continue
            new_tr = "<translation>%s</translation>" % escape(item["translation"])
        new_body = re.sub(r"<translation[^>]*>.*?</translation>|<translation[^>]*/>", new_tr,
                          body, count=1, flags=re.S)
        start = m.start("body")
        out.append(text[last:start])
        out.append(new_body)
        last = m.end("body")
        filled += 1
    out.append(text[last:])
    open(ts, "w", encoding="utf-8").write("".join(out))
    print(f"{filled} messages filled in {ts}")


if __name__ == "__main__":
    if len(sys.argv) != 4 or sys.argv[1] not in ("export", "apply"):
        sys.exit(__doc__)
    (export if sys.argv[1] == "export" else apply)(sys.argv[2], sys.argv[3])
