---- MODULE PostNB ----
EXTENDS Naturals
VARIABLE x
Init == x = 0
Next == UNCHANGED x
Post == 5
====
