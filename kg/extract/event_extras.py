"""Gatherings a report tells with a verb or a document rather than a head word: the signing of
a memorandum, "A met B", "the missions briefed journalists", and a bare "the meeting" named after
the body that met."""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date
from typing import Any

from spacy.tokens import Doc, Token

from kg.extract.actors import ActorTable
from kg.extract.event_info import EventInfo, place_of, sentence_date
from kg.extract.event_policy import bare, body_said
from kg.extract.event_visits import visits
from kg.extract.meetings import gathered_body, meetings
from kg.extract.parsed import doc_tokens_among, sent_index
from kg.extract.parsed import sents as all_sents
from kg.extract.refs import Refs
from kg.extract.signings import signing
from kg.model import Event

# a gathering named as a launch with a signing in it: "the launch and signing ceremony"
_WITH_SIGNING = r"launch(?:ing)? and signing"
_PLAIN_CEREMONY = r"(?:(?:short|brief|simple|small|formal|official|solemn|modest) )?ceremony"


def add_signing(doc: Doc, refs: Refs, events: list[EventInfo], published: date | None) -> None:
    """The signing the report tells of, named after its document and parties: it takes over a
    gathering described only as "the signing" or "a simple ceremony" in the sentences telling
    it, or comes in as an event of its own."""
    found = signing(doc, refs, published)
    if found is None:
        return
    name, told, parties = found
    same = [
        e for e in events
        if e.event.type in ("Signing", "Event") and not e.proper and set(e.mentions) & set(told)
        or e.event.type == "Signing" and not e.proper
        # "The ceremony closed with a fun run": a bare ceremony of a report that tells a
        # signing is the signing's
        # ("put their names to the document at a short ceremony": a ceremony told only by
        # how it was held is the signing's too, not an opening or an award ceremony)
        or e.event.type == "Event" and not e.proper and re.fullmatch(
            _PLAIN_CEREMONY, e.event.name.lower()) is not None
        or re.match(_WITH_SIGNING, e.event.name, re.I) is not None
    ]
    if any(e.event.type == "Signing" and e.proper for e in events):
        return  # the report names it: "the Signing Ceremony of the Lake Basin Charter"
    if same:
        info = same[0]
        for other in same[1:]:
            info.mentions += other.mentions
            events.remove(other)
        if re.match(_WITH_SIGNING, info.event.name, re.I):
            # "a launch and signing ceremony" keeps its name: a launch that has a signing in it
            info.event.type = "Launch"
        else:
            info.event.name, info.event.type = name, "Signing"
        info.proper = True
        info.mentions = sorted(set(info.mentions) | set(told))
        if told and told[0] < info.sent:
            # ("After the ceremony, they met": the signing is told where its sentences start)
            info.sent = told[0]
            events.sort(key=lambda e: e.sent)
        return
    if len(parties) < 2:
        return  # "India had signed an MoU with Bangladesh": states, in passing
    k = told[0]
    ev = Event(id="", name=name, type="Signing",
               date=sentence_date(all_sents(doc)[k], published), place=place_of(all_sents(doc)[k]))
    info = EventInfo(ev, k, all_sents(doc)[k].start, list(told), proper=True)
    at = next((n for n, e in enumerate(events) if e.sent > k), len(events))
    events.insert(at, info)


def _insert_found(doc: Doc, events: list[EventInfo], found: Iterable[Any], kind: str,
                  published: date | None) -> None:
    """Insert each gathering found (a meeting, a visit: its name, sentence, token and
    members) as an event of its own, in sentence order, unless one of its name is there."""
    seen = {e.event.name for e in events}
    for m in found:
        if m.name in seen:
            continue
        seen.add(m.name)
        s = all_sents(doc)[m.sent]
        ev = Event(id="", name=m.name, type=kind, date=sentence_date(s, published),
                   place=place_of(s))
        at = next((n for n, e in enumerate(events) if e.sent > m.sent), len(events))
        events.insert(at, EventInfo(ev, m.sent, m.token, [m.sent], True, m.members))


