---- MODULE RandomUse ----
\* RandomSetOfSubsets depends on TLC's random choices: refused where written.
EXTENDS Randomization
ASSUME RandomSetOfSubsets(1, 1, {1, 2}) \in {{{1}}, {{2}}}
====
