---- MODULE NoEndFine ----
VARIABLE x
Init == x = 1
