---- MODULE IOUse ----
EXTENDS IOUtils, Naturals
VARIABLE x
N == IF "WSPCYCLE_IOUSE" \in DOMAIN IOEnv THEN 2 ELSE 3
Init == x = 0
Next == x' = (x + 1) % N
====
