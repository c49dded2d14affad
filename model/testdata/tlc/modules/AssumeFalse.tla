---- MODULE AssumeFalse ----
\* A false ASSUME in a module of the library folder: SANY loaded the
\* spec (its lines come first), then TLC names the whole assumption.
EXTENDS Naturals, AFLib
VARIABLE x
Init == x = 0
Next == x' = x
====
