#!/usr/bin/env python3
"""Checks the hold-out annotation: python3 eval/holdout/check.py  (standard library only)."""
import json, os, re, sys, unicodedata
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
KINDS = {"in-person", "phone", "video", None}
STATUSES = {"happened", "planned", "postponed", "cancelled"}
MKEYS = {"event", "participants", "place", "city", "country", "date", "kind", "status", "evidence"}


def norm(s):  # as in score.py
    s = fold(s)
    s = re.sub(r"[^a-z0-9' ]+", " ", s)
    s = re.sub(r"'s\b", "", s)
    return re.sub(r"\s+", " ", s).strip()


def fold(s):
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c)).replace("’", "'").lower()


errors, warnings = [], []
arts = {}
with open(os.path.join(HERE, "articles.jsonl"), encoding="utf-8") as f:
    for n, line in enumerate(f, 1):
        a = json.loads(line)
        for k in ("id", "url", "title", "source", "text"):
            if not a.get(k):
                errors.append(f"line {n}: missing {k}")
        if "published" in a and not re.match(r"^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2})?(Z|[+-]\d{2}:\d{2})?)?$", a["published"]):
            errors.append(f"{a['id']}: bad published {a['published']}")
        words = len(a["text"].split())
        if not 150 <= words <= 700:
            warnings.append(f"{a['id']}: {words} words")
        if a["id"] in arts:
            errors.append(f"duplicate id {a['id']}")
        arts[a["id"]] = a
gold = json.load(open(os.path.join(HERE, "gold.json"), encoding="utf-8"))
if [g["id"] for g in gold] != list(arts):
    errors.append("gold ids and article ids differ")
for g in gold:
    a = arts.get(g["id"])
    if a is None:
        continue
    if g.get("published") != a.get("published"):
        errors.append(f"{g['id']}: published differs")
    text = fold(a["text"])

    def occurs(x):
        return re.search(r"(?<![\w])" + re.escape(fold(x)) + r"(?![\w])", text) is not None
    names = {}
    seen_forms = {}
    for key in ("persons", "places", "organizations"):
        for e in g[key]:
            if set(e) - {"name", "aliases", "wikidata", "boilerplate", "named_in_text"}:
                errors.append(f"{g['id']}: unknown keys in {e['name']}")
            forms = [e["name"], *e["aliases"]]
            if not any(occurs(x) for x in forms):
                errors.append(f"{g['id']}: {key[:-1]} '{e['name']}' not in text")
            for x in forms:
                if not occurs(x):
                    warnings.append(f"{g['id']}: form '{x}' of '{e['name']}' not in text")
            for x in {norm(x) for x in forms}:
                if seen_forms.setdefault(x, e["name"]) != e["name"]:
                    errors.append(f"{g['id']}: form '{x}' names both '{seen_forms[x]}' and '{e['name']}'")
            if e["name"] in names:
                errors.append(f"{g['id']}: '{e['name']}' annotated twice")
            names[e["name"]] = key
        for x in g.get("ignore_" + key, []):
            if not occurs(x):
                warnings.append(f"{g['id']}: ignored '{x}' not in text")
    for m in g["meetings"]:
        if not MKEYS <= set(m) or set(m) - MKEYS - {"optional"}:
            errors.append(f"{g['id']}: meeting keys {sorted(m)}")
        for p in m["participants"]:
            if names.get(p) not in ("persons", "organizations"):
                errors.append(f"{g['id']}: participant '{p}' is not an annotated person/organization")
        if len(m["participants"]) < 2:
            warnings.append(f"{g['id']}: meeting {m['event']} has fewer than two participants")
        if m["date"] is not None and not DATE.match(m["date"]):
            errors.append(f"{g['id']}: bad date {m['date']}")
        if m["kind"] not in KINDS or m["status"] not in STATUSES:
            errors.append(f"{g['id']}: bad kind/status {m['kind']}/{m['status']}")
        for k in ("place", "city"):
            if m[k] and m[k] not in names:
                warnings.append(f"{g['id']}: meeting {k} '{m[k]}' is not an annotated place")
for w in warnings:
    print("warning:", w)
for e in errors:
    print("ERROR:", e)
ms = [m for g in gold for m in g["meetings"]]
print(f"{len(arts)} articles, {sum(len(a['text'].split()) for a in arts.values())} words, {len(ms)} meetings")
print("status:", dict(Counter(m["status"] for m in ms)), " kind:", dict(Counter(m["kind"] for m in ms)),
      " optional:", sum(bool(m.get("optional")) for m in ms))
print("date precision:", dict(Counter({None: "unknown", 4: "year", 7: "month", 10: "day"}[m["date"] and len(m["date"])] for m in ms)))
req = sum(len(m["participants"]) * (len(m["participants"]) - 1) // 2 for m in ms if m["status"] == "happened" and not m.get("optional"))
print("required person pairs of happened meetings:", req)
for key in ("persons", "places", "organizations"):
    es = [e for g in gold for e in g[key]]
    print(f"{key}: {len(es)} mentions ({sum(bool(e.get('boilerplate')) for e in es)} boilerplate), "
          f"{len({e['name'] for e in es})} distinct")
ev = Counter(m["event"] for g in gold for m in {m["event"]: m for m in g["meetings"]}.values())
print("events in several articles:", {k: v for k, v in ev.items() if v > 1})
sys.exit(1 if errors else 0)
