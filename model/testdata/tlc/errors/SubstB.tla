---- MODULE SubstB ----
EXTENDS SubstC
CONSTANT P
====