def add_meetings(doc: Doc, refs: Refs, events: list[EventInfo], published: date | None) -> None:
    """ "A met B in Moscow": a meeting of A with B, an event of its own."""
    _insert_found(doc, events, meetings(doc, refs), "Meeting", published)



# words that end a headline's description of a gathering, read leftwards from its head word
_TITLE_STOPS = {"the", "a", "an", "at", "from", "of", "on", "in", "to", "for", "and", "with",
                "by", "as", "its", "their", "his", "her", "after", "before", "during", "ahead",
                "notes", "report", "inside", "behind", "this", "last", "next"}


def name_from_title(title: str, events: list[EventInfo]) -> None:
    """ "...: notes from the Juba faith leaders' roundtable": a gathering the body tells by its
    head word alone ("The roundtable was convened by X") takes the headline's description of
    it, when the headline gives two words or more before the same head word (the words a
    reader knows it by). A headline is not parsed: the description runs back from the head to
    a preposition, an article or a punctuation mark."""
    if not title:
        return
    for e in events:
        words = e.event.name.split()
        if e.proper or len(words) != 1:
            continue
        m = re.search(rf"\b{re.escape(words[0].lower())}\b", title.lower())
        if m is None:
            continue
        before = re.split(r"[:;,.!?()\"“”\-–—|]", title[: m.start()])[-1].split()
        kept: list[str] = []
        for w in reversed(before):
            if w.lower() in _TITLE_STOPS or not re.match(r"[\w']", w):
                break
            kept.insert(0, w)
        if len(kept) >= 2:
            e.event.name = " ".join([*kept, title[m.start() : m.end()]])
            e.proper = True


_ADOPTED_TITLE = re.compile(
    r"^(?:final\s+|joint\s+)?(?:communiqu[eé]|declaration|statement|conclusions|resolution|"
    r"decisions)\s+(?:of|from|issued at|adopted at|adopted by)\s+(?:the\s+)?(.+?)\s*$", re.I)
_PREPS = {"of", "on", "at", "in", "for", "from", "to", "by", "with", "after", "before", "its"}


def name_from_document_title(title: str, events: list[EventInfo], heads: set[str]) -> None:
    """ "Communique of the 91st meeting of the X Commission": a report titled as the text a
    gathering adopted names that gathering; the report's main event takes that name when the
    name it was given shares fewer than two words with it (a reader names it as the title
    does), or only part of it. The phrase must open with its head word ("91st meeting of
    ..."), not merely hold one ("... Forum at the close of its Conference")."""
    m = _ADOPTED_TITLE.match(title.strip()) if title else None
    if m is None:
        return
    phrase = m.group(1).rstrip(".:;")
    # "... of the 2026 X Network Meeting, Apia, Samoa": the place after a comma is no part of it
    phrase = re.split(r",\s+(?=[A-Z])", phrase)[0]
    words = phrase.split()
    at = next((n for n, w in enumerate(words) if w.lower().strip(",") in heads), None)
    if at is None or at > 4 or any(w.lower() in _PREPS for w in words[:at]) or len(words) > 16:
        return
    main = next((e for e in events if e.event.type not in ("Signing",)
                 and not e.event.name.lower().startswith(("press", "news", "joint press"))), None)
    if main is None:
        return
    told = {w.lower() for w in re.findall(r"\w+", main.event.name) if w.lower() not in _PREPS}
    said = {w.lower() for w in re.findall(r"\w+", phrase) if w.lower() not in _PREPS | {"the"}}
    if len(told & said) < 2 or told < said or _titled_over_described(phrase, at, main):
        main.event.name, main.proper = phrase[:1].upper() + phrase[1:], True


