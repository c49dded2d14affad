---- MODULE CoKeyTx ----
CONSTANTS Key, TxId, NoVal
VARIABLE x
Init == x = 0
Next == x' = x
====
