---- MODULE CoPartial ----
CONSTANTS Eps, Delta, Gamma, Beta, Alpha
VARIABLE x
Init == x = 0
Next == x' = x
====
