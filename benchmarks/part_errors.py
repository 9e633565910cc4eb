"""part_errors.py PRED GOLD_DIR REPORTS_DIR: for events that align with a gold event only, the
missed and extra (actor, event, role) participations, each with the report it comes from and the
sentences of that report naming the actor (to sort them by the language that should have told
it). Uses score.py's own alignment, as /work/tools/events_view.py does."""
import glob
import json
import os
import re
import sys

sys.path.insert(0, "/work/shared/eval")
import score as S  # noqa: E402

pred = json.load(open(sys.argv[1]))
gdir, rdir = sys.argv[2], sys.argv[3]
files = sorted(glob.glob(gdir + "/*.json"))
gold = S.load_gold(files)
amap = S.align_actors(pred.get("actors", []), gold["actors"])
emap = S.align_events(pred.get("events", []), gold["events"])
aligned = set(emap.values())
gtype = {S.key_of(a): S.base_type(a) for a in gold["actors"]}
ptype = {S.key_of(a): S.base_type(a) for a in pred.get("actors", [])}
gact = {S.key_of(a): a for a in gold["actors"]}
pact = {S.key_of(a): a for a in pred.get("actors", [])}
gev = {e["id"]: e["names"][0] for e in gold["events"]}
src = {r["id"]: r["source"] for r in pred.get("reports", [])}
where = {}  # (gold actor, gold event) -> report file of the gold
for f in files:
    d = json.load(open(f))
    for p in d.get("participations", []):
        where.setdefault((p["actor"], p["event"]), d["report"]["file"])
M = lambda i: amap.get(str(i), "?" + str(i))  # noqa: E731
E = lambda i: emap.get(str(i), "?" + str(i))  # noqa: E731
scored = lambda a, r, t: r == "organizer" or t.get(a) == "Person"  # noqa: E731
g = {(p["actor"], p["event"], p["role"]) for p in gold["participations"]
     if p["event"] in aligned and scored(p["actor"], p["role"], gtype)}
pr, prep = set(), {}
for p in pred.get("participations", []):
    if str(p["event"]) not in emap or not scored(str(p["actor"]), p.get("role"), ptype):
        continue
    k = (M(p["actor"]), E(p["event"]), p.get("role"))
    pr.add(k)
    prep[k] = (os.path.basename(src.get(p.get("report"), "")), p["actor"])


def sentences(fname, names):
    path = os.path.join(rdir, fname)
    if not names or not os.path.exists(path):
        return []
    text = open(path, encoding="utf-8").read()
    out = []
    for s in re.split(r"(?<=[.!?])\s+|\n\s*\n", text):
        if any(n and n.lower() in s.lower() for n in names):
            out.append(" ".join(s.split())[:400])
    return out[:3]


def names(a):
    return [a.get("name") or ""] + list(a.get("aliases") or [])


rows = []
for a, e, r in sorted(g - pr):
    f = where.get((a, e), "?")
    rows.append(("MISS", f, gev[e], gact[a]["name"], gtype.get(a), r, sentences(f, names(gact[a]))))
for k in sorted(pr - g, key=str):
    a, e, r = k
    f, pid = prep[k]
    act = gact.get(a) or pact.get(pid, {"name": pid})
    rows.append(("XTRA", f, gev.get(e, e), act.get("name"), ptype.get(pid), r,
                 sentences(f, names(pact.get(pid, {})))))
for kind, f, ev, who, t, r, ss in sorted(rows, key=lambda x: (x[1], x[2], x[0])):
    print(f"{kind} {r:11} {who} ({t}) @ {ev}   [{f}]")
    for s in ss:
        print("      |", s)
print(f"# missed {len(g - pr)}  extra {len(pr - g)}  (aligned events only)", file=sys.stderr)
