"""Events: the gatherings a report is about, with name, type, place and date.

The first gathering named in the body is the report's main event; a later one counts as another
event when it is marked as such ("the previous regional conference", "its next meeting") or when
it carries a proper name of its own; a signing of a memorandum or agreement is an event too.
"""

from __future__ import annotations

import re
from datetime import date

from spacy.tokens import Doc, Span, Token

from kg.extract.event_actors import gathering_in_name, unlink
from kg.extract.event_acts import add_body_meetings, add_openings
from kg.extract.event_dates import fill_event
from kg.extract.event_extras import (
    add_launch,
    add_meetings,
    add_signing,
    add_visits,
    briefing,
    name_bare,
    name_from_document_title,
    name_from_title,
    name_launch,
)
from kg.extract.event_info import EventInfo, event_words, place_of, resolve_date, sentence_date
from kg.extract.event_names import OTHER, name_of, proper_run
from kg.extract.event_owners import first_ever, has_edition, owned_name, owner, told_hosts
from kg.extract.event_passing import in_passing, to_come
from kg.extract.lexicon import Lexicon
from kg.extract.parsed import sent_index, tokens
from kg.extract.parsed import sents as all_sents
from kg.extract.parsed import text as doc_text
from kg.extract.refs import Refs
from kg.model import Event

__all__ = ["EventInfo", "find_events", "resolve_date"]


def _head_type(tok: Token, lex: Lexicon) -> str | None:
    """The event type a head word gives ("conference" -> Conference), else None."""
    typ = lex.event_heads.get(tok.lower_)
    if typ is None:
        typ = event_words()["edition_heads"].get(tok.lower_)
    if typ is None and tok.text[:1].isupper() and tok.lower_ in event_words()["proper_heads"]:
        # "Mongolia Mining Week": a gathering by its capitalized name, not "this week"
        run = proper_run(tok.doc, tok)
        if run is not None and len(run) >= 2 and run[-1].i == tok.i and _treated_as_held(tok):
            typ = event_words()["proper_heads"][tok.lower_]
    return typ


def _treated_as_held(tok: Token) -> bool:
    """ "opened the three-day Mining Week", "at the Energy Expo", "the Week was organised by":
    a name the sentence treats as a gathering held (its length told, opened, attended, held
    there), not one named in passing ("the Summit and the Climate Week were meant to ...")."""
    if any("-day" in t.lower_ or t.lower_ in ("annual", "weeklong", "week-long")
           for t in tok.doc[max(0, tok.i - 6) : tok.i]):
        return True
    if tok.dep_ == "pobj" and tok.head.lower_ in ("at", "during"):
        return True
    return tok.dep_ in ("dobj", "nsubjpass") and tok.head.lemma_.lower() in _HELD_VERBS


_HELD_VERBS = {"open", "attend", "organize", "organise", "hold", "host", "close", "address",
               "convene", "stage", "inaugurate"}


def _is_head(tok: Token, lex: Lexicon) -> bool:
    if _head_type(tok, lex) is None:
        return False
    nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    # "a roundtable titled ...": a head the tagger took for an adjective is one by its title
    titled = nxt is not None and nxt.lower_ in ("titled", "entitled")
    # "The roundtable, "X", was organised by": a head the tagger took for an adjective is one
    # by the place it has in the clause
    noun_like = tok.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj")
    return tok.pos_ in ("NOUN", "PROPN") or titled or noun_like


# heads that also name an activity rather than a gathering: "more social dialogue", "public
# debate", "joint training and operations" -> a gathering only as "a dialogue", "the
# training", "Dialogue" in a name
_MASS = {"dialogue", "debate", "consultation", "hearing", "training", "discussion", "discussions"}


def _mass(tok: Token) -> bool:
    if tok.lower_ not in _MASS or tok.text[:1].isupper():
        return False
    # ("it had forced a debate on governance", "sparked a public debate": an activity a verb
    # brings about, not one held, attended or wound up)
    if tok.dep_ == "dobj" and tok.head.lemma_.lower() in _BROUGHT_ABOUT:
        return True
    return not any(c.dep_ in ("det", "poss", "nummod") or c.like_num for c in tok.lefts)


# verbs whose object is an activity they bring about or ask for, not a gathering held
_BROUGHT_ABOUT = {"force", "spark", "trigger", "prompt", "provoke", "fuel", "stir", "ignite",
                  "reignite", "revive", "stifle", "deserve", "need", "require", "encourage",
                  "foster", "stimulate", "generate", "demand", "want", "avoid"}


