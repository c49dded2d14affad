---- MODULE UnusedLib ----
\* Extends UnusedLibMod of the lib folder; nothing uses its Bad.
EXTENDS Naturals, UnusedLibMod
VARIABLE x
Init == x = Start
Next == x' = x
====
