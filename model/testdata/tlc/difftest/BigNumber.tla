---- MODULE BigNumber ----
\* A numeral above TLC's integers, in a definition never used: TLC
\* refuses the spec at startup (wspcycle checked it).
EXTENDS Naturals
VARIABLE x
Unused == 2147483648
Init == x = 0
Next == UNCHANGED x
====
