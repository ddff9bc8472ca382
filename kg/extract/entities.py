"""Entity resolution: spaCy entities of one article -> typed, de-duplicated entities with mentions.

`resolve_entities` runs these steps in order; each lives in a module of its own, and data flows
one way through them (a module imports only from those listed before it):

1. Candidates (kg.extract.candidates): every named entity span, cleaned of what the small model
   gets wrong (leading "the", trailing possessives, spans cut short or run together, a
   parenthesised short form). Word lists live in kg.extract.entity_lexicon and name comparison
   in kg.extract.name_forms.
2. Typing (kg.extract.entity_types): gazetteer class first; otherwise the head word ("...
   University", "... Commission", "... Index", "... Party"), the NER label and the words around
   the name ("e-commerce giant X").
3. Noise (kg.extract.noise): dates, numbers, laws, common acronyms and title-case headline
   fragments that are neither known names nor found in the body are dropped.
4. Missed names (kg.extract.missed_names): party names with a political cue ("the opposition
   Green Rally", "the Farmers' Alliance party"), institution names, names in lists and
   affiliations, repeated names and collective bodies the model did not tag.
5. Aliases (kg.extract.aliases): candidates grouped into entities; surname-only mentions join the
   full name unless two people share it; acronyms join their expansion; a shorter organisation
   name joins the one longer name that contains it; a capital that acts ("Beijing said",
   "Washington imposed") is its country's government.
6. Coreference (kg.extract.coreference): definite descriptions ("the company", "the regulator",
   "the government", "the central bank") become extra mentions of the nearest compatible entity;
   they never create entities.
"""

from __future__ import annotations

import bisect

from kg.extract.aliases import Group, canonical_name, government_readings, group_candidates, merge_aliases
from kg.extract.candidates import (
    acronyms_as_defined, dateline_spans, find_candidates, headline_ranges, holders_after_fields, is_field_of_title,
)
from kg.extract.coreference import description_mentions, split_off_generic_heads
from kg.extract.entity_types import (
    firms_listed_after_their_noun, firms_listed_with_firms, leader_governments, people_after_title_words,
    people_named_like_places, people_taken_up_by_he_or_she, surnames_as_people, type_by_context,
    type_by_description,
    type_by_name_and_label, units_of_government_bodies, without_words_inside_titles,
)
from kg.extract.missed_names import (
    acronyms_after_descriptions, chambers_by_function, collective_bodies, countries_of_office_holders, firms_by_legal_form,
    firm_names_with_countries, firms_of_their_country,
    holders_after_elect_titles, holders_after_portfolios,
    institution_names, lowercase_units,
    national_bodies, outlets_named_before_their_kind, party_names, people_by_context, people_known_by_another_name,
    airline_names, places_of_firms, repeated_names, skipped_names,
)
from kg.extract.name_forms import name_key
from kg.extract.noise import (
    document_title_spans, is_bare_law_word, opens_a_law_name, portfolio_series_spans, split_off_noise,
    without_law_short_forms, without_legal_form_fragments, without_orphan_short_forms,
)
from kg.extract.table import EntityTable
from kg.gazetteer import Gazetteer, entity_path, load_gazetteer
from kg.models import Article, Entity, Mention


