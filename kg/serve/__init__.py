"""`kg serve`: a read-only SPARQL 1.1 Protocol endpoint and a query page over the built store.

The HTTP front is the standard library's http.server; every query runs in a
pool of worker processes with pyoxigraph, so a query past its time limit is
ended by stopping its process (an Oxigraph query cannot be cancelled from
another thread). The README (SPARQL endpoint) says why this and not `oxigraph serve-read-only`.
"""
