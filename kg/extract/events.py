"""Events: the gatherings a report is about, with name, type, place and date.

The first gathering named in the body is the report's main event; a later one counts as another
event when it is marked as such ("the previous regional conference", "its next meeting") or when
it carries a proper name of its own; a signing of a memorandum or agreement is an event too.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, timedelta

from dateutil import parser as dateparser
from spacy.tokens import Doc, Span, Token

from kg.extract.event_dates import fill_event
from kg.extract.lexicon import Lexicon
from kg.extract.meetings import gathered_body, meetings
from kg.extract.parsed import ents_in, sent_index
from kg.extract.parsed import sents as all_sents
from kg.extract.parsed import text as doc_text
from kg.extract.refs import Refs
from kg.extract.signings import signing
from kg.extract.spans import ends_name
from kg.model import Event

_OTHER = {
    "previous",
    "next",
    "last",
    "earlier",
    "first",
    "second",
    "third",
    "upcoming",
    "following",
}
_SKIP_MODS = {"two-day", "one-day", "three-day", "day-long", "daylong", "this", "that", "such"}
_WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]


@dataclass
class EventInfo:
    event: Event
    sent: int  # index of the sentence that introduces it
    head: int  # token index of its head word
    mentions: list[int] = field(default_factory=list)  # sentence indexes that refer to it
    proper: bool = True  # named by the report, rather than described ("regional conference")
    members: list[str] = field(default_factory=list)  # who met, for a meeting told by "met"
    hosts: list[str] = field(default_factory=list)  # who held it, when its telling says so


def _is_head(tok: Token, lex: Lexicon) -> bool:
    if tok.lower_ not in lex.event_heads:
        return False
    nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    # "a roundtable titled ...": a head the tagger took for an adjective is one by its title
    titled = nxt is not None and nxt.lower_ in ("titled", "entitled")
    return tok.pos_ in ("NOUN", "PROPN") or titled


# heads that also name an activity rather than a gathering: "more social dialogue", "public
# debate", "joint training and operations" -> a gathering only as "a dialogue", "the
# training", "Dialogue" in a name
_MASS = {"dialogue", "debate", "consultation", "hearing", "training"}


def _mass(tok: Token) -> bool:
    return tok.lower_ in _MASS and not tok.text[:1].isupper() and not any(
        c.dep_ in ("det", "poss", "nummod") or c.like_num for c in tok.lefts
    )


def _proper_run(doc: Doc, tok: Token) -> Span | None:
    if not tok.text[:1].isupper() or tok.is_sent_start:
        return None
    i = tok.i
    while (
        i > 0
        and (
            doc[i - 1].text[:1].isupper()
            or doc[i - 1].text == "-"
            or doc[i - 1].like_num
            and doc[i - 1].text[-2:] in ("th", "st", "nd", "rd")
            # "2+2 Dialogue", "G20 Summit"; "Secretary-level": a word hyphenated to a name
            or doc[i - 1].text.isdigit()
            or doc[i - 1].text == "+"
            or i > 2 and doc[i - 2].text == "-" and doc[i - 3].text[:1].isupper()
            and doc[i - 1].is_alpha
        )
        and not doc[i - 1].is_sent_start
        and doc[i - 1].lower_ not in ("the",)
    ):
        i -= 1
    j = tok.i + 1
    while j < len(doc):
        if doc[j].text[:1].isupper():
            j += 1
        elif ends_name(doc, j):
            break
        elif (
            doc[j].lower_ in ("of", "on", "for", "against", "the", "and", "in", "to")
            and j + 1 < len(doc)
            and (doc[j + 1].text[:1].isupper() or doc[j + 1].lower_ == "the")
        ):
            j += 1
        else:
            break
    while j > tok.i + 1 and not doc[j - 1].text[:1].isupper():
        j -= 1
    while i < tok.i and doc[i].text == "-":  # "ISLAMABAD - Meeting on Friday": a dateline's dash
        i += 1
    return doc[i:j]


def _descriptive(doc: Doc, tok: Token, refs: Refs | None = None) -> str:
    start = tok.i  # the modifiers right before the head: "regional", "training", "joint"
    while (  # "emergency ministerial-level meeting": modifiers of the head or of its modifiers
        start > 0
        and (
            doc[start - 1].dep_ in ("amod", "compound", "nmod") and doc[start - 1].is_alpha
            or doc[start - 1].text == "-" and start - 1 > 0 and doc[start - 2].is_alpha
            or re.fullmatch(r"\d+(?:st|nd|rd|th)", doc[start - 1].text) is not None  # "54th"
        )
        and not doc[start - 1].is_upper  # "ISLAMABAD - Meeting": a dateline
        and start <= doc[start - 1].head.i <= tok.i
        and doc[start - 1].lower_ not in _SKIP_MODS | _OTHER
        and "day" not in doc[start - 1].lower_
    ):
        start -= 1
    if doc[start].text == "-":
        start += 1
    end = tok.i + 1
    hung = False  # the topic found next to the head, not under it
    for r in tok.rights:
        if r.dep_ == "prep" and r.lower_ in ("on", "against", "of", "about", "for", "after"):
            if any(g.ent_type_ in ("DATE", "TIME") for g in r.children):
                break  # "Meeting on Friday": when, not what
            body = _body_of(r, refs)
            if body:  # "the 54th meeting of the Water, Sanitation and Hygiene (WASH) Cluster"
                head = doc[start : tok.i + 1].text
                return f"{head[:1].upper()}{head[1:]} of the {body}"
            end = r.right_edge.i + 1
            break
    else:  # "opened a workshop on X": the parse often hangs the topic on the verb
        nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
        if nxt is not None and nxt.lower_ in ("on", "against", "about") and nxt.dep_ == "prep":
            end, hung = nxt.right_edge.i + 1, True
    parsed_end = end  # the parse can stop a name early: "against X (TIP) and the Smuggling of Y"
    while (
        end < len(doc)
        and end > tok.i + 1
        and not ends_name(doc, end)
        and (doc[end].text[:1].isupper() or doc[end].lower_ in ("and", "the", "of", "in", "(", ")"))
    ):
        end += 1
    while end > parsed_end and not doc[end - 1].text[:1].isupper() and doc[end - 1].text != ")":
        end -= 1
    words = doc[start:end].text
    words = re.sub(r"\s*\([A-Z][\w.&-]*\)", "", words)
    # a comma before a capital is inside a name: "of the Water, Sanitation and Hygiene Cluster"
    words = re.split(_TOPIC_ENDS if hung else r",(?!\s[A-Z])|\bwhich\b|\bthat\b", words)[0]
    words = words.strip()
    return words[:1].upper() + words[1:]


def _body_of(prep: Token, refs: Refs | None) -> str | None:
    """ "of the X Council": the body a gathering belongs to, by its name (a name can hold
    commas the description would be cut at)."""
    if refs is None or prep.lower_ != "of":
        return None
    obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
    key = refs.by_token.get(obj.i) if obj is not None else None
    if key is None or refs.table.actors[key].type != "Organization":
        return None
    return refs.table.actors[key].name


# where a topic found next to the event's head ends, as the parse does not say: a clause, who
# attended, where, when, by whom ("a workshop on X for 40 prosecutors from the regions", "a
# seminar on Y in Lima organised by Z")
_TOPIC_ENDS = re.compile(
    r",|;|\b(?:which|that|who|where|when)\b|\s(?:in|at|from|with|by|during|under|between)\s"
    r"|\sfor\s+(?:\d|some|about|more|over|around|nearly|almost|officials|officers|participants)"
    r"|\s(?:organi[sz]ed|held|hosted|convened|jointly)\b"
)


_TITLED = r"[^.“\"‘]{0,80}?\b(?:entitled|titled|called)\s*[:,]?\s*|\s*,\s*(?=[“\"‘'])"
# a title in double quotes, or in single ones closed before a space or a stop (an apostrophe
# inside, as in "Malaysia's", does not close it)
_QUOTED = r"(?:[“\"]([^”\"]{3,200})[”\"]|[‘']([^\n]{3,200}?)[’'](?=[\s,.;:)]|$))"


def _quoted_after(text: str, pos: int) -> str | None:
    m = re.match(rf"(?:{_TITLED}){_QUOTED}", text[pos:]) or re.match(
        rf"\s*(?:on|entitled|titled|themed|called|under the theme)\s*[:,]?\s*{_QUOTED}",
        text[pos:],
    )
    return (m.group(1) or m.group(2)).strip() if m else None


def _name(doc: Doc, tok: Token, refs: Refs | None = None) -> tuple[str, bool]:
    """The event's name, and whether it is a proper name (kept without a year)."""
    run = _proper_run(doc, tok)
    if run is not None and len(run) > 1:
        return run.text, True
    quoted = _quoted_after(doc_text(doc), tok.idx + len(tok))
    if quoted:
        if re.match(_TITLED, doc_text(doc)[tok.idx + len(tok) :]):
            return quoted, True  # "entitled "X"", "the workshop, "X", was ...": its name
        adj = [
            t.text
            for t in tok.lefts
            if t.dep_ == "amod" and t.lower_ not in _SKIP_MODS and "-day" not in t.lower_
        ]
        base = " ".join([*adj, tok.text]).title()
        return f"{base} on {quoted[:1].upper() + quoted[1:]}", True
    return _descriptive(doc, tok, refs), False


