"""Run SPARQL over a graph: inline text, a `.rq` file or a saved query, with bound parameters.

The work is done by pyoxigraph (a Rust store and SPARQL engine), not rdflib's Python parser, so
`kg query -g big.nt` on a million triples stays close to the speed of pyoxigraph itself.

- Parameters (`-p person="Xi Jinping"`) are turned into RDF terms and *bound* through pyoxigraph
  `substitutions`; they never become query text, so a value holding quotes or braces cannot change
  what the query does. (Remote endpoints have no binding mechanism in the protocol; there the
  terms go into a `VALUES` block, serialised by pyoxigraph, see `bind_as_values`.)
- Saved queries live in `queries/*.rq`. Each starts with a comment header: the first line says
  what question it answers, then `# param: NAME — meaning` lines, `(optional)` where it may be
  left out. Saved queries list their parameters in the SELECT clause (pyoxigraph binds only
  projected variables); `run_query` drops those constant columns from the answer.
- Update operations are refused unless the caller asks for them explicitly on a store.
"""

from __future__ import annotations

import csv
import difflib
import io
import json
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Sequence

from kg.errors import GraphError, InputError, QueryError, UsageError
from kg.io import printable

DEFAULT_GRAPH = Path("output/graph.ttl")
FORMATS = ("table", "csv", "tsv", "json")
UPDATE_KEYWORDS = frozenset({"INSERT", "DELETE", "LOAD", "CLEAR", "DROP", "CREATE", "ADD", "MOVE", "COPY", "WITH"})
QUERY_FORMS = frozenset({"SELECT", "ASK", "CONSTRUCT", "DESCRIBE"})
TABLE_CELL_WIDTH = 80  # longer cells (evidence sentences) are cut in the table view only

_XSD = "http://www.w3.org/2001/XMLSchema#"
_NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")
_SAVED_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]*$")
_PARAM_LINE = re.compile(r"^#\s*param:\s*([A-Za-z_][A-Za-z0-9_]*)\s*(?:—|–|-|:)?\s*(.*)$")

# One token of SPARQL, enough to find keywords and braces outside strings, IRIs and comments.
_TOKEN = re.compile(
    r'''(?P<string>"""(?:[^"\\]|\\.|"(?!""))*"""|\'\'\'(?:[^'\\]|\\.|'(?!''))*\'\'\'|"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*')'''
    r"|(?P<iri><[^<>\"{}|^`\\\s]*>)"
    r"|(?P<comment>\#[^\n]*)"
    r"|(?P<var>[?$][A-Za-z0-9_]+)"
    r"|(?P<word>[A-Za-z_][A-Za-z0-9_\-]*)"
    r"|(?P<other>\S)",
    re.DOTALL,
)


# --------------------------------------------------------------------------- saved queries


@dataclass(frozen=True)
class QueryParam:
    """A parameter a saved query declares in its header."""

    name: str
    meaning: str
    optional: bool


@dataclass(frozen=True)
class SavedQuery:
    """A `queries/*.rq` file: its name (the file stem), one-line description and parameters."""

    name: str
    path: Path
    description: str
    params: tuple[QueryParam, ...]

    @property
    def text(self) -> str:
        return self.path.read_text(encoding="utf-8")


def parse_header(text: str) -> tuple[str, tuple[QueryParam, ...]]:
    """The description (first comment line) and `# param:` lines of a saved query's header."""
    description = ""
    params: list[QueryParam] = []
    for line in text.splitlines():
        stripped = line.strip()
        if not stripped:
            continue
        if not stripped.startswith("#"):
            break  # the header ends at the first line of SPARQL
        match = _PARAM_LINE.match(stripped)
        if match:
            name, meaning = match.group(1), match.group(2).strip()
            optional = re.search(r"\(optional\b", meaning, re.IGNORECASE) is not None
            params.append(QueryParam(name, meaning, optional))
        elif not description:
            description = stripped.lstrip("#").strip()
    return description, tuple(params)


def saved_queries(folder: Path | None = None) -> list[SavedQuery]:
    """Every saved query, sorted by name."""
    if folder is None:
        from kg.resources import queries_dir

        folder = queries_dir()
    found = []
    for path in sorted(Path(folder).glob("*.rq")):
        description, params = parse_header(path.read_text(encoding="utf-8"))
        found.append(SavedQuery(path.stem, path, description, params))
    return found


