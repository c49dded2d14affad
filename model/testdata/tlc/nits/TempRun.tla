---- MODULE TempRun ----
EXTENDS Naturals
VARIABLE x
Init == x = 0
Next == x' = (x + 1) % 3
IT == x = 0 /\ [](x < 5)
NT == <>(x = 1)
CT == [](x < 5)
VT == <>(x = 1)
====
