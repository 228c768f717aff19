"""The RDF layer: records -> triples with provenance, file I/O, SHACL validation, SPARQL.

rdflib and pyoxigraph only; never imports spaCy. Import the submodules you need.
"""
