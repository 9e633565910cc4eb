"""Where a name starts and ends in a parsed report.

Capitalized runs joined by connectors ("Organization for Security and Co-operation in Europe"),
trimmed of articles, honorifics and titles; cut where a date or a country begins; organization
names the model cut short extended again. Person names: :mod:`kg.extract.people`. Ranges are
sorted lists searched with bisect, so a long report stays linear.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from spacy.tokens import Doc, Token

from kg.extract.lexicon import Lexicon, derived
from kg.extract.parsed import (
    ents,
    ents_in,
    span_words,
    token_lowers,
    token_starts,
    token_texts,
    tokens,
)

HONORIFICS = {
    "Dr",
    "Dr.",
    "Mr",
    "Mr.",
    "Ms",
    "Ms.",
    "Mrs",
    "Mrs.",
    "Prof",
    "Prof.",
    "H.E.",
    "Engr",
    "Engr.",
    "Madam",
    "Dame",
    "Hon",
    "Hon.",
    "Atty",
    "Atty.",
    "Alhaji",
    "Alhaja",
    "Hajiya",
    "Malam",
    "Mallam",
    "Datuk",
    "Dato'",
    "Datin",
    "Seri",  # "Datuk Seri": the second word of a Malaysian honorific
    "Shri",
    "Smt",
    "Smt.",
    "Shrimati",
    # clergy, comrades, scholars and dignitaries: forms of address, not part of the name
    "Rev",
    "Rev.",
    "Revd",
    "Fr",
    "Fr.",
    "Bro",
    "Bro.",
    "Cde",
    "Cde.",
    "Professor",
    "Assoc.",
    "Dato",
    "Honourable",
    "Honorable",
    "Amb",
    "Amb.",
    "Advocate",
    "Adv.",
    "Eng.",
    "Pastor",
    # the clergy's forms of address in full ("Father Jan Nowak", "Reverend Ezra Cole"): before
    # a name they are no part of it (a rabbi's or an imam's is a post: titles.yaml)
    "Father",
    "Reverend",
    "Most",  # "the Most Rev."
    "Rt",
    "Rt.",
    # Spanish, Portuguese, French and Italian forms of address, one token each with their dot
    # (kg/data/lexicons/honorifics.yaml): "Arq. Ana Ruiz", "Licda. Rosa Paz", "Mme Ana Diallo"
    "Ing.",
    "Lic.",
    "Licda.",
    "Licdo.",
    "Arq.",
    "Dra.",
    "Abog.",
    "Sra.",
    "Srta.",
    "Pr.",
    "Mme",
    "Mme.",
    "Mlle.",
    "Dott.",
    "Avv.",
    "Mgr.",
    "Msgr.",
    "Dipl.",
}


CONNECTORS = {"of", "for", "on", "against", "in", "and", "to", "the", "&", "de", "la", "du",
              # the small words of bodies named in their own language ("Empresa Metro de
              # Bogotá", "Ministerio de Ambiente y Desarrollo", "Stichting voor ...")
              "del", "des", "da", "do", "dos", "das", "di", "della", "delle", "degli", "y", "e",
              "et", "und", "für", "van", "voor", "het", "en", "der", "den"}


def overlaps(start: int, end: int, ranges: list[tuple[int, int]]) -> bool:
    """Does [start, end) overlap one of the ranges? ``ranges`` are sorted and do not overlap
    one another (title matches, names taken), so only the last one starting before ``end``
    can (a binary search: a report naming thousands of people stays linear)."""
    k = bisect_left(ranges, (end, -1))
    # the two tests written out (no loop, no any(...)): called for every token and name tested
    return k > 0 and ranges[k - 1][1] > start or k > 1 and ranges[k - 2][1] > start


def is_cap(tok: Token) -> bool:
    t = tok.text
    if not t[:1].isupper() and not (
        t[:1].isdigit() and t.lower().endswith(("st", "nd", "rd", "th"))
    ):
        return False
    return not (tok.is_sent_start and tok.pos_ not in ("PROPN", "NUM") and not tok.is_upper)


def _cap_flags(doc: Doc) -> list[bool]:
    """:func:`is_cap` of each token, from the document's texts (read once per token)."""
    cached = doc.user_data.get("kg_caps")
    if cached is None:
        tk = tokens(doc)
        cached = doc.user_data["kg_caps"] = [
            (w[:1].isupper() or (w[:1].isdigit() and w.lower().endswith(("st", "nd", "rd", "th"))))
            and is_cap(tk[k]) for k, w in enumerate(token_texts(doc))]
    return cached


