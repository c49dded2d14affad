---- MODULE DY ----
EXTENDS DZ
dy == dz
====
