"""kg query: inline / .rq / saved queries, bound parameters, formats, errors, update refusal.

The graph is a small hand-written TriG file that follows docs/DESIGN.md (two articles, one named
graph each), so these tests do not depend on extraction quality.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from kg.cli import app
from kg.errors import QueryError, UsageError
from kg.query import bind_as_values, format_result, is_update, parse_header, run_query, saved_queries, to_term

FIXTURE_TRIG = r"""
@prefix kg: <https://w3id.org/polecon-kg/ontology#> .
@prefix id: <https://w3id.org/polecon-kg/id/> .
@prefix org: <http://www.w3.org/ns/org#> .
@prefix sem: <http://semanticweb.cs.vu.nl/2009/11/sem/> .
@prefix prov: <http://www.w3.org/ns/prov#> .
@prefix schema: <https://schema.org/> .
@prefix dcterms: <http://purl.org/dc/terms/> .
@prefix rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .

id:graph\/summit {
  id:article\/summit a kg:Article, prov:Entity, schema:NewsArticle ;
    dcterms:identifier "summit" ; dcterms:title "Leader meets founders" ; dcterms:source "Test Wire" ;
    schema:datePublished "2025-02-18"^^xsd:date ; kg:extractedWith "kg 0.1.0" ; kg:model "en_core_web_sm 3.8.0" .
  id:person\/xi-jinping a kg:Person, kg:PoliticalLeader ; rdfs:label "Xi Jinping" ; skos:altLabel "Xi" ; kg:mentionedIn id:article\/summit .
  id:person\/jack-ma a kg:Person, kg:BusinessExecutive ; rdfs:label "Jack Ma" ; kg:mentionedIn id:article\/summit .
  id:person\/pony-ma a kg:Person, kg:BusinessExecutive ; rdfs:label "Pony Ma" ; kg:mentionedIn id:article\/summit .
  id:company\/tencent a kg:Company ; rdfs:label "Tencent" ; kg:mentionedIn id:article\/summit .
  id:company\/alibaba a kg:Company ; rdfs:label "Alibaba" ; kg:mentionedIn id:article\/summit .
  id:place\/beijing a kg:Place ; rdfs:label "Beijing" ; kg:mentionedIn id:article\/summit .
  id:mediaoutlet\/xinhua a kg:MediaOutlet ; rdfs:label "Xinhua" ; kg:mentionedIn id:article\/summit .
  id:marketindex\/hang-seng-tech a kg:MarketIndex ; rdfs:label "Hang Seng Tech" ; kg:mentionedIn id:article\/summit .
  id:position\/p1 a org:Membership, kg:Position ; org:member id:person\/pony-ma ; org:organization id:company\/tencent ;
    org:role id:role\/ceo ; kg:title "CEO" ;
    prov:wasDerivedFrom id:article\/summit ; kg:evidenceText "Tencent CEO Pony Ma attended." ; kg:evidenceStart 40 ; kg:evidenceEnd 69 ; kg:confidence 0.9 .
  id:person\/pony-ma kg:holdsPosition id:company\/tencent .
  id:role\/ceo a org:Role ; rdfs:label "CEO" .
  id:relation\/r1 a kg:RelationAssertion, rdf:Statement ; rdf:subject id:person\/jack-ma ; rdf:predicate kg:founded ; rdf:object id:company\/alibaba ;
    prov:wasDerivedFrom id:article\/summit ; kg:evidenceText "Jack Ma, who founded Alibaba, was there." ; kg:evidenceStart 70 ; kg:evidenceEnd 110 ; kg:confidence 0.8 .
  id:person\/jack-ma kg:founded id:company\/alibaba .
  id:event\/m1 a sem:Event, kg:Event, kg:Meeting ; rdfs:label "Meeting: Xi Jinping, Jack Ma, Pony Ma" ;
    kg:chair id:person\/xi-jinping ; kg:attendee id:person\/jack-ma, id:person\/pony-ma ;
    sem:hasActor id:person\/xi-jinping, id:person\/jack-ma, id:person\/pony-ma ;
    kg:location id:place\/beijing ; sem:hasPlace id:place\/beijing ;
    sem:hasTimeStamp "2025-02-17"^^xsd:date ; kg:dateText "on Monday" ; kg:trigger "met" ;
    prov:wasDerivedFrom id:article\/summit ; kg:evidenceText "Xi met Jack Ma and Pony Ma in Beijing on Monday." ; kg:evidenceStart 0 ; kg:evidenceEnd 39 ; kg:confidence 0.9 .
  id:event\/mm1 a sem:Event, kg:Event, kg:MarketMove ; rdfs:label "MarketMove: Hang Seng Tech" ;
    kg:subject id:marketindex\/hang-seng-tech ; sem:hasActor id:marketindex\/hang-seng-tech ;
    sem:hasTimeStamp "2025-02-18"^^xsd:date ; kg:value "+2.5%" ; kg:trigger "rose" ;
    prov:wasDerivedFrom id:article\/summit ; kg:evidenceText "The Hang Seng Tech index rose 2.5%." ; kg:evidenceStart 111 ; kg:evidenceEnd 146 ; kg:confidence 0.7 .
  id:quote\/q1 a kg:Quote ; kg:speaker id:person\/xi-jinping ; kg:quoteText "remove all kinds of obstacles" ; kg:source id:mediaoutlet\/xinhua ;
    prov:wasDerivedFrom id:article\/summit ; kg:evidenceText "\"remove all kinds of obstacles\", Xi said, Xinhua reported." ; kg:evidenceStart 147 ; kg:evidenceEnd 200 ; kg:confidence 0.9 .
}