_YEAR = re.compile(r"(?:19|20)\d\d")


def trim(doc: Doc, i: int, j: int, titles: list[tuple[int, int]]) -> tuple[int, int]:
    """Shrink token range [i, j) to the name proper."""
    # the tokens' texts from the document's lists (``Token.text`` looks each one up anew)
    tk, words, lows = tokens(doc), token_texts(doc), token_lowers(doc)
    for k in range(i + 1, j):
        if words[k] == "(":
            j = k
            break
    while i < j and (
        lows[i] in ("the", "a", "an")
        or (tk[i].is_sent_start and tk[i].tag_ == "VBG")  # "Briefing the Council, ..."
        # "Meeting Karin Lodge, ...": a participle opening the sentence, tagged as a name
        or (tk[i].is_sent_start and len(tk[i]) > 5 and lows[i].endswith("ing")
            and j - i >= 3 and tk[i + 1].is_title)
        or words[i] in HONORIFICS
        or overlaps(tk[i].idx, tk[i].idx + len(tk[i]), titles)
        or not (words[i][:1].isalnum())
        or words[i] in ("of", "for", "on", "to", "and")  # left by a title cut away before it
    ):
        i += 1
    # "Office of the Electoral Commissioner of Samoa", "Office of the President": a body named
    # after the post it serves keeps the title at its end
    # ... after a place or an acronym too ("Samoa Office of the Electoral Commissioner")
    office = j - i > 3 and any(words[k] in _OFFICES and lows[k + 1] == "of"
                               for k in range(i, min(i + 3, j - 2)))
    while j > i and (
        words[j - 1] in ("'s", "’s", "'", "’")
        # "the budget of the Organization for 2026": a year ends no body's name
        or (j - i > 1 and _YEAR.fullmatch(words[j - 1]) is not None
            and lows[j - 2] in ("for", "in", "of", "to"))
        or tk[j - 1].is_punct
        or words[j - 1] in HONORIFICS
        or lows[j - 1] in CONNECTORS
        or (not office and overlaps(tk[j - 1].idx, tk[j - 1].idx + len(tk[j - 1]), titles))
    ):
        j -= 1
    return i, j


_OFFICES = {"Office", "Bureau", "Secretariat", "Cabinet", "Chambers"}


def cap_runs(doc: Doc, titles: list[tuple[int, int]], lex: Lexicon) -> list[tuple[int, int]]:
    """Maximal runs of capitalized tokens joined by connectors and hyphens, ending where a
    person's name begins."""
    tk, words, lows = tokens(doc), token_texts(doc), token_lowers(doc)
    caps, starts = _cap_flags(doc), token_starts(doc)
    person_starts = {
        e.start for e in ents(doc) if e.label_ == "PERSON" and namelike(e.text.split(), lex)
    }
    runs, i, n = [], 0, len(doc)
    while i < n:
        if (
            not caps[i]
            or words[i] in HONORIFICS
            or overlaps(starts[i], starts[i] + len(words[i]), titles)
        ):
            i += 1
            continue
        j = i + 1
        while j < n:
            t = tk[j]
            if words[j] in HONORIFICS or overlaps(starts[j], starts[j] + len(words[j]), titles):
                break
            if j in person_starts and tk[j - 1].ent_type_ != "PERSON":
                break
            if caps[j] and not t.is_sent_start:
                j += 1
            elif ends_name(doc, j) and not (
                lows[j] == "in"
                and tk[j + 1].ent_type_ == "GPE"
                and any(t.text in _POSTED_HEADS for t in doc[i:j])
            ):  # "Workshop in Lahore" ends there; "Embassy of Sri Lanka in Manama" goes on
                break
            elif (
                (
                    lows[j] in CONNECTORS
                    or (words[j] == "-" and not tk[j - 1].whitespace_ and not t.whitespace_)
                )
                and j + 1 < n
                and (
                    caps[j + 1]
                    or (lows[j + 1] == "the" and j + 2 < n and caps[j + 2])
                )
            ):
                if lows[j] == "and" and lows[j + 1] == "the":
                    if not _goes_on(doc, i, j + 2, lex):
                        break
                    j += 2  # "Entity for Gender Equality and the Empowerment of Women"
                    continue
                if lows[j] == "of" and (_second_body(doc, i, j, lex)
                                        or _titled(doc, i, j, titles, lex)):
                    break
                j += 1
            elif (
                words[j] == "-"
                and not tk[j - 1].whitespace_
                and not t.whitespace_
                and j + 2 < n
                and tk[j + 1].is_lower
                and (lows[j + 2] in CONNECTORS or caps[j + 2])
            ):
                j += 2  # "Co-operation in Europe": a hyphenated word inside the name
            elif words[j] == ",":
                end = _listed_fields(doc, i, j, lex)
                if end is None:
                    break
                j = end  # "Ministry of City Planning, Water Supply and Higher Education"
            else:
                break
        runs.append((i, j))
        i = j
    return runs