def resolve_date(phrase: str, published: date | None) -> date | None:
    """A date phrase in the report, resolved against the publication date."""
    low = phrase.lower()
    if published is not None:
        if "yesterday" in low:
            return published - timedelta(days=1)
        if "today" in low:
            return published
        for n, day in enumerate(_WEEKDAYS):
            if day in low:
                return published - timedelta(days=(published.weekday() - n) % 7)
    m = re.search(r"(\d{1,2})\s*(?:-|–|to|and)\s*\d{1,2}\s+([A-Z][a-z]+\.?(?:\s+\d{4})?)", phrase)
    if m:  # "28 to 30 November": the first day
        phrase = f"{m.group(1)} {m.group(2)}"
    m = re.search(
        r"([A-Z][a-z]+\.?)\s+(\d{1,2})(?:st|nd|rd|th)?\s*(?:-|–|to|and)\s*\d{1,2}\b(?:st|nd|rd|th)?"
        r"(,?\s+\d{4})?",
        phrase,
    )
    if m:  # "November 28-30, 2023": the first day (and "30" is no year)
        phrase = f"{m.group(1)} {m.group(2)}{m.group(3) or ''}"
    if not re.search(r"\d", re.sub(r"\b\d{4}\b", "", phrase)):
        return None  # no day: "in November", "November 2023"
    if published is None and not re.search(r"\b\d{4}\b", phrase):
        return None  # "August 14" of an undated report: the year is unknown
    default = published or date(2000, 1, 1)
    try:
        parsed = dateparser.parse(phrase, default=dateparser.parse(default.isoformat()), fuzzy=True)
    except (ValueError, OverflowError):
        return None
    return parsed.date() if parsed else None