def get_saved_query(name: str, folder: Path | None = None) -> SavedQuery:
    """The saved query called `name`; a UsageError naming the closest names when there is none."""
    queries = {q.name: q for q in saved_queries(folder)}
    if name in queries:
        return queries[name]
    close = difflib.get_close_matches(name, list(queries), n=3, cutoff=0.5)
    hint = f"did you mean {', '.join(close)}? " if close else ""
    raise UsageError(f"unknown saved query {name!r}; {hint}`kg queries` lists the saved queries")


def resolve_query(query: str) -> tuple[str, SavedQuery | None]:
    """QUERY as given on the command line -> (SPARQL text, the saved query it names, if any).

    In order of evidence: an existing file is read; a bare name is a saved query; anything else is
    inline SPARQL. A `.rq` path that does not exist is an error, not inline text.
    """
    text = query.strip()
    if not text:
        raise UsageError("the query is empty; give inline SPARQL, a .rq file or a saved query name (`kg queries`)")
    if "\n" not in text and len(text) < 4096:
        path = Path(text)
        try:
            is_file = path.is_file()
        except OSError:
            is_file = False
        if is_file:
            try:
                return path.read_text(encoding="utf-8"), None
            except (OSError, UnicodeDecodeError) as error:
                raise InputError(f"cannot read the query file: {error}", path=str(path)) from None
        if text.endswith(".rq"):
            raise InputError("no such query file; check the path or give a saved query name (`kg queries`)", path=text)
        if _SAVED_NAME.match(text):
            saved = get_saved_query(text)
            return saved.text, saved
    return query, None


# --------------------------------------------------------------------------- SPARQL text


def _tokens(text: str) -> Iterable[tuple[str, str, int]]:
    for match in _TOKEN.finditer(text):
        kind = match.lastgroup
        if kind == "comment":
            continue
        yield kind, match.group(), match.start()


def query_form(text: str) -> str:
    """The upper-cased first keyword after the prologue: SELECT, ASK, ..., or an update keyword."""
    tokens = list(_tokens(text))
    i = 0
    while i < len(tokens):
        kind, value, _ = tokens[i]
        upper = value.upper()
        if kind == "word" and upper == "BASE":
            i += 2
            continue
        if kind == "word" and upper == "PREFIX":
            # PREFIX name: <iri>  (the name may be empty: PREFIX : <iri>)
            i += 1
            while i < len(tokens) and tokens[i][0] != "iri":
                i += 1
            i += 1
            continue
        if kind == "word":
            return upper
        return value
    return ""


def is_update(text: str) -> bool:
    """True when the text is a SPARQL Update request (INSERT, DELETE, LOAD, CLEAR, DROP, ...)."""
    return query_form(text) in UPDATE_KEYWORDS


def variables_in(text: str) -> set[str]:
    """Names of the variables mentioned anywhere in the query (outside strings and comments)."""
    return {value[1:] for kind, value, _ in _tokens(text) if kind == "var"}


def has_dataset_clause(text: str) -> bool:
    """True when the query names its own dataset (FROM / FROM NAMED)."""
    return any(kind == "word" and value.upper() == "FROM" for kind, value, _ in _tokens(text))


def _where_brace(text: str) -> int:
    """Offset just after the `{` that opens the query's outermost WHERE group."""
    form = None
    depth = 0
    groups_seen = 0
    construct_template = False
    for kind, value, start in _tokens(text):
        upper = value.upper() if kind == "word" else ""
        if form is None and upper in QUERY_FORMS:
            form = upper
            continue
        if form == "CONSTRUCT" and groups_seen == 0 and depth == 0 and upper == "WHERE":
            construct_template = False
            form = "CONSTRUCT-WHERE"
            continue
        if kind == "other" and value == "{":
            if depth == 0 and form is not None:
                if form == "CONSTRUCT" and not construct_template and groups_seen == 0:
                    construct_template = True
                    groups_seen += 1
                    depth += 1
                    continue
                return start + 1
            depth += 1
        elif kind == "other" and value == "}":
            depth -= 1
    raise QueryError("cannot find the WHERE clause of the query to bind its parameters")


def bind_as_values(text: str, bindings: dict[str, object]) -> str:
    """The query with a `VALUES` block binding `bindings` at the start of its WHERE group.

    For remote endpoints only, where the protocol has no way to pass bindings. Every value is an
    RDF term serialised by pyoxigraph (N-Triples escaping), so it stays one term whatever it holds.
    """
    if not bindings:
        return text
    names = sorted(bindings)
    header = " ".join(f"?{name}" for name in names)
    row = " ".join(str(bindings[name]) for name in names)
    at = _where_brace(text)
    return f"{text[:at]} VALUES ({header}) {{ ({row}) }} {text[at:]}"