def find_events(
    doc: Doc, lex: Lexicon, published: date | None, dateline: str | None, refs: Refs | None = None,
    reclaimed: set[str] | None = None, title: str = "",
) -> list[EventInfo]:
    """The report's events in order of introduction; ``refs`` tells which tokens name actors
    (a head word inside an organization's name is no gathering; a signing is named after its
    parties)."""
    sents = all_sents(doc)
    sent_of = sent_index(doc)
    events: list[EventInfo] = []
    heads: dict[int, str] = {}  # id(EventInfo) -> head word
    quoted: list[tuple[int, int]] = []  # where the titles of events found are in the text
    passing: dict[int, bool] = {}  # id(EventInfo) -> hosts told, for gatherings told in passing
    for tok in tokens(doc):
        k = sent_of[tok.i]
        if refs is not None and tok.lemma_ == "brief" and tok.pos_ == "VERB":
            info = briefing(doc, tok, k, refs, published)
            kind = "body briefing" if info is not None and info.members else "press briefing"
            if info is not None and not any(heads.get(id(e)) == kind for e in events):
                heads[id(info)] = kind
                events.append(info)
            continue
        # "a side event on X": a gathering on the sidelines of the one reported, apart from it
        side = tok.lower_ == "event" and any(c.lower_ in ("side", "parallel") for c in tok.lefts)
        # ("a separate session for farmers": a gathering held apart, not a part of the one told)
        side = side or any(c.lower_ in ("separate", "parallel") and c.dep_ == "amod"
                           for c in tok.lefts) and _head_type(tok, lex) is not None
        if not side and (
            not _is_head(tok, lex)
            or tok.dep_ == "compound"
            # "the launch and signing ceremony": the ceremony is the gathering
            or tok.dep_ == "nmod" and _is_head(tok.head, lex)
            or tok.dep_ == "conj" and tok.head.dep_ in ("nmod", "compound")
            and _is_head(tok.head.head, lex)
            # "its Annual Conference and General Meeting": one gathering's two-part name
            or tok.dep_ == "conj" and _is_head(tok.head, lex) and tok.text[:1].isupper()
            and tok.head.text[:1].isupper() and not any(c.dep_ == "det" for c in tok.lefts)
            and all(t.text[:1].isupper() or t.lower_ == "and"
                    for t in doc[tok.head.i + 1 : tok.i])
            or (tok.tag_ in ("NNS", "NNPS") and tok.lower_ != "sessions")
        ):
            continue
        run = proper_run(doc, tok)
        if run is not None and any(v in run.text for v in lex.venue_words):
            continue
        if refs is not None and _in_actor_name(tok, run, refs):
            body = gathering_in_name(tok, refs)
            if body is None or reclaimed is None:
                continue
            reclaimed.add(body)  # "their 26th Ordinary Assembly": a gathering, not a body
            unlink(refs, {body})  # (nor the owner of the gathering its name says)
        if any(a <= tok.idx < b for a, b in quoted):
            continue  # "The conference is titled "Effective Social Dialogue ...""
        if _mass(tok) or _owner_of_head(tok, lex):
            continue
        apposed = _apposed(tok, events, k)
        if apposed is not None:
            apposed.mentions.append(k)  # "the X Dialogue, a one-day meeting at Y": the same one
            continue
        edition = tok.lower_ in event_words()["edition_heads"]
        if edition and not has_edition(tok, run) and not any(
            heads.get(id(e)) == tok.lower_ for e in events
        ):
            continue  # "the National Assembly": a body, unless an edition of it was told
        mods = {t.lower_ for t in tok.lefts}
        # "his last meeting" is his last, not the one before this one; "the first Assembly
        # ever hosted by X" is this one
        is_other = (bool(mods & OTHER) and not any(t.dep_ == "poss" for t in tok.lefts)
                    and not first_ever(tok))
        name, proper = name_of(doc, tok, refs)
        host, possessed = owner(tok, run, refs) if refs is not None else (None, False)
        if host is not None and possessed:
            name = owned_name(name, host, refs)  # type: ignore[arg-type]
        hosts = ([host] if host else []) + (told_hosts(tok, refs) if refs is not None else [])
        hosts = list(dict.fromkeys(hosts))
        if proper and name != doc[tok.i : tok.i + 1].text:
            at = doc_text(doc).find(name, sents[k].start_char)
            if at >= 0:
                quoted.append((at, at + len(name)))
        # a press conference is a gathering apart from the one it reports on
        key = ("press " if mods & {"press", "news"} else "side " if side else "") + tok.lower_
        # "a workshop held in 2019 ... the consortium held a scientific workshop": a gathering
        # told in passing takes no later mention but "the"/"that" one
        # (and "the meeting" is the one reported, "that session" the one just told)
        that = any(c.dep_ == "det" and c.lower_ in ("that", "those") for c in tok.lefts)
        open_ = [e for e in events if id(e) not in passing or that]
        # (the name told, or that name with whose it is: "its Annual Conference and General
        # Meeting" -> "... of the X Forum")
        known = [e for e in open_ if proper and (e.event.name == name
                                                 or e.event.name.startswith(name + " of "))]
        same_head = [e for e in open_ if heads.get(id(e)) == key or key.startswith("press ")
                     and heads.get(id(e), "").startswith("press ")]
        aside = in_passing(tok, published) and not known
        apart = key.startswith(("press ", "side ")) and not same_head
        # "their meeting with President X": a meeting of its own, with X
        met = _met_with(tok, refs, events) if refs is not None and events else []
        # "the Division held its annual assembly" after another body's meeting: the gathering
        # of another body is another gathering
        if host is not None and possessed and open_ and not known and not any(
            host in e.hosts for e in open_
        ):
            same_head, fresh_owner = [], True
        else:
            fresh_owner = False
        # "hosted a state banquet": an indefinite head of a kind not told yet brings in a
        # gathering of its own (a session is a part of the gathering told, not another one;
        # "a thorough discussion of the agenda" is an activity of it)
        # ("the delegations held a working session": a session held apart is a gathering)
        held_apart = tok.dep_ == "dobj" and tok.head.lemma_ in ("hold", "convene", "organize",
                                                                "organise", "host")
        parts = _MASS if held_apart else _PARTS | _MASS
        fresh = (not proper and not same_head and tok.lower_ not in parts
                 and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in tok.lefts)
                 and not any(heads.get(id(e), "").endswith(tok.lower_) for e in open_))
        # a bare "the meeting" is about the latest gathering reported, not one told in passing
        # (the one last talked about, which need not be the last one introduced)
        latest = sorted((e for e in events if id(e) not in passing or that),
                        key=lambda e: _last_told(e, k))[-1:]
        # "Speaking at a news conference after the meeting": a bare "the meeting" is not the
        # press conference or side event told before it, but the gathering they are apart from
        beside = (not proper and not same_head and not key.startswith(("press ", "side "))
                  and tok.lower_ not in _PRESS_HEADS  # ("the same briefing": the press one)
                  and bool(latest) and heads.get(id(latest[-1]), "").startswith(("press ", "side "))
                  and not any(not heads.get(id(e), "").startswith(("press ", "side "))
                              for e in events))
        if events and not is_other and not aside and not apart and not met and not fresh and (
            not fresh_owner) and not beside and (
            known or same_head or not proper and latest
        ):
            target = (known or same_head or latest)[-1]
            if (not target.proper and not proper and heads.get(id(target)) in _PARTS
                    and tok.lower_ not in _PARTS and not key.startswith(("press ", "side "))):
                # "the morning pledging session ... the pledging conference": the session is
                # a part of the conference, the event the report is about
                target.event.name, heads[id(target)] = name, key
                target.event.type = _head_type(tok, lex) or target.event.type
            if not (tok.dep_ in ("pobj", "dobj") and tok.head.lower_ in _AFTER):
                # ("Following the signing, the delegations met": a time, not the signing told)
                target.mentions.append(k)
            target.hosts += [a for a in hosts if a not in target.hosts]
            if proper and heads.get(id(target)) == tok.lower_ and not target.proper:
                target.event.name, target.proper = name, True
            elif proper and heads.get(id(target)) == tok.lower_:
                target.event.name = _whose(target.event.name, name, tok.text)
            elif not proper and not target.proper and heads.get(id(target)) == key and (
                _says_more(name, target.event.name)
            ):
                # "a workshop in X ... a workshop on Y": "on Y" names it (up to a clause the
                # parse may have run into it: "... on Y ended in Marsa on Wednesday")
                target.event.name = re.split(_CLAUSE, name)[0]
            continue
        typ = _head_type(tok, lex) or "Meeting"
        for w in re.findall(r"[a-z]+", name.lower()):
            typ = lex.event_type_hints.get(w, typ)
        main = next((e for e in events if e.event.type != "Signing"), None)
        if main is not None and is_other and main.event.name[:1].isupper():
            other = next(m for m in tok.lefts if m.lower_ in OTHER)
            name, proper = f"{other.text.title()} {main.event.name}", True
        ev = Event(
            id="",
            name=name,
            type=typ,
            date=sentence_date(sents[k], published),
            place=place_of(sents[k]),
        )
        # ("Following the signing, they met": the sentence tells what came after it)
        after = tok.dep_ in ("pobj", "dobj") and tok.head.lower_ in _AFTER
        info = EventInfo(ev, k, tok.i, [] if after else [k], proper, members=met, hosts=hosts)
        if met:
            who = [refs.table.actors[a].name for a in met]  # type: ignore[union-attr]
            ev.name = f"{tok.text[:1].upper()}{tok.text[1:]} with {_and(who)}"
            info.proper = True
        heads[id(info)] = key
        if is_other or aside:
            passing[id(info)] = (refs is not None and not to_come(tok)
                                 and bool(told_hosts(tok, refs)))
        events.append(info)
    _drop_passing(events, passing)
    if refs is not None:
        name_launch(doc, refs, events)
        # (an opening first: "the ceremony" told with it is the opening's, not a signing's)
        add_openings(doc, refs, events, published)
        add_signing(doc, refs, events, published)
        add_meetings(doc, refs, events, published)
        add_body_meetings(doc, refs, events, published)
        add_visits(doc, refs, events, published)
        if not events:
            add_launch(doc, refs, events, published)
        name_from_title(title, events)
        name_from_document_title(title, events, set(lex.event_heads)
                                 | set(event_words()["edition_heads"]))
        name_bare(doc, refs, events)
    _after_main(events, heads)
    for e in events:  # the span of days and the venue the sentences about it state
        fill_event(e.event, [sents[k].text for k in e.mentions], published, lex.venue_words)
    first = next((e for e in events), None)
    if first is not None:
        first.event.place = first.event.place or dateline
        first.event.date = first.event.date or published
    for n, e in enumerate(events, 1):
        e.event.id = f"e{n}"
    return events