def _sentence_date(sent: Span, published: date | None) -> date | None:
    for ent in ents_in(sent.doc, sent.start, sent.end):
        if ent.label_ == "DATE":
            d = resolve_date(ent.text, published)
            if d is not None:
                return d
    return None


def _place(sent: Span) -> str | None:
    for ent in ents_in(sent.doc, sent.start, sent.end):
        if ent.label_ == "GPE" and ent.start > 0 and sent.doc[ent.start - 1].lower_ == "in":
            return ent.text
    return None


def find_events(
    doc: Doc, lex: Lexicon, published: date | None, dateline: str | None, refs: Refs | None = None
) -> list[EventInfo]:
    """The report's events in order of introduction; ``refs`` tells which tokens name actors
    (a head word inside an organization's name is no gathering; a signing is named after its
    parties)."""
    sents = all_sents(doc)
    sent_of = sent_index(doc)
    events: list[EventInfo] = []
    heads: dict[int, str] = {}  # id(EventInfo) -> head word
    quoted: list[tuple[int, int]] = []  # where the titles of events found are in the text
    for tok in doc:
        k = sent_of[tok.i]
        if refs is not None and tok.lemma_ == "brief" and tok.pos_ == "VERB":
            info = _briefing(doc, tok, k, refs, published)
            if info is not None and not any(heads.get(id(e)) == "press briefing" for e in events):
                heads[id(info)] = "press briefing"
                events.append(info)
            continue
        # "a side event on X": a gathering on the sidelines of the one reported, apart from it
        side = tok.lower_ == "event" and any(c.lower_ in ("side", "parallel") for c in tok.lefts)
        if not side and (
            not _is_head(tok, lex)
            or tok.dep_ == "compound"
            or (tok.tag_ in ("NNS", "NNPS") and tok.lower_ != "sessions")
        ):
            continue
        run = _proper_run(doc, tok)
        if run is not None and any(v in run.text for v in lex.venue_words):
            continue
        if refs is not None and _in_actor_name(tok, run, refs):
            continue
        if any(a <= tok.idx < b for a, b in quoted):
            continue  # "The conference is titled "Effective Social Dialogue ...""
        if _mass(tok):
            continue
        mods = {t.lower_ for t in tok.lefts}
        # "his last meeting" is his last, not the one before this one
        is_other = bool(mods & _OTHER) and not any(t.dep_ == "poss" for t in tok.lefts)
        name, proper = _name(doc, tok, refs)
        if proper and name != doc[tok.i : tok.i + 1].text:
            at = doc_text(doc).find(name, sents[k].start_char)
            if at >= 0:
                quoted.append((at, at + len(name)))
        # a press conference is a gathering apart from the one it reports on
        key = ("press " if mods & {"press", "news"} else "side " if side else "") + tok.lower_
        known = [e for e in events if proper and e.event.name == name]
        same_head = [e for e in events if heads.get(id(e)) == key or key.startswith("press ")
                     and heads.get(id(e), "").startswith("press ")]
        apart = key.startswith(("press ", "side ")) and not same_head
        if events and not is_other and not apart and (known or same_head or not proper):
            target = (known or same_head or [events[-1]])[-1]
            target.mentions.append(k)
            if proper and heads.get(id(target)) == tok.lower_ and not target.proper:
                target.event.name, target.proper = name, True
            continue
        typ = lex.event_heads.get(tok.lower_, "Meeting")
        for w in re.findall(r"[a-z]+", name.lower()):
            typ = lex.event_type_hints.get(w, typ)
        main = next((e for e in events if e.event.type != "Signing"), None)
        if main is not None and is_other and main.event.name[:1].isupper():
            other = next(m for m in tok.lefts if m.lower_ in _OTHER)
            name, proper = f"{other.text.title()} {main.event.name}", True
        ev = Event(
            id="",
            name=name,
            type=typ,
            date=_sentence_date(sents[k], published),
            place=_place(sents[k]),
        )
        info = EventInfo(ev, k, tok.i, [k], proper)
        heads[id(info)] = key
        events.append(info)
    if refs is not None:
        _add_signing(doc, refs, events, published)
        _add_meetings(doc, refs, events, published)
        _name_bare(doc, refs, events)
    for e in events:  # the span of days and the venue the sentences about it state
        fill_event(e.event, [sents[k].text for k in e.mentions], published, lex.venue_words)
    first = next((e for e in events), None)
    if first is not None:
        first.event.place = first.event.place or dateline
        first.event.date = first.event.date or published
    for n, e in enumerate(events, 1):
        e.event.id = f"e{n}"
    return events


