---- MODULE PrUH ----
EXTENDS TLC
CONSTANT K
Zeta == PrintT("zeta")
Alpha == PrintT("alpha")
Mid == PrintT("mid")
Bb == PrintT("bb")
Qq == PrintT("qq")
====
