"""The name of a gathering a report tells of: its proper name ("the 7th Regional Conference on
X"), a quoted title ("a seminar entitled "Y""), or a description made of the head word, its
modifiers and its topic ("regional workshop on Z", "54th meeting of the W Cluster")."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from kg.extract.event_owners import is_ordinal
from kg.extract.parsed import text as doc_text
from kg.extract.refs import Refs
from kg.extract.spans import ends_name

OTHER = {
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
# participles that give the occasion a gathering is held for
_MARKING = {"marking", "celebrating", "commemorating", "observing", "honouring", "honoring"}
# "a two-week course", "a day-long seminar": how long it lasted, no part of what it is called
_DURATIONS = ("day", "week", "month", "hour")
_SKIP_MODS = {"two-day", "one-day", "three-day", "day-long", "daylong", "this", "that", "such",
              "separate", "short", "brief"}


def proper_run(doc: Doc, tok: Token) -> Span | None:
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
            # "the 74th Greater Horn of Africa Climate Outlook Forum": "of" between capitals
            or doc[i - 1].lower_ == "of" and i > 1 and doc[i - 2].text[:1].isupper()
            and not doc[i - 2].is_sent_start and doc[i].text[:1].isupper()
            # "the National Road Safety Stakeholders' Conference", "Nordic Ombudsmen's
            # Meeting": a plural's possessive inside the name (not "Kenya's National Assembly")
            or _plural_possessive(doc, i - 1)
        )
        and not doc[i - 1].is_sent_start
        and doc[i - 1].lower_ not in ("the",)
    ):
        i -= 1
    j = tok.i + 1
    while j < len(doc):
        if _broken(doc, j):
            break
        if doc[j].text[:1].isupper() or _ELIDED.match(doc[j].text):  # "Côte d'Ivoire"
            j += 1
        elif hyphened(doc, j):  # "Asia-Pacific", "French-speaking States": one word
            j += 2
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
    if 0 < i < tok.i and hyphened(doc, i):  # "Sixty-Sixth Ordinary Session" opening a line
        i -= 1
    while i < tok.i and doc[i].text == "-":  # "ISLAMABAD - Meeting on Friday": a dateline's dash
        i += 1
    return doc[i:j]


def _broken(doc: Doc, j: int) -> bool:
    """Does a line break or a new sentence come before token ``j`` (a name goes on in one
    line: "... workshop for small firms in Nairobi" above "The International Organization")?"""
    return doc[j].is_space or doc[j].is_sent_start or "\n" in doc[j - 1].whitespace_ or (
        doc[j - 1].is_space and "\n" in doc[j - 1].text)


def _plural_possessive(doc: Doc, i: int) -> bool:
    if i < 1 or doc[i].tag_ != "POS" or not doc[i - 1].text[:1].isupper():
        return False
    return doc[i].text in ("'", "’") or doc[i - 1].lower_.endswith(("men", "children",
                                                                      "people"))


# a lower-case particle elided onto a capitalized word inside a name: "d'Ivoire", "l'Union"
_ELIDED = re.compile(r"[dl]['’][A-ZÀ-Ý]")


def hyphened(doc: Doc, j: int) -> bool:
    """ "Asia-Pacific", "French-speaking": a hyphen at ``j`` written without spaces between two
    words joins them into one word of the name (the tokenizer splits it in three)."""
    return (
        0 < j < len(doc) - 1
        and doc[j].text in ("-", "‐", "‑")
        and not doc[j - 1].whitespace_
        and not doc[j].whitespace_
        and doc[j + 1].is_alpha
    )


def _descriptive(doc: Doc, tok: Token, refs: Refs | None = None) -> str:
    start = tok.i  # the modifiers right before the head: "regional", "training", "joint"
    while (  # "emergency ministerial-level meeting": modifiers of the head or of its modifiers
        start > 0
        and (
            doc[start - 1].dep_ in ("amod", "compound", "nmod", "conj", "cc")
            # "COP27 climate conference", "G20 summit": a name with its number is a modifier
            and (doc[start - 1].is_alpha or re.fullmatch(r"[A-Z]+\d+", doc[start - 1].text))
            or doc[start - 1].text == "-" and start - 1 > 0 and doc[start - 2].is_alpha
            or re.fullmatch(r"\d+(?:st|nd|rd|th)", doc[start - 1].text) is not None  # "54th"
        )
        and (not doc[start - 1].is_upper  # "ISLAMABAD - Meeting": a dateline
             or re.fullmatch(r"[A-Z]+\d+", doc[start - 1].text) is not None)
        and (start <= doc[start - 1].head.i <= tok.i or _joined(doc[start - 1], tok))
        and doc[start - 1].lower_ not in _SKIP_MODS | OTHER
        and doc[start - 1].tag_ != "JJS"  # "the largest rescue exercise": praise, not its name
        # "the 5 July closing session" (not "its 17th meeting", "its annual assembly", which
        # the tagger can also call dates)
        and (doc[start - 1].ent_type_ not in ("DATE", "TIME") or is_ordinal(doc[start - 1])
             or doc[start - 1].lower_ in ("annual", "biennial"))
        and not any(d in doc[start - 1].lower_ for d in _DURATIONS)
    ):
        start -= 1
    if doc[start].text == "-":
        start += 1
    end = tok.i + 1
    hung = False  # the topic found next to the head, not under it
    dated, nxt = False, None  # a date between the head and its topic
    for r in tok.rights:
        if r.dep_ == "acl" and r.lower_ in _MARKING:
            # "a discussion marking the International Day against X": the occasion names it
            end = r.right_edge.i + 1
            while end > r.i + 1 and doc[end - 1].is_punct:
                end -= 1
            head = doc[start : tok.i + 1].text
            return f"{head[:1].upper()}{head[1:]} {doc[r.i : end].text}"
        if r.dep_ == "prep" and r.lower_ in ("on", "against", "of", "about", "for", "after"):
            if any(g.ent_type_ in ("DATE", "TIME") or g.lower_ == "time" for g in r.children):
                break  # "Meeting on Friday", "meeting for the first time": when, not what
            body = _body_of(r, refs)
            if body:  # "the 54th meeting of the Water, Sanitation and Hygiene (WASH) Cluster"
                head = doc[start : tok.i + 1].text
                return f"{head[:1].upper()}{head[1:]} of the {body}"
            end = r.right_edge.i + 1
            break
    else:  # "opened a workshop on X": the parse often hangs the topic on the verb
        nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
        partners = _with_bodies(nxt, refs)
        if partners:
            # "held a round table with the X Association and Y on traceability": with whom
            # and on what (both hung on the verb)
            head = doc[start : tok.i + 1].text
            return f"{head[:1].upper()}{head[1:]} {partners}"
        if nxt is not None and nxt.lower_ == "on" and nxt.dep_ == "prep" and any(
                g.ent_type_ in ("DATE", "TIME") for g in nxt.children):
            # "held a workshop on 25 and 26 September on the national rabies programme": the
            # first "on" says when, the next one what
            after = nxt.right_edge.i + 1
            nxt = doc[after] if after < len(doc) and doc[after].lower_ in ("on", "about") and (
                doc[after].dep_ == "prep") else None
            dated = nxt is not None
        if nxt is not None and nxt.lower_ in ("on", "against", "about") and nxt.dep_ == "prep":
            end, hung = nxt.right_edge.i + 1, True
        purpose = _purpose(tok)
        if purpose is not None and end == tok.i + 1:
            # "held a working meeting to plan the field season": what it was held for
            end, hung = purpose.right_edge.i + 1, True
    parsed_end = end  # the parse can stop a name early: "against X (TIP) and the Smuggling of Y"
    while (
        end < len(doc)
        and end > tok.i + 1
        and not ends_name(doc, end)
        and not _broken(doc, end)  # a heading's last word before the paragraph under it
        and (doc[end].text[:1].isupper() or hyphened(doc, end) and doc[end - 1].is_alpha
             or doc[end].lower_ in ("and", "the", "of", "in", "to", "(", ")")
             # "of the Parties to the Convention on Biological Diversity": a name goes on
             or doc[end].lower_ == "on" and end + 1 < len(doc)
             and doc[end + 1].text[:1].isupper()
             and doc[end + 1].ent_type_ not in ("DATE", "TIME"))
    ):
        end += 2 if hyphened(doc, end) else 1
    while end > parsed_end and not doc[end - 1].text[:1].isupper() and doc[end - 1].text != ")":
        end -= 1
    words = doc[start:end].text
    if dated and nxt is not None:  # (the date left out)
        words = f"{doc[start : tok.i + 1].text} {doc[nxt.i : end].text}"
    words = re.sub(r"\s*\([A-Z][\w.&-]*\)", "", words)
    # a comma before a capital is inside a name: "of the Water, Sanitation and Hygiene Cluster"
    words = re.split(_TOPIC_ENDS if hung else r",(?!\s[A-Z])|\bwhich\b|\bthat\b", words)[0]
    words = re.split(_AUDIENCE, words)[0]
    words = words.strip()
    return words[:1].upper() + words[1:]


def _with_bodies(prep: Token | None, refs: Refs | None) -> str:
    """ "with the X Association and Y on traceability" right after the head: the bodies the
    gathering was held with, and its topic, when the parse hangs them on the verb; "with
    youth groups on learners' voices": with anyone, when a topic follows ("" for "with 40
    participants" alone, or a phrase that names no one)."""
    if prep is None or refs is None or prep.lower_ != "with" or prep.dep_ != "prep":
        return ""
    doc = prep.doc
    end = prep.right_edge.i + 1
    words = doc[prep.i : end].text
    topic = any(t.lower_ in ("on", "about") and t.dep_ == "prep" for t in doc[prep.i : end])
    if end < len(doc) and doc[end].lower_ in ("on", "about") and doc[end].dep_ == "prep" and (
            not any(g.ent_type_ in ("DATE", "TIME") for g in doc[end].children)):
        on, said = doc[end].text, doc[end + 1 : doc[end].right_edge.i + 1].text
        words += f" {on} {re.split(_TOPIC_ENDS, said)[0]}"
        topic = True
    if not topic and not any(refs.by_token.get(t.i) and refs.table.actors[
            refs.by_token[t.i]].type == "Organization" for t in doc[prep.i : end]):
        return ""
    words = re.split(r";|,\s(?=[a-z])", words)[0]  # (a clause after it, not "A, B and C")
    return re.sub(r"\s*\([A-Z][\w.&-]*\)", "", words).strip()