def prefixes() -> dict[str, str]:
    """The project prefixes (kg:, id:, org:, sem:, ...) so inline queries need no PREFIX lines."""
    from kg.namespaces import PREFIXES

    return {name: str(namespace) for name, namespace in PREFIXES.items()}


# --------------------------------------------------------------------------- parameters


def to_term(value: str):
    """A `-p NAME=VALUE` value as an RDF term: an IRI if it looks like one, else a typed literal.

    `<...>`, `http(s)://...`, `urn:...` and `kg:`/`id:`-style prefixed names are IRIs; integers,
    decimals and ISO dates get their XSD type; anything else is a plain string literal.
    """
    import pyoxigraph as ox

    try:
        if value.startswith("<") and value.endswith(">"):
            return ox.NamedNode(value[1:-1])
        if re.match(r"^(https?|urn|ftp|mailto):\S+$", value):
            return ox.NamedNode(value)
        prefixed = re.match(r"^([A-Za-z][A-Za-z0-9_-]*):([^\s:/][^\s]*)$", value)
        if prefixed:
            known = prefixes()
            if prefixed.group(1) in known:
                return ox.NamedNode(known[prefixed.group(1)] + prefixed.group(2))
    except ValueError as error:
        raise UsageError(f"parameter value {value!r} looks like an IRI but is not a valid one ({error})") from None
    if re.match(r"^[+-]?\d+$", value):
        return ox.Literal(value, datatype=ox.NamedNode(_XSD + "integer"))
    if re.match(r"^[+-]?\d*\.\d+$", value):
        return ox.Literal(value, datatype=ox.NamedNode(_XSD + "decimal"))
    if re.match(r"^\d{4}-\d{2}-\d{2}$", value):
        return ox.Literal(value, datatype=ox.NamedNode(_XSD + "date"))
    return ox.Literal(value)


def parse_param(assignment: str) -> tuple[str, str]:
    """`NAME=VALUE` -> (NAME, VALUE); a UsageError for anything else."""
    name, sep, value = assignment.partition("=")
    name = name.strip().lstrip("?$")
    if not sep or not _NAME.match(name):
        raise UsageError(f"bad parameter {assignment!r}; write -p NAME=VALUE, for example -p person=\"Xi Jinping\"")
    return name, value


def _check_params(params: dict[str, str], saved: SavedQuery | None, text: str) -> None:
    for name in params:
        if not _NAME.match(name):
            raise UsageError(f"bad parameter name {name!r}; names are letters, digits and _")
    if saved is None:
        unknown = sorted(set(params) - variables_in(text))
        if unknown:
            raise UsageError(f"parameter {unknown[0]!r} is not a variable of the query; use -p NAME=VALUE with ?NAME in the query")
        return
    declared = {p.name for p in saved.params}
    unknown = sorted(set(params) - declared)
    if unknown:
        takes = ", ".join(sorted(declared)) or "no parameters"
        close = difflib.get_close_matches(unknown[0], sorted(declared), n=1, cutoff=0.6)
        hint = f"did you mean {close[0]!r}? " if close else ""
        raise UsageError(f"saved query {saved.name!r} has no parameter {unknown[0]!r}; {hint}it takes: {takes}")
    for param in saved.params:
        if not param.optional and param.name not in params:
            raise UsageError(f"saved query {saved.name!r} needs parameter {param.name!r} ({param.meaning}); pass -p {param.name}=VALUE")


# --------------------------------------------------------------------------- results


@dataclass
class QueryResult:
    """The answer of a query, materialised: solutions, a boolean or triples."""

    form: str  # "select", "ask", "graph" or "update"
    variables: list[str] = field(default_factory=list)
    rows: list[tuple] = field(default_factory=list)  # pyoxigraph terms, None where unbound
    boolean: bool | None = None
    triples: list = field(default_factory=list)  # pyoxigraph Triple

    def column(self, name: str) -> list:
        """The values of one variable, in row order (None where unbound)."""
        index = self.variables.index(name)
        return [row[index] for row in self.rows]

    def records(self) -> list[dict[str, str | None]]:
        """Rows as dicts of plain strings (IRI, lexical form or blank node id), for library users."""
        return [
            {name: (None if term is None else term.value) for name, term in zip(self.variables, row)}
            for row in self.rows
        ]