id:graph\/probe {
  id:article\/probe a kg:Article, prov:Entity, schema:NewsArticle ;
    dcterms:identifier "probe" ; dcterms:title "Regulator opens probe" ; dcterms:source "Test Wire" ;
    schema:datePublished "2025-03-01"^^xsd:date ; kg:extractedWith "kg 0.1.0" ; kg:model "en_core_web_sm 3.8.0" .
  id:governmentbody\/samr a kg:GovernmentBody, kg:Regulator ; rdfs:label "State Administration for Market Regulation" ; skos:altLabel "SAMR" ; kg:mentionedIn id:article\/probe .
  id:company\/alibaba a kg:Company ; rdfs:label "Alibaba" ; skos:altLabel "Alibaba Group" ; kg:mentionedIn id:article\/probe .
  id:person\/jack-ma a kg:Person, kg:BusinessExecutive ; rdfs:label "Jack Ma" ; skos:altLabel "Ma" ; kg:mentionedIn id:article\/probe .
  id:relation\/r2 a kg:RelationAssertion, rdf:Statement ; rdf:subject id:governmentbody\/samr ; rdf:predicate kg:regulates ; rdf:object id:company\/alibaba ;
    prov:wasDerivedFrom id:article\/probe ; kg:evidenceText "SAMR, which regulates Alibaba, opened a probe." ; kg:evidenceStart 0 ; kg:evidenceEnd 45 ; kg:confidence 0.6 .
  id:governmentbody\/samr kg:regulates id:company\/alibaba .
  id:event\/ra1 a sem:Event, kg:Event, kg:RegulatoryAction ; rdfs:label "RegulatoryAction: State Administration for Market Regulation, Alibaba" ;
    kg:actor id:governmentbody\/samr ; kg:target id:company\/alibaba ; sem:hasActor id:governmentbody\/samr, id:company\/alibaba ;
    sem:hasTimeStamp "2025-02"^^xsd:gYearMonth ; kg:trigger "probe" ;
    prov:wasDerivedFrom id:article\/probe ; kg:evidenceText "SAMR, which regulates Alibaba, opened a probe." ; kg:evidenceStart 0 ; kg:evidenceEnd 45 ; kg:confidence 0.6 .
  id:quote\/q2 a kg:Quote ; kg:speaker id:person\/jack-ma ; kg:quoteText "we will cooperate" ;
    prov:wasDerivedFrom id:article\/probe ; kg:evidenceText "\"We will cooperate,\" Ma said." ; kg:evidenceStart 46 ; kg:evidenceEnd 75 ; kg:confidence 0.4 .
}
"""
FIXTURE_QUADS = 162  # quads in FIXTURE_TRIG (Jack Ma and Alibaba appear in both article graphs)

COUNT = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"

runner = CliRunner()


def write_fixture(folder: Path, name: str = "graph.trig") -> Path:
    path = folder / name
    path.write_text(FIXTURE_TRIG, encoding="utf-8")
    return path


@pytest.fixture()
def graph(tmp_path) -> Path:
    return write_fixture(tmp_path)


def kg(*args: str):
    return runner.invoke(app, list(args))


# ---------------------------------------------------------------- basic runs and formats


def test_count_as_csv_prints_the_number_of_quads(graph):
    result = kg("query", COUNT, "-g", str(graph), "--format", "csv")
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines() == ["n", str(FIXTURE_QUADS)]


def test_named_graphs_are_visible_without_a_graph_clause(graph):
    answer = run_query("SELECT ?title WHERE { ?a a kg:Article ; dcterms:title ?title } ORDER BY ?title", graphs=[graph])
    assert [r["title"] for r in answer.records()] == ["Leader meets founders", "Regulator opens probe"]


def test_json_format_is_sparql_results_json(graph):
    # DISTINCT: the default graph is the union of the article graphs, and Jack Ma is in two.
    result = kg("query", "SELECT DISTINCT ?name WHERE { ?p a kg:Person ; rdfs:label ?name } ORDER BY ?name", "-g", str(graph), "--format", "json")
    assert result.exit_code == 0
    data = json.loads(result.stdout)
    assert data["head"]["vars"] == ["name"]
    assert [b["name"]["value"] for b in data["results"]["bindings"]] == ["Jack Ma", "Pony Ma", "Xi Jinping"]
    assert data["results"]["bindings"][0]["name"]["type"] == "literal"


def test_tsv_and_table_formats(graph):
    text = "SELECT DISTINCT ?e ?name WHERE { ?e a kg:Company ; rdfs:label ?name } ORDER BY ?name"
    tsv = kg("query", text, "-g", str(graph), "--format", "tsv").stdout.splitlines()
    assert tsv[0] == "?e\t?name"
    assert tsv[1] == '<https://w3id.org/polecon-kg/id/company/alibaba>\t"Alibaba"'
    table = kg("query", text, "-g", str(graph)).stdout.splitlines()
    assert table[0].split() == ["e", "name"]
    assert table[2].split() == ["id:company/alibaba", "Alibaba"]  # IRIs are shown with their prefix
    assert table[-1] == "(2 rows)"


def test_ask_and_construct(graph):
    assert kg("query", "ASK { ?p rdfs:label \"Jack Ma\" }", "-g", str(graph)).stdout == "true\n"
    ask_json = json.loads(kg("query", "ASK { ?p rdfs:label \"Nobody\" }", "-g", str(graph), "--format", "json").stdout)
    assert ask_json == {"head": {}, "boolean": False}
    nt = kg("query", "CONSTRUCT { ?p rdfs:label ?n } WHERE { ?p a kg:Company ; rdfs:label ?n }", "-g", str(graph), "--format", "csv").stdout
    assert nt.splitlines() == [
        '<https://w3id.org/polecon-kg/id/company/alibaba> <http://www.w3.org/2000/01/rdf-schema#label> "Alibaba" .',
        '<https://w3id.org/polecon-kg/id/company/tencent> <http://www.w3.org/2000/01/rdf-schema#label> "Tencent" .',
    ]


def test_several_graph_files_merge(tmp_path):
    summit, probe = FIXTURE_TRIG.split("id:graph\\/probe {")
    prologue = summit.split("id:graph\\/summit {")[0]
    (tmp_path / "a.trig").write_text(summit, encoding="utf-8")
    (tmp_path / "b.trig").write_text(prologue + "id:graph\\/probe {" + probe, encoding="utf-8")
    one = run_query(COUNT, graphs=[tmp_path / "a.trig"]).rows[0][0].value
    both = run_query(COUNT, graphs=[tmp_path / "a.trig", tmp_path / "b.trig"]).rows[0][0].value
    assert int(one) < int(both) == FIXTURE_QUADS


def test_query_from_rq_file_and_saved_name(graph, tmp_path):
    rq = tmp_path / "people.rq"
    rq.write_text("# people\nSELECT ?name WHERE { ?p a kg:Person ; rdfs:label ?name } ORDER BY ?name\n", encoding="utf-8")
    assert run_query(str(rq), graphs=[graph]).column("name")[0].value == "Jack Ma"
    positions = run_query("positions", graphs=[graph]).records()
    assert positions == [{"name": "Pony Ma", "title": "CEO", "status": None, "organisation": "Tencent", "start": None,
                          "end": None, "article": "summit"}]


def test_default_graph_is_output_graph_ttl(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    missing = kg("query", COUNT)
    assert missing.exit_code == 1
    assert "output/graph.ttl" in missing.stderr and "kg extract" in missing.stderr
    (tmp_path / "output").mkdir()
    (tmp_path / "output" / "graph.ttl").write_text("<http://a> <http://b> <http://c> .\n", encoding="utf-8")
    assert kg("query", COUNT, "--format", "csv").stdout.splitlines() == ["n", "1"]


def test_output_file_is_written(graph, tmp_path):
    out = tmp_path / "res" / "answer.json"
    result = kg("query", COUNT, "-g", str(graph), "--format", "json", "-o", str(out))
    assert result.exit_code == 0 and result.stdout == ""
    assert json.loads(out.read_text())["results"]["bindings"][0]["n"]["value"] == str(FIXTURE_QUADS)


# ---------------------------------------------------------------- parameters


def test_parameter_is_matched_case_insensitively_by_name_alias_id_or_iri(graph):
    for value in ("Xi Jinping", "xi jinping", "Xi", "person/xi-jinping", "id:person/xi-jinping",
                  "https://w3id.org/polecon-kg/id/person/xi-jinping"):
        rows = run_query("quotes", graphs=[graph], params={"person": value}).records()
        assert [r["quote"] for r in rows] == ["remove all kinds of obstacles"], value


def test_cli_parameter_binding(graph):
    result = kg("query", "people-met", "-g", str(graph), "-p", "person=Xi Jinping", "--format", "csv")
    assert result.exit_code == 0, result.output
    rows = result.stdout.splitlines()
    assert rows[0] == "who,met,date,place,article"  # bound parameters are not shown as columns
    assert rows[1:] == ["Xi Jinping,Jack Ma,2025-02-17,Beijing,summit", "Xi Jinping,Pony Ma,2025-02-17,Beijing,summit"]


@pytest.mark.parametrize(
    "hostile",
    [
        'Jack Ma" || true || "',
        'x" } UNION { ?s ?p ?name } #',
        "x' } ; DROP ALL ; { '",
        '"} ?s ?p ?o {"',
    ],
)
def test_a_value_with_quotes_or_braces_cannot_change_the_query(graph, hostile):
    text = "SELECT DISTINCT ?s ?name WHERE { ?s rdfs:label ?l . FILTER(STR(?l) = ?name) }"
    assert run_query(text, graphs=[graph], params={"name": hostile}).rows == []
    assert run_query("quotes", graphs=[graph], params={"person": hostile}).rows == []
    # The same value as a real label is found, so the binding itself works.
    assert len(run_query(text, graphs=[graph], params={"name": "Jack Ma"}).rows) == 1


def test_bind_as_values_keeps_a_hostile_value_one_term():
    text = "SELECT ?s ?name WHERE { ?s rdfs:label ?name }"
    bound = bind_as_values(text, {"name": to_term('a" } ?x ?y ?z { "')})
    assert bound.count("VALUES") == 1
    assert '"a\\" } ?x ?y ?z { \\""' in bound
    construct = bind_as_values("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }", {"s": to_term("id:x")})
    assert construct.startswith("CONSTRUCT { ?s ?p ?o } WHERE { VALUES (?s)")


def test_to_term_types():
    assert to_term("id:person/xi-jinping").value == "https://w3id.org/polecon-kg/id/person/xi-jinping"
    assert to_term("<http://example.org/x>").value == "http://example.org/x"
    assert to_term("0.5").datatype.value.endswith("#decimal")
    assert to_term("2025-02-17").datatype.value.endswith("#date")
    assert to_term("Xi Jinping").value == "Xi Jinping"
    with pytest.raises(UsageError):
        to_term("<http://bad iri>")


def test_min_confidence_drops_low_confidence_facts(graph):
    speakers = [r["speaker"] for r in run_query("quotes", graphs=[graph]).records()]
    assert speakers == ["Jack Ma", "Xi Jinping"]
    result = kg("query", "quotes", "-g", str(graph), "--min-confidence", "0.5", "--format", "csv")
    assert result.stdout.splitlines()[1:] == ["Xi Jinping,remove all kinds of obstacles,Xinhua,summit"]


def test_missing_required_parameter_is_a_usage_error(graph, tmp_path, monkeypatch):
    folder = tmp_path / "queries"
    folder.mkdir()
    (folder / "said.rq").write_text(
        "# What someone said.\n# param: speaker — a name\n"
        "SELECT ?text ?speaker WHERE { ?q kg:speaker/rdfs:label ?l ; kg:quoteText ?text FILTER(?l = ?speaker) }\n",
        encoding="utf-8",
    )
    monkeypatch.setattr("kg.resources.queries_dir", lambda: folder)
    result = kg("query", "said", "-g", str(graph))
    assert result.exit_code == 2
    assert "speaker" in result.stderr and result.stderr.startswith("kg: error:")
    ok = kg("query", "said", "-g", str(graph), "-p", "speaker=Xi Jinping", "--format", "csv")
    assert ok.stdout.splitlines() == ["text", "remove all kinds of obstacles"]
    unknown = kg("query", "said", "-g", str(graph), "-p", "who=Xi")
    assert unknown.exit_code == 2 and "who" in unknown.stderr


def test_bad_parameter_syntax_and_unprojected_variable(graph):
    assert kg("query", "positions", "-g", str(graph), "-p", "no-equals-sign").exit_code == 2
    result = kg("query", "SELECT ?s WHERE { ?s rdfs:label ?name }", "-g", str(graph), "-p", "name=Jack Ma")
    assert result.exit_code == 2
    assert "SELECT" in result.stderr


# ---------------------------------------------------------------- errors


def test_unknown_saved_query_names_close_ones(graph):
    result = kg("query", "peple-met", "-g", str(graph))
    assert result.exit_code == 2
    assert "people-met" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_malformed_sparql_is_one_line_with_position(graph):
    result = kg("query", "SELECT ?x WHERE {\n ?x ?p ?o \n FILTER(?x = ) }", "-g", str(graph))
    assert result.exit_code == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1
    assert "malformed SPARQL" in lines[0] and "3:" in lines[0]
    assert "Traceback" not in result.output


def test_malformed_turtle_names_file_and_line(tmp_path):
    bad = tmp_path / "bad.ttl"
    bad.write_text("@prefix ex: <http://example.org/> .\nex:a ex:b \n ex:c ex:d .\n", encoding="utf-8")
    result = kg("query", COUNT, "-g", str(bad))
    assert result.exit_code == 1
    assert str(bad) in result.stderr and ":3:" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_unknown_graph_extension_and_missing_query_file(graph, tmp_path):
    odd = tmp_path / "graph.weird"
    odd.write_text("", encoding="utf-8")
    assert kg("query", COUNT, "-g", str(odd)).exit_code == 2
    assert kg("query", str(tmp_path / "nope.rq"), "-g", str(graph)).exit_code == 1


def test_only_one_data_source(graph, tmp_path):
    result = kg("query", COUNT, "-g", str(graph), "--store", str(tmp_path / "st"))
    assert result.exit_code == 2


# ---------------------------------------------------------------- updates


@pytest.mark.parametrize(
    "update",
    [
        "DELETE WHERE { ?s ?p ?o }",
        "PREFIX ex: <http://example.org/>\n# comment\ninsert data { ex:a ex:b ex:c }",
        "CLEAR ALL",
        "DROP GRAPH <https://w3id.org/polecon-kg/id/graph/summit>",
        "LOAD <http://example.org/data.ttl>",
        "WITH <http://g> DELETE { ?s ?p ?o } WHERE { ?s ?p ?o }",
    ],
)
def test_updates_are_refused_and_the_graph_is_unchanged(graph, update):
    before = graph.read_bytes()
    result = kg("query", update, "-g", str(graph))
    assert result.exit_code != 0
    assert "--update" in result.stderr
    assert graph.read_bytes() == before
    assert run_query(COUNT, graphs=[graph]).rows[0][0].value == str(FIXTURE_QUADS)


def test_update_is_recognised_by_its_keyword_not_by_strings():
    assert is_update("DELETE WHERE { ?s ?p ?o }")
    assert is_update("BASE <http://x/> PREFIX a: <http://a#> INSERT DATA { <s> <p> <o> }")
    assert not is_update('SELECT ?s WHERE { ?s ?p "DELETE" } # INSERT')
    assert not is_update("PREFIX insert: <http://x#> SELECT ?delete WHERE { ?delete insert:x ?o }")


def test_update_with_store_needs_the_flag(graph, tmp_path):
    store = tmp_path / "st"
    assert kg("load", str(graph), "--store", str(store)).exit_code == 0
    refused = kg("query", "DELETE WHERE { ?s rdfs:label ?o }", "--store", str(store))
    assert refused.exit_code == 1
    assert run_query(COUNT, store=store).rows[0][0].value == str(FIXTURE_QUADS)
    applied = kg("query", "DELETE WHERE { GRAPH ?g { ?s a kg:Quote } }", "--store", str(store), "--update")
    assert applied.exit_code == 0, applied.output
    assert run_query("SELECT ?q WHERE { ?q a kg:Quote }", store=store).rows == []
    with pytest.raises(UsageError):
        run_query("DELETE WHERE { ?s ?p ?o }", graphs=[graph], update=True)


# ---------------------------------------------------------------- kg queries


def test_kg_queries_lists_descriptions_and_parameters():
    result = kg("queries")
    assert result.exit_code == 0
    names = [line.split()[0] for line in result.stdout.splitlines() if line and not line.startswith(" ")]
    for required in ("people-met", "positions", "quotes", "events", "regulators", "market-moves", "evidence", "co-occurrence"):
        assert required in names
    assert "-p person=..." in result.stdout
    listed = json.loads(kg("queries", "--format", "json").stdout)
    assert {q["name"] for q in listed} == {q.name for q in saved_queries()}


def test_parse_header():
    description, params = parse_header(
        "# Who met whom.\n# param: person — a name (optional)\n# param: since — a date\n\nSELECT * {}\n# param: late — ignored"
    )
    assert description == "Who met whom."
    assert [(p.name, p.optional) for p in params] == [("person", True), ("since", False)]


def test_format_result_rejects_unknown_format(graph):
    with pytest.raises(UsageError):
        format_result(run_query(COUNT, graphs=[graph]), "xml")


def test_query_error_type_for_bad_sparql(graph):
    with pytest.raises(QueryError):
        run_query("SELECT WHERE", graphs=[graph])


def test_kg_query_draws_a_rich_table_on_a_terminal_and_a_plain_one_in_a_pipe(tmp_path, monkeypatch):
    from typer.testing import CliRunner

    import kg.cli.query
    from kg.cli import app

    graph = tmp_path / "g.ttl"
    graph.write_text('<http://example.org/a> <http://www.w3.org/2000/01/rdf-schema#label> "[bold]x[/] y" .\n',
                     encoding="utf-8")
    args = ["query", "SELECT ?label WHERE { ?s rdfs:label ?label }", "-g", str(graph)]
    piped = CliRunner().invoke(app, args)
    assert piped.exit_code == 0 and piped.stdout.splitlines() == ["label", "-" * 12, "[bold]x[/] y", "(1 row)"]
    monkeypatch.setattr(kg.cli.query, "_stdout_is_terminal", lambda: True)
    drawn = CliRunner().invoke(app, args, terminal_width=80)
    assert drawn.exit_code == 0, drawn.output
    assert "━" in drawn.stdout or "─" in drawn.stdout  # box drawing, not the plain table
    assert "[bold]x[/] y" in drawn.stdout and "1 row" in drawn.stdout  # data shown as written, not as markup