def _second_body(doc: Doc, i: int, j: int, lex: Lexicon) -> bool:
    """Does the "of" at token j link a body named in full ("Council for Agriculture Research",
    a head word and a field of its own) to another body ("of the Ministry of Agriculture")?"""
    tk = tokens(doc)
    k = j + 2 if j + 2 < len(doc) and tk[j + 1].lower_ == "the" else j + 1
    words = [t.text for t in doc[i:j]]
    # the head word comes before the first link: "Council for X", not "Ana Ruiz of the Office"
    link = next((n for n, w in enumerate(words) if w in ("for", "of", "on")), None)
    return (
        k < len(doc)
        and tk[k].text in lex.org_heads
        and link is not None
        and org_subtype(words[:link], lex) is not None
    )


def _titled(doc: Doc, i: int, j: int, titles: list[tuple[int, int]], lex: Lexicon) -> bool:
    """Is tokens [i, j) a person's name after a title or a form of address, before "of" and
    the body the person serves ("Bishop Ana Ruiz of the Church of X", "Rabbi Ezra Cohen of the
    Council")? The model may tag title and name as a body; a name holds no head word."""
    if i == 0 or not 2 <= j - i <= 4:
        return False
    tk, words = tokens(doc), token_texts(doc)
    before = tk[i - 1]
    return (
        (words[i - 1] in HONORIFICS or overlaps(before.idx, before.idx + len(before), titles))
        and all(tk[k].is_title and tk[k].is_alpha for k in range(i, j))
        and org_subtype(words[i:j], lex) is None
    )


def _cap_words(doc: Doc, k: int) -> int:
    """The end of the capitalized words from token k (a name's part, no connector)."""
    tk = tokens(doc)
    while k < len(doc) and tk[k].is_title and tk[k].is_alpha:
        k += 1
    return k


def _goes_on(doc: Doc, i: int, k: int, lex: Lexicon) -> bool:
    """Does "and the X of Y" from token k go on with the body named by tokens [i, ..) rather than
    name another one? Only after a head word, and when X holds none and is no place or name."""
    tk = tokens(doc)
    if org_subtype([t.text for t in doc[i:k]], lex) is None:
        return False
    e = _cap_words(doc, k)
    if e == k or e + 1 >= len(doc) or tk[e].lower_ not in ("of", "for"):
        return False  # a bare "and the X" names another body; "the X of Y" may be a field
    while e + 1 < len(doc) and tk[e].lower_ in ("of", "for") and tk[e + 1].is_title:
        e = _cap_words(doc, e + 1)
    part = doc[k:e]
    return (
        e > k
        and org_subtype([t.text for t in part], lex) is None
        and not any(t.ent_type_ in ("GPE", "PERSON", "NORP") for t in part)
        and not any(t.lower_ in lex.title_words for t in part)
    )


