"""kg: turn news articles about political-economy actors into an RDF knowledge graph.

The library is the product; the `kg` command line is a thin layer over it. Data flows one way:

    io (read articles) -> nlp (spaCy pipeline + gazetteer) -> extract (Doc -> Facts)
      -> graph (Facts -> RDF) -> query | facts | analytics | viz | export | validate | store

Nothing here does work at import time: the spaCy pipeline is loaded lazily, once per process.
"""

__version__ = "0.1.0"