def _purpose(tok: Token) -> Token | None:
    """ "a workshop to review the draft law", "held a meeting to plan the season": the verb of
    the to-clause right after the head, that says what the gathering was for (the parse hangs
    it on the head or on the verb that holds it)."""
    doc = tok.doc
    if tok.i + 2 >= len(doc) or doc[tok.i + 1].lower_ != "to":
        return None
    verb = doc[tok.i + 2]
    if verb.pos_ != "VERB" or verb.tag_ != "VB" or doc[tok.i + 1].head.i != verb.i:
        return None
    if verb.head.i == tok.i or verb.head.i == tok.head.i and verb.dep_ == "advcl":
        return verb
    return None


def _joined(t: Token, head: Token) -> bool:
    """ "the launch and signing ceremony": a word joined by "and" to a modifier of the head
    (the parse hangs "signing" and "and" on "launch")."""
    return t.dep_ in ("conj", "cc") and t.head.head.i == head.i and t.head.i < t.i


def _body_of(prep: Token, refs: Refs | None) -> str | None:
    """ "of the X Council": the body a gathering belongs to, by its name (a name can hold
    commas the description would be cut at)."""
    if refs is None or prep.lower_ != "of":
        return None
    obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
    key = refs.by_token.get(obj.i) if obj is not None else None
    if key is None or refs.table.actors[key].type != "Organization":
        return None
    name = refs.table.actors[key].name
    # the words the text gives the body there, when they say more than the name found for it
    # ("the Water, Sanitation and Hygiene (WASH) Cluster NWFP" where the body's name stops
    # short): the capitalized words from the object on, its acronym in brackets left out
    doc = prep.doc
    start = obj.left_edge.i + (obj.left_edge.lower_ == "the")  # type: ignore[union-attr]
    end = start
    while end < len(doc) and (
        doc[end].text[:1].isupper() or doc[end].text in ("(", ")")
        or doc[end].text in (",", "and", "of", "&") and end + 1 < len(doc)
        and doc[end + 1].text[:1].isupper()
    ):
        end += 1
    said = re.sub(r"\s*\([A-Z][\w.&-]*\)", "", doc[start:end].text).strip()
    if name in said and len(said) > len(name):
        return said
    return name


