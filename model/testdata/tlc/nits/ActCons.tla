---- MODULE ActCons ----
EXTENDS Naturals
VARIABLE x
Init == x = 0
Next == x' = (x + 1) % 3
ACT == <>(x = 1)
ACB == [](x = 1)
ACD == ACT
ACS == IF x' > 5 THEN ACT ELSE TRUE
====
