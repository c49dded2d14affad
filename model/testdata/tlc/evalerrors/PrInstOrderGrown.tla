---- MODULE PrInstOrderGrown ----
\* PrUC's context holds 144 symbols (72 built-in, 26 from EXTENDS, K, 45 definitions): its Hashtable grew to 383 buckets, which orders I!Op.
EXTENDS Naturals, TLC
VARIABLE x
I == INSTANCE PrUC WITH K <- 1
Init == x = 0
Next == x' = (x + 1) % 2
====
