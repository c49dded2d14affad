---------------------------- MODULE VarOrderMany ----------------------------
(* TLC prints a state's variables in the reversed enumeration order of    *)
(* SANY's java.util.Hashtable of the module's symbols (model.TLCVarOrder):  *)
(* fourteen variables whose names share buckets, in a table grown from 11   *)
(* to 191 entries by the symbols of Naturals, Sequences and TLC.          *)
EXTENDS Naturals, Sequences, TLC

VARIABLES alpha, beta, gamma, delta, x, y, z, xy, yx, a1, b1, queue, pc, count

vars == <<alpha, beta, gamma, delta, x, y, z, xy, yx, a1, b1, queue, pc, count>>

Init == /\ alpha = 0 /\ beta = 0 /\ gamma = 0 /\ delta = 0 /\ x = 0 /\ y = 0 /\ z = 0
        /\ xy = 0 /\ yx = 0 /\ a1 = 0 /\ b1 = 0 /\ queue = <<>> /\ pc = "start" /\ count = 0

Next == count < 1 /\ count' = count + 1 /\ UNCHANGED <<alpha, beta, gamma, delta, x, y, z, xy, yx, a1, b1, queue, pc>>

\* Violated after one step: TLC prints two states.
Small == count = 0
=============================================================================
