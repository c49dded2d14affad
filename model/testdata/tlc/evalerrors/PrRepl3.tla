---- MODULE PrRepl3 ----
\* Z <- Over in two ASSUMEs: printed at load and by each ASSUME.
EXTENDS Naturals, TLC
VARIABLE x
CONSTANT Z
Over == PrintT("o")
ASSUME Z
ASSUME Z
Init == x = 0
Next == x' = x
====
