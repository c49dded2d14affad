---- MODULE CovSubst ----
\* SPECIFICATION Spec is a definition of an instance with (implicit)
\* substitutions, x <- x and y <- y: TLC reaches it through a SubstInNode,
\* and does not split Next there. Its report has one action, "Action",
\* located at the INSTANCE statement, whose tree lists the leaves' trees
\* with, after each body, the set of \E i (evaluated once per state: it is
\* not expanded) and Flip's argument y; Init is located at the INSTANCE
\* too, after its own definition.
VARIABLES x, y
INSTANCE CovSubstInner
====
