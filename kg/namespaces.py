"""RDF namespaces, declared once. Ontology terms come from here, not from string literals.

The project ontology is in ontology/kg.ttl under KG; instance data (articles, entities,
facts) is minted under ID (see kg.graph for the IRI scheme).
"""

from __future__ import annotations

from rdflib import Namespace
from rdflib.namespace import DCTERMS, FOAF, OWL, PROV, RDF, RDFS, SDO, SKOS, XSD

KG = Namespace("https://w3id.org/polecon-kg/ontology#")
ID = Namespace("https://w3id.org/polecon-kg/id/")
ORG = Namespace("http://www.w3.org/ns/org#")
SEM = Namespace("http://semanticweb.cs.vu.nl/2009/11/sem/")
SH = Namespace("http://www.w3.org/ns/shacl#")
SCHEMA = SDO

PREFIXES: dict[str, Namespace] = {
    "kg": KG,
    "id": ID,
    "org": ORG,
    "sem": SEM,
    "prov": PROV,
    "foaf": FOAF,
    "schema": SCHEMA,
    "dcterms": DCTERMS,
    "skos": SKOS,
    "rdf": RDF,
    "rdfs": RDFS,
    "owl": OWL,
    "xsd": XSD,
}


def sparql_prologue() -> str:
    """PREFIX lines for every namespace above, for queries the library writes itself."""
    return "".join(f"PREFIX {p}: <{ns}>\n" for p, ns in PREFIXES.items())
