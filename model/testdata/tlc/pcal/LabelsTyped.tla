---- MODULE LabelsTyped ----
\* A label typed: the translator adds none, and prints nothing.
EXTENDS Naturals, TLC
(* --algorithm LabelsTyped
variables y = 0;
begin
  A: y := y + 1;
end algorithm; *)
\* BEGIN TRANSLATION
\* END TRANSLATION
VARIABLES x
Init == x = 0
Next == x' = x
====