def _in_actor_name(tok: Token, run: Span | None, refs: Refs) -> bool:
    """ "the United Nations Framework Convention on Climate Change", "Minister of Labour and
    Vocational Training Ith Sam Heng": the head word belongs to a body's name or a person's
    portfolio. "The 45th Meeting of the Conference of Heads of Government" names a body but is
    a gathering of it."""
    if tok.i in refs.by_token:
        return True
    doc = tok.doc
    if run is not None and run.end + 1 < len(doc) and doc[run.end].text == "(":
        # "the X Convention on Y (XCY)": the acronym in brackets names a body, not a gathering
        # (not "the 45th Meeting of the Caribbean Community (CARICOM)": a body inside it)
        if run.end + 1 in refs.by_token and not any(t.i in refs.by_token for t in run):
            return True
    people = (refs.by_token.get(t.i) for t in run or ())
    return any(a and refs.table.actors[a].type == "Person" for a in people)


def _add_signing(doc: Doc, refs: Refs, events: list[EventInfo], published: date | None) -> None:
    """The signing the report tells of, named after its document and parties: it takes over a
    gathering described only as "the signing" or "a simple ceremony" in the sentences telling
    it, or comes in as an event of its own."""
    found = signing(doc, refs)
    if found is None:
        return
    name, told, parties = found
    same = [
        e for e in events
        if e.event.type in ("Signing", "Event") and not e.proper and set(e.mentions) & set(told)
        or e.event.type == "Signing" and not e.proper
    ]
    if any(e.event.type == "Signing" and e.proper for e in events):
        return  # the report names it: "the Signing Ceremony of the Lake Basin Charter"
    if same:
        info = same[0]
        for other in same[1:]:
            info.mentions += other.mentions
            events.remove(other)
        info.event.name, info.event.type, info.proper = name, "Signing", True
        info.mentions = sorted(set(info.mentions) | set(told))
        return
    if len(parties) < 2:
        return  # "India had signed an MoU with Bangladesh": states, in passing
    k = told[0]
    ev = Event(id="", name=name, type="Signing",
               date=_sentence_date(all_sents(doc)[k], published), place=_place(all_sents(doc)[k]))
    info = EventInfo(ev, k, all_sents(doc)[k].start, list(told), proper=True)
    at = next((n for n, e in enumerate(events) if e.sent > k), len(events))
    events.insert(at, info)


