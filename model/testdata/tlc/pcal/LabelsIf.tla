---- MODULE LabelsIf ----
\* The same, with a define and an if.
EXTENDS Naturals, TLC
(* --algorithm LabelsIf
variables y = 0, z = [a |-> 1];
define Foo == y > 0 end define;
begin
  if y > 0 then y := 1; else y := 2; end if;
end algorithm; *)
\* BEGIN TRANSLATION
\* END TRANSLATION
VARIABLES x
Init == x = 0
Next == x' = x
====
