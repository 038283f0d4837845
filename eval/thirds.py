#!/usr/bin/env python3
"""Splits the real development set by third (the letter its article ids start with: A, B, C) into a temporary
folder, so that a third can be scored on its own for the generalisation protocol of eval/README.md.

    python3 eval/thirds.py ../shared/eval/real /tmp/thirds
    python3 ../shared/eval/score.py --gold /tmp/thirds/B.gold.json --articles /tmp/thirds/B.jsonl

Nothing is written into the project: the articles stay outside it.
"""
import json
import os
import sys


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    src, out = sys.argv[1], sys.argv[2]
    os.makedirs(out, exist_ok=True)
    gold = json.load(open(os.path.join(src, "gold.json"), encoding="utf-8"))
    with open(os.path.join(src, "articles.jsonl"), encoding="utf-8") as f:
        articles = [json.loads(line) for line in f if line.strip()]
    for third in sorted({a["id"][0] for a in articles}):
        ids = {a["id"] for a in articles if a["id"].startswith(third)}
        g = [x for x in gold if os.path.splitext(os.path.basename(x["file"]))[0] in ids]
        json.dump(g, open(os.path.join(out, third + ".gold.json"), "w", encoding="utf-8"))
        with open(os.path.join(out, third + ".jsonl"), "w", encoding="utf-8") as f:
            for a in articles:
                if a["id"] in ids:
                    f.write(json.dumps(a) + "\n")
        print(f"{third}: {len(ids)} articles, {sum(len(x['meetings']) for x in g)} meetings")


if __name__ == "__main__":
    main()
