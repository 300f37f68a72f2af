#+ title: Keep the delta among the changes
#+ description: For a build that adds reports: everything this build derived gathers in work/changes (whose meetings then get their met pairs, and which the TriG dump is extended with).
ADD SILENT <https://w3id.org/rikg/graph/work/delta> TO <https://w3id.org/rikg/graph/work/changes>
