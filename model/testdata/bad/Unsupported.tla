---- MODULE Unsupported ----
EXTENDS Naturals
VARIABLE x
Init == x = 0
Next == x' = (x + 1) % 2
Spec == Init /\ [][Next]_x
\* TLC refuses it: "Temporal formulas containing actions must be of forms
\* <>[]A or []<>A."
Weird == <>(x = 1 /\ [][Next]_x)
====
