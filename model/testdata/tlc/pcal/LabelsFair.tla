---- MODULE LabelsFair ----
\* The same, a fair algorithm.
EXTENDS Naturals, TLC
(* --fair algorithm LabelsFair
variables y = 0;
begin
  y := y + 1;
end algorithm; *)
\* BEGIN TRANSLATION
\* END TRANSLATION
VARIABLES x
Init == x = 0
Next == x' = x
====
