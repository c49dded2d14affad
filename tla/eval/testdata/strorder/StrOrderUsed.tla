---- MODULE StrOrderUsed ----
used == "usedlit"
====
