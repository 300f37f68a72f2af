#+ title: The last round's inferences
#+ description: What the last round inferred (empty at a fixpoint; not when the round limit stopped it) joins the inferred graph.
ADD SILENT <https://w3id.org/rikg/graph/work/new> TO <https://w3id.org/rikg/graph/inferred>