def _titled_over_described(phrase: str, head: int, main: EventInfo) -> bool:
    """ "Communiqué of the 2026 X Network Meeting" over a body that "held its annual meeting":
    the title gives the gathering a proper name (capitalized up to its head word, which is the
    last word), the body only described it ("Annual meeting of the X Network"); a reader
    names it by the title."""
    words = phrase.split()
    if head != len(words) - 1 or not all(w[:1].isupper() or w[:1].isdigit() for w in words):
        return False
    told = main.event.name.split()
    return len(told) > 1 and told[1][:1].islower() and told[0].lower() not in (
        w.lower() for w in words)


def name_bare(doc: Doc, refs: Refs, events: list[EventInfo]) -> None:
    """ "The Forum met on Tuesday ... The meeting was presided over by ...": a gathering the
    report describes by its head word alone is named after the body that met."""
    for e in events:
        words = re.findall(r"[A-Za-z]+", e.event.name)
        if e.proper or len(words) > 2:
            continue
        body = gathered_body(refs, doc, range(e.sent - 1, e.sent + 1))
        if body is None:
            continue
        head = words[-1] if words else e.event.type
        said = body_said(refs.table.actors[body], e.event.name)
        e.event.name = f"{head[:1].upper()}{head[1:]} of the {said}"
        e.proper = True


_PRESS = {"journalists", "reporters", "press", "media", "correspondents", "newsmen"}


def briefing(doc: Doc, verb: Token, k: int, refs: Refs, published: date | None):
    """ "The missions briefed journalists jointly in Abuja", "the Police Department briefed
    reporters on the outcome of X": a press briefing held by the bodies named."""
    if not any(c.dep_ == "dobj" and c.lower_ in _PRESS for c in verb.children):
        return _body_briefing(doc, verb, k, refs, published)
    sent = all_sents(doc)[k]
    hosts = [a for a in refs.subject(verb) if refs.table.actors[a].type == "Organization"]
    hosts = hosts or [a for a in refs.actors_in(sent) if refs.table.actors[a].type
                      == "Organization"][:3]
    if not hosts:
        return None
    joint = any(c.lower_ in ("jointly", "together") for c in verb.children) or any(
        g.lower_ in ("jointly", "together") for c in verb.children if c.dep_ == "dobj"
        for g in c.children)
    names = [body_said(refs.table.actors[a], "press briefing") for a in hosts]
    who = names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]
    name = f"{'Joint' if joint else 'Press'} briefing of the {who}"
    topic = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ in ("on", "about")
                  and not any(g.ent_type_ in ("DATE", "TIME") for g in c.children)), None)
    if topic is not None:
        name += " " + re.split(r",|;", doc[topic.i : topic.right_edge.i + 1].text)[0]
    # a press briefing is a press conference: typed as the conferences it is one of
    ev = Event(id="", name=name, type="Conference", date=sentence_date(sent, published),
               place=place_of(sent))
    return EventInfo(ev, k, verb.i, [k], True, hosts=hosts)


def _topic(doc: Doc, verb: Token) -> str:
    """ "briefed X on the outcome of Y": what a briefing was about, as words to name it by."""
    topic = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ in ("on", "about")
                  and not any(g.ent_type_ in ("DATE", "TIME") for g in c.children)), None)
    if topic is None:
        return ""
    return " " + re.split(r",|;", doc[topic.i : topic.right_edge.i + 1].text)[0]


def _body_briefing(doc: Doc, verb: Token, k: int, refs: Refs, published: date | None):
    """ "The Secretary-General briefed the Council on his travels": a briefing of a body, a
    sitting it holds, with the one who briefs it there."""
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if obj is None:
        return None
    body = refs.by_token.get(obj.i) or refs.actor_of(obj)
    if body is None or refs.table.actors[body].type != "Organization":
        return None
    people = [a for a in refs.subject(verb) if refs.table.actors[a].type == "Person"]
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if not people and subj is not None and subj.text[:1].isupper() and any(
        c.lower_ == "the" for c in subj.lefts
    ):  # "The Secretary-General briefed": a title for the person last named
        last = refs.table.last_before(subj.idx, "Person")
        people = [last] if last else []
    if not people:
        return None
    sent = all_sents(doc)[k]
    who = refs.table.actors[people[0]].name
    name = f"Briefing of the {body_said(refs.table.actors[body])} by {who}{_topic(doc, verb)}"
    ev = Event(id="", name=name, type="Meeting", date=sentence_date(sent, published),
               place=place_of(sent))
    return EventInfo(ev, k, verb.i, [k], True, members=people[:1], hosts=[body])


