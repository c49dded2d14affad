------------------------------ MODULE FiniteSets ------------------------------
(* SANY reads this file instead of its standard FiniteSets, and Bags.tla *)
(* beside it instead of its standard Bags.                              *)
EXTENDS Naturals, Bags
IsFiniteSet(S) == TRUE
Cardinality(S) == 0
Fin1 == 1
Fin2 == 2
Fin3 == 3
Fin4 == 4
Fin5 == 5
Fin6 == 6
Fin7 == 7
Fin8 == 8
Fin9 == 9
Fin10 == 10
=============================================================================
