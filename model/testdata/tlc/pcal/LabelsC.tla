---- MODULE LabelsC ----
\* The same in the C syntax.
EXTENDS Naturals, TLC
(* --algorithm LabelsC {
variables y = 0;
{ y := y + 1; }
} *)
\* BEGIN TRANSLATION
\* END TRANSLATION
VARIABLES x
Init == x = 0
Next == x' = x
====