def _add_meetings(doc: Doc, refs: Refs, events: list[EventInfo], published: date | None) -> None:
    """ "A met B in Moscow": a meeting of A with B, an event of its own."""
    seen = {e.event.name for e in events}
    for m in meetings(doc, refs):
        if m.name in seen:
            continue
        seen.add(m.name)
        s = all_sents(doc)[m.sent]
        ev = Event(id="", name=m.name, type="Meeting", date=_sentence_date(s, published),
                   place=_place(s))
        at = next((n for n, e in enumerate(events) if e.sent > m.sent), len(events))
        events.insert(at, EventInfo(ev, m.sent, m.token, [m.sent], True, m.members))


def _name_bare(doc: Doc, refs: Refs, events: list[EventInfo]) -> None:
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
        e.event.name = f"{head[:1].upper()}{head[1:]} of the {refs.table.actors[body].name}"
        e.proper = True


_PRESS = {"journalists", "reporters", "press", "media", "correspondents", "newsmen"}


def _briefing(doc: Doc, verb: Token, k: int, refs: Refs, published: date | None):
    """ "The missions briefed journalists jointly in Abuja", "the Police Department briefed
    reporters on the outcome of X": a press briefing held by the bodies named."""
    if not any(c.dep_ == "dobj" and c.lower_ in _PRESS for c in verb.children):
        return None
    sent = all_sents(doc)[k]
    hosts = [a for a in refs.subject(verb) if refs.table.actors[a].type == "Organization"]
    hosts = hosts or [a for a in refs.actors_in(sent) if refs.table.actors[a].type
                      == "Organization"][:3]
    if not hosts:
        return None
    joint = any(c.lower_ in ("jointly", "together") for c in verb.children) or any(
        g.lower_ in ("jointly", "together") for c in verb.children if c.dep_ == "dobj"
        for g in c.children)
    names = [_short_name(refs, a) for a in hosts]
    who = names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]
    name = f"{'Joint' if joint else 'Press'} briefing of the {who}"
    topic = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ in ("on", "about")
                  and not any(g.ent_type_ in ("DATE", "TIME") for g in c.children)), None)
    if topic is not None:
        name += " " + re.split(r",|;", doc[topic.i : topic.right_edge.i + 1].text)[0]
    # a press briefing is a press conference: typed as the conferences it is one of
    ev = Event(id="", name=name, type="Conference", date=_sentence_date(sent, published),
               place=_place(sent))
    return EventInfo(ev, k, verb.i, [k], True, hosts=hosts)


def _short_name(refs: Refs, key: str) -> str:
    """A body as a name made of names has it: its acronym if it has one."""
    actor = refs.table.actors[key]
    acronyms = [n for n in actor.names if n.isupper() and 2 <= len(n) <= 8]
    return min(acronyms, key=len) if acronyms else actor.name