def _says_more(name: str, told: str) -> bool:
    """ "Workshop on building national teams" over "Capacity-building workshop": a later
    description of the same gathering that gives its topic, when the one told gave none."""
    return (_TOPIC.search(name) is not None and _TOPIC.search(told) is None
            and len(told.split()) < len(re.sub(r"\s*\([^)]*\)", "", name).split())
            <= _TOPIC_NAME_WORDS
            and not re.search(r"[:;]|\s-\s", name))


_CLAUSE = re.compile(r"\s(?:ended|opened|closed|concluded|began|started|took|was|were|is|are|"
                     r"held|organi[sz]ed|hosted|convened)\s|\s(?:in|at)\s(?=[A-Z])")
_TOPIC_NAME_WORDS = 16  # beyond it a description is a clause, not what a reader calls it
# a topic in a description (not "Meeting on October 16", "on Friday": when, not what)
_TOPIC = re.compile(r"\b(?:on|about|against|for)\s+(?!(?:the\s+)?\d)(?!(?:the\s+)?(?:(?:Mon|Tues|"
                    r"Wednes|Thurs|Fri|Satur|Sun)day|January|February|March|April|May|June|"
                    r"July|August|September|October|November|December)\b)")


def _last_told(e: EventInfo, k: int) -> int:
    """The latest sentence up to ``k`` that tells of the gathering."""
    return max([m for m in e.mentions if m <= k] or [e.sent])


