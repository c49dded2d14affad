---- MODULE UnusedNested ----
\* Inner is neither instantiated nor used; its Bad names an undefined
\* operator, while its Ok uses Lim of the enclosing module.
EXTENDS Naturals
CONSTANT Lim
VARIABLE x
---- MODULE Inner ----
Ok == Lim + 1
Bad == Nowhere
====
Init == x = 0
Next == x' = IF x < Lim THEN x + 1 ELSE x
====
