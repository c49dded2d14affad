---- MODULE A4c ----
ee == 1
LOCAL ff == 2
r2 == [ee |-> ff]
====
