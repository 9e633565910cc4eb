"""The portfolio after a title: "Minister of Foreign Affairs", "High Commissioner for Refugees",
"Special Envoy for Climate". It belongs to the title, so it is neither the name of a body
("Police and Public Safety") nor the first words of the holder's name ("Refugees Antonio
Guterres"), wherever the model's entities put it."""

from __future__ import annotations

from spacy.tokens import Doc

from kg.extract.lexicon import Lexicon
from kg.extract.parsed import tokens
from kg.extract.spans import org_subtype

# titles whose "of X" / "for X" names a field rather than a body
_HOLDERS = {"minister", "secretary", "commissioner", "envoy", "rapporteur", "adviser",
            "advisor", "representative", "coordinator", "co-ordinator", "ambassador"}


def _field_word(w: str, lex: Lexicon) -> bool:
    """A word that names a field ("Interior", "Affairs", "Refugees"), not a given name."""
    return w in lex.portfolio_words or w.endswith("s")


def with_portfolios(doc: Doc, titles: list, lex: Lexicon) -> list[tuple[int, int]]:
    """The character ranges of the titles, each with the portfolio that follows it ("Minister
    of State for Government Development and the Future") up to the name of its holder."""
    tk = tokens(doc)
    out = []
    for t in titles:
        held = {w.lower() for w in t.text.split()} & _HOLDERS
        span = doc.char_span(t.start, t.end, alignment_mode="expand")
        k = span.end if span is not None else len(doc)
        if not held or k + 1 >= len(doc):
            out.append((t.start, t.end))
            continue
        m, segment = k, k
        while m + 1 < len(doc) and m - k < 10:
            link, nxt = tk[m], tk[m + 1]
            if link.lower_ not in ("of", "for", "on", "and", "&") or nxt.ent_type_ == "PERSON":
                break
            if nxt.lower_ == "the" and link.lower_ in ("and", "&") and m + 2 < len(doc):
                nxt = tk[m + 2]
            if not nxt.is_title or nxt.ent_type_ == "PERSON":
                break
            e = nxt.i + 1
            while e < len(doc) and tk[e].is_title and tk[e].ent_type_ != "PERSON":
                e += 1
            m, segment = e, nxt.i
        country = _country_then_name(doc, segment, m, lex)
        if country is not None:
            m = country  # "Prime Minister of Dominica Roosevelt Skerritt": the name follows
        elif m - k > 2 and m < len(doc) and tk[m].ent_type_ == "PERSON":
            # "Minister for Interior Rana Tufail Ahmed": a word before the model's name that
            # names no field is the name's first word
            if not _field_word(tk[m - 1].text, lex):
                m -= 1
        elif m > segment:
            # "High Commissioner for Refugees Pedro Alves", a name the model did not see: the
            # field words, then a name, whose last two words at least are left to it
            p = next((q for q in range(segment, m) if not _field_word(tk[q].text, lex)), m)
            if p > segment and m - p >= 2:
                m = m - 2
        words = [w.text for w in doc[k:m]]
        if m > k and ("minister" in held or org_subtype(words, lex) is None):
            out.append((t.start, tk[m - 1].idx + len(tk[m - 1])))
        else:
            out.append((t.start, t.end))
    return out


def _country_then_name(doc: Doc, segment: int, m: int, lex: Lexicon) -> int | None:
    """The end of a country opening the last part of a portfolio, when two capitalized words
    or more follow it (a name the model did not see): "of Dominica | Roosevelt Skerritt"."""
    for e in range(min(m - 2, segment + 4), segment, -1):
        if doc[segment:e].text in lex.countries:
            return e
    return None
