---- MODULE Mono ----
\* Extends a module that follows it in this file.
EXTENDS Naturals, MonoExtra
VARIABLE x
Init == x = 0
Next == x' = (x + e) % 3
====
---- MODULE MonoExtra ----
e == 1
====
