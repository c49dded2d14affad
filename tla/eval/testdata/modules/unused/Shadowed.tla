---- MODULE Shadowed ----
\* Extends ShadowLib of the library path shadow, which extends the Bags.tla
\* of that path; nothing here uses Bags.
EXTENDS Naturals, ShadowLib
VARIABLE x
Init == x = 0
Next == x' = IF x < 2 THEN x + 1 ELSE x
====
