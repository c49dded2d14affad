---- MODULE LabelsNoTrans ----
\* No translation: SANY does not run the translator.
EXTENDS Naturals, TLC
(* --algorithm LabelsNoTrans {
variables y = 0;
{ y := y + 1; }
} *)
VARIABLES x
Init == x = 0
Next == x' = x
====