def resolve_entities(doc, article: Article | None = None, gazetteer: Gazetteer | None = None) -> EntityTable:
    """The entities of one article with every mention, canonical name, coarse type and aliases."""
    gaz = gazetteer or load_gazetteer()
    headlines = headline_ranges(doc.text)
    datelines = dateline_spans(doc.text)
    cands = acronyms_as_defined(doc, find_candidates(doc, gaz, headlines, datelines), gaz)

    # typing; the governments named by a leader's name are typed once and for all
    governments = leader_governments(doc, cands)
    type_by_name_and_label(doc, cands, gaz, settled=governments)
    type_by_context(doc, cands, settled=governments)
    type_by_description(doc, cands)
    people_after_title_words(doc, cands)
    cands = people_named_like_places(doc, cands)
    people_taken_up_by_he_or_she(doc, cands)
    units_of_government_bodies(doc, cands)
    firms_listed_with_firms(doc, cands)
    firms_listed_after_their_noun(doc, cands)
    cands = without_words_inside_titles(doc, cands)

    # noise; no name is found again where noise was
    cands, blocked = split_off_noise(doc, cands, settled=governments, gaz=gaz)
    cands = without_orphan_short_forms(cands)
    cands, generic_heads = split_off_generic_heads(cands)

    # names the model missed (the finders may take over candidates they absorb)
    cands += party_names(doc, gaz, cands, headlines)
    cands += collective_bodies(doc, gaz, cands)
    cands += national_bodies(doc, gaz, cands)
    cands += countries_of_office_holders(doc, gaz, cands)
    cands += people_by_context(doc, gaz, cands)
    cands += people_known_by_another_name(doc, cands)
    cands += places_of_firms(doc, gaz, cands)
    cands += lowercase_units(doc, cands)
    cands += chambers_by_function(doc, cands)
    cands += acronyms_after_descriptions(doc, gaz, cands)
    cands += institution_names(doc, gaz, cands, headlines)
    cands += skipped_names(doc, cands, headlines)
    cands += outlets_named_before_their_kind(doc, cands, headlines)
    cands += firms_by_legal_form(doc, cands, headlines)
    cands += firms_of_their_country(doc, gaz, cands)
    cands = firm_names_with_countries(doc, cands, gaz)
    cands = airline_names(doc, cands)
    cands += repeated_names(doc, cands, headlines, blocked)
    cands += holders_after_portfolios(doc, gaz, cands)
    cands += holders_after_elect_titles(doc, cands)
    cands = without_legal_form_fragments(doc, cands)
    # a dateline says where the story was filed, whichever finder found a name there again
    cands = [c for c in cands if not any(a <= c.start_char < b for a, b in datelines)]
    cands = [c for c in cands if not opens_a_law_name(doc, c)]
    cands = without_law_short_forms(doc, cands)
    cands = holders_after_fields(doc, cands)
    cands = [c for c in cands if not is_field_of_title(doc, c.start, c.end, gaz)]
    series = portfolio_series_spans(doc)
    cands = [c for c in cands if not any(a <= c.start and c.end <= b for a, b in series)]
    titles = document_title_spans(doc)
    cands = [c for c in cands if not is_bare_law_word(doc, c) and not (
        c.gaz is None and any(a <= c.start and c.end <= b for a, b in titles))]
    for c in cands:
        if c.gaz is None and c.start > 0 and doc[c.start - 1].text == "(" and \
                any(b <= doc[c.start - 1].idx <= b + 1 for a, b in datelines):
            c.type, c.cue = "MediaOutlet", True  # "TYLER, Texas (KLTV) -": the outlet that filed it
    surnames_as_people(cands)

    groups = group_candidates(doc, cands, gaz)
    groups = merge_aliases(doc, groups, gaz)
    # a body named only by a portfolio word inside job titles ("Finance Minister Kato") is no entity
    groups = [g for g in groups if not all(c.in_title for c in g.members)]
    # "Chairman of the Board" with no body named "... Board": the firm's own board, no entity
    groups = [g for g in groups if g.gaz is not None or {c.norm for c in g.members} != {"board"}]
    groups = government_readings(doc, groups, gaz)

    taken = [(c.start_char, c.end_char) for g in groups for c in g.members]
    description_mentions(doc, groups, taken, [(c.start_char, c.end_char, c.norm) for c in generic_heads])
    return _table(doc, groups)


def _table(doc, groups: list[Group]) -> EntityTable:
    """The entity table: one entity per group in order of first mention, keyed by its gazetteer
    path or by type and canonical name (numbered when two share one), with every mention located
    in its sentence."""
    table = EntityTable()
    used: set[str] = set()
    text = doc.text  # Doc.text joins every token on each access
    # sentence bounds once: Span.sent walks the whole document on every call
    sentences = [(sent.start_char, sent.end_char) for sent in doc.sents] if len(doc) else []
    sentence_starts = [a for a, _ in sentences]
    for g in sorted(groups, key=lambda g: g.first):
        name = canonical_name(g)
        key = g.gaz.path if g.gaz is not None and g.gaz.type == g.type else entity_path(g.type, name)
        base, n = key, 2
        while key in used:
            key, n = f"{base}-{n}", n + 1
        used.add(key)
        mentions = []
        spans = sorted({(c.start_char, c.end_char) for c in g.members} | set(g.extra_mentions))
        for s, e in spans:
            i = bisect.bisect_right(sentence_starts, s) - 1
            sent_start, sent_end = sentences[i] if i >= 0 else (s, e)
            mentions.append(Mention(
                text=text[s:e], start=s, end=e,
                sentence_start=min(sent_start, s), sentence_end=max(sent_end, e),
            ))
        aliases = [f for f in g.forms() if name_key(f) != name_key(name)]
        if g.gaz is not None:
            # a known name that ends in a possessive, read without it ("Standard & Poor" of "Standard &
            # Poor's cut the rating"): the name as written is a form of it too
            known = {f.lower().replace("’", "'") for f in g.gaz.forms}
            aliases += sorted({f"{c.text}'s" for c in g.members if text[c.end_char:c.end_char + 2] in ("'s", "’s")
                               and f"{c.text}'s".lower() in known} - set(aliases) - {name})
        # the name as written with its lower-case head ("the Green Rally party") is another form of it
        aliases += sorted({c.written for c in g.members if c.written} - set(aliases) - {name})
        table.add(Entity(
            key=key, name=name, type=g.type, ontology_class=g.cls, aliases=aliases, mentions=mentions,
            gazetteer_id=g.gaz.iri if g.gaz is not None and g.gaz.type == g.type else None,
            confidence=round(g.confidence, 2),
        ))
    return table
