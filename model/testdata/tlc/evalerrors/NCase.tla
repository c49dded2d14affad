---- MODULE NCase ----
EXTENDS Naturals
VARIABLE x
Init == x = 0
Next == CASE x = 1 -> x' = 0
          [] x = 0 -> x' = x.a
          [] OTHER -> x' = 2
====
