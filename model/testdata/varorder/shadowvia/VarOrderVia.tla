---------------------------- MODULE VarOrderVia ----------------------------
(* The variables of VarOrderPlain, but the root names no standard module *)
(* but Naturals: FiniteSets comes through VarOrderViaLib, and Bags only   *)
(* through the FiniteSets.tla beside this spec. SANY reads both files,    *)
(* whose symbols grow its table of the root's symbols: TLC prints the     *)
(* variables in an order that needs them both.                            *)
EXTENDS Naturals, VarOrderViaLib
VARIABLES alpha, beta, gamma, delta, queue, pc, count
Init == alpha = 0 /\ beta = 0 /\ gamma = 0 /\ delta = 0 /\ queue = 0 /\ pc = 0 /\ count = 0
Next == count < 1 /\ count' = count + 1 /\ UNCHANGED <<alpha, beta, gamma, delta, queue, pc>>
Small == count = 0
=============================================================================
