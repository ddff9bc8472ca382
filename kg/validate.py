"""SHACL validation of a graph against ontology/shapes.ttl (pySHACL, no inference by default).

`validate_graph` returns a report rather than raising, so a library user can inspect every
violation; the CLI prints the report and turns a non-conforming graph into a ValidationError.
No inference keeps it fast and honest: extraction asserts every class the shapes rely on.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from rdflib import Graph, URIRef
from rdflib.namespace import RDF, SH

from kg.errors import GraphError, UsageError
from kg.graph import load_graph, union_graph
from kg.namespaces import ID, PREFIXES
from kg.resources import ontology_file

__all__ = ["ValidationReport", "Violation", "validate_graph", "load_shapes"]

INFERENCE_MODES = ("none", "rdfs", "owlrl", "both")


@dataclass(frozen=True, order=True)
class Violation:
    """One SHACL result, in the terms a reader needs: which node, which property, what is wrong."""

    focus: str
    path: str
    message: str
    severity: str = "Violation"
    value: str = ""
    shape: str = ""

    def __str__(self) -> str:
        where = f"{self.focus}" + (f" {self.path}" if self.path else "")
        value = f" (value: {self.value})" if self.value else ""
        return f"{self.severity}: {where}: {self.message}{value}"


@dataclass
class ValidationReport:
    conforms: bool
    violations: list[Violation] = field(default_factory=list)  # every result, warnings included
    text: str = ""  # pySHACL's own report, for --debug and library users

    @property
    def warnings(self) -> list[Violation]:
        return [v for v in self.violations if v.severity != "Violation"]

    def summary(self) -> str:
        warned = f" ({len(self.warnings)} warning(s))" if self.warnings else ""
        if self.conforms:
            return f"the graph conforms to the shapes{warned}"
        errors = len(self.violations) - len(self.warnings)
        return f"the graph does not conform to the shapes: {errors} violation(s){warned}"


@cache
def _default_shapes() -> Graph:
    return load_shapes(ontology_file("shapes.ttl"))


def load_shapes(path: str | Path) -> Graph:
    """Parse a SHACL shapes file (any RDF format `kg.graph.load_graph` reads, by extension)."""
    if not Path(path).is_file():
        raise GraphError("no such shapes file; pass --shapes with an existing file", path=str(path))
    return union_graph(load_graph([path]))


def validate_graph(graph: Graph, shapes: Graph | str | Path | None = None, inference: str = "none") -> ValidationReport:
    """Check `graph` (a Graph or a Dataset: every named graph, as their union) against the shapes.

    `shapes` defaults to the bundled ontology/shapes.ttl; `inference` is pySHACL's
    (`none`, `rdfs`, `owlrl`, `both`).
    """
    import pyshacl

    if inference not in INFERENCE_MODES:
        raise UsageError(f"unknown inference mode {inference!r}; use one of {', '.join(INFERENCE_MODES)}")
    if shapes is None:
        shapes_graph = _default_shapes()
    elif isinstance(shapes, Graph):
        shapes_graph = shapes
    else:
        shapes_graph = load_shapes(shapes)
    data = union_graph(graph)
    conforms, results_graph, text = pyshacl.validate(
        data,
        shacl_graph=shapes_graph,
        inference=None if inference == "none" else inference,
        abort_on_first=False,
        allow_warnings=True,  # sh:Warning results are reported but do not fail the graph
        meta_shacl=False,
        advanced=True,
    )
    violations = sorted(_violations(results_graph, data))
    return ValidationReport(conforms=bool(conforms), violations=violations, text=str(text))


def _violations(results: Graph, data: Graph) -> list[Violation]:
    out = []
    names = data.namespace_manager
    for prefix, ns in PREFIXES.items():
        names.bind(prefix, ns, override=False)

    def show(node) -> str:
        if node is None:
            return ""
        if isinstance(node, URIRef):
            if str(node).startswith(str(ID)):
                return f"id:{str(node)[len(str(ID)):]}"
            try:
                return node.n3(names)
            except Exception:  # an IRI that cannot be abbreviated
                return f"<{node}>"
        if isinstance(node, Graph):
            return ""
        text = str(node)
        return text if len(text) <= 80 else text[:77] + "..."

    for result in results.subjects(RDF.type, SH.ValidationResult):
        focus = results.value(result, SH.focusNode)
        path = results.value(result, SH.resultPath)
        message = results.value(result, SH.resultMessage)
        severity = results.value(result, SH.resultSeverity)
        value = results.value(result, SH.value)
        shape = results.value(result, SH.sourceShape)
        out.append(
            Violation(
                focus=show(focus),
                path=show(path) if isinstance(path, URIRef) else ("(path)" if path is not None else ""),
                message=str(message) if message is not None else "does not conform",
                severity=str(severity).rsplit("#", 1)[-1] if severity is not None else "Violation",
                value=show(value) if value is not None and value != focus else "",
                shape=show(shape) if isinstance(shape, URIRef) else "",
            )
        )
    return out