def _apposed(tok: Token, events: list[EventInfo], k: int) -> EventInfo | None:
    """ "for the National Dialogue on X, a one-day meeting at the Y Centre": an indefinite head
    set off by a comma right after the name of a gathering just told describes that gathering
    (the parser may not hang it there); not one of a list ("the Summit, a workshop and a
    dinner")."""
    doc = tok.doc
    first = tok.left_edge
    if first.lower_ not in ("a", "an") or first.i < 2 or doc[first.i - 1].text != ",":
        return None
    if tok.dep_ == "conj" or any(c.dep_ == "conj" for c in tok.children):
        return None
    last = next((e for e in reversed(events) if e.sent == k and e.head < first.i), None)
    if last is None or not last.proper:
        return None
    between = doc[last.head + 1 : first.i - 1]
    if any(t.pos_ in ("VERB", "AUX") or t.text in (",", ";", "(") for t in between):
        return None
    return last


def _owner_of_head(tok: Token, lex: Lexicon) -> bool:
    """ "the 15th meeting of the Conference of the Parties": a head word in the body whose
    gathering another head names is that body, not a gathering of its own."""
    node = tok
    while node.dep_ in ("compound", "flat", "appos") and node.head.i != node.i:
        node = node.head
    of = node.head if node.dep_ == "pobj" else None
    if of is None or of.lower_ != "of" or not _is_head(of.head, lex):
        return False
    # (not across a line: "## A conference of renewal / The 11th Conference of X" is a heading
    # the parser ran into the sentence)
    return "\n" not in tok.doc[of.head.i : tok.i].text


