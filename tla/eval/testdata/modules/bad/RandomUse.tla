---- MODULE RandomUse ----
\* RandomSubset depends on TLC's random choices: refused where written.
EXTENDS Randomization
ASSUME RandomSubset(1, {1, 2}) \in {{1}, {2}}
====