# where a topic found next to the event's head ends, as the parse does not say: a clause, who
# attended, where, when, by whom ("a workshop on X for 40 prosecutors from the regions", "a
# seminar on Y in Lima organised by Z")
_TOPIC_ENDS = re.compile(
    r",|;|\b(?:which|that|who|where|when)\b|\s(?:in|at|from|with|by|during|under|between)\s"
    r"|\sfor\s+(?:\d|some|about|more|over|around|nearly|almost|officials|officers|participants)"
    r"|\s(?:organi[sz]ed|held|hosted|convened|jointly)\b"
)


# who a gathering was for, not what it was on: "a press briefing for journalists from the region"
_AUDIENCE = re.compile(r"\s(?:for|with)\s+(?:the\s+)?(?:journalists|reporters|press|media|"
                       r"correspondents|newsmen)\b")


_TITLED = r"[^.“\"‘]{0,80}?\b(?:entitled|titled|called)\s*[:,]?\s*|\s*,\s*(?=[“\"‘'])"
# a title in double quotes, or in single ones closed before a space or a stop (an apostrophe
# inside, as in "Malaysia's", does not close it)
_QUOTED = r"(?:[“\"]([^”\"]{3,200})[”\"]|[‘']([^\n]{3,200}?)[’'](?=[\s,.;:)]|$))"


