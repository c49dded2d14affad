---- MODULE Tabbed ----
VARIABLE x
Init ==		x = (1
Next == x
====