def _listed_fields(doc: Doc, i: int, j: int, lex: Lexicon) -> int | None:
    """The end of a list of fields after a body's "of"/"for" ("Ministry of City Planning, Water
    Supply and Higher Education", "Bureau of Alcohol, Tobacco, Firearms and Explosives"): items
    of capitalized words, the last after "and". ``j`` is the first comma."""
    tk = tokens(doc)
    words = span_words(doc, i, j)
    if not any(w in ("of", "for") for w in words) or org_subtype(words, lex) is None:
        return None
    # an office posted to several countries lists them: "Country Office for Zambia, Malawi
    # and Mozambique"
    posted = any(w in _POSTED_HEADS for w in words)

    def field(a: int, b: int) -> bool:  # a field, not a place, a person or a body of its own
        part = doc[a:b]
        if posted and b > a and part.text in lex.countries:
            return True
        return b > a and org_subtype([t.text for t in part], lex) is None and not any(
            t.ent_type_ in ("GPE", "PERSON") for t in part
        )

    k = j
    while k < len(doc) and tk[k].text == ",":
        e = _cap_words(doc, k + 1)
        if not field(k + 1, e):
            return None
        k = e
        if k < len(doc) and tk[k].lower_ == "and":
            e = _cap_words(doc, k + 1)
            return e if field(k + 1, e) else None
    return None


def ends_name(doc: Doc, j: int) -> bool:
    """Does the connector at j start a date or a place rather than go on with the name
    ("Agency on Wednesday", "Workshop in Lahore")? "of" keeps a place ("Government of Pakistan")."""
    tk = tokens(doc)
    nxt = tk[j + 1] if j + 1 < len(doc) else None
    if nxt is None or tk[j].lower_ not in ("on", "in", "at", "from", "to", "for"):
        return False
    if nxt.ent_type_ in ("DATE", "TIME"):
        return True
    # a country or city ends the name; a region may belong to it ("Co-operation in Europe")
    return tk[j].lower_ in ("in", "at", "from") and nxt.ent_type_ in ("GPE", "FAC")


def namelike(words: list[str], lex: Lexicon) -> bool:
    """A person's name does not end in the head word of a body, a gathering or a title."""
    last = words[-1].lower() if words else ""
    return not (words[-1] in lex.org_heads or last in lex.event_heads or last in lex.title_words)


def cut_before_in(doc: Doc, i: int, j: int, lex: Lexicon) -> int:
    """A run whose organization head comes after "in" names the organization after it."""
    tk = tokens(doc)
    for k in range(i, j):
        if tk[k].text in lex.org_heads:
            return i
        if tk[k].lower_ == "in":
            return k + 1 if tk[k + 1].lower_ != "the" else k + 2
    return i


_POSTED_HEADS = {"Delegation", "Embassy", "Mission", "Commission", "Consulate", "Office",
                 "Representation"}


def extend_org(
    doc: Doc, i: int, j: int, runs: list[tuple[int, int]], lex: Lexicon
) -> tuple[int, int]:
    """Extend an organization name the model cut short at a connector ("Group against ...",
    "Ministry of Labour and Vocational Training"). ``runs`` are sorted and disjoint: only the
    one starting at or before ``i`` can hold it."""
    tk = tokens(doc)
    k = bisect_left(runs, (i + 1, -1))
    for ri, rj in runs[max(0, k - 1) : k]:
        if ri <= i < rj and rj > j and tk[j].lower_ == "and":
            # "International" opens a field as often as it ends a body's name
            rest = [t.text for t in doc[j + 1 : rj]]
            rest = rest[1:] if rest[:1] == ["International"] and len(rest) > 1 else rest
            # "and Vocational Training", "and International Cooperation" go on with the name;
            # "and UNODC", "and the Ministry of Justice" name another body
            # only a name with a field in it goes on ("Interpol and Afripol" are two bodies)
            fielded = any(t.lower_ in ("of", "for", "on") for t in doc[i:j])
            if fielded and not org_subtype(rest, lex) and not any(w.isupper() for w in rest):
                return i, rj
            return i, j
        if ri <= i < rj and rj > j and tk[j].text == ",":
            return i, rj  # the run holds a list of fields: "Bureau of Alcohol, Tobacco, ..."
        if ri <= i < rj and rj > j and tk[j].lower_ in CONNECTORS:
            # a body posted abroad keeps its post in its name: "Embassy of Sri Lanka in
            # Manama", "OSCE Mission to Moldova", "United Nations Integrated Office in Haiti"
            posted = any(t.text in _POSTED_HEADS for t in doc[i:j])
            if tk[j].lower_ == "to" and not posted:
                return i, j
            ext = [e for e in ents_in(doc, j, rj) if e.label_ == "GPE"]
            if _of_its_country(doc, i, j, rj, ext, lex):
                return i, rj  # "Water Resources Service of the Kyrgyz Republic"
            if ext and tk[j].lower_ != "to" and not (posted and tk[j].lower_ in ("in", "for")):
                return i, j
            return i, rj
    return i, j


