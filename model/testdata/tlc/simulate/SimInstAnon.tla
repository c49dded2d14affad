---- MODULE SimInstAnon ----
\* Init and Next come from an INSTANCE without a name, with substitutions:
\* TLC makes Next one action, located at the INSTANCE statement, and names
\* the first state by it too.
EXTENDS Naturals
VARIABLE y
INSTANCE SimInstM WITH x <- y, Max <- 5
Inv == y < 4
====
