"""More shapes of posts, each a small function over the text and the report's mentions:

- honorifics of any language between a title and a name ("the president of the Red Cross,
  Lic. X", "UTE's chair, **Ing. X**"): a short capitalized word ending in a stop;
- "the Institute (KITLV), whose director, Prof. X, said": the body named before "whose";
- a unit inside the title ("Chief of the Water Section of the Lakeland Agency", "commander of
  the Navy's Second Fleet", "head of the institute's seed unit"): the title keeps the unit, the
  body is the one that holds it;
- a portfolio the model took for a body ("EASA's Head of International Cooperation, Ms. X"):
  a name with no head word, between a title and its holder, when another body is the owner;
- "X, who chaired the session as President of the Council": the title taken "as".
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from kg.extract.actors import ActorTable, fold
from kg.extract.lexicon import Lexicon
from kg.extract.mentions import Mention
from kg.extract.people import ranks
from kg.extract.spans import HONORIFICS

# "Lic.", "Licda.", "Ing.", "Arq.", "Abog.", "Dra.", "Pr.", "M.", "Eng.": an abbreviated
# honorific (a person's initial belongs to the name's mention, so never stands in a gap)
_ABBREVIATED = re.compile(r"[A-Z][a-z]{0,5}\.")


def honorific(word: str) -> bool:
    """Is a word of the gap between a title and a name an honorific, a rank ("the Governor of
    the Province, General X") or markdown emphasis?"""
    w = word.strip("*_")
    return not w or w in HONORIFICS or w in ranks() or bool(_ABBREVIATED.fullmatch(w))


# units of a body: inside a title they belong to the title, not to an organization of their own
_UNITS = r"(?:Section|Unit|Division|Branch|Desk|Department|Directorate|Centre|Center|Office|Zone)"
_UNIT_OF = re.compile(
    rf"^(?:the\s+)?((?:[A-Z][\w,&-]*\s+){{1,6}}{_UNITS})\s+(?:of|at)\s+(?:the\s+)?(.+)$"
)


def named_actor(table: ActorTable, name: str) -> str | None:
    """The organization the report names ``name`` (by name or alias), if one."""
    key = fold(name)
    for a in table.actors.values():
        if a.type == "Organization" and (
            fold(a.name) == key or any(fold(x) == key for x in a.aliases)
        ):
            return a.id
    return None


def unit_of(org: Mention, table: ActorTable) -> tuple[str, str] | None:
    """("the Water Section", the Lakeland Agency's actor) when a body's name is a unit of
    another body the report names ("Water Section of the Lakeland Agency")."""
    m = _UNIT_OF.match(org.text)
    if m is None:
        return None
    owner = named_actor(table, m.group(2))
    return ("the " + m.group(1), owner) if owner and owner != org.actor else None


# "of the Navy's Second Fleet", "of the institute's genetic resources center": a unit of a
# body in the possessive, up to a comma or the end of the clause
_OWNED_UNIT = re.compile(r"['’]s\s+((?:[\w-]+\s+){0,5}?[\w-]+)(?=\s*(?:[,;.]|$|\s+(?:and|who)\b))")
_OF_THE = re.compile(r"\s+of\s+(?:the\s+)?")


def possessed_unit(
    text: str, end: int, orgs: Sequence[Mention]
) -> tuple[Mention | None, str, int, str] | None:
    """After a title at ``end``: "of the Navy's Second Fleet" -> (the Navy's mention, "the
    Second Fleet", where it ends, ""), or "of the institute's seed unit" -> (None, "the Seed
    Unit", end, "institute") for a body named by its head word."""
    m = _OF_THE.match(text, end)
    if m is None:
        return None
    at = m.end()
    org = next((o for o in orgs if o.start == at), None)
    if org is not None:
        u = _OWNED_UNIT.match(text, org.end)
        if u:
            return org, "the " + _capitalized(u.group(1)), u.end(), ""
        return None
    h = re.match(r"([a-z]+)" + _OWNED_UNIT.pattern, text[at : at + 80])
    if h and h.group(1) not in ("country", "nation", "state", "city", "region"):
        return None, "the " + _capitalized(h.group(2)), at + h.end(), h.group(1)
    return None


_SMALL = {"of", "and", "for", "to", "in", "on", "the", "at", "a", "an"}


def _capitalized(words: str) -> str:
    """Words of a title written as a title: "genetic resources center" -> "Genetic Resources
    Center"; small words lowercase ("Ambassador of the Republic of Korea to Chile")."""
    return " ".join(w.lower() if w.lower() in _SMALL else w[:1].upper() + w[1:]
                    for w in words.split())


def weak_body(org: Mention, table: ActorTable, lex: Lexicon) -> bool:
    """A "body" with no head word at its end and no acronym, which in a title's "of" is a
    portfolio: "International Cooperation", "Communications", "Environmental Management"."""
    if org.actor is None:
        return True
    actor = table.actors[org.actor]
    words = org.text.split()
    return (
        len(words) <= 3
        # "International Cooperation": "International" alone makes no body
        and not any(w in lex.org_heads for w in words if w not in ("International", "National"))
        and not any(x.isupper() for x in actor.aliases)
        and not org.text.isupper()
        and org.text[:1].isupper()
    )


def _unit_like(org: Mention, table: ActorTable) -> bool:
    """A short name with no acronym that may be a unit of a body ("Meteorological Services",
    "Communications Unit"), read as one only after the body's possessive."""
    actor = table.actors.get(org.actor or "")
    return (len(org.text.split()) <= 4 and not org.text.isupper()
            and not (actor and any(x.isupper() for x in actor.aliases)))


_WHOSE = re.compile(r"^\)?\s*(?:\([^)]*\)\s*)?,\s*whose\s+$")


def whose_body(text: str, t_start: int, orgs: Sequence[Mention], last_org) -> Mention | None:
    """ "the Kessler Institute (KICS), whose director, Prof. X": the body before "whose"."""
    before = text[max(0, t_start - 60) : t_start]
    if not before.rstrip().endswith("whose"):
        return None
    cut = max(0, t_start - 60) + before.rfind(",")
    org = last_org(cut)
    if org is None or not _WHOSE.match(text[org.end : t_start]):
        return None
    return org


# "as President", "as the first woman President" (not "as well as President X")
_AS = re.compile(r"(?<!\bwell\s)\bas\s+(?:(?:the|an?)\s+(?:[a-z-]+\s+){0,3})?$")


def taken_as(text: str, t_start: int) -> bool:
    """Is the title taken "as" ("who chaired the session as President of the Council")?"""
    return bool(_AS.search(text[max(0, t_start - 40) : t_start]))


_ITS_UNIT = re.compile(rf"\s+of\s+its\s+((?:[A-Z][\w-]*,?\s+(?:and\s+)?){{0,6}}{_UNITS})\b")
_LINKED = re.compile(r"\s+(?:of|for)\s+(?:the\s+)?")
_BARE_AFTER = re.compile(r"\s*,?\s*")  # "X, Secretary LCB, said": the body may follow bare
_CLAUSE_END = re.compile(r"\s*(?:\([^)]*\)\s*)?(?:[,.;:+\n]|$)")


def reshape(
    text: str,
    span: tuple[int, int],
    title: str,
    org: Mention | None,
    orgs,
    table: ActorTable,
    lex: Lexicon,
    holder_before: bool,
    by_head,
    its,
) -> tuple[str, Mention | None]:
    """The title and body of a post once its holder is known, for the shapes above. ``span``:
    where the title starts and (with its portfolio) ends; ``orgs``: the report's bodies
    (:class:`Sorted`); ``holder_before``: the name stands before the title ("X, Head of ...")."""
    start, end = span
    own = _ITS_UNIT.match(text, end)
    if own is not None:  # "the Director of its Fisheries Division, Dr. X"
        body = its(text, own.start(1), orgs.items)
        if body is not None:
            return f"{title} of the {own.group(1)}", body
    owned = possessed_unit(text, end, orgs.items)
    if owned is not None:  # "commander of the Navy's Second Fleet"
        body, unit, _, head = owned
        if body is None:
            body = by_head(head, start, orgs.items, table)
        if body is not None:
            return f"{title} of {unit}", body
    if org is None and holder_before:  # "X, Head of Communications, Norland Water Office"
        link = _LINKED.match(text, end)
        weak = orgs.at(link.end()) if link else None
        at = weak.end if weak is not None and weak_body(weak, table, lex) else end
        comma = _BARE_AFTER.match(text, at)
        strong = orgs.at(comma.end()) if comma else None
        if strong is not None and _CLAUSE_END.match(text, strong.end):
            extra = f" of {weak.text}" if weak is not None and at != end else ""
            return title + extra, strong
    if org is not None and (weak_body(org, table, lex) or _unit_like(org, table)):
        link = _LINKED.match(text, end)
        owner = _possessive_owner(text, start, orgs)
        if link and link.end() == org.start and owner is not None:
            # "EASA's Head of International Cooperation", "the Agency's Director of
            # Meteorological Services": a part of the body in the possessive
            return f"{title} {text[end:link.end()].split()[0]} {org.text}", owner
    if org is None:  # "the Kessler Institute (KICS), whose director, Prof. X"
        org = whose_body(text, start, orgs.items, orgs.last_until)
    return title, org


def held_unit(
    text: str, end: int, title: str, org: Mention | None, table: ActorTable
) -> tuple[str, Mention | None]:
    """ "Chief of the Water Section of the Lakeland Agency": the unit goes to the title (when
    it follows it), the post to the body that holds the unit."""
    held = unit_of(org, table) if org is not None else None
    if org is None or held is None:
        return title, org
    inside = re.fullmatch(r"\s+(?:of|at)\s+(?:the\s+)?", text[end : org.start])
    owner = Mention(org.start, org.end, org.text, "Organization", actor=held[1])
    return (f"{title} of {held[0]}" if inside else title), owner


def _possessive_owner(text: str, start: int, orgs) -> Mention | None:
    """The body whose possessive stands right before a title ("EASA's Head ...")."""
    last = orgs.last_until(start)
    # "the AEC's First Assistant Commissioner": an ordinal may open the title
    if last is not None and re.fullmatch(r"['’]s\s+(?:(?:First|Second|Third)\s+)?",
                                         text[last.end : start]):
        return last
    return None


# "head of Mongolia office, Mr. X", "director of programmes, Dr. X": the words of a
# portfolio up to the comma before the holder's name (honorifics only after the comma)
_RUNNING = re.compile(r"\s+(of|for)\s+((?:[\w'’-]+\s+){0,5}?[\w'’-]+)\s*,((?:\s*\S+)*)\s*")
_NOT_PORTFOLIO = {"which", "who", "whose", "and", "or", "said", "was", "is", "has", "had", "will"}


def running_portfolio(text: str, end: int, stop: int) -> tuple[str, int] | None:
    """The portfolio after a title that runs up to the comma before its holder's name, and
    where it ends; None when the words look like a clause rather than a field."""
    m = _RUNNING.fullmatch(text, end, stop)
    if m is None or not all(honorific(w) for w in m.group(3).split()):
        return None
    words = m.group(2).split()
    if any(w.lower() in _NOT_PORTFOLIO or any(c.isdigit() for c in w) for w in words):
        return None
    return f"{m.group(1)} {_capitalized(m.group(2))}", m.start(2) + len(m.group(2))


_COUNTRY_OF = re.compile(r"^\s+of\s+(?:the\s+)?([A-Z][\w-]*(?:\s+[A-Z][\w-]*)*)(?=\s*,)")


def holder_gap(gap: str, lex: Lexicon) -> str:
    """The text between a name and the title after it, less what only qualifies the name: a
    closing bracket ("Sam Oduya (S. Oduya), chief executive ...") and the holder's country
    ("Joseph Berne of Switzerland, President of the Assembly")."""
    if gap.startswith(")"):
        gap = gap[1:]
    m = _COUNTRY_OF.match(gap)
    if m and m.group(1) in lex.countries:
        gap = gap[m.end() :]
    return gap


_TWO_TITLES = re.compile(r",\s*(?:the\s+)?([^,;()]+?)\s+and\s+(?:the\s+)?(.*?)\s*")


def second_title(gap: str, start: int, orgs, lex: Lexicon) -> tuple[Mention | None] | None:
    """Is ``gap``, between a name and a title at ``start``, a first title and "and" ("X,
    Director of A and Chair of B", "X, CEO of A and the B Board Member")? Then (the body
    named before the second title, if any)."""
    m = _TWO_TITLES.fullmatch(gap)
    if m is None or not lex.title_re.match(m.group(1)):
        return None
    if not m.group(2):
        return (None,)
    last = orgs.last_until(start)
    if last is not None and " ".join(m.group(2).split()) == " ".join(last.text.split()):
        return (last,)
    return None


_AND_BODY = re.compile(r"\s*(?:\([^)]*\))?\s+and\s+(?:the\s+)?")
_BODY_END = re.compile(r"\s*(?:\([^)]*\))?\s*(?:[,.;]|$|(?:for|in|to|on)\b)")


def and_body(text: str, end: int, org: Mention | None, orgs) -> Mention | None:
    """ "the Joint Special Representative of UNHCR and IOM for ...": the second body of a
    title held of two, when the title (ending at ``end``) links to the first."""
    if org is None or not re.fullmatch(r"\s+(?:of|at)\s+(?:the\s+)?", text[end : org.start]):
        return None
    m = _AND_BODY.match(text, org.end)
    second = orgs.at(m.end()) if m else None
    if second is None or second.actor == org.actor or not _BODY_END.match(text, second.end):
        return None
    return second


def its_unit_before(text: str, end: int, name_start: int) -> bool:
    """Is the text from a title to its holder's name a unit of "its" body, a comma and
    honorifics ("Director of its Fisheries Division, Dr. X")?"""
    m = _ITS_UNIT.match(text, end)
    if m is None or m.end() > name_start:
        return False
    rest = text[m.end() : name_start].split()
    return bool(rest) and rest[0].startswith(",") and all(
        honorific(w) for w in [rest[0][1:], *rest[1:]])


def bracketed_titles(text: str, end: int, title_re: re.Pattern[str]) -> list[tuple[int, int]]:
    """The titles a bracket right after a name gives, as in a list of those present ("Prof. X
    (President of the Council, Rector of the University of Y), Dr. Z (Secretary)"): where each
    item of the bracket that opens on a title starts and ends. Brackets inside ("of the Agency
    (AGA)") are kept; an item that is not a title ("representing the Rector") gives nothing."""
    m = re.match(r"[ \t]*\(", text[end : end + 3])
    if m is None:
        return []
    depth, k, stop = 1, end + m.end(), min(len(text), end + 400)
    items, begin = [], k
    while k < stop and depth:
        c = text[k]
        if c == "\n":
            return []
        depth += (c == "(") - (c == ")")
        if depth == 1 and c in ",;" or depth == 0:
            items.append((begin, k))
            begin = k + 1
        k += 1
    if depth:
        return []
    out = []
    for s, e in items:
        lead = re.match(r"\s*(?:the\s+)?", text[s:e])
        at = s + (lead.end() if lead else 0)
        t = title_re.match(text, at, e)
        if t is not None and t.start() == at:
            out.append((t.start(), t.end()))
    return out


# a unit named first, then the body that holds it: "Director of the Division of Marine Safety
# at the Maritime Agency" (not "Department", "Office": often bodies of their own)
_UNIT_FIRST = re.compile(r"(?:the\s+)?(?:(?:Division|Section|Unit|Branch|Directorate|Desk)\b"
                         # a board with no name of its own: "President of the Board of
                         # Directors of the Agency" holds the post in the agency
                         r"|(?:Board\s+of\s+(?:Directors|Trustees|Governors)|Governing\s+Board"
                         r"|Executive\s+Board)$)")
_HELD_AT = re.compile(r"\s*(?:\([^)]*\))?\s+(?:at|of|in)\s+(?:the\s+)?")
_UNIT_LAST = {"Division", "Section", "Unit", "Branch", "Desk", "Department", "Services"}
_HELD_ONLY_AT = re.compile(r"\s*(?:\([^)]*\))?\s+at\s+(?:the\s+)?")


def unit_at(
    text: str, end: int, title: str, org: Mention | None, orgs
) -> tuple[str, Mention] | None:
    """ "Director of the Division of Marine Safety at the Maritime Agency": the unit goes to
    the title, the post to the body after it. ``end``: where the title ends; ``orgs``: the
    report's bodies (:class:`Sorted`). A name ending in a unit's word is one too when "at"
    follows it: "Chief of the Storm Services Division at the Agency" (not "Director of the
    Judicial Institute at the University", a body of its own)."""
    if org is None or not re.fullmatch(r"\s+of\s+(?:the\s+)?", text[end : org.start]):
        return None
    if _UNIT_FIRST.match(org.text):
        m = _HELD_AT.match(text, org.end)
    else:
        m = _HELD_ONLY_AT.match(text, org.end) if org.text.split()[-1] in _UNIT_LAST else None
    owner = orgs.at(m.end()) if m else None
    if owner is None or owner.actor == org.actor:
        return None
    return f"{title} of the {org.text}", owner


# "the two co-facilitators of the Partnership (CBFP), Dr. A and Mr. B": a title in the plural
_PLURAL_BEFORE = re.compile(r"\b([A-Za-z][\w-]*(?:\s+[A-Za-z][\w-]*)?)s\s+(?:of|at)\s+(?:the\s+)?$")
_LIST_OPEN = re.compile(r"\s*(?:\([^)]*\))?\s*,\s*")
_LIST_NEXT = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)")


def plural_holders(text: str, org: Mention, people, title_re: re.Pattern[str]):
    """The title (singular, as written) and the people who hold it, for a title in the plural
    before a body, then the holders' names ("the co-chairs of the Forum, A and B")."""
    m = _PLURAL_BEFORE.search(text, max(0, org.start - 60), org.start)
    if m is None:
        return None
    # the longest tail of the words that is a title: "two co-facilitators" -> "co-facilitator"
    words = m.group(1).split()
    title = next((" ".join(words[k:]) for k in range(len(words))
                  if title_re.fullmatch(" ".join(words[k:]))), None)
    opened = _LIST_OPEN.match(text, org.end)
    if title is None or opened is None:
        return None
    holders, at = [], opened.end()
    for p in people.within(at, at + 300):
        if not all(honorific(w) for w in text[at : p.start].split()):
            break
        holders.append(p)
        step = _LIST_NEXT.match(text, p.end)
        if step is None:
            break
        at = step.end()
    return (title, holders) if len(holders) > 1 else None
