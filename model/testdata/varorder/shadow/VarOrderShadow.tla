--------------------------- MODULE VarOrderShadow ---------------------------
(* The same variables as VarOrderPlain, but FiniteSets is the file beside *)
(* this spec, with sixty more definitions: TLC prints them in another     *)
(* order.                                                                  *)
EXTENDS Naturals, FiniteSets
VARIABLES alpha, beta, gamma, delta, queue, pc, count
Init == alpha = 0 /\ beta = 0 /\ gamma = 0 /\ delta = 0 /\ queue = 0 /\ pc = 0 /\ count = 0
Next == count < 1 /\ count' = count + 1 /\ UNCHANGED <<alpha, beta, gamma, delta, queue, pc>>
Small == count = 0
=============================================================================
