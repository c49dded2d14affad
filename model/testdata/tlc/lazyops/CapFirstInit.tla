---- MODULE CapFirstInit ----
EXTENDS Naturals, TLC
VARIABLE x
Init == x = ({3, 2, 1} \ "s")
Next == UNCHANGED x
====