def result_from_pyoxigraph(answer, hidden: Iterable[str] = ()) -> QueryResult:
    """A QueryResult from what pyoxigraph's `query` or `parse_query_results` returned."""
    import pyoxigraph as ox

    if isinstance(answer, ox.QueryBoolean):
        return QueryResult("ask", boolean=bool(answer))
    if isinstance(answer, ox.QuerySolutions):
        hidden = set(hidden)
        names = [v.value for v in answer.variables]
        keep = [i for i, name in enumerate(names) if name not in hidden]
        rows = []
        for solution in answer:
            rows.append(tuple(solution[i] for i in keep))
        return QueryResult("select", variables=[names[i] for i in keep], rows=rows)
    return QueryResult("graph", triples=list(answer))


def _term_json(term) -> dict:
    import pyoxigraph as ox

    if isinstance(term, ox.NamedNode):
        return {"type": "uri", "value": term.value}
    if isinstance(term, ox.BlankNode):
        return {"type": "bnode", "value": term.value}
    if isinstance(term, ox.Literal):
        out = {"type": "literal", "value": term.value}
        if term.language:
            out["xml:lang"] = term.language
        elif term.datatype.value != _XSD + "string":
            out["datatype"] = term.datatype.value
        return out
    return {"type": "triple", "value": str(term)}


def _term_csv(term) -> str:
    import pyoxigraph as ox

    if term is None:
        return ""
    if isinstance(term, ox.BlankNode):
        return f"_:{term.value}"
    if isinstance(term, (ox.NamedNode, ox.Literal)):
        return printable(term.value)
    return printable(str(term))


def compact_iri(iri: str, known: dict[str, str]) -> str:
    best = ""
    for name, namespace in known.items():
        if iri.startswith(namespace) and len(namespace) > len(known.get(best, "")):
            best = name
    if best:
        return f"{best}:{iri[len(known[best]):]}"
    return f"<{iri}>"


def _term_table(term, known: dict[str, str]) -> str:
    import pyoxigraph as ox

    if term is None:
        return ""
    if isinstance(term, ox.NamedNode):
        text = compact_iri(term.value, known)
    elif isinstance(term, ox.BlankNode):
        text = f"_:{term.value}"
    elif isinstance(term, ox.Literal):
        text = term.value + (f"@{term.language}" if term.language else "")
    else:
        text = str(term)
    text = printable(" ".join(text.split()))  # one line per row, whatever the literal holds
    if len(text) > TABLE_CELL_WIDTH:
        text = text[: TABLE_CELL_WIDTH - 1] + "…"
    return text


def _sorted_ntriples(triples) -> str:
    return "".join(sorted({f"{t.subject} {t.predicate} {t.object} .\n" for t in triples}))


def table_cells(result: QueryResult) -> list[list[str]]:
    """The rows of a SELECT answer as the table view shows them (prefixed IRIs, long cells cut)."""
    known = prefixes()
    return [[_term_table(term, known) for term in row] for row in result.rows]


def format_result(result: QueryResult, fmt: str = "table") -> str:
    """The result as text: `table` (aligned, prefixed IRIs), `csv`, `tsv` or `json` (SPARQL 1.1 results).

    CONSTRUCT/DESCRIBE answers are Turtle in the table view and sorted N-Triples otherwise
    (`json` gives JSON-LD). In every format a control or invisible character in a value is
    written as a `\\uXXXX` escape (`kg.io.printable`; valid in JSON, Turtle and N-Triples too),
    so a label from a hostile article cannot drive the terminal the answer is printed on.
    """
    text = _format_result(result, fmt)
    return text if fmt == "csv" else printable(text)  # CSV values are escaped one by one: CRLF rows


