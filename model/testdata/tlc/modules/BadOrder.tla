---- MODULE BadOrder ----
\* Two modules that do not parse: SANY stops at the first it parses, the
\* one BOk extends (EXTENDS before INSTANCE), not the one instantiated here.
EXTENDS Naturals, BOk
VARIABLE x
B == INSTANCE BBad1
Init == x = 0
Next == x' = x
====