def quoted_after(text: str, pos: int) -> str | None:
    m = re.match(rf"(?:{_TITLED}){_QUOTED}", text[pos:]) or re.match(
        # "a workshop held under the project "X"": what the gathering is for, by its title
        rf"\s*(?:on|entitled|titled|themed|called|under the theme"
        rf"|held under the (?:project|programme|program|theme|banner|title))\s*[:,]?\s*{_QUOTED}",
        text[pos:],
    )
    return (m.group(1) or m.group(2)).strip() if m else None


def _past_acronym(doc: Doc, run: Span, refs: Refs | None) -> Span:
    """ "the 28th Conference of the World Organisation for Animal Health (WOAH) Regional
    Commission for the Americas": a name that goes on after a body's acronym in brackets with
    the name of another body (a unit of the first, whose gathering it is) runs to the end of
    that body's name, not to the bracket."""
    end = run.end
    if refs is None or end + 3 >= len(doc) or doc[end].text != "(" or doc[end + 2].text != ")":
        return run
    key = refs.by_token.get(end + 3)
    if not doc[end + 1].is_upper or key is None or refs.by_token.get(end + 1) == key or (
        refs.table.actors[key].type != "Organization"
    ):
        return run
    stop = end + 3
    while stop < len(doc) and refs.by_token.get(stop) == key and not ends_name(doc, stop):
        stop += 1
    while stop > end + 4 and not doc[stop - 1].text[:1].isupper():
        stop -= 1
    return doc[run.start : stop]


def name_of(doc: Doc, tok: Token, refs: Refs | None = None) -> tuple[str, bool]:
    """The event's name, and whether it is a proper name (kept without a year)."""
    run = proper_run(doc, tok)
    if run is not None and len(run) > 1:
        return _past_acronym(doc, run, refs).text, True
    quoted = quoted_after(doc_text(doc), tok.idx + len(tok))
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
    described = _descriptive(doc, tok, refs)
    # "COP27 climate conference": a description led by the gathering's own numbered name
    return described, re.match(r"[A-Z]+\d+\b", described) is not None

