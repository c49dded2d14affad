---- MODULE DZ ----
EXTENDS Naturals
dz == 1
====