def _of_its_country(doc: Doc, i: int, j: int, rj: int, ext: list, lex: Lexicon) -> bool:
    """Does the run end, after the body's name, in "of (the) <country>" only: the state whose
    body it is ("Ministry of Water Resources of the Republic of Kazakhstan")?"""
    if doc[j].lower_ != "of" or len(ext) != 1 or ext[0].end != rj:
        return False
    country = ext[0].text[4:] if ext[0].text.startswith("the ") else ext[0].text
    return (
        country in lex.countries
        and doc[j + 1 : ext[0].start].text in ("", "the")
        and org_subtype([t.text for t in doc[i:j]], lex) is not None
    )


def a_field(word: str, lex: Lexicon) -> bool:
    """Is a name's last word one of a field of work, a noun of action ("Communications",
    "Cooperation", "Management")? Not a portfolio's word, which ends bodies' names too
    ("International Medical Relief", "Christian Aid")."""
    return word.lower().endswith(lex.field_endings)


def multiword_heads(lex: Lexicon) -> tuple[str, ...]:
    """The head words of more than one word, longest first (ties in the lexicon's order)."""
    return tuple(h for h in sorted(lex.org_heads, key=len, reverse=True) if " " in h)


def org_subtype(words: list[str], lex: Lexicon) -> str | None:
    """The organization subtype given by a head word in the name, or None when it has none.
    Remembered by words: a report tests the same names over and over (every candidate, every
    rule that asks whether words name a body), a tenth of the rules' time on short reports."""
    memo = derived(lex, "org_subtype_memo", _new_memo)
    key = tuple(words)
    found = memo.get(key, _UNKNOWN)  # one look-up (safe should another thread clear it)
    if found is _UNKNOWN:
        if len(memo) >= _MEMO_SIZE:
            memo.clear()  # a bound on memory over a long run; refilled by the next reports
        found = memo[key] = _org_subtype(words, lex)
    return found  # type: ignore[return-value]


_MEMO_SIZE = 100_000
_UNKNOWN = object()


def _new_memo(lex: Lexicon) -> dict[tuple[str, ...], str | None]:
    return {}


def _org_subtype(words: list[str], lex: Lexicon) -> str | None:
    joined = " ".join(words)
    for head in derived(lex, "multiword_heads", multiword_heads):
        if head in joined:
            return lex.org_heads[head]
    for k, w in enumerate(words):
        # "International" makes a body ("Amnesty International", "International Medical
        # Corps") but not a field ("Head of International Cooperation")
        if w in lex.org_heads and not (
            w == "International" and k < len(words) - 1 and a_field(words[-1], lex)
        ):
            return lex.org_heads[w]
    for w in words:  # "Wereldmuseum", "Landesmuseum": the head ends a compound word
        if w[:1].isupper() and len(w) > 8 and w.lower().endswith(lex.head_suffixes):
            return "NonGovernmentalOrganization"
    return None


def cut_at_line(start: int, end: int, text: str, lex: Lexicon) -> int:
    """Where an organization's name ends that the model ran across a line break onto the next
    line of a header ("... Authority of Heads of State and Government | Abuja, Federal Republic
    of Nigeria", "External Relations Division | PRESS RELEASE"): at the break, when the words
    before it hold a head word and those after it none, nor open on a connector (a name
    wrapped in prose, "the Ministry of | Health and Sanitation", goes on)."""
    k = text.find("\n", start, end)
    if k < 0:
        return end
    before, after = text[start:k].split(), text[k:end].split()
    if (not before or not after or after[0].lower() in CONNECTORS
            or before[-1].lower() in CONNECTORS
            or org_subtype(before, lex) is None or org_subtype(after, lex) is not None):
        return end
    return start + len(text[start:k].rstrip())
