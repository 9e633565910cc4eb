"""Exports: the graph and the networks written as files (see each module).

``kg.export.files`` writes networks (GEXF, GraphML, JSON, PNG/SVG, and HTML through
``kg.export.html``); nothing is imported here so that one exporter never loads another's
dependencies.
"""
