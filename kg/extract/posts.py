"""Posts: a person holds a title in an organization, in the shapes news copy uses.

- title, organization, name: "Director General Federal Investigation Agency (FIA) Ahmad
  Ishaq Jahangir"
- organization, title, name: "US Embassy Deputy Chief of Mission Andrew Schoofer", "FIA DG Jahangir"
- name, title of organization: "Adil Al-Agib, Deputy Director of the Sudan Police Forces"
- name, organization's title: "Mira Sorvino, UNODC's Goodwill Ambassador"
- name, who heads organization: "Helga Konrad, who coordinates the task force"
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from kg.extract.actors import ActorTable, content_words
from kg.extract.governments import country_named, is_country
from kg.extract.lexicon import Lexicon, derived, full_title
from kg.extract.mentions import Mention, TitleMatch
from kg.extract.post_orgs import (
    by_head,
    government_of,
    head_possessive,
    infer_organizations,
    its_body,
)
from kg.extract.post_shapes import (
    and_body,
    bracketed_titles,
    held_unit,
    holder_gap,
    honorific,
    its_unit_before,
    plural_holders,
    reshape,
    running_portfolio,
    second_title,
    taken_as,
    unit_at,
)
from kg.extract.rosters import find_rosters
from kg.extract.sorted_spans import Sorted
from kg.extract.spans import HONORIFICS
from kg.model import Evidence, Post

_PAST = re.compile(r"^(?:Former|Ex-|Erstwhile)\b", re.I)
_PAST_BEFORE = re.compile(r"\b(?:former|then|ex|erstwhile|outgoing|late)[\s-]+$", re.I)
_GAP_WORDS = {"the", "of", "", *HONORIFICS}
# a place's possessive between a link and the body: "Director-General of Malawi's Bureau"
_POSSESSOR = r"(?:[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?['’]s\s+)?"
# a compound modifier before a body's name: "of the state-owned X", "at the Oslo-based Y"
_HYPHENED = r"(?:\w+-[a-z]+\s+)?"
_LINKS = r"(?:of|at|to|in|with|for|heading|leading|who\s+heads|who\s+leads)"
_HEADS = {
    "heads": "Head",
    "leads": "Head",
    "chairs": "Chair",
    "coordinates": "Coordinator",
    "directs": "Director",
    "runs": "Head",
    "manages": "Manager",
}
# "<Body> re-elected [Nigeria's] [Chief] X as president": the body that chose gives the post
_CHOSE = re.compile(r"\b(?:re-?elected|elected|appointed|named)\s+(?:[A-Z][\w-]*['’]s\s+)?"
                    r"(?:[A-Z][\w.]*\s+)?$")
_CHOSE_AS = re.compile(r"\s+as\s+(?:its\s+|the\s+)?(?:new\s+)?"
                       r"([A-Za-z][\w-]*(?:\s+[A-Za-z][\w-]*)?)(?=[\s,.;])")
# "who heads the press unit at the X": a unit in lowercase, then the body it belongs to
_UNIT_AT = re.compile(r"((?:[a-z][\w-]*\s+){1,3})(?:at|of|in)\s+(?:the\s+)?")
# ", headed by Dr X": a body, then the person at its head (not "co-chaired by", a meeting's)
_HEADED = {"headed": "Head", "led": "Head", "chaired": "Chair"}
_HEADED_BY = re.compile(r",\s*(?:which\s+(?:is|was)\s+)?(headed|led|chaired)\s+by\s+"
                        r"(?:(?:[A-Z][\w'’-]*\.?|the|of)\s+)*$")
# ", who chairs the X", ", the British lawyer who chairs the X": a short description may come first
_WHO = re.compile(r",\s*(?:(?:the|an?)\s+(?:[\w'’-]+\s+){1,4}?)?who\s+(?:now\s+|currently\s+)?("
                  + "|".join(_HEADS) + r")\s+(?:the\s+)?")


def _clean_gap(gap: str, spans: Sequence[Mention | TitleMatch], base: int) -> str:
    for o in spans:
        s, e = o.start - base, o.end - base
        if 0 <= s and e <= len(gap):
            gap = gap[:s] + " " * (e - s) + gap[e:]
    return _ACRONYM_PARENS.sub(" ", gap)


_ACRONYM_PARENS = re.compile(r"\(\s*(?:[A-Z][\w.&-]*)?\s*\)")  # "(FIA)", "()" left by a name


def _title_owner(lex: Lexicon) -> re.Pattern[str]:
    """ "Secretary-General's" between a body and a title: compiled once (the title pattern is
    large, and a pattern built per call is compiled again whenever ``re``'s cache lost it)."""
    return re.compile(rf"\s+(?:{lex.title_re.pattern})['’]s\s+")


_ON_BEHALF = re.compile(r"\b(?:on behalf of|speaking for|representing)\s+(?:the\s+)?", re.I)
_APPOSITION = re.compile(  # "Chairman NDMA, Lieutenant General X": the body may follow bare
    # ("Secretary of Plant Defense at the Ministry, Dr. X": a portfolio, then the body)
    rf"(?:\s+(?:(?:to|in|at|for|of)\s+(?:the\s+)?{_HYPHENED})?[A-Z][\w'’.-]*"
    r"(?:\s+(?:and\s+(?:the\s+)?)?[A-Z][\w'’.-]*)*){0,2}\s*,\s*"
)


_COUNTRY_AFTER = re.compile(r",\s*([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*)(?=\s*,)")


def _name_gap(
    text: str,
    start: int,
    end: int,
    orgs: Sorted[Mention],
    titles: Sorted[TitleMatch],
    countries: frozenset[str],
) -> str:
    """The text between a title and a name, for :data:`_APPOSITION`: organizations written
    "Org", and after a comma only what is not an honorific or a rank (a title itself, as in
    "..., Police General Rodolfo Cruz")."""
    comma = text.rfind(",", start, end)
    cut = comma + 1 if comma >= 0 else end
    head = text[start:cut]
    for o in reversed(orgs.within(start, cut)):
        head = head[: o.start - start] + "Org" + head[o.end - start :]
    head = _ACRONYM_PARENS.sub(" ", head)
    # "the Mayor of Guangzhou, China, X": the country of a place is part of the place
    head = _COUNTRY_AFTER.sub(lambda m: "" if m.group(1) in countries else m.group(), head)
    if comma < 0:
        return head
    tail = text[cut:end]
    ranked = titles.within(cut, end)
    for t in ranked:
        tail = tail.replace(text[t.start : t.end], " ", 1)

    def described(w: str) -> bool:
        # "..., Poland's sports minister X": a second title may carry its country and field
        owner = re.fullmatch(r"(.+)['’]s", w)
        return bool(ranked) and (
            (owner is not None and owner.group(1) in countries)
            or (w.isalpha() and w.islower() and w not in _NOT_FIELD and w not in _CLAUSE_WORDS))

    kept = [w for w in tail.split() if not honorific(w) and w != "." and not described(w)]
    return head + " ".join(kept) + " "


# a name, then the verb that gives the post: elected, appointed, becomes (the body may stand
# before the title, blanked to spaces)
_ELECTED = re.compile(
    r"(?:,\s*who\s+(?:\w+ly\s+|thus\s+|now\s+)?(?:becomes|became|will\s+become)"
    r"|\s+(?:(?:was|is|has\s+been|had\s+been|will\s+be)\s+)?(?:\w+ly\s+)?"
    r"(?:re-?)?(?:elected|appointed|named|sworn\s+in)(?:\s+(?:as|to\s+be))?"
    r"|\s+(?:becomes|became))\s+(?:the\s+)?(?:new\s+)?\s*"
)
_THE_NOUN_ITS = re.compile(
    r"\bthe\s+([a-z]+)\b(?:(?!\bthe\b)[^.;:]){0,30}?\bits\s+(?:[A-Za-z-]+\s+){0,4}$")
# nouns after "of the" that stand for no body named before ("a member of the public")
_NOT_BODIES = {"public", "country", "nation", "world", "region", "state", "city", "day", "year",
               "week", "month", "meeting", "session", "event", "conference", "panel", "house",
               "team", "family", "time", "people", "opposition", "same", "first"}
_CLAUSE_WORDS = {"who", "which", "whose", "that", "said", "says", "is", "was", "will", "has"}


def _title_text(text: str, t: TitleMatch, stop: int, lex: Lexicon) -> tuple[str, int]:
    """The full title, extended over "(Immigration)", "a.i.", "and co-founder", "for X"."""
    end = t.end
    parts = [full_title(t.text)]
    for pattern in (
        r"\s*\(([A-Za-z][^)]{1,40})\)",
        r"\s+(a\.i\.)",
        r"\s+and\s+(" + lex.title_re.pattern + ")",
        r"\s+for\s+((?:the\s+)?[A-Z][\w-]*(?:(?:,\s+|\s+(?:and\s+|of\s+)?)[A-Z][\w-]*)*)",
        # a portfolio ends before a comma, the next name, or the link to it: "Head of Public
        # Sector Governance at the Commonwealth Secretariat"
        # ... or a list closed by "and": "Minister of Water, Forests, the Sea and the Environment"
        r"\s+of\s+((?:the\s+)?(?!The\b)[A-Z][\w-]*"
        r"(?:(?:,\s+(?:the\s+)?|\s+(?:and\s+(?:the\s+)?|of\s+)?)[A-Z][\w-]*)*)"
        # ... or before the country or body it serves: "Minister of Water of the Republic of X"
        r"(?=\s*,|\s*$|\s+(?:at|of|in|with)\s+(?:the\s+)?$|\s+of\s+the\s+[A-Z])",
        # a field in lowercase, then the body the holder works at: "deputy director for animal
        # health at the Institute", "head of international relations at the Commission"
        r"\s+((?:for|of)\s+[a-z][\w-]*(?:\s+(?:and\s+)?[a-z][\w-]*){0,3})"
        r"(?=\s+at\s+(?:the\s+)?(?:[A-Z]|$))",
    ):
        m = re.match(pattern, _before_address(text[end:stop]))  # ends where a name begins
        if m:
            extra, cut = m.group(1), m.end()
            if pattern.startswith(r"\s+and"):
                parts.append("and " + full_title(extra))
            elif pattern.startswith(r"\s+for"):
                extra = _listed_portfolio(extra)
                cut = m.start(1) + len(extra)
                parts.append("for " + extra)
            elif pattern.startswith(r"\s+of"):  # a portfolio: "Minister of Humanitarian Affairs"
                extra = _listed_portfolio(extra)
                cut = m.start(1) + len(extra)
                # ... ending before a second title: "of the United Nations and Executive Director"
                second = next((a for a in re.finditer(r"\s+and\s+", extra)
                               if lex.title_re.match(extra, a.end())), None)
                if second is not None:
                    extra = extra[: second.start()]
                    cut = m.start(1) + len(extra)
                parts.append("of " + extra)
            elif extra.startswith(("for ", "of ")):  # a field in lowercase
                parts.append(" ".join(w if w in ("for", "of", "and") else w.capitalize()
                                      for w in extra.split()))
            else:
                parts.append(extra)
            end += cut
    running = running_portfolio(text, end, stop) if len(parts) == 1 else None
    if running is not None:  # "head of Mongolia office, Mr. X"
        parts.append(running[0])
        end = running[1]
    return " ".join(parts), end


def _before_address(window: str) -> str:
    """The text up to a name, less the honorifics that open it ("of Health Dr. " -> "of
    Health "): a portfolio may end right before them ("State Minister of Health Dr. X")."""
    words = window.split(" ")
    while words and (words[-1].strip() == "" or words[-1].strip() in HONORIFICS) and len(words) > 1:
        words.pop()
    return " ".join(words) + (" " if len(words) < len(window.split(" ")) else "")


def _listed_portfolio(words: str) -> str:
    """A portfolio holding commas is a list only when an "and" closes it ("for South, Central
    and West Asia"); else it ends at its first comma. An honorific after the last comma opens
    the holder's name ("for Environment, Science and Technology, Hon. X")."""
    last = words.rfind(",")
    if last >= 0 and {words[last + 1 :].strip(), words[last + 1 :].strip() + "."} & HONORIFICS:
        words = words[:last]
    if "," in words and " and " not in words[words.rfind(",") :]:
        return words[: words.index(",")]
    return words


_OF_PLACE = re.compile(r"\s+of\s+(?:the\s+)?[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?")
# a title's "of (the) <capitalized words>", up to the end of its clause
_TITLE_OF = re.compile(r"[^,;\n()]{0,40}?\bof\s+(?:the\s+)?((?:[A-Z][\w'’-]*|of|the|The)"
                       r"(?:\s+(?:[A-Z][\w'’-]*|of|the|The))*)")


def _country_after(text: str, lex: Lexicon) -> str | None:
    """The country a title is of, written out after it ("President of the Republic of The
    Gambia"), if one is."""
    m = _TITLE_OF.match(text)
    if m is None:
        return None
    words = m.group(1).split()
    while words:
        name = " ".join(words)
        if is_country(name, lex):
            return name
        words.pop()
    return None


def _closing_country(title: str, after: str, lex: Lexicon) -> str | None:
    """The country that closes a title ("Minister of Energy of Kenya") or follows it ("Minister
    of Water Resources" then "of the Republic of Ghana"), if one does."""
    m = re.search(r"\bof\s+(?:the\s+)?([A-Z][\w-]*(?:\s+(?:of\s+)?[A-Z][\w-]*)*)$", title)
    if m and is_country(m.group(1), lex):
        return m.group(1)
    return _country_after(after, lex)


_COUNTRY_OWNER = re.compile(r"([A-Z][\w-]+(?:\s[A-Z][\w-]+)?)['’]s\s+$")
_NOT_FIELD = {"and", "or", "the", "a", "an", "of", "to", "with", "by", "for", "in", "on", "at",
              "as", "said", "told", "met", "from", "its", "their", "his", "her", "former", "then"}


def _field_gap(gap: str) -> bool:
    """Is the text between a body and a title one or two lowercase words of a field ("EU aid
    commissioner", "the Bank's climate envoy"), not words of the sentence ("IOM and the ...")?"""
    words = re.sub(r"^['’]s\s", " ", gap).split()
    return (
        gap.startswith((" ", "'s ", "’s "))
        and 0 < len(words) <= 2
        and all(w.isalpha() and w.islower() and w not in _NOT_FIELD for w in words)
    )


_OWNED_FIELD = re.compile(r"['’]s\s+((?:[\w-]+\s+){1,3})")


def _owned_field(gap: str, lex: Lexicon) -> bool:
    """Is the text between a body and a title its possessive and the region or field the
    title covers ("'s East Africa ", "'s Kampala office ")? No title, no word of a sentence."""
    m = _OWNED_FIELD.fullmatch(gap)
    return m is not None and all(
        (w[:1].isupper() and w.lower() not in lex.title_words and w not in lex.title_modifiers)
        or (w.isalpha() and w.islower() and w not in _NOT_FIELD and w not in _CLAUSE_WORDS)
        for w in m.group(1).split())


def _one_sentence(sentence_of, person: Mention, title: TitleMatch) -> bool:
    """Are a name and a title after it in one sentence ("X, the Bank's Director"), not "X
    opened the day. The network's coordinator, ..." (a title of the next sentence)?"""
    a, b = sentence_of(person.start), sentence_of(title.start)
    return a is None or b is None or a.start == b.start


def find_posts(
    text: str, titles: list[TitleMatch], table: ActorTable, lex: Lexicon, sentence_of,
    units: set[str] | None = None,
) -> list[Post]:
    """Every post stated in the report, one per (person, organization). ``units`` receives
    the actors that are only a unit or a portfolio inside a title ("Director of Meteorological
    Services"), for the caller to drop."""
    people = Sorted([m for m in table.mentions if m.type == "Person" and m.actor])
    orgs = Sorted([m for m in table.mentions if m.type == "Organization" and m.actor])
    every = Sorted(table.mentions)
    ordered_titles = Sorted(titles)
    posts: dict[tuple[str, str], Post] = {}
    absorbed: list[Mention] = []  # bodies read as part of a title: units, portfolios
    served: dict[tuple[str, str], str] = {}  # the country whose possessive opens the title
    closing: set[tuple[str, str]] = set()  # ... or that closes it: its body's name holds it

    def add(person: Mention, title: str, org: Mention | None, pos: int, end: int = -1) -> None:
        assert person.actor
        key = (person.actor, org.actor if org and org.actor else f"?{title}")
        if _PAST.search(title) or _PAST_BEFORE.search(text[max(0, pos - 12) : pos]):
            return  # "a former President of X", "then director Y": no longer held (GUIDE)
        if key not in posts and not (org and org.actor == person.actor):
            posts[key] = Post(person.actor, title, org.actor if org else None, sentence_of(pos))
            owner = _COUNTRY_OWNER.search(text[max(0, pos - 40) : pos])
            people_of = re.search(r"\b([A-Z][a-z]+)\s+$", text[max(0, pos - 30) : pos])
            if owner and owner.group(1) in lex.countries:
                served[key] = owner.group(1)  # "Fiji's Minister for Fisheries": Fiji's
            elif (people_of and re.search(r"\b(?:President|Prime Minister)\b", title)
                  and (nation := country_named(people_of.group(1), lex))):
                served[key] = nation  # "Canadian Prime Minister X": not Colombia's
            elif (org is None and re.search(r"\b(?:President|Prime Minister)\b", title)
                  and (nation := _country_after(text[pos : pos + 120], lex))):
                served[key] = nation  # "President of the Togolese Republic": not Ghana's
            elif org is None and end >= 0 and (
                    nation := _closing_country(title, text[end : end + 80], lex)):
                # "Minister of Water of the Republic of X": the ministry named with X, not
                # another country's ministry of the same portfolio
                served[key] = nation
                closing.add(key)

    listed: list[tuple[int, int]] = []  # the titles of roster lines, read with their fields
    for r in find_rosters(text, lex):  # "Name, Title, Body" lines of a list: by their fields
        holder, body = people.at(r.name[0]), orgs.at(r.body[0]) if r.body else None
        if holder is not None and body is not None and r.title is not None:
            add(holder, full_title(text[r.title[0] : r.title[1]]), body, r.title[0])
            listed.append(r.title)
            absorbed.extend(orgs.within(*r.title))  # "Head of the Communications Unit"
    for t in titles:
        if any(s <= t.start < e for s, e in listed):
            continue
        after = people.first_from(t.end)
        before = people.last_until(t.start)
        nxt_m = every.first_from(t.end)
        nxt = nxt_m.start if nxt_m else len(text)
        title, t_end = _title_text(text, t, max(nxt, t.end), lex)
        org: Mention | None = None
        person: Mention | None = None
        if after is not None:
            # a rank between title and name is passed over: "CARICC Director Colonel X"
            ranks = ordered_titles.within(t_end, after.start)
            blanked: list[Mention | TitleMatch] = [*orgs.within(t_end, after.start), *ranks]
            gap = _clean_gap(text[t_end : after.start], blanked, t_end)
            # ("Prime Minister of Chile. President X": a country ending a sentence is no
            # abbreviated rank)
            plain = all(w in _GAP_WORDS or (honorific(w) and w[:-1] not in lex.countries)
                        or (w == "," and not k) for k, w in enumerate(gap.split()))
            # "The European Union Ambassador to Nigeria, Samuela Isopi", "the Director of the
            # Anti-Trafficking Unit (ATU), Mr. Kofi Boateng": title, place or organization,
            # comma, then the name (after honorifics and ranks)
            placed = bool(_APPOSITION.fullmatch(  # from the title: a portfolio may be the place
                _name_gap(text, t.end, after.start, orgs, ordered_titles, lex.countries)
            )) or its_unit_before(text, t_end, after.start)
            if (plain or placed) and "\n" not in text[t_end : after.start]:
                person = after
                org = next(iter(orgs.within(t_end, after.start)), None)
        if person is None and before is not None and _one_sentence(sentence_of, before, t):
            gap = holder_gap(text[before.end : t.start], lex)
            m = re.fullmatch(r",\s*(?:the\s+|then\s+|an?\s+|former\s+|formerly\s+)?(.*?)\s*", gap)
            between = orgs.within(before.end + 1, t.start)
            # "X, UNODC's Goodwill Ambassador" / "X, the UNICEF Representative"
            if m and (
                not m.group(1)
                or re.fullmatch(r".+['’]s", m.group(1))
                or (between and m.group(1) == " ".join(text[between[0].start : t.start].split()))
                or _field_gap(" " + m.group(1))  # "X, liaison officer of the Council"
            ):
                person = before
                if _field_gap(" " + m.group(1)):
                    title = f"{m.group(1).title()} {title}"
                if m.group(1):
                    org = between[0] if between else None
                if org is None and m.group(1).endswith(("'s", "’s")):  # "X, the Bank's Director"
                    org = by_head(m.group(1)[:-2], t.start, orgs.items, table)
            elif (
                m and between
                and re.fullmatch(r",\s*(?:the\s+)?(?:[A-Z][\w'’-]*\s+(?:and\s+)?)*",
                                 text[before.end : between[-1].start])
                and _owned_field(text[between[-1].end : t.start], lex)
            ):  # "X, Westmorland and Furness Council's cabinet member": the body's possessive
                person, org = before, between[-1]
            elif not people.within(before.end, t.start):
                # "X, Under-Secretary-General of the UN and Executive Director of UNEP": the
                # second of two titles; "..., CEO of A and the B Board Member": B's
                second = second_title(gap, t.start, orgs, lex)
                if second is not None:
                    person, org = before, second[0]
        if person is None and before is not None and _one_sentence(sentence_of, before, t):
            # "X was re-elected President of FIDE", "X, who thus becomes FIDE Deputy President"
            gap = _clean_gap(text[before.end : t.start], orgs.within(before.end, t.start),
                             before.end)
            if _ELECTED.fullmatch(gap):
                person = before
        if person is None and taken_as(text, t.start):
            # "X, who chaired the session as President of the Council": the sentence's last name
            said = sentence_of(t.start)
            named = people.within(said.start, t.start) if said else []
            person = named[-1] if named else None
        if person is None:
            continue
        unit = org
        title, org = reshape(text, (t.start, t_end), title, org, orgs, table, lex,
                             person is before, by_head,
                             lambda s, at, o: its_body(s, at, o, sentence_of))
        if unit is not None and org is not unit and title.endswith(unit.text):
            absorbed.append(unit)  # "KMD's Director of Meteorological Services": in the title
        if (
            org is None
        ):  # organization right before the title: "FIA DG", "UNODC's Goodwill Ambassador"
            last = orgs.last_until(t.start)
            # "the Organization of American States (OAS) program manager": the acronym passed
            gap = _ACRONYM_PARENS.sub(" ", text[last.end : t.start]) if last is not None else ""
            gap = " " + gap[1:] if gap.startswith(")") else gap  # "... (OAS) manager"
            # "IOM Nepal Chief of Mission X": the country office of the body named first
            if last is not None and (
                re.fullmatch(r"\s*(?:['’]s\s*)?", gap or " ")
                or (gap.startswith(" ") and gap.strip() in lex.countries)
                # "Conservation Trust's Fiji country director X"
                or (gap[:2] in ("'s", "’s") and gap[2:].strip() in lex.countries)
                or _field_gap(gap)  # "EU aid commissioner X": the field of the title
                # "the Trust's East Africa director, X": the region or field it covers
                or _owned_field(gap, lex)
                # "The ISA Secretary-General's chief of staff, X": the body of the first title
                or bool(derived(lex, "posts.title_owner", _title_owner).fullmatch(gap))
            ):
                org = last
        if org is None:  # "the agency's Executive Director, X"
            head = head_possessive(text[max(0, t.start - 40) : t.start])
            ev = sentence_of(t.start)  # the sentence may name the body's place
            said = text[ev.start : t.start] if ev else ""
            org = by_head(head, t.start, orgs.items, table, said) if head else None
        if org is None:  # "Its chief executive, X": the body the sentence is about
            org = its_body(text, t.start, orgs.items, sentence_of)
        if org is None:  # "signed for the bank by its Director, X": a body named before
            m = _THE_NOUN_ITS.search(text, max(0, t.start - 80), t.start)
            if m and m.group(1) not in _NOT_BODIES:
                org = by_head(m.group(1), t.start, orgs.items, table)
        if org is None:  # "..., Deputy Director of (Malawi's) the Sudan Police Forces"
            m = re.match(rf"\s*(?:,\s*)?{_LINKS}\s+(?:[Tt]he\s+)?{_HYPHENED}{_POSSESSOR}",
                         text[t_end:])
            if m:
                org = orgs.at(t_end + m.end())
        if org is None:  # "Dr. X, head of the school": a body named before, by its head word
            m = re.match(r"\s+of\s+the\s+([a-z]+)\b(?!['’-])", text[t_end:])
            if m and m.group(1) not in _NOT_BODIES:
                org = by_head(m.group(1), t.start, orgs.items, table)
        if org is None:  # "Speaking for the UNODC, regional adviser Kenji Morita urged ..."
            said = sentence_of(t.start)
            head = text[said.start : t.start] if said else ""
            m = _ON_BEHALF.search(head)
            others = [p for p in people.within(t.start - len(head), t.start) if p is not person]
            if m and not others:  # not "On behalf of X, Ana thanked Director Juan Perez"
                org = orgs.at(t.start - len(head) + m.end())
        if org is None and person is after:  # "Policy Analyst Olena Marchuk of the Centre"
            m = re.match(
                r"(?:,?\s*(?:Jr|Sr|II|III)\.?)?\s*(?:,\s*)?(?:of|from|at)\s+(?:the\s+)?",
                text[person.end :],
            )
            if m:
                org = orgs.at(person.end + m.end())
        if org is None:  # "the Prime Minister of Haiti, Dr Ariel Henry", "Manila Mayor X"
            # ... the place may close the title: "X, Prime Minister of Velland."
            place = _OF_PLACE.match(text, t_end)
            org = government_of(title + (place.group() if place else ""),
                                text[max(0, t.start - 40) : t.start], orgs.items, table)
        parts = title.split(" and ")
        if org is None and len(parts) > 1 and all(lex.title_re.fullmatch(x) for x in parts):
            # "Deputy Prime Minister and Finance Minister X": two posts, each finding its own
            # organization (the government, the ministry)
            for part in parts:
                add(person, full_title(part), None, t.start)
            continue
        title, org = held_unit(text, t_end, title, org, table)
        title, org = unit_at(text, t_end, title, org, orgs) or (title, org)
        add(person, title, org, t.start, t_end)
        also = and_body(text, t_end, org, orgs) if person is before else None
        if also is not None:  # "X, the Joint Representative of UNHCR and IOM"
            add(person, title, also, t.start)
    for p in people:  # "Prof. X (Rector of the University of Y, President of Z)"
        for start, end in bracketed_titles(text, p.end, lex.title_re):
            t = TitleMatch(start, end, text[start:end])
            nxt_m = every.first_from(end)
            title, t_end = _title_text(text, t, max(nxt_m.start if nxt_m else len(text), end), lex)
            link = re.match(rf"\s*(?:{_LINKS})\s+(?:the\s+)?{_HYPHENED}{_POSSESSOR}", text[t_end:])
            org = orgs.at(t_end + link.end()) if link else None
            if org is not None:
                add(p, title, org, start)
    for o in orgs:  # "the two co-facilitators of the Partnership, Dr. A and Mr. B"
        held = plural_holders(text, o, people, lex.title_re)
        for p in held[1] if held else ():
            add(p, full_title(held[0]), o, p.start)
    for p in people:
        m = _WHO.match(text[p.end :])
        if not m:
            continue
        rest = text[p.end + m.end() : p.end + m.end() + 80]
        org = orgs.at(p.end + m.end())
        title = _HEADS[m.group(1)]
        unit_said = _UNIT_AT.match(rest)
        if org is None and unit_said is not None:  # "who heads the zoonoses unit at the
            at = p.end + m.end() + unit_said.end()  # Ministry's Directorate of X": the unit of
            org = orgs.at(at)  # the last body
            inner = orgs.first_from(org.end) if org is not None else None
            if org is not None and inner is not None and re.fullmatch(
                    r"['’]s\s+", text[org.end : inner.start]):
                org = inner  # "the Ministry's Directorate of X": the part named after it
            if org is not None:
                title = f"{title} of the {unit_said.group(1).strip().title()}"
        if org is None:
            words = content_words(" ".join(re.findall(r"[\w-]+", rest)[:3]))
            key = table.last_before(
                p.start + 10**6,
                "Organization",
                lambda a, w=words: bool(w) and w <= content_words(a.name),
            )
            org = next((o for o in orgs if o.actor == key), None)
        add(p, title, org, p.start)
    for p in people:  # "the Mission of the AU (AU), headed by X": X heads that body
        m = _HEADED_BY.search(text[max(0, p.start - 60) : p.start])
        if not m:
            continue
        at = max(0, p.start - 60) + m.start()
        org = orgs.last_until(at)
        if org is not None and re.fullmatch(r"\)?\s*(?:\([^)]*\)\s*)?", text[org.end : at]):
            # "led by Commissioner X": the title written, else the verb's
            ranks = ordered_titles.within(at, p.start)
            title = full_title(ranks[-1].text) if ranks else _HEADED[m.group(1).lower()]
            add(p, title, org, p.start)
    for p in people:  # "Delegates of the ACC re-elected Nigeria's X as president"
        elected = _CHOSE_AS.match(text, p.end)
        chose_verb = _CHOSE.search(text, max(0, p.start - 50), p.start)
        said = sentence_of(p.start)
        if not (elected and chose_verb and said):
            continue
        as_words = elected.group(1).split()
        as_title = next((" ".join(as_words[:k]) for k in (2, 1)
                         if lex.title_re.fullmatch(" ".join(as_words[:k]))), None)
        chose = orgs.within(said.start, max(said.start, chose_verb.start()))
        if as_title and chose:  # the body that chose, the subject of the verb
            add(p, full_title(as_title), chose[-1], elected.start(1))
    infer_organizations(posts, table, lex, served, closing)
    # a title with no organization for someone whose post the text gives in full is a rank
    # or a second name for it: "Inspector General X", after "the Chief of the Police, ..."
    with_org = {p.person for p in posts.values() if p.organization}
    if units is not None:  # a unit named nowhere else is no actor of its own
        held = {o.actor for o in absorbed} - {p.organization for p in posts.values()}
        units |= {k for k in held if k and sum(m.actor == k for m in table.mentions) == 1}
    return [p for p in posts.values() if p.organization or p.person not in with_org]


def evidence_for(text: str, sentences: list[tuple[int, int]], pos: int) -> Evidence | None:
    for s, e in sentences:
        if s <= pos < e:
            return Evidence(text[s:e].strip(), s, e)
    return None