def add_visits(doc: Doc, refs: Refs, events: list[EventInfo], published: date | None) -> None:
    """ "X is on a working visit to Ruritania": a visit of X, an event of its own, with the
    people its sentence names as members."""
    _insert_found(doc, events, visits(doc, refs), "Visit", published)


# documents the parse may take for bodies: a gathering is not named after them
_DOCUMENTS = {"mou", "moa", "memorandum", "agreement", "declaration", "communique"}


def name_unheld(refs: Refs, events: list[EventInfo], organizers: list[tuple[str, str]],
                heads: set[str]) -> None:
    """ "The morning pledging session ... the pledging conference": a gathering described by
    its head word and a modifier or two, that no body is said to hold (``organizers``: actor,
    event id), is named after the body the report is about, the one it names most (three
    times or more, and more than any other): "Pledging conference of the Global Fund". A
    gathering a person hosts keeps its description (not "Duterte state banquet"). So is a
    sitting the report names only by its number ("the 212th Plenary Meeting", held at a
    university that hosts it: the body that sits is the one the report is about)."""
    held = {ev for who, ev in organizers if refs.table.actors[who].type == "Organization"}
    hosted = {ev for who, ev in organizers} - held
    numbered = [e for e in events if e.proper and bare(e.event.name, heads)
                and re.search(r"\d", e.event.name)]
    described = [e for e in events if not e.proper]
    for e in described:
        if e.event.id in hosted:
            e.proper = True
    counts: dict[str, int] = {}
    for m in refs.table.mentions:
        if not m.actor:
            continue
        actor = refs.table.actors[m.actor]
        if actor.type == "Organization" and actor.name.lower() not in _DOCUMENTS:
            counts[m.actor] = counts.get(m.actor, 0) + 1
    ranked = sorted(counts.items(), key=lambda kv: -kv[1])
    if not ranked or ranked[0][1] < 3 or len(ranked) > 1 and ranked[1][1] >= ranked[0][1]:
        return
    body = refs.table.actors[ranked[0][0]]
    for e in described + numbered:
        words = e.event.name.split()
        if e.event.id in held and not e.proper or e.members or len(words) > 3:
            continue
        if any(n in e.event.name for n in body.names) or any(
            w.lower() in ("of", "on", "for", "with", "against", "in", "at") for w in words
        ):
            continue
        e.event.name, e.proper = f"{e.event.name} of the {body_said(body, e.event.name)}", True


def name_by_organizer(table: ActorTable, events: list[EventInfo],
                      organizers: list[tuple[str, str, int]]) -> None:
    """ "Training workshop" says less than "INTERPOL training workshop": a gathering described
    by its head word and modifiers takes the short name of its first organizer in front. Not
    one whose description already says whose it is ("91st meeting of the Water Commission"):
    a second body in front would only blur the name; nor one that several bodies hold ("the
    two delegations held a working meeting": the first of them alone is not whose it is)."""
    for e in events:
        held = list(dict.fromkeys(a for a, ev, _ in organizers if ev == e.event.id
                                  and table.actors[a].type == "Organization"))
        first = next((a for a, ev, _ in organizers if ev == e.event.id), None)
        shorts = [min(table.actors[a].names, key=len) for a in held]
        if e.event.name.lower().startswith("joint press") and 2 <= len(held) <= 3 and all(
            n.isupper() for n in shorts
        ):  # "ICPAC and UNMA held a joint press briefing": "ICPAC-UNMA joint press briefing"
            e.event.name = f"{'-'.join(shorts)} j{e.event.name[1:]}"
            continue
        if first is None or e.proper or _owned(e.event.name, table) or len(held) > 1:
            continue
        short = min(table.actors[first].names, key=len)
        e.event.name = f"{short} {e.event.name[:1].lower()}{e.event.name[1:]}"


