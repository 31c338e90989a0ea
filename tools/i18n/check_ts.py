#!/usr/bin/python3
"""Checks translated Qt Linguist catalogues before they are committed.

    tools/i18n/check_ts.py translations/teahouse_zh_CN.ts translations/teahouse_zh_TW.ts

For every message: a translation exists and is finished; the placeholders (%1, %L1, %n) and
HTML tags of the source are all kept; leading and trailing whitespace is the same; Chinese
text uses full-width punctuation where a sentence ends. All catalogues given must list the
same messages. Exits non-zero on any problem.
"""

import collections
import re
import sys
import xml.etree.ElementTree as ET

PLACEHOLDER = re.compile(r"%L?\d+|%n")
TAG = re.compile(r"</?[a-zA-Z][^>]*>")
HAN = re.compile(r"[\u3400-\u9fff]")

# Deliberate exceptions: (context, source) -> the check that does not apply, and why.
EXEMPT = {
    ("ContactCard", ", "): "whitespace",  # a list separator: Chinese joins with 、, no space
    ("teahouse::ui::FeedModel", ", "): "whitespace",  # the same, for a post's audience tags
    ("FieldRule", "Enter a time as hours:minutes, such as 09:30."): "punctuation",  # 时:分 as typed
    ("teahouse::qr", "The amount of the payment link is not written as CURRENCY:VALUE."):
        "punctuation",  # 币种:数值 shows the format, colon included
}


def messages(path):
    root = ET.parse(path).getroot()
    for context in root.iter("context"):
        name = context.findtext("name")
        for m in context.iter("message"):
            tr = m.find("translation")
            forms = [f.text or "" for f in tr.iter("numerusform")] if m.get("numerus") == "yes" \
                else [tr.text or ""]
            yield name, m.findtext("source"), m.findtext("comment") or "", tr.get("type"), forms


def check(path):
    problems, keys = [], []
    for context, source, comment, kind, forms in messages(path):
        keys.append((context, source, comment))
        where = f"{path}: [{context}] {source!r}"
        if kind in ("unfinished", "vanished", "obsolete"):
            problems.append(f"{where}: {kind}")
            continue
        for text in forms:
            if not text.strip():
                problems.append(f"{where}: empty translation")
                continue
            if collections.Counter(PLACEHOLDER.findall(source)) != \
                    collections.Counter(PLACEHOLDER.findall(text)):
                problems.append(f"{where}: placeholders differ in {text!r}")
            if sorted(TAG.findall(source)) != sorted(TAG.findall(text)):
                problems.append(f"{where}: HTML tags differ in {text!r}")
            lead = lambda s: s[:len(s) - len(s.lstrip())]
            trail = lambda s: s[len(s.rstrip()):]
            exempt = EXEMPT.get((context, source))
            if exempt != "whitespace" and (lead(source) != lead(text) or
                                           trail(source) != trail(text)):
                problems.append(f"{where}: leading/trailing whitespace differs in {text!r}")
            if exempt != "punctuation" and HAN.search(text) and re.search(r"[\u3400-\u9fff][,;:?!]|[\u3400-\u9fff]\.$", text):
                problems.append(f"{where}: half-width punctuation after Chinese in {text!r}")
    return problems, keys


def main(paths):
    all_problems, key_sets = [], []
    for path in paths:
        problems, keys = check(path)
        all_problems += problems
        key_sets.append((path, keys))
        print(f"{path}: {len(keys)} messages, {len(problems)} problems")
    first_path, first = key_sets[0]
    for path, keys in key_sets[1:]:
        if sorted(keys) != sorted(first):
            all_problems.append(f"{path} lists different messages than {first_path}")
    for p in all_problems:
        print(p)
    return 1 if all_problems else 0


if __name__ == "__main__":
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    sys.exit(main(sys.argv[1:]))