def _whose(told: str, again: str, head: str) -> str:
    """ "their 26th Ordinary Assembly in Dakar" then "the Assembly of Health Ministers of X":
    the edition told first, whose it is told next -> "26th Ordinary Assembly of Health
    Ministers of X"."""
    at, tail = told.rfind(head), again.find(f"{head} of ")
    if at < 0 or tail < 0 or " of " in told:
        return told
    return told[:at] + again[tail:]


def _after_main(events: list[EventInfo], heads: dict[int, str]) -> None:
    """ "Joint press conference" alone tells one press conference from no other: a press
    conference the report names by its head word and modifiers only is the one after the
    gathering it reports on ("Joint press conference after the 12th Ministerial Meeting of the
    X Council"), as a reader names it."""
    for e in events:
        if not heads.get(id(e), "").startswith("press ") or e.proper:
            continue
        # the gathering told before it, when the report names it by more than its head word
        main = next((m for m in events if m.sent < e.sent
                     and not heads.get(id(m), "").startswith("press ")), None)
        if main is None or not 2 <= len(main.event.name.split()) <= 8:
            continue  # (a long title would drown what the press conference is called)
        part = re.search(r"\b(?:after|at|following) the (?:closing|opening|final) (?:session|"
                         r"ceremony|sitting)$", e.event.name)
        if part is not None:  # "after the closing session": a part of the gathering, told whose
            told = main.event.name
            if len(told.split()) > 1 and told.split()[1][:1].islower():
                told = told[:1].lower() + told[1:]  # ("Annual review meeting": a description)
            e.event.name, e.proper = f"{e.event.name} of the {told}", True
            continue
        if re.search(r"\b(?:after|of|on|at|about|following)\b", e.event.name):
            continue  # it says what it follows or is about
        e.event.name = f"{e.event.name} after the {main.event.name}"
        e.proper = True


def _drop_passing(events: list[EventInfo], passing: dict[int, bool]) -> None:
    """A gathering told in passing that nothing more is said of (no host told, no later
    sentence about it) is no event, when the report tells of another."""
    gone = [e for e in events if id(e) in passing and not passing[id(e)]
            and len(set(e.mentions)) <= 1 and not e.members]
    if len(gone) < len(events):
        for e in gone:
            events.remove(e)


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




# heads a press conference is told by again: "the briefing", "the same conference"
_PRESS_HEADS = {"briefing", "conference"}

# prepositions whose object gathering only dates the sentence: "after the signing, they met"
_AFTER = {"after", "following", "before", "since"}

# heads that name a part of a gathering rather than a gathering of its own
_PARTS = {"session", "sessions"}


def _and(names: list[str]) -> str:
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


def _met_with(tok: Token, refs: Refs, events: list[EventInfo]) -> list[str]:
    """ "their meeting with President X", "a meeting with the Board": the actors a later head
    says the gathering was with, when no event told yet has them as members; the people
    among them (or the bodies, when no person is named)."""
    found: list[str] = []
    for prep in tok.rights:
        if prep.dep_ == "prep" and prep.lower_ == "with":
            found += refs.actors_in(prep.subtree)
    if not found or any(a in e.members or a in e.hosts for e in events for a in found):
        return []
    people = [a for a in found if refs.table.actors[a].type == "Person"]
    return people or found

