---- MODULE NoEndParen ----
VARIABLE x
Init == (x