def _owned(name: str, table: ActorTable) -> bool:
    """Whether a gathering's name says whose it is: a body's name inside it."""
    # (a short acronym only as a word of its own: "of the SLF", not "UN" in "UNDP")
    return any(len(n) > 3 and n in name or n.isupper() and re.search(rf"\b{re.escape(n)}\b", name)
               for a in table.actors.values() if a.type == "Organization" for n in a.names)


_BARE_LAUNCH = r"(?:official )?launch(?:ing)?(?: and [a-z]+)*(?: ceremony)?"


def name_launch(doc: Doc, refs: Refs, events: list[EventInfo]) -> None:
    """ "Five universities launched the X Consortium ... The launch and signing ceremony was
    organised by Y": a launch the report describes by its head words is named after what was
    launched ("Launch and signing ceremony of the X Consortium")."""
    for e in events:
        if e.proper or not re.fullmatch(_BARE_LAUNCH, e.event.name, re.I):
            continue
        found = next(_launched(doc, refs, told=False), None)
        if found is not None:
            e.event.name, e.proper = f"{e.event.name} of the {found[0]}", True
            e.event.type = "Launch"  # (a launch that has a signing in it is still a launch)


_LAUNCH = frozenset({"launch"})


def _launched(doc: Doc, refs: Refs, told: bool = True):
    """(name, sentence, token) of every named thing a sentence says someone launched (someone
    named there, when ``told``)."""
    for tok in doc_tokens_among(doc, lemmas=_LAUNCH):
        if tok.lemma_ != "launch" or tok.pos_ != "VERB":
            continue
        obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
        if obj is None:
            continue
        start = obj.left_edge.i + (obj.left_edge.lower_ == "the")
        end = start
        while end < len(doc) and (doc[end].text[:1].isupper() or doc[end].lower_ in ("of", "for")
                                  and end + 1 < len(doc) and doc[end + 1].text[:1].isupper()):
            end += 1
        k = sent_index(doc)[tok.i]
        s = all_sents(doc)[k]
        what = doc[start:end].text
        if end == start and not told:
            what = _described(obj)
        if not what or told and not refs.actors_in(t for t in s if t.i < tok.i):
            continue  # not a name, or nobody named as launching it
        yield what, k, tok


def _described(obj: Token) -> str:
    """ "launched a certified training program for 1,200 teachers working in ...": what was
    launched, as its head word, its modifiers and whom or what it is for (not the clause that
    goes on about them): "certified training program for 1,200 teachers"."""
    mods = [c for c in obj.lefts if c.dep_ in ("amod", "compound", "nmod")]
    start = min([obj.i, *(c.left_edge.i for c in mods)])
    end = obj.i + 1
    prep = next((r for r in obj.rights if r.dep_ == "prep" and r.lower_ in ("for", "on", "to")
                 and r.i == obj.i + 1), None)
    pobj = next((g for g in prep.children if g.dep_ == "pobj"), None) if prep else None
    if pobj is not None:
        end = pobj.i + 1
    words = obj.doc[start:end].text
    return words if obj.pos_ == "NOUN" and len(words.split()) > 1 else ""


def add_launch(doc: Doc, refs: Refs, events: list[EventInfo], published: date | None) -> None:
    """ "Ambassador X joined Minister Y to launch Safe Journey, a programme ...": in a report that
    tells of no gathering otherwise, the launch it reports is the event, "Launch of Safe
    Journey" (a launch at a summit is a part of the summit, not an event of its own)."""
    for what, k, tok in _launched(doc, refs):
        s = all_sents(doc)[k]
        ev = Event(id="", name=f"Launch of {what}", type="Launch",
                   date=sentence_date(s, published), place=place_of(s))
        events.append(EventInfo(ev, k, tok.i, [k], True))
        return
