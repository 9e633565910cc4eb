#!/usr/bin/env python3
"""Build gold/*.json from the compact annotation specs in spec/*.txt (one per report)."""
import json, sys
from pathlib import Path
here = Path(__file__).resolve().parent
def build(path):
    d = {"report": {}, "actors": [], "posts": [], "events": [], "participations": [],
         "collaborations": [], "endorsements": [], "commitments": [], "declarations": []}
    decl = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        tag, rest = line.split(" ", 1)
        f = [x.strip() for x in rest.split("|")]
        if tag == "R":
            d["report"] = {"file": f[0], "title": f[1], "author": f[2] or None, "published": f[3] or None}
        elif tag == "A":
            d["actors"].append({"id": f[0], "name": f[1], "type": {"P": "Person", "O": "Organization"}[f[2]],
                                "aliases": [a.strip() for a in f[3].split(";") if a.strip()] if len(f) > 3 else []})
        elif tag == "P":
            d["posts"].append({"person": f[0], "title": f[1], "organization": f[2]})
        elif tag == "E":
            d["events"].append({"id": f[0], "name": f[1], "type": f[2], "place": f[3] or None, "date": f[4] or None})
        elif tag == "X":
            d["participations"].append({"actor": f[0], "event": f[1], "role": {"o": "organizer", "p": "participant"}[f[2]]})
        elif tag == "C":
            d["collaborations"].append([f[0], f[1]])
        elif tag == "N":
            d["endorsements"].append({"source": f[0], "target": f[1]})
        elif tag == "K":
            d["commitments"].append({"actor": f[0], "kind": f[1], "text": f[2]})
        elif tag == "D":
            if f[0] not in decl:
                decl[f[0]] = {"event": f[0], "calls": []}
                d["declarations"].append(decl[f[0]])
            decl[f[0]]["calls"].append(f[1])
        else:
            raise SystemExit(f"{path}: bad tag {tag}")
    ids = {a["id"] for a in d["actors"]}
    evs = {e["id"] for e in d["events"]}
    assert len(ids) == len(d["actors"]), f"{path}: duplicate actor"
    for p in d["posts"]:
        assert p["person"] in ids and p["organization"] in ids, (path, p)
    for p in d["participations"]:
        assert p["actor"] in ids and p["event"] in evs, (path, p)
    for c in d["collaborations"]:
        assert c[0] in ids and c[1] in ids, (path, c)
    for e in d["endorsements"]:
        assert e["source"] in ids and e["target"] in ids, (path, e)
    for k in d["commitments"]:
        assert k["actor"] in ids and k["kind"] in ("pledge", "call"), (path, k)
    for x in d["declarations"]:
        assert x["event"] in evs, (path, x)
    assert (here.parent / "reports" / d["report"]["file"]).exists(), path
    out = here.parent / "gold" / (Path(d["report"]["file"]).stem + ".json")
    out.write_text(json.dumps(d, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    return out
for p in sorted(here.glob("*.txt")):
    print(build(p))
