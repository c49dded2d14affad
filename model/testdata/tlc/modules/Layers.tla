---- MODULE Layers ----
\* EXTENDS a module of this folder (LA), one of the library folder (LLib)
\* and a standard module; instantiates LC, which extends more.
EXTENDS Naturals, LA, LLib
VARIABLE x
I == INSTANCE LC
Init == x = 0
Next == x' = (x + a + b + l + I!c + I!d) % 3
====
