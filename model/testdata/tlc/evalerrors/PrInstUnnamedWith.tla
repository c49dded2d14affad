---- MODULE PrInstUnnamedWith ----
\* An unnamed INSTANCE of a module with parameters: its printing definitions at load as a named instance's (E, then D), values where used.
EXTENDS Naturals, TLC
VARIABLE x
INSTANCE PrUM WITH K <- 2
R == D /\ PrintT("r")
Init == x = 0 /\ E
Next == x' = (x + 1) % 2 /\ R
====