def _format_result(result: QueryResult, fmt: str) -> str:
    if fmt not in FORMATS:
        raise UsageError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")
    if result.form == "update":
        return ""
    if result.form == "ask":
        if fmt == "json":
            return json.dumps({"head": {}, "boolean": result.boolean}) + "\n"
        return ("true" if result.boolean else "false") + "\n"
    if result.form == "graph":
        import pyoxigraph as ox

        if fmt == "table":
            return ox.serialize(result.triples, format=ox.RdfFormat.TURTLE, prefixes=prefixes()).decode("utf-8")
        if fmt == "json":
            return ox.serialize(result.triples, format=ox.RdfFormat.JSON_LD).decode("utf-8") + "\n"
        return _sorted_ntriples(result.triples)
    if fmt == "json":
        bindings = [
            {name: _term_json(term) for name, term in zip(result.variables, row) if term is not None}
            for row in result.rows
        ]
        return json.dumps({"head": {"vars": result.variables}, "results": {"bindings": bindings}}, ensure_ascii=False, indent=1) + "\n"
    if fmt == "csv":
        buffer = io.StringIO()
        writer = csv.writer(buffer)  # CRLF line ends, as SPARQL 1.1 CSV results say
        writer.writerow(result.variables)
        for row in result.rows:
            writer.writerow([_term_csv(term) for term in row])
        return buffer.getvalue()
    if fmt == "tsv":
        lines = ["\t".join(f"?{name}" for name in result.variables)]
        lines += ["\t".join("" if term is None else str(term) for term in row) for row in result.rows]
        return "\n".join(lines) + "\n"
    cells = table_cells(result)
    widths = [len(name) for name in result.variables]
    for row in cells:
        widths = [max(w, len(c)) for w, c in zip(widths, row)]
    lines = ["  ".join(name.ljust(w) for name, w in zip(result.variables, widths)).rstrip()]
    lines.append("  ".join("-" * w for w in widths))
    lines += ["  ".join(c.ljust(w) for c, w in zip(row, widths)).rstrip() for row in cells]
    count = len(result.rows)
    lines.append(f"({count} row{'s' if count != 1 else ''})")
    return "\n".join(lines) + "\n"


# --------------------------------------------------------------------------- graphs


def rdf_format(path: Path | str):
    """The pyoxigraph RdfFormat of a graph file, from its extension."""
    import pyoxigraph as ox

    name = str(path)
    if name == "-":
        return ox.RdfFormat.TURTLE
    suffix = Path(name).suffix.lower()
    if suffix == ".gz":
        raise UsageError(f"{name}: compressed graphs are not read directly; decompress it first")
    from kg.graph import parse_format_name

    fmt = parse_format_name(name)
    if fmt is None:
        raise UsageError(f"{name}: cannot tell the RDF format from the extension; use .ttl, .nt, .nq, .trig, .jsonld or .rdf")
    return getattr(ox.RdfFormat, fmt)


def graph_syntax_error(error: SyntaxError, path: str) -> GraphError:
    """A one-line GraphError naming the file and the line (see kg.graph.graph_syntax_error)."""
    from kg.graph import graph_syntax_error as syntax_error, parse_format_name

    return syntax_error(error, path, parse_format_name(path) or "RDF")


def load_graphs(paths: Sequence[Path | str], store=None):
    """A pyoxigraph Store holding every file in `paths` (in memory unless `store` is given).

    Turtle/N-Triples go to the default graph, TriG/N-Quads keep their named graphs; query with
    `use_default_graph_as_union=True` to see them all. `bulk_load` parses in Rust without
    holding the whole file as Python objects, which is what keeps big files fast. An item may
    also be an rdflib Graph or Dataset in memory (what `kg.graph.load_graph` and
    `kg.pipeline.build_dataset` return); its named graphs are kept.
    """
    import pyoxigraph as ox
    from rdflib import Graph

    store = ox.Store() if store is None else store
    for path in paths:
        if isinstance(path, Graph):
            from kg.graph import serialize

            store.load(input=serialize(path, "nq"), format=ox.RdfFormat.N_QUADS)
            continue
        name = str(path)
        fmt = rdf_format(name)
        try:
            if name == "-":
                store.load(input=sys.stdin.buffer.read(), format=fmt)
                continue
            file = Path(name)
            if not file.exists():
                hint = "run `kg extract ARTICLE` first or pass -g GRAPH" if file == DEFAULT_GRAPH else "check the path"
                raise InputError(f"no such graph file; {hint}", path=name)
            if file.is_dir():
                raise InputError("is a folder, not a graph file; for a store use --store DIR", path=name)
            store.bulk_load(path=name, format=fmt)
        except SyntaxError as error:
            raise graph_syntax_error(error, name) from None
        except (UnicodeDecodeError, ValueError) as error:
            raise GraphError(f"not readable as RDF ({' '.join(str(error).split())}); is it a graph file?", path=name) from None
        except OSError as error:
            raise InputError(f"cannot read the graph: {error.strerror or error}", path=name) from None
    return store


# --------------------------------------------------------------------------- running


def _substitutions(params: dict[str, str], min_confidence: float | None):
    import pyoxigraph as ox

    terms = {name: to_term(value) for name, value in params.items()}
    if min_confidence is not None:
        terms["min_confidence"] = ox.Literal(repr(float(min_confidence)), datatype=ox.NamedNode(_XSD + "double"))
    return terms


