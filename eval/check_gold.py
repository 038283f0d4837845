#!/usr/bin/env python3
"""Checks that a gold file and its articles agree before they are used for scoring.

  python3 eval/check_gold.py [--gold eval/gold.json] [--articles eval/articles.jsonl]

Every article line must parse and carry an id and text; every gold entry must name an article;
participants must be annotated persons or organizations; dates must be YYYY, YYYY-MM or YYYY-MM-DD;
kind and status must come from the scorer's vocabulary; every annotated entity must occur in its
article under its name or an alias. Exits 1 on the first kind of error, after listing them all.
"""
import argparse
import json
import re
import sys
import unicodedata

KINDS = {"in-person", "phone", "video", None}
STATUSES = {"happened", "planned", "postponed", "cancelled"}
DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


def fold(s):
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c)).lower().replace("’", "'")


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--gold", default="eval/gold.json")
    ap.add_argument("--articles", default="eval/articles.jsonl")
    a = ap.parse_args()
    errors, warnings = [], []
    articles = {}
    with open(a.articles, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                continue
            o = json.loads(line)
            if not o.get("id") or not o.get("text"):
                errors.append(f"{a.articles}:{n}: no id or text")
                continue
            if o["id"] in articles:
                errors.append(f"{a.articles}:{n}: duplicate id {o['id']}")
            articles[o["id"]] = o
    gold = json.load(open(a.gold, encoding="utf-8"))
    seen = set()
    for g in gold:
        gid = g.get("id")
        if gid not in articles:
            errors.append(f"gold {gid}: no article with this id")
            continue
        seen.add(gid)
        art = articles[gid]
        text = fold(art["text"])
        if g.get("published") != art.get("published"):
            errors.append(f"{gid}: published {g.get('published')} != article {art.get('published')}")
        words = len(art["text"].split())
        if not 150 <= words <= 900:
            warnings.append(f"{gid}: {words} words")
        names = set()
        for key in ("persons", "places", "organizations"):
            for e in g[key]:
                if not {"name", "aliases", "wikidata"} <= e.keys():
                    errors.append(f"{gid}: {key} entry lacks name/aliases/wikidata: {e}")
                forms = [e["name"], *e.get("aliases", [])]
                if not any(fold(x) in text for x in forms):
                    errors.append(f"{gid}: {key[:-1]} '{e['name']}' does not occur in the text")
                if key != "places":
                    names.add(e["name"])
        for m in g["meetings"]:
            where = f"{gid}: meeting {m.get('event')}"
            for p in m["participants"]:
                if p not in names:
                    errors.append(f"{where}: participant '{p}' is not an annotated person or organization")
            if m.get("date") is not None and not DATE.match(m["date"]):
                errors.append(f"{where}: date '{m['date']}' is not YYYY, YYYY-MM or YYYY-MM-DD")
            if m.get("kind") not in KINDS:
                errors.append(f"{where}: kind '{m.get('kind')}'")
            if m.get("status") not in STATUSES:
                errors.append(f"{where}: status '{m.get('status')}'")
            if len(m["participants"]) < 2 and not m.get("optional"):
                warnings.append(f"{where}: fewer than two participants but not optional")
            if not m.get("evidence"):
                errors.append(f"{where}: no evidence")
    for aid in articles.keys() - seen:
        errors.append(f"article {aid}: no gold entry")
    for w in warnings:
        print("warning:", w)
    for e in errors:
        print("error:", e)
    print(f"{len(articles)} articles, {len(gold)} gold entries, {len(errors)} errors, {len(warnings)} warnings")
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
