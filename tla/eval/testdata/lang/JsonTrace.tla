---------------------------- MODULE JsonTrace ----------------------------
(* A trace spec in the style of tlaplus/Examples' EWD998ChanTrace: the  *)
(* log is read with ndJsonDeserialize (a name relative to the working   *)
(* directory), each step must match the log's line at TLCGet("level")   *)
(* as an angle action in the ACTION_CONSTRAINT, and the POSTCONDITION    *)
(* checks with TLCGet("stats").diameter that the whole log was matched. *)
EXTENDS Naturals, Sequences, Json, TLC
VARIABLE x
Log == ndJsonDeserialize("testdata/lang/JsonTrace.ndjson")
Init == x = Log[1].start
Next == x' \in {x + 1, x + 2, x + 3}
Steps == SubSeq(Log, 2, Len(Log))
Match ==
    LET i == TLCGet("level") IN
    /\ i <= Len(Steps)
    /\ <<x' = x + Steps[i].inc>>_x
Accepted == TLCGet("stats").diameter - 1 = Len(Steps)
Text == ToJson(<<x, [v |-> x], {x, 0}>>) /= "[]"
=============================================================================