def _is_rdflib_graph(value) -> bool:
    from rdflib import Graph

    return isinstance(value, Graph)


def run_query(
    query: str,
    graphs: Sequence[Path | str] | None = None,
    params: dict[str, str] | None = None,
    store=None,
    endpoint: str | None = None,
    min_confidence: float | None = None,
    update: bool = False,
    timeout: float = 60.0,
) -> QueryResult:
    """Run QUERY (inline SPARQL, a `.rq` path or a saved query name) and return its answer.

    The data is one of: `graphs` (files or in-memory rdflib graphs, merged; default
    `output/graph.ttl`), `store` (an Oxigraph store directory or an open `pyoxigraph.Store`) or
    `endpoint` (a SPARQL 1.1 query URL).
    `params` are bound, never spliced into the text. `min_confidence` binds `?min_confidence`,
    which the saved queries use to drop facts extracted with lower confidence. Updates are
    refused unless `update=True` and a store is given.
    """
    params = dict(params or {})
    if isinstance(graphs, (str, Path)) or _is_rdflib_graph(graphs):
        graphs = [graphs]  # one file or one in-memory graph, not a sequence of them
    text, saved = resolve_query(query)
    sources = sum(x is not None for x in (store, endpoint)) + bool(graphs)
    if sources > 1:
        raise UsageError("give only one of -g GRAPH, --store DIR and --endpoint URL")

    if is_update(text):
        if not update:
            raise QueryError("update operations (INSERT, DELETE, LOAD, CLEAR, DROP, ...) are refused; pass --update with --store DIR to change a store")
        if store is None:
            raise UsageError("--update works only on a store; pass --store DIR (graph files are never modified)")
        if params or min_confidence is not None:
            raise UsageError("parameters cannot be bound in an update; write the values into the update")
        from kg.store import run_update

        run_update(store, text)
        return QueryResult("update")
    if update:
        raise UsageError("--update was given but the query is not an update (INSERT, DELETE, ...)")

    form = query_form(text)
    if form not in QUERY_FORMS:
        raise QueryError(f"malformed SPARQL: expected SELECT, ASK, CONSTRUCT or DESCRIBE, found {form or 'nothing'!r}")
    if min_confidence is not None:
        declared = {p.name for p in saved.params} if saved else variables_in(text)
        if "min_confidence" not in declared:
            what = f"saved query {saved.name!r}" if saved else "the query"
            raise UsageError(f"{what} does not filter by confidence; --min-confidence needs ?min_confidence in the query")
        params.pop("min_confidence", None)
    _check_params(params, saved, text)
    bindings = _substitutions(params, min_confidence)
    hidden = {p.name for p in saved.params} if saved else set()

    if endpoint is not None:
        from kg.endpoint import sparql_query

        answer = sparql_query(endpoint, bind_as_values(text, bindings), timeout=timeout)
        if answer.form == "select" and hidden:
            keep = [i for i, name in enumerate(answer.variables) if name not in hidden]
            answer = QueryResult("select", [answer.variables[i] for i in keep], [tuple(r[i] for i in keep) for r in answer.rows])
        return answer

    if store is not None:
        from kg.store import open_store

        oxstore = open_store(store, read_only=True) if isinstance(store, (str, Path)) else store
    else:
        oxstore = load_graphs(list(graphs) if graphs else [DEFAULT_GRAPH])
    return execute(oxstore, text, bindings, hidden)


def execute(oxstore, text: str, bindings: dict | None = None, hidden: Iterable[str] = ()) -> QueryResult:
    """Run a read-only query on an open pyoxigraph Store, named graphs visible as the default graph."""
    import pyoxigraph as ox

    substitutions = {ox.Variable(name): term for name, term in (bindings or {}).items()} or None
    try:
        answer = oxstore.query(text, use_default_graph_as_union=True, prefixes=prefixes(), substitutions=substitutions)
        return result_from_pyoxigraph(answer, hidden)
    except SyntaxError as error:
        raise QueryError(f"malformed SPARQL: {' '.join(str(error).split())}") from None
    except RuntimeError as error:
        message = " ".join(str(error).split())
        if "SELECT projection" in message:
            names = ", ".join(f"?{n}" for n in sorted(bindings or {}))
            raise UsageError(
                f"cannot bind {names}: list the parameter variables in the SELECT clause "
                "(parameters are bound only in SELECT queries that project them)"
            ) from None
        raise QueryError(f"the query failed: {message}") from None
    except OSError as error:
        raise QueryError(f"the query failed: {error}") from None
