#+ title: Next round of the semi-naive rules
#+ description: What the round inferred (work/new) becomes the delta the next round's rules read (queries/rules/delta/) and joins the inferred graph.
MOVE SILENT <https://w3id.org/rikg/graph/work/new> TO <https://w3id.org/rikg/graph/work/delta> ;
ADD SILENT <https://w3id.org/rikg/graph/work/delta> TO <https://w3id.org/rikg/graph/inferred>
